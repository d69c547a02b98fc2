/**
 * The whole built-in track, walked as a learner walks it: in a real terminal (tmux) with the real docker CLI
 * against the real Docker Engine. For every exercise: `next` shows it, `verify` fails before the reference
 * solution, the solution is typed line by line, and then `verify` (or `answer`) passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadTrack, type Exercise } from '../src/track/load.js';
import { startLocalRegistry, type LocalRegistry } from './support/registry.js';
import { containerSnapshot, docker, kata, learnerHome, repoRoot, requireDocker, solutionSteps, Terminal } from './support/kata.js';

const track = loadTrack(join(repoRoot, 'exercises'), join(repoRoot, 'solutions'));

/**
 * How the learner reads each answer off their screen, for the exercises that ask a question. The screen is
 * what the terminal shows after the solution's lines were typed.
 */
const answerFromScreen: Record<string, (screen: string) => string | undefined> = {
  'isolated-network': (screen) => screen.match(/inet (\d+\.\d+\.\d+\.\d+)\/\d+[^\n]*eth0/)?.[1],
  // top's PID 1 row ends with the command, e.g. "bash" (or "{bash} sh -i" in the busybox stand-in).
  'isolated-processes': (screen) => screen.match(/^\s*1\s+0\s.*?(?:\{(\w+)\}|(\S+))\s*(?:sh -i)?\s*$/m)?.slice(1).find(Boolean),
  'list-images': (screen) => screen.match(/^ubuntu\s+latest\s+([0-9a-f]{12})/m)?.[1],
  'random-name': (screen) => lastRowWith(screen, 'docker ps', /ubuntu\s.*\sUp\s.*\s(\S+)\s*$/),
  'exec-into-it': (screen) => lastRowWith(screen, 'docker ps', /ubuntu\s.*\s(Up)\s/),
  'list-all-containers': (screen) => lastRowWith(screen, 'docker ps -a', /ubuntu\s.*\sExited \(\d+\).*\s(\S+)\s*$/),
  'inspect-image': (screen) => screen.match(/^(\[".*"\])\s*$/m)?.[1],
};

/** The first matching row of the last output of `command` on the screen (docker ps lists newest first). */
function lastRowWith(screen: string, command: string, row: RegExp): string | undefined {
  const output = screen.slice(screen.lastIndexOf(`$ ${command}\n`));
  for (const line of output.split('\n').slice(1)) {
    const match = line.match(row);
    if (match) return match[1];
  }
  return undefined;
}

describe('the built-in track, end to end', () => {
  const learner = learnerHome();
  const terminal = new Terminal();
  let registry: LocalRegistry;
  let snapshot: Awaited<ReturnType<typeof containerSnapshot>>;
  let pulledImage: string;

  beforeAll(async () => {
    await requireDocker();
    snapshot = await containerSnapshot();
    // No registry is reachable from the tests: `docker pull alpine` pulls from a local registry instead.
    registry = await startLocalRegistry();
    pulledImage = `${registry.address}/library/alpine:latest`;
    await docker('tag', 'alpine', pulledImage);
    await docker('push', pulledImage);
    await docker('rmi', pulledImage);
    await terminal.start({ DOCKER_KATA_HOME: learner.home, FORCE_COLOR: '0' });
  });

  afterAll(async () => {
    await terminal?.close();
    await snapshot?.cleanUp();
    if (pulledImage) await docker('rmi', pulledImage).catch(() => undefined);
    await registry?.stop();
    learner.remove();
  });

  it('has a solution and at least two hints for every exercise', () => {
    expect(track.exercises.length).toBeGreaterThanOrEqual(15);
    for (const exercise of track.exercises) expect(exercise.definition.hints.length).toBeGreaterThanOrEqual(2);
  });

  it.each(track.exercises.map((exercise) => [`${exercise.number} ${exercise.id}`, exercise] as const))(
    'exercise %s: fails before its solution, passes after',
    async (_name, exercise: Exercise) => {
      const next = await kata(learner.home, ['next']);
      expect(next.exitCode).toBe(0);
      expect(next.stdout).toContain(`Exercise ${exercise.number} of ${track.exercises.length}`);

      const before = await kata(learner.home, ['verify']);
      expect(before.stderr).toBe('');
      expect(before.exitCode, before.stdout).toBe(1);
      expect(before.stdout).toContain('✗');

      let screen = '';
      for (const step of solutionSteps(exercise.solutionFile, [['docker pull alpine', `docker pull ${pulledImage}`]])) {
        screen = step.key ? await terminal.key(step.key) : await terminal.type(step.type!);
      }

      const read = answerFromScreen[exercise.id];
      const after = read ? await kata(learner.home, ['answer', read(screen) ?? `(nothing found on screen)`]) : await kata(learner.home, ['verify']);
      expect(after.exitCode, `${after.stdout}\n${after.stderr}\nscreen:\n${screen.slice(-1500)}`).toBe(0);
      expect(after.stdout).toContain('✓ Passed');
    },
  );

  it('ends with every exercise done', async () => {
    const list = await kata(learner.home, ['list', '--json']);
    const parsed = JSON.parse(list.stdout) as { done: number; total: number };
    expect(parsed).toMatchObject({ done: track.exercises.length, total: track.exercises.length });
  });
});
