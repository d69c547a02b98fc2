import { describe, expect, it } from 'vitest';
import type { Exercise, Track } from '../track/load.js';
import { currentExercise, findExercise, nextPending, passedCount } from './navigation.js';
import type { TrackProgress } from './state.js';

const ids = ['run-ubuntu', 'list-images', 'run-detached', 'stop'];
const track: Track = {
  id: 'docker',
  name: 'Docker',
  dir: 'exercises',
  exercises: ids.map((id, index) => ({ number: index + 1, id }) as Exercise),
};
const exercise = (id: string) => track.exercises.find((candidate) => candidate.id === id)!;

/** Progress where the listed exercises are passed and `current` is remembered. */
const progress = (passed: string[], current?: string): TrackProgress => ({
  current,
  exercises: Object.fromEntries(passed.map((id) => [id, { startedAt: '2025-03-01T10:00:00Z', passedAt: '2025-03-01T10:05:00Z' }])),
});

describe('currentExercise', () => {
  it.each([
    { name: 'nothing done: the first', state: progress([]), expected: 'run-ubuntu' },
    { name: 'the remembered one, even when passed', state: progress(['run-ubuntu', 'list-images'], 'list-images'), expected: 'list-images' },
    { name: 'no remembered one: the first not passed', state: progress(['run-ubuntu', 'list-images']), expected: 'run-detached' },
    { name: 'a remembered id that no longer exists: the first not passed', state: progress(['run-ubuntu'], 'gone'), expected: 'list-images' },
    { name: 'all passed: the last', state: progress(ids), expected: 'stop' },
  ])('$name', ({ state, expected }) => {
    expect(currentExercise(track, state).id).toBe(expected);
  });
});

describe('nextPending', () => {
  it.each([
    { name: 'the next one after', passed: ['run-ubuntu'], from: 'run-ubuntu', expected: 'list-images' },
    { name: 'skips passed ones', passed: ['run-ubuntu', 'list-images', 'run-detached'], from: 'run-ubuntu', expected: 'stop' },
    { name: 'wraps round to a skipped one', passed: ['list-images', 'stop'], from: 'stop', expected: 'run-ubuntu' },
    { name: 'wraps past the start to a later skipped one', passed: ['run-ubuntu', 'stop'], from: 'run-detached', expected: 'list-images' },
    { name: 'returns to the current one when only it is left', passed: ['run-ubuntu', 'list-images', 'stop'], from: 'run-detached', expected: 'run-detached' },
    { name: 'nothing when all are done', passed: ids, from: 'list-images', expected: undefined },
  ])('$name', ({ passed, from, expected }) => {
    expect(nextPending(track, progress(passed), exercise(from))?.id).toBe(expected);
  });
});

describe('findExercise', () => {
  it.each([
    { query: '1', expected: 'run-ubuntu' },
    { query: '4', expected: 'stop' },
    { query: '03', expected: 'run-detached' },
    { query: '0', expected: undefined },
    { query: '5', expected: undefined },
    { query: 'list-images', expected: 'list-images' },
    { query: 'List-Images', expected: undefined },
    { query: 'nope', expected: undefined },
  ])('$query → $expected', ({ query, expected }) => {
    expect(findExercise(track, query)?.id).toBe(expected);
  });
});

describe('passedCount', () => {
  it('counts only exercises of this track that have passedAt', () => {
    const state = progress(['run-ubuntu', 'stop', 'old-removed-exercise']);
    state.exercises['list-images'] = { startedAt: '2025-03-01T10:00:00Z', hintsShown: 2 };
    expect(passedCount(track, state)).toBe(2);
  });
});
