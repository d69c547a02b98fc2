/**
 * `docker-kata dev check` on small tracks the test writes itself: a wrong solution and a check that passes
 * unsolved are both misses (exit 1), a missing solution file is a usage problem (exit 2), and the clean-up removes
 * the containers the solutions made while leaving one that existed before the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExerciseOutcome } from '../src/dev/check.js';
import { docker, kata, learnerHome, repoRoot, requireDocker } from './support/kata.js';

/** Every container the solutions (and this test) make carries this label, so the test can find exactly those. */
const label = 'docker-kata.dev-check-test';
const runId = `${process.pid}-${Date.now()}`;

const exerciseFile = (id: string, checks: string) =>
  [
    'format: 1',
    `id: ${id}`,
    `title: ${id}`,
    'instructions: Do it.',
    'hints:',
    '  - A first hint.',
    '  - A second hint.',
    'checks:',
    checks,
    '',
  ].join('\n');

const exercises = {
  // The check wants a terminal (-t); the solution forgets it.
  'wrong-solution': {
    yaml: exerciseFile(
      'wrong-solution',
      [
        '  - kind: container',
        `    label: { ${label}: "${runId}" }`,
        '    expect: { state: running, tty: true }',
        '    description: a running container with a terminal',
      ].join('\n'),
    ),
    solution: `#!/bin/sh\n# Forgets -t on purpose.\ndocker run -d --label ${label}=${runId} alpine sleep 600\n`,
  },
  // Any alpine image, of any age: there is one before the solution runs, and the exercise does not say it may be.
  'passes-unsolved': {
    yaml: exerciseFile('passes-unsolved', ['  - kind: image', '    reference: alpine', '    since: any'].join('\n')),
    solution: `#!/bin/sh\ndocker run -d --label ${label}=${runId} alpine sleep 600\n`,
  },
  // Every path a learner may take: variants must pass, near misses must fail and say their phrase. Two of each
  // kind are wrong on purpose, so the report must name them.
  'judged-paths': {
    yaml: exerciseFile(
      'judged-paths',
      ['  - kind: container', `    label: { ${label}: "${runId}" }`, '    expect: { state: running, tty: true }'].join('\n'),
    ),
    solution: [
      '#!/bin/sh',
      `docker run -dt --label ${label}=${runId} alpine sleep 600`,
      '# variant: long flags',
      `docker container run --detach --tty --label ${label}=${runId} alpine sleep 600`,
      '# variant: wrongly called a variant, no terminal',
      `docker run -d --label ${label}=${runId} alpine sleep 600`,
      '# near miss: no terminal',
      `docker run -d --label ${label}=${runId} alpine sleep 600`,
      '# expect: started without a terminal',
      '# near miss: wrongly called a near miss, it is right',
      `docker run -dt --label ${label}=${runId} alpine sleep 600`,
      '# expect: without a terminal',
      '# near miss: the wrong phrase',
      `docker run -d --label ${label}=${runId} alpine sleep 600`,
      '# expect: it is still running',
      '',
    ].join('\n'),
  },
} as const;

/** A track folder with its own solutions/ folder; `withoutSolutions` leaves those solution files out. */
function writeTrack(root: string, ids: Array<keyof typeof exercises>, withoutSolutions: string[] = []): string {
  const dir = join(root, `track-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(join(dir, '01-basics'), { recursive: true });
  mkdirSync(join(dir, 'solutions', '01-basics'), { recursive: true });
  writeFileSync(join(dir, 'track.yaml'), `format: 1\nid: dev-check-test-${runId}\nname: dev check test\n`);
  ids.forEach((id, index) => {
    const file = `0${index + 1}-${id}`;
    writeFileSync(join(dir, '01-basics', `${file}.yaml`), exercises[id].yaml);
    if (!withoutSolutions.includes(id)) writeFileSync(join(dir, 'solutions', '01-basics', `${file}.sh`), exercises[id].solution);
  });
  return dir;
}

const labelled = async () => (await docker('ps', '-aq', '--no-trunc', '--filter', `label=${label}=${runId}`)).split('\n').filter(Boolean);

/**
 * Runs dev check with a container from before the run beside it, labelled like the ones the solutions make, and
 * checks right afterwards that the clean-up removed the solutions' containers and left that one running.
 */
async function runBesideAnOlderContainer(home: string, args: string[]) {
  const before = (await docker('run', '-d', '--label', `${label}=${runId}`, 'alpine', 'sleep', '600')).trim();
  try {
    const run = await kata(home, args, {}, { timeoutMs: 180_000 });
    const left = await labelled();
    const beforeState = (await docker('inspect', '--format', '{{.State.Status}}', before).catch(() => 'gone')).trim();
    return { run, left, before, beforeState };
  } finally {
    await docker('rm', '-f', before).catch(() => undefined);
  }
}

describe('docker-kata dev check', () => {
  const instructor = learnerHome();
  const root = mkdtempSync(join(tmpdir(), 'docker-kata-dev-check-test-'));
  let track: string;

  beforeAll(async () => {
    await requireDocker();
    track = writeTrack(root, ['wrong-solution', 'passes-unsolved']);
  });

  afterAll(async () => {
    // Only what this test made: containers the solutions left, should the clean-up have failed.
    for (const id of await labelled().catch(() => [])) await docker('rm', '-f', id).catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
    instructor.remove();
  });

  it('has help for dev and dev check', async () => {
    const help = await kata(instructor.home, ['--help']);
    expect(help.stdout).toMatch(/\n {2}dev\b.*track authors/);
    const dev = await kata(instructor.home, ['dev', '--help']);
    expect(dev.exitCode).toBe(0);
    expect(dev.stdout).toMatch(/\n {2}check\b.*\w/);
    const check = await kata(instructor.home, ['dev', 'check', '--help']);
    expect(check.exitCode).toBe(0);
    for (const option of ['--registry', '--from', '--to', '--json']) expect(check.stdout).toContain(option);
  });

  it('names the exercise whose solution does not pass, and the one that passes unsolved: exit 1', async () => {
    const { run, left, before, beforeState } = await runBesideAnOlderContainer(instructor.home, ['--track', track, 'dev', 'check']);
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(1);
    const rows = run.stdout.split('\n');
    expect(rows.find((row) => row.startsWith('1 wrong-solution'))).toMatch(/^1 wrong-solution +✓ +✗ +[\d.]+$/);
    expect(rows.find((row) => row.startsWith('2 passes-unsolved'))).toMatch(/^2 passes-unsolved +✗ +✓ +[\d.]+$/);
    expect(run.stdout).toContain('verify did not pass after the solution');
    expect(run.stdout).toContain('✗ a running container with a terminal');
    expect(run.stdout).toContain('verify already passed before the solution ran');
    expect(run.stdout).toContain('missed: 1 wrong-solution, 2 passes-unsolved');
    // The clean-up: both containers the solutions made are gone, the older one is untouched.
    expect(run.stdout.match(/removed container \S+ \(alpine\)/g)).toHaveLength(2);
    expect(left).toEqual([before]);
    expect(beforeState).toBe('running');
  });

  it('reports the same as JSON, and cleans up the same', async () => {
    const { run, left, before, beforeState } = await runBesideAnOlderContainer(instructor.home, ['--track', track, 'dev', 'check', '--json']);
    expect(run.exitCode, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { passed: boolean; exercises: ExerciseOutcome[]; cleanUp: { removed: string[] } };
    expect(report.passed).toBe(false);
    expect(report.exercises).toMatchObject([
      { number: 1, id: 'wrong-solution', failsUnsolved: true, passesSolved: false },
      { number: 2, id: 'passes-unsolved', failsUnsolved: false, passesSolved: true },
    ]);
    expect(report.exercises[0].checks[0]).toMatchObject({ passed: false, description: 'a running container with a terminal' });
    expect(report.exercises[0].checks[0].observed).toMatch(/terminal|-t/);
    expect(report.cleanUp.removed.filter((item) => item.startsWith('container '))).toHaveLength(2);
    expect(left).toEqual([before]);
    expect(beforeState).toBe('running');
  });

  it('proves variants and near misses from a clean start, and names each one that does not come out right', async () => {
    const paths = writeTrack(root, ['judged-paths']);
    const { run, left, before, beforeState } = await runBesideAnOlderContainer(instructor.home, ['--track', paths, 'dev', 'check', '--json']);
    expect(run.exitCode, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { exercises: ExerciseOutcome[]; totals: Record<string, { proven: number; total: number }> };
    const [outcome] = report.exercises;
    expect(outcome).toMatchObject({ failsUnsolved: true, passesSolved: true });
    expect(outcome.cases.map(({ kind, title, ok, passed }) => ({ kind, title, ok, passed }))).toEqual([
      { kind: 'variant', title: 'long flags', ok: true, passed: true },
      { kind: 'variant', title: 'wrongly called a variant, no terminal', ok: false, passed: false },
      { kind: 'near miss', title: 'no terminal', ok: true, passed: false },
      { kind: 'near miss', title: 'wrongly called a near miss, it is right', ok: false, passed: true },
      { kind: 'near miss', title: 'the wrong phrase', ok: false, passed: false },
    ]);
    expect(outcome.cases[4]).toMatchObject({ expect: 'it is still running', phraseFound: false });
    // What the terminal showed comes with every case that did not come out right.
    expect(outcome.cases[1].terminal).toContain('docker run -d --label');
    expect(report.totals).toMatchObject({ variants: { proven: 1, total: 2 }, nearMisses: { proven: 1, total: 3 } });
    // Each case cleaned up after itself; the container from before the run is untouched.
    expect(left).toEqual([before]);
    expect(beforeState).toBe('running');

    const table = await kata(instructor.home, ['--track', paths, 'dev', 'check'], {}, { timeoutMs: 180_000 });
    expect(table.stdout).toMatch(/✗ 1 judged-paths {2}variant: wrongly called a variant, no terminal/);
    expect(table.stdout).toContain('verify passed after this near miss:');
    expect(table.stdout).toContain('verify failed, but its words do not contain "it is still running":');
    expect(table.stdout).toMatch(/\n1 judged-paths +✓ +✓ +1\/2 +1\/3 *\n/);
    expect(table.stdout).toMatch(/\ntotal +1\/1 +1\/1 +1\/2 +1\/3 *\n/);
    expect(table.stdout).toContain('✗ 3 of 5 variants and near misses not proven.');
  });

  it('lists every missing solution file and stops with exit 2, before touching anything', async () => {
    const broken = writeTrack(root, ['wrong-solution', 'passes-unsolved'], ['wrong-solution', 'passes-unsolved']);
    const run = await kata(instructor.home, ['--track', broken, 'dev', 'check']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('2 exercises have no reference solution file');
    expect(run.stderr).toMatch(/1 wrong-solution: .*solutions\/01-basics\/01-wrong-solution\.sh/);
    expect(run.stderr).toMatch(/2 passes-unsolved: .*solutions\/01-basics\/02-passes-unsolved\.sh/);
  });

  it('says it needs tmux, and how to install it, when there is none', async () => {
    const bin = join(root, 'bin-without-tmux');
    mkdirSync(bin);
    const dockerPath = (await execa('sh', ['-c', 'command -v docker'])).stdout.trim();
    symlinkSync(dockerPath, join(bin, 'docker'));
    const run = await execa(process.execPath, [join(repoRoot, 'bin', 'docker-kata.js'), '--track', track, 'dev', 'check'], {
      reject: false,
      env: { PATH: bin, DOCKER_KATA_HOME: instructor.home, NO_COLOR: '1' },
      extendEnv: false,
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('dev check needs tmux');
    expect(run.stderr).toContain('apt-get install tmux');
    expect(run.stderr).toContain('brew install tmux');
  });
});
