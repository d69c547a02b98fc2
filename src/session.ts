import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exercise, Track } from './track/load.js';
import { loadTrackCached } from './track/cache.js';
import { currentExercise } from './progress/navigation.js';
import { loadState, saveState, stateDirectory, type TrackProgress } from './progress/state.js';
import type { Timeline } from './checks/run.js';

/** The package root: dist/ sits beside exercises/ and solutions/. */
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

const builtInTrack = join(packageRoot, 'exercises');

/**
 * A track's reference solutions: `solutions/` inside the track folder; else, when there is one, the `solutions/`
 * beside it (the package's own layout: exercises/ and solutions/ side by side); a new track gets its own inside.
 */
export function solutionsFolderOf(trackDir: string): string {
  const inside = join(trackDir, 'solutions');
  const beside = join(dirname(resolve(trackDir)), 'solutions');
  return !existsSync(inside) && existsSync(beside) ? beside : inside;
}

/** The track folder to use: --track, else DOCKER_KATA_TRACK, else the built-in one. */
export function trackFolder(globals: { track?: string }): string {
  const chosen = globals.track ?? process.env.DOCKER_KATA_TRACK;
  return chosen ? resolve(chosen) : builtInTrack;
}

/** The track (from the cache when it is fresh) and the learner's progress on it. */
export async function openSession(globals: { track?: string }): Promise<Session> {
  const trackDir = trackFolder(globals);
  return new Session(await loadTrackCached(trackDir, solutionsFolderOf(trackDir), stateDirectory()));
}

/** The learner's track and progress, read once per command. */
export class Session {
  readonly stateFile = join(stateDirectory(), 'state.json');
  readonly track: Track;
  progress: TrackProgress;
  readonly warnings: string[] = [];

  constructor(track: Track) {
    this.track = track;
    const { state, warning } = loadState(this.stateFile);
    if (warning) this.warnings.push(warning);
    this.progress = state.tracks[this.track.id] ?? { exercises: {} };
  }

  get current(): Exercise {
    return currentExercise(this.track, this.progress);
  }

  /**
   * Changes this track's progress and saves it. The change is applied to the file as it is just before writing,
   * so what another docker-kata process saved meanwhile (a pass, a hint) is kept, not overwritten.
   */
  update(change: (progress: TrackProgress) => void): void {
    const { state } = loadState(this.stateFile);
    const progress = state.tracks[this.track.id] ?? { exercises: {} };
    change(progress);
    state.tracks[this.track.id] = progress;
    saveState(this.stateFile, state);
    this.progress = progress;
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
