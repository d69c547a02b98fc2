import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checks/run.js';
import type { Exercise } from '../track/load.js';
import { judgeCase, prerequisites, runCase } from './cases.js';

const result = (passed: boolean, observed: string): CheckResult => ({ kind: 'container', passed, expected: 'a running container', observed });

describe('judgeCase', () => {
  it('proves a variant when verify passes', () => {
    expect(judgeCase('variant', undefined, [result(true, 'found it')])).toEqual({ passed: true, ok: true });
    expect(judgeCase('variant', undefined, [result(true, 'found it'), result(false, 'no')])).toEqual({ passed: false, ok: false });
    // No checks ran (the case broke before verify): never proven.
    expect(judgeCase('variant', undefined, [])).toEqual({ passed: false, ok: false });
  });

  it('proves a near miss when verify fails and says the phrase, in any case', () => {
    const miss = [result(true, 'found it'), result(false, 'found container `x`, but it was started without a terminal (-t)')];
    expect(judgeCase('near miss', 'Started without a terminal', miss)).toEqual({ passed: false, ok: true, phraseFound: true });
    expect(judgeCase('near miss', 'still running', miss)).toEqual({ passed: false, ok: false, phraseFound: false });
    expect(judgeCase('near miss', 'found it', [result(true, 'found it')])).toEqual({ passed: true, ok: false, phraseFound: true });
  });
});

describe('prerequisites', () => {
  const exercise = (number: number, id: string, checks: unknown[]) => ({ number, id, definition: { id, checks } }) as unknown as Exercise;
  const track = [
    exercise(1, 'run-detached', [{ kind: 'container', image: 'ubuntu' }]),
    exercise(2, 'own-name', [{ kind: 'container', name: 'my-ubuntu' }]),
    exercise(3, 'stop-container', [{ kind: 'container', evidence: 'run-detached' }]),
    exercise(4, 'list-all', [{ kind: 'answer', container: { evidence: { exercise: 'stop-container', check: 'stopped' }, path: 'Name' } }]),
    exercise(5, 'later', [{ kind: 'container', since: 'own-name' }]),
  ];

  it('replays what the checks refer to, and what those refer to, in track order', () => {
    expect(prerequisites(track, track[3]).map((one) => one.id)).toEqual(['run-detached', 'stop-container']);
    expect(prerequisites(track, track[4]).map((one) => one.id)).toEqual(['own-name']);
    expect(prerequisites(track, track[1])).toEqual([]);
  });

  it('adds the exercises a case names with # after:, never the exercise itself or later ones', () => {
    expect(prerequisites(track, track[2], ['own-name', 'stop-container', 'later']).map((one) => one.id)).toEqual(['run-detached', 'own-name']);
  });
});

describe('runCase on Podman', () => {
  it('skips a case that needs Docker Engine, with its reason, touching nothing', async () => {
    const exercise = { number: 12, id: 'stop-container', definition: { id: 'stop-container', checks: [] } } as unknown as Exercise;
    const untouched = () => {
      throw new Error('a skipped case must not run anything');
    };
    const runner = { podman: true, cleanUpAfter: untouched, verify: untouched, recordPass: untouched } as unknown as Parameters<typeof runCase>[0];
    const outcome = await runCase(runner, exercise, {
      kind: 'near miss',
      title: 'docker kill for docker stop',
      line: 9,
      before: [],
      steps: [{ kind: 'type', text: 'docker kill x', line: 10 }],
      expect: 'docker kill',
      after: [],
      needsDocker: 'Podman 4 does not always report the stop event',
    });
    expect(outcome).toMatchObject({ ok: true, skipped: 'Podman 4 does not always report the stop event', checks: [] });
  });
});
