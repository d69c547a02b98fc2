import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Schema } from './schema.js';
import { suggestion, validateDocument } from './validate.js';
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
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`There is no track folder at ${dir}. Give --track (or DOCKER_KATA_TRACK) a folder of exercises.`);
  }
  const problems: TrackProblem[] = [];
  const trackFile = join(dir, 'track.yaml');
  const trackData = existsSync(trackFile) ? readValidated(dir, trackFile, trackSchema, problems)?.value : undefined;
  const exercises: Exercise[] = [];
  const positions = new Map<Exercise, Positioner>();
  const folders = listNumbered(dir, (path) => statSync(path).isDirectory());
  if (folders.length === 0) {
    problems.push({ file: relative(process.cwd(), dir) || '.', line: 1, column: 1, field: '', message: 'no numbered exercise folders (like 01-first-container/) found here' });
  }
  for (const folder of folders) {
    const moduleFile = join(dir, folder, 'module.yaml');
    const moduleData = existsSync(moduleFile) ? readValidated(dir, moduleFile, moduleSchema, problems)?.value : undefined;
    const title = moduleData?.title ?? titleFromFolder(folder);
    for (const fileName of listNumbered(join(dir, folder), (path) => /\.ya?ml$/.test(path) && statSync(path).isFile())) {
      const file = join(folder, fileName);
      const read = readValidated(dir, join(dir, file), exerciseSchema, problems);
      if (!read) continue;
      const exercise: Exercise = {
        number: exercises.length + 1,
        id: read.value.id,
        file,
        module: { folder, title },
        definition: read.value,
        solutionFile: join(solutionsDir, folder, fileName.replace(/\.ya?ml$/, '.sh')),
      };
      exercises.push(exercise);
      positions.set(exercise, read.position);
    }
  }
  problems.push(...crossFileProblems(exercises, positions));
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

/** Line and column of the value at a path in a file, e.g. ['checks', 0, 'since']. */
type Positioner = (path: Array<string | number>) => { line: number; column: number };

/**
 * Parses one YAML file and validates it; returns its value (and a way to find positions in it) only when it is
 * free of problems.
 */
function readValidated<S extends Schema>(
  dir: string,
  path: string,
  schema: S,
  problems: TrackProblem[],
): { value: any; position: Positioner } | undefined {
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
  if (problems.length > before) return undefined;
  const position: Positioner = (at) => {
    const node = document.getIn(at, true) as { range?: [number, number, number] } | undefined;
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };
  return { value: document.toJS({ maxAliasCount: 50 }), position };
}

/** What no single file can know: ids unique, `since` naming an earlier exercise. */
function crossFileProblems(exercises: Exercise[], positions: Map<Exercise, Positioner>): TrackProblem[] {
  const problems: TrackProblem[] = [];
  const seen = new Map<string, Exercise>();
  for (const exercise of exercises) {
    const position = positions.get(exercise)!;
    const first = seen.get(exercise.id);
    if (first) {
      problems.push({ file: exercise.file, ...position(['id']), field: 'id', message: `id "${exercise.id}" is already used by ${first.file}` });
    }
    for (const { path, value } of sinceReferences(exercise.definition.checks, ['checks'])) {
      if (value === 'exercise' || value === 'any' || value === exercise.id || seen.has(value)) continue;
      problems.push({
        file: exercise.file,
        ...position(path),
        field: path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`)).join(''),
        message: `"${value}" is not an earlier exercise of this track${suggestion(value, [...seen.keys()])}; use exercise, any, or the id of an earlier exercise`,
      });
    }
    seen.set(exercise.id, exercise);
  }
  return problems;
}

/** Every `since:` value below a node, with its path. */
function sinceReferences(value: unknown, path: Array<string | number>): Array<{ path: Array<string | number>; value: string }> {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const innerPath = [...path, Array.isArray(value) ? Number(key) : key];
    return key === 'since' && typeof inner === 'string' ? [{ path: innerPath, value: inner }] : sinceReferences(inner, innerPath);
  });
}
