import type { Exercise, Track } from '../track/load.js';
import type { TrackProgress } from './state.js';

/** Pure decisions about where the learner is; tested as tables. */

export const isPassed = (progress: TrackProgress, exercise: Exercise) => Boolean(progress.exercises[exercise.id]?.passedAt);

/** The exercise the learner is on: the remembered one, else the first not yet passed, else the last. */
export function currentExercise(track: Track, progress: TrackProgress): Exercise {
  const remembered = track.exercises.find((exercise) => exercise.id === progress.current);
  if (remembered) return remembered;
  return track.exercises.find((exercise) => !isPassed(progress, exercise)) ?? track.exercises[track.exercises.length - 1];
}

/** The first exercise not yet passed after `from`, wrapping round to skipped ones; undefined when all are done. */
export function nextPending(track: Track, progress: TrackProgress, from: Exercise): Exercise | undefined {
  const start = track.exercises.indexOf(from);
  const ordered = [...track.exercises.slice(start + 1), ...track.exercises.slice(0, start + 1)];
  return ordered.find((exercise) => !isPassed(progress, exercise));
}

/** `goto 3`, `goto run-ubuntu`. */
export function findExercise(track: Track, numberOrId: string): Exercise | undefined {
  if (/^\d+$/.test(numberOrId)) return track.exercises[Number(numberOrId) - 1];
  return track.exercises.find((exercise) => exercise.id === numberOrId);
}

export const passedCount = (track: Track, progress: TrackProgress) =>
  track.exercises.filter((exercise) => isPassed(progress, exercise)).length;
