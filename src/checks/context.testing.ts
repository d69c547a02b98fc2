import type { CheckContext } from './types.js';

/** The parts of a check context about earlier passes, for unit tests that have none: nothing recorded, nothing tied. */
export const nothingRecorded: Pick<CheckContext, 'recordedPass' | 'exerciseName' | 'tiedTo'> = {
  recordedPass: () => undefined,
  exerciseName: (id) => id,
  tiedTo: () => undefined,
};
