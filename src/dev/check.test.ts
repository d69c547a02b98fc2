import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../checks/run.js';
import type { Exercise } from '../track/load.js';
import { isMiss, judge, startIndex, type ExerciseOutcome } from './check.js';
import { isPrompt } from './terminal.js';
import { missDetails, tableLayout, tableRow } from './report.js';

const result = (passed: boolean, expected = 'a running ubuntu container'): CheckResult => ({
  kind: 'container',
  passed,
  expected,
  observed: passed ? 'found `jolly_lamport`' : 'there is none',
});
const exercise = (id: string, mayPassUnsolved?: string) =>
  ({ number: 1, id, definition: { mayPassUnsolved, checks: [], hints: [], title: id, instructions: '', format: 1, id } }) as unknown as Exercise;

describe('judge', () => {
  it('proves an exercise that fails unsolved and passes solved', () => {
    expect(judge(exercise('a'), [result(false)], [result(true)])).toEqual({ failsUnsolved: true, passesSolved: true, ok: true });
  });

  it('misses one that passes before its solution, unless it says why it may', () => {
    expect(judge(exercise('a'), [result(true)], [result(true)])).toEqual({ failsUnsolved: false, passesSolved: true, ok: false });
    expect(judge(exercise('a', 'the image is there already'), [result(true)], [result(true)])).toEqual({
      failsUnsolved: null,
      passesSolved: true,
      ok: true,
    });
  });

  it('misses one whose checks do not all pass after the solution', () => {
    expect(judge(exercise('a'), [result(false)], [result(true), result(false)]).ok).toBe(false);
  });
});

describe('startIndex', () => {
  const exercises = [exercise('run-ubuntu'), exercise('pull-an-image')];
  it('takes a number or an id', () => {
    expect(startIndex(exercises, undefined)).toBe(0);
    expect(startIndex(exercises, '2')).toBe(1);
    expect(startIndex(exercises, 'pull-an-image')).toBe(1);
  });
  it('says what is wrong with anything else', () => {
    expect(() => startIndex(exercises, '3')).toThrow('this track has exercises 1 to 2');
    expect(() => startIndex(exercises, 'pull-an-imag')).toThrow('did you mean "pull-an-image"');
  });
});

describe('the table', () => {
  const outcome = (parts: Partial<ExerciseOutcome>): ExerciseOutcome => ({
    number: 3,
    id: 'wrong-solution',
    title: 'x',
    failsUnsolved: true,
    passesSolved: true,
    seconds: 1.25,
    checks: [result(true)],
    checksUnsolved: [result(false)],
    problems: [],
    cases: [],
    ...parts,
  });
  const layout = tableLayout([{ number: 3, id: 'wrong-solution', definition: exercise('x').definition }]);

  it('shows a proven exercise on one row', () => {
    const row = tableRow(outcome({}), layout).replace(/\u001b\[[0-9;]*m/g, '');
    expect(row).toMatch(/^3 wrong-solution {2}✓ +✓ +1\.3$/);
    expect(isMiss(outcome({}))).toBe(false);
  });

  it('shows the failed checks of a miss below its row', () => {
    const miss = outcome({ passesSolved: false, checks: [{ ...result(false), description: 'runs with a terminal' }] });
    expect(isMiss(miss)).toBe(true);
    const details = missDetails(miss).join('\n').replace(/\u001b\[[0-9;]*m/g, '');
    expect(details).toContain('verify did not pass after the solution');
    expect(details).toContain('✗ runs with a terminal');
    expect(details).toContain('expected  a running ubuntu container');
    expect(details).toContain('actual    there is none');
  });

  it('names a check that passed before the solution, and the mayPassUnsolved way out', () => {
    const details = missDetails(outcome({ failsUnsolved: false, checksUnsolved: [result(true)] })).join('\n');
    expect(details).toContain('already passed before the solution');
    expect(details).toContain('mayPassUnsolved');
  });
});

describe('isPrompt', () => {
  it('knows the prompts a learner meets', () => {
    for (const prompt of ['learner$ ', 'root@5f2c3a4b5c6d:/# ', 'root@web.local:/usr/src/app# ', '/ # ', '~ # ', '/app # ', '>>> ']) {
      expect(isPrompt(prompt), prompt).toBe(true);
    }
  });
  it('does not take output or a typed command for one', () => {
    for (const text of ['learner$ docker ps', 'root@5f2c:/# ls', 'Reading package lists... Done', 'a # b', '>>> print("x")', '']) {
      expect(isPrompt(text), text).toBe(false);
    }
  });
});
