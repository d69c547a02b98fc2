import { afterAll } from 'vitest';
/**
 * Helpers for end-to-end tests: the built CLI run as a learner runs it, the real docker CLI, a real terminal
 * (tmux, from src/dev/terminal.ts) for interactive steps, and clean-up of exactly what a test created.
 */
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseSolution } from '../../src/dev/solution.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin', 'docker-kata.js');

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** A learner's own progress folder, so tests never see each other's state or the developer's. */
export function learnerHome(): { home: string; remove(): void } {
  const home = mkdtempSync(join(tmpdir(), 'docker-kata-e2e-'));
  return { home, remove: () => rmSync(home, { recursive: true, force: true }) };
}

/**
 * Fresh progress folders for the tests of one file or suite (call it at its top), all removed after them: each
 * call of the returned function is a new learner.
 */
export function learnerHomes(): () => string {
  const homes: Array<{ remove(): void }> = [];
  afterAll(() => homes.splice(0).forEach((home) => home.remove()));
  return () => {
    const learner = learnerHome();
    homes.push(learner);
    return learner.home;
  };
}

/**
 * Runs the built CLI. `interruptAfterMs` presses Ctrl-C (sends SIGINT) that long after the start; a run ended by a
 * signal has exit code -1 and names the signal. `uid` runs it as another user (the tests must run as root then).
 */
export async function kata(
  home: string,
  args: string[],
  env: Record<string, string> = {},
  options: { timeoutMs?: number; interruptAfterMs?: number; uid?: number } = {},
): Promise<Run & { signal?: string }> {
  const subprocess = execa(process.execPath, [bin, ...args], {
    reject: false,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    timeout: options.timeoutMs ?? 60_000,
    env: { FORCE_COLOR: '0', NO_COLOR: '1', DOCKER_KATA_HOME: home, ...env },
  });
  const interrupt = options.interruptAfterMs === undefined ? undefined : setTimeout(() => subprocess.kill('SIGINT'), options.interruptAfterMs);
  const result = await subprocess;
  clearTimeout(interrupt);
  return { exitCode: result.exitCode ?? -1, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

export async function docker(...args: string[]): Promise<string> {
  return (await execa('docker', args, { timeout: 120_000 })).stdout;
}

/** End-to-end tests need a real Docker Engine: without one they fail, loudly, never skip. */
export async function requireDocker(): Promise<void> {
  const version = await execa('docker', ['version', '--format', '{{.Server.Version}}'], { reject: false, timeout: 20_000 });
  if (version.exitCode !== 0) {
    throw new Error(
      `No Docker daemon answers (docker version: ${version.stderr.trim() || version.stdout.trim()}).\n` +
        'The end-to-end tests need a real Docker Engine: start dockerd (bash .ci/run does it for you), then run npm test again.',
    );
  }
  for (const image of ['ubuntu', 'python', 'alpine']) {
    const inspect = await execa('docker', ['image', 'inspect', image], { reject: false });
    if (inspect.exitCode !== 0) throw new Error(`The stand-in image ${image} is missing: run npm run test:images first.`);
  }
}

/** The label every container an end-to-end test starts carries, so the test can find exactly its own again. */
export const testLabel = 'docker-kata.test=e2e';

/**
 * Removes, after a test, the containers it started: those carrying the test label that were not there before.
 * Everything else on the daemon (a learner's containers, another test run's) is never touched.
 */
export async function containerSnapshot(): Promise<{ cleanUp(): Promise<void> }> {
  const labelled = async () => (await docker('ps', '-aq', '--no-trunc', '--filter', `label=${testLabel}`)).split('\n').filter(Boolean);
  const before = new Set(await labelled());
  return {
    async cleanUp() {
      for (const id of await labelled()) if (!before.has(id)) await execa('docker', ['rm', '-f', id], { reject: false });
    },
  };
}

/**
 * A real terminal in tmux, typed into as a learner types: the same one `docker-kata dev check` uses.
 */
export { Terminal } from '../../src/dev/terminal.js';

/**
 * A reference solution as typed input: the lines a learner types (comments skipped) and `# key: C-d` lines
 * for keys they press, read by dev check's own parser. Substitutions let a test point `docker pull` at its local
 * registry.
 */
export function solutionSteps(file: string, substitutions: Array<[string, string]> = []): Array<{ type?: string; key?: string }> {
  return parseSolution(readFileSync(file, 'utf8')).solution.steps.map((step) =>
    step.kind === 'key' ? { key: step.key } : { type: substitutions.reduce((text, [from, to]) => text.split(from).join(to), step.text) },
  );
}
