import { checkKinds } from '../checks/index.js';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { exerciseSchema } from './exercise-schema.js';
import { describeType, string, union, integer } from './schema.js';
import { suggestion, validateDocument } from './validate.js';

interface Found {
  field: string;
  line: number;
  column: number;
  message: string;
}

/** Parses and validates an exercise, with each problem's position as line:column. */
function problemsIn(yaml: string): Found[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: false });
  expect(document.errors).toEqual([]);
  return validateDocument(document, exerciseSchema).map(({ offset, field, message }) => {
    const { line, col } = lineCounter.linePos(offset);
    return { field, line, column: col, message };
  });
}

/** A valid exercise; tests change one line of it. Line numbers below refer to this text. */
const valid = `format: 1
id: run-ubuntu
title: Run Ubuntu
instructions: Start an Ubuntu container with a terminal.
hints:
  - Use docker run.
  - docker run -it ubuntu
checks:
  - kind: container
    image: ubuntu
    expect: { state: running, tty: true }
    where:
      - path: Config.Cmd
        matches: "bash$"
`;
const withLine = (line: number, text: string) =>
  valid
    .split('\n')
    .map((original, index) => (index === line - 1 ? text : original))
    .join('\n');

describe('validateDocument(exercise)', () => {
  it('finds nothing wrong in a valid exercise', () => {
    expect(problemsIn(valid)).toEqual([]);
  });

  it.each<{ name: string; yaml: string; expected: Omit<Partial<Found>, 'message'> & { message: RegExp }; alsoFields?: string[] }>([
    {
      name: 'an unknown key, with a suggestion and the allowed keys',
      yaml: withLine(3, 'tittle: Run Ubuntu'),
      expected: { field: 'tittle', line: 3, column: 1, message: /^unknown key "tittle" \(did you mean "title"\?\); allowed here: format, id, title/ },
      alsoFields: ['title'], // and, as a consequence, the real key is missing
    },
    {
      name: 'an unknown check kind, with a suggestion and every valid kind',
      yaml: withLine(9, '  - kind: containr'),
      expected: {
        field: 'checks[0].kind',
        line: 9,
        column: 11,
        message: new RegExp(`^unknown kind "containr" \\(did you mean "container"\\?\\); valid: ${Object.keys(checkKinds).join(', ')}$`),
      },
    },
    {
      name: 'text where a boolean belongs',
      yaml: withLine(11, '    expect: { state: running, tty: "yes" }'),
      expected: { field: 'checks[0].expect.tty', line: 11, column: 36, message: /^expected true or false, found the text "yes"$/ },
    },
    {
      name: 'a value outside an enum, with a suggestion',
      yaml: withLine(11, '    expect: { state: runing, tty: true }'),
      expected: { field: 'checks[0].expect.state', line: 11, column: 22, message: /"runing" is not allowed here; expected one of "created", "running".*\(did you mean "running"\?\)/ },
    },
    {
      name: 'an invalid regular expression in matches',
      yaml: withLine(14, '        matches: "(bash"'),
      expected: { field: 'checks[0].where[0].matches', line: 14, column: 18, message: /^not a valid regular expression: / },
    },
    {
      name: 'a missing required id, at the top of the file',
      yaml: withLine(2, ''),
      expected: { field: 'id', line: 1, column: 1, message: /^missing required key "id"$/ },
    },
    {
      name: 'fewer than two hints',
      yaml: withLine(7, ''),
      expected: { field: 'hints', line: 6, column: 3, message: /^needs at least 2 entries, found 1$/ },
    },
    {
      name: 'a language that is not supported in a translated text',
      yaml: withLine(3, 'title: { en: Run Ubuntu, de: Ubuntu starten }'),
      expected: { field: 'title.de', line: 3, column: 26, message: /^unknown key "de"; allowed here: en, nb, nl$/ },
    },
    {
      name: 'a number where text belongs, telling the author to quote it',
      yaml: withLine(2, 'id: 1.0'),
      expected: { field: 'id', line: 2, column: 5, message: /put it in quotes to make it text$/ },
    },
  ])('reports $name', ({ yaml, expected, alsoFields = [] }) => {
    const problems = problemsIn(yaml);
    expect(problems.map((problem) => problem.field)).toEqual([expected.field, ...alsoFields]);
    expect(problems[0]).toMatchObject({ ...expected, message: expect.stringMatching(expected.message) });
  });

  it('accepts a text translated as { en, nb }', () => {
    expect(problemsIn(withLine(3, 'title: { en: Run Ubuntu, nb: Start Ubuntu }'))).toEqual([]);
  });

  it('reports every problem in a file, not just the first', () => {
    const yaml = withLine(11, '    expect: { state: runing, tty: "yes" }').replace('id: run-ubuntu\n', '');
    expect(problemsIn(yaml).map((problem) => problem.field).sort()).toEqual(
      ['checks[0].expect.state', 'checks[0].expect.tty', 'id'].sort(),
    );
  });

  it('suggests "title" for the transposed typo "titel"', () => {
    const problem = problemsIn(withLine(3, 'titel: Run Ubuntu')).find((found) => found.field === 'titel');
    expect(problem).toMatchObject({ line: 3, column: 1 });
    expect(problem?.message).toContain('(did you mean "title"?)');
  });
});

describe('suggestion', () => {
  it.each([
    { written: 'imag', known: ['image', 'name'], expected: ' (did you mean "image"?)' },
    { written: 'CONTAINER', known: ['container', 'image'], expected: ' (did you mean "container"?)' },
    { written: 'zzz', known: ['container', 'image'], expected: '' },
    { written: 'anything', known: [], expected: '' },
  ])('$written among $known → "$expected"', ({ written, known, expected }) => {
    expect(suggestion(written, known)).toBe(expected);
  });
});

describe('describeType', () => {
  it.each([
    { schema: string(), expected: 'a string' },
    { schema: integer(), expected: 'a whole number' },
    { schema: union([string(), integer()]), expected: 'a string or a whole number' },
  ])('says $expected', ({ schema, expected }) => {
    expect(describeType(schema)).toBe(expected);
  });
});

describe('keys named like Object methods', () => {
  it('are unknown keys and kinds, not a crash', () => {
    const yaml = `format: 1
id: x
title: X
instructions: I
hints: [a, b]
valueOf: 1
checks:
  - kind: toString
`;
    const problems = validateDocument(parseDocument(yaml), exerciseSchema);
    expect(problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['valueOf', 'checks[0].kind']));
  });
});
