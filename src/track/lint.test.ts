import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CheckDefinition, ExerciseDefinition } from './exercise-schema.js';
import { hasTagOrDigest, internalsIn, lintExercises } from './lint.js';
import { readTrack, type Exercise, type Positioner } from './load.js';

describe('hasTagOrDigest', () => {
  it.each([
    ['ubuntu', false],
    ['ubuntu:24.04', true],
    ['ubuntu:latest', true],
    ['python:*', true],
    ['ubuntu@sha256:0123', true],
    ['localhost:5000/app', false],
    ['localhost:5000/app:1', true],
    ['ghcr.io/owner/app', false],
  ])('%s → %s', (reference, tagged) => {
    expect(hasTagOrDigest(reference)).toBe(tagged);
  });
});

describe('internalsIn', () => {
  it.each<[string, number]>([
    ['the daemon reports `exec_start` when you run `docker exec`', 1],
    ['wait for `health_status: healthy`', 1],
    ['`die` then `destroy`', 2],
    ['a line matching /^Ready on port \\d+$/.', 1],
    ['(/^localhost:5000/kata/ubuntu@sha256:/)', 1],
    ['run `docker exec -it web bash`, then `docker stop web` and `docker rm web`', 0],
    ['old containers die quietly', 0],
    ['look in /etc/hosts, /var/log/ and C:/^temp', 0],
    ['the value must be ^[a-z]+$ as text', 0],
  ])('%s: %d', (text, count) => {
    expect(internalsIn(text)).toHaveLength(count);
  });
});

describe('lintExercises: texts a learner would see', () => {
  const exercise = (checks: CheckDefinition[], hints: ExerciseDefinition['hints'] = ['one', 'two']): Exercise => ({
    number: 1,
    id: 'limits',
    file: '01-basics/01-limits.yaml',
    module: { folder: '01-basics', title: 'Basics' },
    definition: { format: 1, id: 'limits', title: 'Limits', instructions: 'Run it.', hints, checks } as ExerciseDefinition,
    // Any file that exists: the reference solution is not what these tests are about.
    solutionFile: fileURLToPath(import.meta.url),
  });
  const lint = (exercises: Exercise[]) => {
    const at: Positioner = (path) => ({ line: path.length, column: 1 });
    return lintExercises(exercises, new Map(exercises.map((one) => [one, at])), (path) => path).map(({ field, message }) => ({ field, message }));
  };

  it('warns about a check whose expected text would show inspect paths or regular expressions', () => {
    const where = { kind: 'container', name: 'kata-limited', where: [{ path: 'HostConfig.Memory', equals: 268435456 }] } as CheckDefinition;
    const logs = { kind: 'container', name: 'kata-pinger', expect: { logs: { matches: '1 received$' } } } as CheckDefinition;
    const history = { kind: 'image', reference: 'kata-app:1', expect: { history: ['COPY'] } } as CheckDefinition;
    expect(lint([exercise([where, logs, history])])).toEqual([
      { field: 'checks[0]', message: "has no description, so verify would show the learner inspect paths (HostConfig.Memory); describe the check in the learner's words" },
      { field: 'checks[1]', message: "has no description, so verify would show the learner regular expressions (/1 received$/); describe the check in the learner's words" },
      { field: 'checks[2]', message: "has no description, so verify would show the learner regular expressions (/COPY/); describe the check in the learner's words" },
    ]);
    expect(lint([exercise([{ ...where, description: { en: 'kata-limited with 256 MB of memory' } }])])).toEqual([]);
  });

  it('warns about an Engine event name or a regular expression in any language of any learner text', () => {
    const check = { kind: 'event', actions: ['exec_start'], description: { en: 'a `docker exec` in web', nl: 'een `exec_start` in web' } } as CheckDefinition;
    const findings = lint([exercise([check], ['one', { en: 'Look for /^Ready$/ in the logs.', nb: 'Se etter Ready i loggene.' }])]);
    expect(findings.map(({ field }) => field)).toEqual(['hints[1].en', 'checks[0].description.nl']);
    expect(findings[0].message).toBe('shows the regular expression /^Ready$/; say in words what it matches');
  });
});

describe('lintExercises on the built-in track', () => {
  it('finds nothing a learner would see that is not in their words', () => {
    const { track, problems, positions } = readTrack('exercises', 'solutions');
    expect(problems).toEqual([]);
    const findings = lintExercises(track.exercises, positions, (path) => path);
    expect(findings.filter(({ message }) => /^(has no description|shows the)/.test(message))).toEqual([]);
  });
});
