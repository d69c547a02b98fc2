import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { progressWords as say } from './words.js';

/**
 * The progress file, `state.json` in the state folder. Its format (documented in the README):
 *
 *   { "format": 1,
 *     "tracks": { "<track id>": {
 *       "current": "<exercise id>",
 *       "exercises": { "<exercise id>": { "startedAt": ISO time, "passedAt": ISO time, "hintsShown": 2, "answer": "…",
 *                                        "evidence": Evidence } } } } }
 */
export interface ExerciseProgress {
  /** When the learner first saw the exercise: objects older than this do not count. */
  startedAt?: string;
  passedAt?: string;
  hintsShown?: number;
  answer?: string;
  /** What satisfied the checks at the latest pass: later exercises judge the learner's own objects by it. */
  evidence?: Evidence;
}

/**
 * Recorded when an exercise passes (again at every later pass): per check, in the exercise's order, the objects
 * that satisfied it, by ID (a rename does not lose them) and by name (still known after they are removed).
 */
export interface Evidence {
  /** When the pass was seen. */
  recordedAt: string;
  /** The daemon's ID, from `docker info`: evidence from another engine does not count on this one. */
  daemon?: string;
  checks: Array<{
    /** The check's id in the exercise file, when it has one. */
    id?: string;
    kind: string;
    objects: Array<{ type: 'container' | 'image' | 'network' | 'volume' | 'service'; id: string; name?: string }>;
  }>;
}
export interface TrackProgress {
  current?: string;
  exercises: Record<string, ExerciseProgress>;
}
export interface State {
  format: 1;
  /** The language the learner chose with `docker-kata lang`, if any. */
  language?: string;
  tracks: Record<string, TrackProgress>;
}

export const emptyState = (): State => ({ format: 1, tracks: {} });

/** DOCKER_KATA_HOME, else $XDG_STATE_HOME/docker-kata, else ~/.local/state/docker-kata (%LOCALAPPDATA% on Windows). */
export function stateDirectory(env: NodeJS.ProcessEnv = process.env, home = homedir(), platform = process.platform): string {
  if (env.DOCKER_KATA_HOME) return env.DOCKER_KATA_HOME;
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, 'docker-kata');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'docker-kata');
  return join(home, '.local', 'state', 'docker-kata');
}

export interface LoadedState {
  state: State;
  /** Set when the file was unreadable and was set aside: say so, then go on with a fresh start. */
  warning?: string;
}

export function loadState(file: string): LoadedState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // No file yet, or a folder on its way is a file (ENOTDIR): nothing saved there; saving says what is wrong.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { state: emptyState() };
    throw new UsageError(say.unreadable(file, (error as Error).message));
  }
  try {
    return { state: parseState(text) };
  } catch (error) {
    const backup = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(file, backup);
    } catch (renameError) {
      throw new UsageError(say.damagedStuck(file, (error as Error).message, (renameError as Error).message));
    }
    return {
      state: emptyState(),
      warning: say.damagedKept(file, (error as Error).message, backup),
    };
  }
}

export function parseState(text: string): State {
  const value = JSON.parse(text) as Partial<State>;
  if (!value || typeof value !== 'object' || value.format !== 1 || typeof value.tracks !== 'object' || value.tracks === null || Array.isArray(value.tracks)) {
    throw new Error(say.notProgressFile);
  }
  for (const [id, track] of Object.entries(value.tracks)) {
    if (!track || typeof track !== 'object' || typeof track.exercises !== 'object' || track.exercises === null || Array.isArray(track.exercises)) {
      throw new Error(say.noExercises(id));
    }
    for (const [exercise, progress] of Object.entries(track.exercises)) {
      for (const moment of ['startedAt', 'passedAt'] as const) {
        const text = progress?.[moment];
        if (text !== undefined && Number.isNaN(Date.parse(text))) {
          throw new Error(say.notATime(exercise, moment, text));
        }
      }
    }
  }
  return value as State;
}

/** Write to a temporary file beside it, then rename: a crash never leaves half a file. */
export function saveState(file: string, state: State): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(temporary, file);
  } catch (error) {
    throw new UsageError(say.cannotSave(file, (error as Error).message));
  }
}

/** The language remembered with `docker-kata lang`, read without side effects (a damaged file is handled later). */
export function rememberedLanguage(file = join(stateDirectory(), 'state.json')): string | undefined {
  try {
    const language = (JSON.parse(readFileSync(file, 'utf8')) as { language?: unknown }).language;
    return typeof language === 'string' ? language : undefined;
  } catch {
    return undefined;
  }
}
