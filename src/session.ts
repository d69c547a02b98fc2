import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exercise, Track } from './track/load.js';
import { loadTrack } from './track/load.js';
import { currentExercise } from './progress/navigation.js';
import { loadState, saveState, stateDirectory, type TrackProgress } from './progress/state.js';
import type { Timeline } from './checks/run.js';

/** The package root: dist/ sits beside exercises/ and solutions/. */
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The learner's track and progress, read once per command. */
export class Session {
  readonly stateFile = join(stateDirectory(), 'state.json');
  readonly track: Track;
  progress: TrackProgress;
  readonly warnings: string[] = [];

  constructor(trackDir = join(packageRoot, 'exercises'), solutionsDir = join(packageRoot, 'solutions')) {
    this.track = loadTrack(trackDir, solutionsDir);
    const { state, warning } = loadState(this.stateFile);
    if (warning) this.warnings.push(warning);
    this.progress = state.tracks[this.track.id] ?? { exercises: {} };
  }

  get current(): Exercise {
    return currentExercise(this.track, this.progress);
  }

  /**
   * Changes this track's progress and saves it. The file is read again just before writing, so what another
   * docker-kata process saved for other tracks in the meantime is kept.
   */
  update(change: (progress: TrackProgress) => void): void {
    change(this.progress);
    const { state } = loadState(this.stateFile);
    state.tracks[this.track.id] = this.progress;
    saveState(this.stateFile, state);
  }

  /** Records when the learner first saw an exercise (its start time), once. */
  markSeen(exercise: Exercise, now = new Date()): void {
    if (this.progress.exercises[exercise.id]?.startedAt) return;
    this.update((progress) => {
      progress.exercises[exercise.id] = { ...progress.exercises[exercise.id], startedAt: now.toISOString() };
    });
  }

  timeline(exercise: Exercise): Timeline {
    const startOf = (id: string) => {
      const started = this.progress.exercises[id]?.startedAt;
      return started ? new Date(started) : undefined;
    };
    return { exerciseStart: startOf(exercise.id) ?? new Date(), startOf, answer: this.progress.exercises[exercise.id]?.answer };
  }
}
