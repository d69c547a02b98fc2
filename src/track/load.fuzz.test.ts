/**
 * Fuzzing the exercise loader: whatever an author (or a broken editor, or a hostile track) puts in a track's
 * files, readTrack either reports problems, each with a file, a line and column from 1 and a message, or throws
 * a UsageError (a TrackError is one); never a crash with a stack trace.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { loadTrack, readTrack, TrackError, type TrackProblem } from './load.js';

const exercisesDir = resolve(import.meta.dirname, '../../exercises');

/** A spread of the real exercise files: the starting points for mutations. */
const realFiles: string[] = readdirSync(exercisesDir)
  .filter((name) => /^\d+[-_]/.test(name))
  .sort()
  .flatMap((folder) =>
    readdirSync(join(exercisesDir, folder))
      .filter((name) => /^\d+.*\.ya?ml$/.test(name))
      .slice(0, 2)
      .map((name) => readFileSync(join(exercisesDir, folder, name), 'utf8')),
  );

const root = mkdtempSync(join(tmpdir(), 'docker-kata-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

/**
 * CI replays fixed inputs (a red CI blocks everything, so it must not depend on luck); elsewhere each run draws new
 * ones. FUZZ_SEED=<n> replays a failure fast-check reported.
 */
const seeded = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : process.env.CI ? { seed: 20261123 } : {};

/** Writes the files into a fresh track folder, reads it, and checks the property. */
function checkTrack(files: Record<string, string>): void {
  const dir = join(root, `track-${runs++}`);
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    if (!existsSync(dir)) mkdirSync(dir);
    let problems: TrackProblem[];
    try {
      problems = readTrack(dir, join(dir, 'solutions')).problems;
    } catch (error) {
      // Only a refusal the user can act on may escape, never a TypeError or RangeError from inside.
      expect(error, String((error as Error)?.stack)).toBeInstanceOf(UsageError);
      return;
    }
    for (const problem of problems) {
      expect(typeof problem.file).toBe('string');
      expect(problem.file.length).toBeGreaterThan(0);
      expect(Number.isInteger(problem.line) && problem.line >= 1, `line of ${JSON.stringify(problem)}`).toBe(true);
      expect(Number.isInteger(problem.column) && problem.column >= 1, `column of ${JSON.stringify(problem)}`).toBe(true);
      expect(typeof problem.message).toBe('string');
      expect(problem.message.trim().length).toBeGreaterThan(0);
      expect(typeof problem.field).toBe('string');
    }
    // loadTrack agrees: it throws a TrackError exactly when there are problems.
    try {
      loadTrack(dir, join(dir, 'solutions'));
      expect(problems).toEqual([]);
    } catch (error) {
      expect(error).toBeInstanceOf(TrackError);
      expect((error as TrackError).problems.length).toBe(problems.length);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pieces that make text look like YAML, so random text reaches the parser's and validator's corners. */
const yamlPiece = fc.oneof(
  fc.constantFrom(
    ':', ': ', '- ', ' ', '  ', '\n', '\n  ', '\n- ', '\t', '#', '"', "'", '|', '>-', '[', ']', '{', '}', ',', '? ',
    '&a ', '*a', '&b ', '*b', '<<: *a', '!!str ', '!!int ', '!!binary ', '!custom ', '---\n', '...\n', '%YAML 1.2\n',
    'format', 'id', 'title', 'instructions', 'hints', 'checks', 'kind', 'container', 'image', 'expect', 'since',
    'answer', 'uses', 'en', 'nb', 'nl', 'true', 'null', '~', '1', '1.0', '-1', '0x1f', '.inf', 'yes', '2', '999',
  ),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const yamlishText = fc.array(yamlPiece, { maxLength: 80 }).map((pieces) => pieces.join(''));

/** Any JSON-ish value to put where a key's value was: a wrong type, unicode, or something nested. */
const anyValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('ubuntu', 'exercise', 'any', 'run-ubuntu', 'container', 'running', ''),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'retype'; at: number; value: unknown }
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'share'; at: number }
  | { kind: 'huge'; at: number; size: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.string({ unit: 'grapheme', maxLength: 10 }) }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('share' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), size: fc.integer({ min: 1_000, max: 200_000 }) }),
);

/** Every object or array inside a parsed file, each with its keys: the places a mutation can hit. */
function containers(value: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (value !== null && typeof value === 'object') {
    found.push(value as Record<string, unknown>);
    for (const inner of Object.values(value)) containers(inner, found);
  }
  return found;
}

function applyMutation(document: unknown, change: Mutation): void {
  const places = containers(document).filter((place) => Object.keys(place).length > 0);
  if (places.length === 0) return;
  const place = places[change.at % places.length]!;
  const keys = Object.keys(place);
  const key = keys[change.at % keys.length]!;
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(place)) place.splice(Number(key), 1);
      else delete place[key];
      return;
    case 'retype':
      place[key] = change.value;
      return;
    case 'rename':
      if (Array.isArray(place)) return;
      place[change.name] = place[key];
      if (change.name !== key) delete place[key];
      return;
    case 'nest': {
      let deep: unknown = place[key];
      for (let level = 0; level < change.depth; level++) deep = level % 2 ? [deep] : { deeper: deep };
      place[key] = deep;
      return;
    }
    case 'share':
      // The same object in two places: stringify writes an anchor and an alias.
      place[`${key}-again`] = place[key];
      if (Array.isArray(place)) place.push(place[key]);
      return;
    case 'huge':
      place[key] = 'x'.repeat(change.size);
      return;
  }
}

/** Line-level damage a text editor does: a line lost, doubled (a duplicate key), or cut, or unicode dropped in. */
const textDamage = fc.oneof(
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('double-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(yamlPiece, fc.string({ unit: 'grapheme', maxLength: 6 })) }),
);

function damageText(text: string, damage: { kind: string; at: number; text?: string }): string {
  const lines = text.split('\n');
  const line = damage.at % Math.max(lines.length, 1);
  switch (damage.kind) {
    case 'drop-line':
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    case 'double-line':
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    case 'cut':
      return text.slice(0, damage.at % (text.length + 1));
    default: {
      const at = damage.at % (text.length + 1);
      return text.slice(0, at) + (damage.text ?? '') + text.slice(at);
    }
  }
}

const mutatedExercise = fc
  .record({
    file: fc.nat({ max: realFiles.length - 1 }),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    damage: fc.array(textDamage, { maxLength: 3 }),
  })
  .map(({ file, mutations, damage }) => {
    const document = parse(realFiles[file]!) as unknown;
    for (const change of mutations) applyMutation(document, change);
    let text: string;
    try {
      text = stringify(document, { aliasDuplicateObjects: true, lineWidth: 0 });
    } catch {
      text = realFiles[file]!;
    }
    return damage.reduce(damageText, text);
  });

/** Anchors and aliases, some many: the loader must refuse a "billion laughs" rather than run out of memory. */
const aliasBomb = fc.integer({ min: 1, max: 12 }).map((levels) => {
  const lines = ['format: 1', 'id: bomb', 'title: Bomb', 'instructions: Boom.', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= levels; level++) {
    lines.push(`a${level}: &a${level} [${Array.from({ length: 9 }, () => `*a${level - 1}`).join(', ')}]`);
  }
  lines.push(`hints: *a${levels}`, 'checks:', '  - kind: container', '    image: ubuntu');
  return lines.join('\n');
});

/** Where in the track the text goes: an exercise file, module.yaml or track.yaml. */
const placement = fc.constantFrom('01-mod/01-fuzzed.yaml', '01-mod/module.yaml', 'track.yaml');
const valid = realFiles[0]!;

describe('readTrack under fuzzing', () => {
  it('reports problems with a position and a message, or refuses with a UsageError, for YAML-ish text', () => {
    fc.assert(
      fc.property(yamlishText, placement, (text, where) => {
        checkTrack({ [where]: text, ...(where === '01-mod/01-fuzzed.yaml' ? {} : { '01-mod/01-valid.yaml': valid }) });
      }),
      { numRuns: 300, interruptAfterTimeLimit: 3_000, ...seeded },
    );
  });

  it('does the same for mutated real exercise files, alone and beside the valid ones', () => {
    fc.assert(
      fc.property(mutatedExercise, fc.boolean(), (text, beside) => {
        checkTrack({ '01-mod/01-a.yaml': beside ? valid : text, '01-mod/02-b.yaml': text, '02-mod/01-c.yaml': text });
      }),
      { numRuns: 300, interruptAfterTimeLimit: 3_000, ...seeded },
    );
  });

  it('refuses alias bombs and deep nesting with a problem, without running out of memory or stack', () => {
    fc.assert(
      fc.property(aliasBomb, (text) => checkTrack({ '01-mod/01-bomb.yaml': text })),
      { numRuns: 30, interruptAfterTimeLimit: 1_500, ...seeded },
    );
    for (const depth of [10, 100, 1_000]) {
      checkTrack({ '01-mod/01-deep.yaml': `${valid}\nextra: ${'['.repeat(depth)}${']'.repeat(depth)}\n` });
      checkTrack({ '01-mod/01-deep.yaml': `${valid}\nextra:\n${Array.from({ length: depth }, (_, level) => `${' '.repeat(level + 2)}k${level}:`).join('\n')} end\n` });
    }
  });
}, 30_000);
