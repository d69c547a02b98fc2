import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { Document } from 'yaml';
import { yaml } from './yaml-lazy.js';
import type { Schema } from './schema.js';
import { suggestion, validateDocument } from './validate.js';
import { fieldName, stringsUnder, type FieldPath } from './walk.js';
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
  const { track, problems } = readTrack(dir, solutionsDir);
  if (problems.length > 0) throw new TrackError(problems);
  return track;
}

/** Reads a track and every problem in it, without giving up at the first: what `validate` reports. */
export function readTrack(
  dir: string,
  solutionsDir: string,
): { track: Track; problems: TrackProblem[]; positions: Map<Exercise, Positioner> } {
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
  problems.push(...duplicateNumbers(dir, folders, dir));
  const outside = (path: string) => {
    if (insideTrack(dir, path)) return false;
    problems.push({ file: relative(dir, path), line: 1, column: 1, field: '', message: 'is a link to a place outside the track folder; a track must be self-contained' });
    return true;
  };
  for (const folder of folders) {
    if (outside(join(dir, folder))) continue;
    const moduleFile = join(dir, folder, 'module.yaml');
    const moduleData = existsSync(moduleFile) && !outside(moduleFile) ? readValidated(dir, moduleFile, moduleSchema, problems)?.value : undefined;
    const title = moduleData?.title ?? titleFromFolder(folder);
    const files = listNumbered(join(dir, folder), (path) => /\.ya?ml$/.test(path) && statSync(path).isFile());
    problems.push(...duplicateNumbers(join(dir, folder), files, dir));
    for (const fileName of files) {
      const file = join(folder, fileName);
      if (outside(join(dir, file))) continue;
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
  const track: Track = {
    id: trackData?.id ?? basename(dir),
    name: trackData?.name ?? basename(dir),
    welcome: trackData?.welcome,
    final: trackData?.final,
    dir,
    exercises,
  };
  return { track, problems, positions };
}

function listNumbered(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir)
    .filter((name) => numbered.test(name) && keep(join(dir, name)))
    .sort(byNumber);
}

/** Two entries with the same number (01-a.yaml, 01-b.yaml) leave their order to chance: say so. */
function duplicateNumbers(dir: string, names: string[], track: string): TrackProblem[] {
  const byNumberSeen = new Map<number, string>();
  const problems: TrackProblem[] = [];
  for (const name of names) {
    const number = Number(name.match(numbered)![1]);
    const first = byNumberSeen.get(number);
    if (first) {
      problems.push({ file: relative(track, join(dir, name)) || name, line: 1, column: 1, field: '', message: `has the same number as ${first}: give each its own number` });
    } else byNumberSeen.set(number, name);
  }
  return problems;
}

/** A track is one folder: a link that leads out of it (to /etc, to another project) is refused. */
function insideTrack(track: string, path: string): boolean {
  const real = realpathSync(path);
  const root = realpathSync(track);
  return real === root || real.startsWith(`${root}${sep}`);
}

const titleFromFolder = (folder: string) => {
  const words = folder.replace(numbered, '').replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Line and column of the value at a path in a file, e.g. ['checks', 0, 'since']. */
export type Positioner = (path: Array<string | number>) => { line: number; column: number };

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
  const refuse = (message: string) => {
    problems.push({ file, line: 1, column: 1, field: '', message });
    return undefined;
  };
  const size = statSync(path).size;
  if (size > maxFileBytes) return refuse(`${Math.round(size / 1024)} KiB is too large for an exercise file (at most ${maxFileBytes / 1024} KiB)`);
  const text = readFileSync(path, 'utf8');
  const { LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number) => lineCounter.linePos(offset);
  const before = problems.length;
  // Anchors and aliases are fine in moderation; a "billion laughs" file multiplies them until memory runs out.
  let aliases = 0;
  visit(document, { Alias: () => void aliases++ });
  if (aliases > maxAliases) return refuse(`uses ${aliases} YAML aliases (*name); at most ${maxAliases} are allowed`);
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

/** Limits that keep a hostile or broken track from exhausting memory: exercise files are small. */
const maxFileBytes = 256 * 1024;
const maxAliases = 50;

/** Every `evidence` reference in an exercise's checks, at any depth, with where it is. */
function evidenceReferences(value: unknown, path: FieldPath): Array<{ path: FieldPath; exercise: string; check?: string }> {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const innerPath = [...path, Array.isArray(value) ? Number(key) : key];
    if (key !== 'evidence') return evidenceReferences(inner, innerPath);
    if (typeof inner === 'string') return [{ path: innerPath, exercise: inner }];
    const { exercise, check } = (inner ?? {}) as { exercise?: unknown; check?: unknown };
    return typeof exercise === 'string' ? [{ path: [...innerPath, 'exercise'], exercise, ...(typeof check === 'string' ? { check } : {}) }] : [];
  });
}

/** Check ids unique in an exercise; `sameAs` naming an earlier check of it (so ties never form a cycle). */
function checkIdProblems(exercise: Exercise, position: Positioner): TrackProblem[] {
  const problems: TrackProblem[] = [];
  const earlier: string[] = [];
  exercise.definition.checks.forEach((check, index) => {
    for (const { path, value } of stringsUnder(check, ['sameAs'], ['checks', index])) {
      if (earlier.includes(value)) continue;
      problems.push({
        file: exercise.file,
        ...position(path),
        field: fieldName(path),
        message: `"${value}" is not the id of an earlier check of this exercise${suggestion(value, earlier)}; give that check an id: and list it first`,
      });
    }
    if (check.id === undefined) return;
    if (earlier.includes(check.id)) {
      problems.push({ file: exercise.file, ...position(['checks', index, 'id']), field: `checks[${index}].id`, message: `check id "${check.id}" is used twice in this exercise` });
    }
    earlier.push(check.id);
  });
  return problems;
}

/** What no single file can know: ids unique, `since` and `evidence` naming an earlier exercise (and its check). */
function crossFileProblems(exercises: Exercise[], positions: Map<Exercise, Positioner>): TrackProblem[] {
  const problems: TrackProblem[] = [];
  const seen = new Map<string, Exercise>();
  for (const exercise of exercises) {
    const position = positions.get(exercise)!;
    const first = seen.get(exercise.id);
    if (first) {
      problems.push({ file: exercise.file, ...position(['id']), field: 'id', message: `id "${exercise.id}" is already used by ${first.file}` });
    }
    for (const { path, value } of stringsUnder(exercise.definition.checks, ['since'], ['checks'])) {
      if (value === 'exercise' || value === 'any' || value === exercise.id || seen.has(value)) continue;
      problems.push({
        file: exercise.file,
        ...position(path),
        field: fieldName(path),
        message: `"${value}" is not an earlier exercise of this track${suggestion(value, [...seen.keys()])}; use exercise, any, or the id of an earlier exercise`,
      });
    }
    for (const { path, exercise: named, check } of evidenceReferences(exercise.definition.checks, ['checks'])) {
      const earlier = seen.get(named);
      if (!earlier) {
        problems.push({
          file: exercise.file,
          ...position(path),
          field: fieldName(path),
          message: `"${named}" is not an earlier exercise of this track${suggestion(named, [...seen.keys()])}; evidence names the exercise whose pass recorded the object`,
        });
        continue;
      }
      const ids = earlier.definition.checks.flatMap((candidate) => (candidate.id ? [candidate.id] : []));
      if (check !== undefined && !ids.includes(check)) {
        const checkPath = [...path.slice(0, -1), 'check'];
        problems.push({
          file: exercise.file,
          ...position(checkPath),
          field: fieldName(checkPath),
          message: `exercise "${named}" has no check with id "${check}"${ids.length ? `${suggestion(check, ids)} (its check ids: ${ids.join(', ')})` : ' (none of its checks has an id:)'}`,
        });
      }
    }
    problems.push(...checkIdProblems(exercise, position));
    seen.set(exercise.id, exercise);
  }
  return problems;
}
