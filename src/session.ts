import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exercise, Track } from './track/load.js';
import { loadTrackCached } from './track/cache.js';
import { currentExercise, nextPending } from './progress/navigation.js';
import { loadState, saveState, stateDirectory, type Evidence, type TrackProgress } from './progress/state.js';
import type { CheckResult, Timeline } from './checks/run.js';
import { textOf } from './track/text.js';
import { words } from './checks/words.js';
import { evidenceReferencesIn } from './checks/select.js';

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
  readonly stateFile: string;
  readonly track: Track;
  progress: TrackProgress;
  readonly warnings: string[] = [];

  constructor(track: Track, stateFolder = stateDirectory()) {
    this.track = track;
    this.stateFile = join(stateFolder, 'state.json');
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

  /** Makes an exercise the current one and starts it if it was not started (as `goto` does). */
  open(exercise: Exercise, now = new Date()): void {
    this.update((progress) => {
      progress.current = exercise.id;
    });
    this.markSeen(exercise, now);
  }

  /** Forgets everything about an exercise (as `reset` does): not started, not passed, no answer, no hints. */
  forget(exercise: Exercise): void {
    this.update((progress) => {
      delete progress.exercises[exercise.id];
    });
  }

  /** Records the learner's answer to the current exercise's question. */
  recordAnswer(exercise: Exercise, answer: string): void {
    this.update((progress) => {
      progress.exercises[exercise.id] = { ...progress.exercises[exercise.id], answer };
    });
  }

  /** Records when the learner first saw an exercise (its start time), once. */
  markSeen(exercise: Exercise, now = new Date()): void {
    if (this.progress.exercises[exercise.id]?.startedAt) return;
    this.update((progress) => {
      progress.exercises[exercise.id] = { ...progress.exercises[exercise.id], startedAt: now.toISOString() };
    });
  }

  /**
   * Records a pass: the first pass's time is kept, the evidence is the latest pass's (what the learner made last
   * is what later exercises mean). Makes the next pending exercise current and returns it (undefined: all done).
   */
  recordPass(exercise: Exercise, results: CheckResult[], daemon: string | undefined, now = new Date()): Exercise | undefined {
    let next: Exercise | undefined;
    const evidence: Evidence = {
      recordedAt: now.toISOString(),
      ...(daemon ? { daemon } : {}),
      checks: results.map((result) => ({ ...(result.id ? { id: result.id } : {}), kind: result.kind, objects: result.objects ?? [] })),
    };
    this.update((progress) => {
      const before = progress.exercises[exercise.id];
      progress.exercises[exercise.id] = { ...before, passedAt: before?.passedAt ?? now.toISOString(), evidence };
      next = nextPending(this.track, progress, exercise);
      progress.current = next?.id ?? exercise.id;
    });
    if (next) this.markSeen(next);
    return next;
  }

  /** Re-reads the progress file: another process (an `answer` typed in a terminal) may have changed it. */
  reload(): void {
    this.progress = loadState(this.stateFile).state.tracks[this.track.id] ?? { exercises: {} };
  }

  timeline(exercise: Exercise): Timeline {
    const startOf = (id: string) => {
      const started = this.progress.exercises[id]?.startedAt;
      return started ? new Date(started) : undefined;
    };
    return {
      exerciseStart: startOf(exercise.id) ?? new Date(),
      startOf,
      answer: this.progress.exercises[exercise.id]?.answer,
      recordedPass: (id) => this.progress.exercises[id]?.evidence,
      evidenceNamedBy: (id) => {
        const named = this.track.exercises.find((candidate) => candidate.id === id);
        const [first] = named ? evidenceReferencesIn(named.definition.checks) : [];
        return first;
      },
      exerciseName: (id) => {
        const named = this.track.exercises.find((candidate) => candidate.id === id);
        return named ? words.exerciseName(named.number, textOf(named.definition.title)) : id;
      },
    };
  }
}
