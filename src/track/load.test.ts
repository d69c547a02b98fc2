import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textOf } from './text.js';
import { parseSolution } from '../dev/solution.js';
import { formatProblem, loadTrack, TrackError, type TrackProblem } from './load.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A track folder holding these files (paths relative to it). */
function trackWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'docker-kata-track-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const exercise = (id: string, extraCheckLines = '') => `format: 1
id: ${id}
title: Exercise ${id}
instructions: Do ${id}.
hints: [First hint., Second hint.]
checks:
  - kind: container
    image: ubuntu
${extraCheckLines}`;

/** The problems a TrackError carries, or a failure when the track loads. */
function problemsOf(dir: string): TrackProblem[] {
  try {
    loadTrack(dir, 'solutions');
  } catch (error) {
    expect(error).toBeInstanceOf(TrackError);
    return (error as TrackError).problems;
  }
  throw new Error('expected loadTrack to throw a TrackError');
}

describe('loadTrack: order and naming', () => {
  const dir = () =>
    trackWith({
      '10-networks/module.yaml': 'format: 1\ntitle: Talking between containers\n',
      '10-networks/01-create.yaml': exercise('create-network'),
      '2-first_steps/10-later.yaml': exercise('later'),
      '2-first_steps/2-earlier.yml': exercise('earlier'),
      '2-first_steps/notes.md': 'not an exercise',
      '2-first_steps/README.yaml': 'not numbered, so not an exercise',
      'scratch/01-ignored.yaml': 'an unnumbered folder is not a module',
    });

  it('orders folders and files by their number (2 before 10), numbering exercises from 1', () => {
    const track = loadTrack(dir(), 'solutions');
    expect(track.exercises.map((e) => [e.number, e.id, e.file])).toEqual([
      [1, 'earlier', join('2-first_steps', '2-earlier.yml')],
      [2, 'later', join('2-first_steps', '10-later.yaml')],
      [3, 'create-network', join('10-networks', '01-create.yaml')],
    ]);
  });

  it('takes the module title from module.yaml, else from the folder name', () => {
    const titles = loadTrack(dir(), 'solutions').exercises.map((e) => textOf(e.module.title));
    expect(titles).toEqual(['First steps', 'First steps', 'Talking between containers']);
  });

  it('points each exercise at its .sh solution in the same folder layout', () => {
    const solutions = loadTrack(dir(), '/srv/solutions').exercises.map((e) => e.solutionFile);
    expect(solutions).toEqual([
      join('/srv/solutions', '2-first_steps', '2-earlier.sh'),
      join('/srv/solutions', '2-first_steps', '10-later.sh'),
      join('/srv/solutions', '10-networks', '01-create.sh'),
    ]);
  });

  it('takes id and name from track.yaml, else from the folder name', () => {
    const withTrackFile = trackWith({
      'track.yaml': 'format: 1\nid: docker-basics\nname: Docker basics\n',
      '01-a/01-a.yaml': exercise('a'),
    });
    expect(loadTrack(withTrackFile, 's')).toMatchObject({ id: 'docker-basics', name: 'Docker basics' });
    const withoutTrackFile = trackWith({ '01-a/01-a.yaml': exercise('a') });
    const { id, name } = loadTrack(withoutTrackFile, 's');
    expect([id, name]).toEqual([withoutTrackFile.split(/[\\/]/).pop(), withoutTrackFile.split(/[\\/]/).pop()]);
  });
});

describe('loadTrack: problems', () => {
  it('reports the problems of several broken files at once, each at file:line:column', () => {
    const dir = trackWith({
      '01-basics/01-ok.yaml': exercise('ok'),
      '01-basics/02-typo.yaml': exercise('typo').replace('  - kind: container', '  - kind: containr'),
      '02-more/01-syntax.yaml': 'format: 1\nid: [unclosed\n',
    });
    const problems = problemsOf(dir);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${join('01-basics', '02-typo.yaml')}:7:11: checks\\[0\\]\\.kind: unknown kind "containr"`)),
      expect.stringMatching(new RegExp(`^${join('02-more', '01-syntax.yaml')}:\\d+:\\d+: YAML syntax: `)),
    ]);
    expect(() => loadTrack(dir, 's')).toThrow(/could not be loaded \(2 problems\)/);
  });

  it.each<{ name: string; files: Record<string, string>; expected: Partial<Record<keyof TrackProblem, unknown>> }>([
    {
      name: 'an id used twice',
      files: { '01-a/01-one.yaml': exercise('same'), '01-a/02-two.yaml': exercise('same') },
      expected: { file: join('01-a', '02-two.yaml'), field: 'id', message: `id "same" is already used by ${join('01-a', '01-one.yaml')}` },
    },
    {
      name: 'since naming a later exercise',
      files: { '01-a/01-one.yaml': exercise('one', '    since: two\n'), '01-a/02-two.yaml': exercise('two') },
      expected: { file: join('01-a', '01-one.yaml'), line: 9, column: 12, field: 'checks[0].since', message: expect.stringContaining('"two" is not an earlier exercise') },
    },
    {
      name: 'since naming an unknown exercise',
      files: { '01-a/01-one.yaml': exercise('one', '    since: nowhere\n') },
      expected: { file: join('01-a', '01-one.yaml'), line: 9, column: 12, field: 'checks[0].since', message: expect.stringContaining('"nowhere" is not an earlier exercise') },
    },
    {
      name: 'evidence naming a later exercise',
      files: { '01-a/01-one.yaml': exercise('one', '    evidence: two\n'), '01-a/02-two.yaml': exercise('two') },
      expected: { line: 9, column: 15, field: 'checks[0].evidence', message: expect.stringContaining('"two" is not an earlier exercise') },
    },
    {
      name: 'evidence naming a check the earlier exercise does not have',
      files: {
        '01-a/01-one.yaml': exercise('one', '    id: shell\n'),
        '01-a/02-two.yaml': exercise('two', '    evidence: { exercise: one, check: shel }\n'),
      },
      expected: { file: join('01-a', '02-two.yaml'), field: 'checks[0].evidence.check', message: expect.stringContaining('did you mean "shell"') },
    },
    {
      name: 'sameAs naming a check that is not before it',
      files: { '01-a/01-one.yaml': `${exercise('one', '    sameAs: later\n')}  - kind: container\n    id: later\n    image: ubuntu\n` },
      expected: { field: 'checks[0].sameAs', message: expect.stringContaining('"later" is not the id of an earlier check') },
    },
    {
      name: 'a check id used twice in one exercise',
      files: { '01-a/01-one.yaml': `${exercise('one', '    id: twice\n')}  - kind: container\n    id: twice\n    image: ubuntu\n` },
      expected: { field: 'checks[1].id', message: 'check id "twice" is used twice in this exercise' },
    },
    {
      name: 'a format newer than this docker-kata reads',
      files: { '01-a/01-one.yaml': exercise('one').replace('format: 1', 'format: 2') },
      expected: { file: join('01-a', '01-one.yaml'), field: 'format', message: expect.stringMatching(/newer docker-kata \(format 2; this one reads up to 1\).*update docker-kata/) },
    },
    {
      name: 'a folder without numbered module folders',
      files: { 'exercise.yaml': exercise('one') },
      expected: { field: '', message: expect.stringContaining('no numbered exercise folders') },
    },
  ])('refuses $name', ({ files, expected }) => {
    expect(problemsOf(trackWith(files))).toEqual([expect.objectContaining(expected)]);
  });

  it('accepts since naming an earlier exercise, the exercise itself, or any', () => {
    const dir = trackWith({
      '01-a/01-one.yaml': exercise('one', '    since: one\n'),
      '01-a/02-two.yaml': exercise('two', '    since: one\n'),
      '01-a/03-three.yaml': exercise('three', '    since: any\n'),
    });
    expect(loadTrack(dir, 's').exercises).toHaveLength(3);
  });

  it('accepts evidence naming an earlier exercise and its check, and sameAs naming an earlier check', () => {
    const dir = trackWith({
      '01-a/01-one.yaml': exercise('one', '    id: shell\n'),
      '01-a/02-two.yaml': `${exercise('two', '    id: first\n    evidence: { exercise: one, check: shell, replaceable: true }\n')}  - kind: event\n    actions: [stop]\n    actor: { sameAs: first }\n`,
    });
    expect(loadTrack(dir, 's').exercises).toHaveLength(2);
  });
});

describe('the built-in track', () => {
  it('loads, with at least two hints and a solution script for every exercise', () => {
    // No silent skip: the package ships exercises/, so its absence is a failure.
    expect(existsSync('exercises'), 'exercises/ must exist at the repository root').toBe(true);
    const track = loadTrack('exercises', 'solutions');
    expect(track.exercises.length).toBeGreaterThan(0);
    for (const { id, definition, solutionFile } of track.exercises) {
      expect(definition.hints.length, `hints of ${id}`).toBeGreaterThanOrEqual(2);
      expect(existsSync(solutionFile), `solution of ${id}: ${solutionFile}`).toBe(true);
    }
  });

  it('proves more than one path: a variant and two near misses in modules 1 to 4, a near miss everywhere', () => {
    const track = loadTrack('exercises', 'solutions');
    const firstModules = new Set(['01-first-container', '02-images', '03-background', '04-names-and-cleanup']);
    const short: string[] = [];
    for (const exercise of track.exercises) {
      const { solution, problems } = parseSolution(readFileSync(exercise.solutionFile, 'utf8'));
      expect(problems, exercise.id).toEqual([]);
      const count = (kind: string) => solution.cases.filter((one) => one.kind === kind).length;
      const [variants, nearMisses] = firstModules.has(basename(dirname(exercise.file))) ? [1, 2] : [0, 1];
      if (count('variant') < variants || count('near miss') < nearMisses) short.push(`${exercise.number} ${exercise.id}`);
    }
    expect(short).toEqual([]);
  });
});
