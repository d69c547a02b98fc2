import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Schema } from './schema.js';
import { validateDocument } from './validate.js';
import {
  exerciseSchema,
  formatVersion,
  moduleSchema,
  trackSchema,
  type ExerciseDefinition,
  type Text,
} from './exercise-schema.js';
import { UsageError } from '../errors.js';

export interface Exercise {
  /** 1-based position in the track. */
  number: number;
  id: string;
  /** Path relative to the track folder, e.g. 01-first-container/01-run-ubuntu.yaml. */
  file: string;
  module: { folder: string; title: Text };
  definition: ExerciseDefinition;
  /** The reference solution script; may not exist (validate reports it). */
  solutionFile: string;
}

export interface Track {
  id: string;
  name: Text;
  welcome?: Text;
  final?: Text;
  dir: string;
  exercises: Exercise[];
}

export interface TrackProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

/** Exercise and module folders are ordered by the number their names start with: 01-…, 02-…, 10-… */
const numbered = /^(\d+)[-_]/;
const byNumber = (a: string, b: string) => Number(a.match(numbered)![1]) - Number(b.match(numbered)![1]) || a.localeCompare(b);

/** Every problem in a track at once, each with file, line, column and field. */
export class TrackError extends UsageError {
  constructor(readonly problems: TrackProblem[]) {
    super(
      `The exercises could not be loaded (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
  }
}

export const formatProblem = (problem: TrackProblem) =>
  `${problem.file}:${problem.line}:${problem.column}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;

/**
 * Reads a track folder: an optional track.yaml, numbered module folders each with an optional module.yaml, and
 * numbered exercise files inside them. Throws a TrackError listing every problem found.
 */
export function loadTrack(dir: string, solutionsDir: string): Track {
  const problems: TrackProblem[] = [];
  const trackFile = join(dir, 'track.yaml');
  const trackData = existsSync(trackFile) ? readValidated(dir, trackFile, trackSchema, problems) : undefined;
  const exercises: Exercise[] = [];
  const folders = listNumbered(dir, (path) => statSync(path).isDirectory());
  if (folders.length === 0) {
    problems.push({ file: relative(process.cwd(), dir) || '.', line: 1, column: 1, field: '', message: 'no numbered exercise folders (like 01-first-container/) found here' });
  }
  for (const folder of folders) {
    const moduleFile = join(dir, folder, 'module.yaml');
    const moduleData = existsSync(moduleFile) ? readValidated(dir, moduleFile, moduleSchema, problems) : undefined;
    const title = moduleData?.title ?? titleFromFolder(folder);
    for (const fileName of listNumbered(join(dir, folder), (path) => /\.ya?ml$/.test(path) && statSync(path).isFile())) {
      const file = join(folder, fileName);
      const definition = readValidated(dir, join(dir, file), exerciseSchema, problems);
      if (!definition) continue;
      exercises.push({
        number: exercises.length + 1,
        id: definition.id,
        file,
        module: { folder, title },
        definition,
        solutionFile: join(solutionsDir, folder, fileName.replace(/\.ya?ml$/, '.sh')),
      });
    }
  }
  problems.push(...crossFileProblems(exercises));
  if (problems.length > 0) throw new TrackError(problems);
  return {
    id: trackData?.id ?? basename(dir),
    name: trackData?.name ?? basename(dir),
    welcome: trackData?.welcome,
    final: trackData?.final,
    dir,
    exercises,
  };
}

function listNumbered(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir)
    .filter((name) => numbered.test(name) && keep(join(dir, name)))
    .sort(byNumber);
}

const titleFromFolder = (folder: string) => {
  const words = folder.replace(numbered, '').replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Parses one YAML file and validates it; returns its value only when it is free of problems. */
function readValidated<S extends Schema>(dir: string, path: string, schema: S, problems: TrackProblem[]): any {
  const file = relative(dir, path);
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number) => lineCounter.linePos(offset);
  const before = problems.length;
  for (const error of document.errors) {
    const { line, col } = at(error.pos[0]);
    problems.push({ file, line, column: col, field: '', message: `YAML syntax: ${error.message.split('\n')[0]}` });
  }
  if (problems.length > before) return undefined;
  const format = document.get('format');
  if (typeof format === 'number' && format > formatVersion) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'format',
      message: `written for a newer docker-kata (format ${format}; this one reads up to ${formatVersion}): update docker-kata`,
    });
    return undefined;
  }
  for (const problem of validateDocument(document, schema)) {
    const { line, col } = at(problem.offset);
    problems.push({ file, line, column: col, field: problem.field, message: problem.message });
  }
  return problems.length > before ? undefined : document.toJS({ maxAliasCount: 50 });
}

/** What no single file can know: ids unique, `since` naming an earlier exercise. */
function crossFileProblems(exercises: Exercise[]): TrackProblem[] {
  const problems: TrackProblem[] = [];
  const seen = new Map<string, Exercise>();
  for (const exercise of exercises) {
    const first = seen.get(exercise.id);
    if (first) {
      problems.push({ file: exercise.file, line: 1, column: 1, field: 'id', message: `id "${exercise.id}" is already used by ${first.file}` });
    }
    for (const [index, check] of exercise.definition.checks.entries()) {
      for (const since of sinceValues(check)) {
        if (since === 'exercise' || since === 'any' || since === exercise.id) continue;
        if (!seen.has(since)) {
          problems.push({
            file: exercise.file,
            line: 1,
            column: 1,
            field: `checks[${index}]`,
            message: `since: "${since}" is not an earlier exercise of this track (use exercise, any, or an earlier id)`,
          });
        }
      }
    }
    seen.set(exercise.id, exercise);
  }
  return problems;
}

function sinceValues(check: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'since' && typeof inner === 'string') found.push(inner);
      else walk(inner);
    }
  };
  walk(check);
  return found;
}
