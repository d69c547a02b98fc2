import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { LineCounter, parse, parseDocument } from 'yaml';
import { exerciseSchema } from './exercise-schema.js';
import { loadTrack } from './load.js';
import { schemaFiles } from './schema-files.js';
import { validateDocument } from './validate.js';

const shipped = (name: string) => JSON.parse(readFileSync(`schemas/${name}`, 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const exerciseValidator = ajv.compile(shipped('exercise.schema.json'));

describe('the shipped JSON Schemas', () => {
  it('are exactly what the schema source generates (npm run build writes them)', () => {
    for (const [name, schema] of Object.entries(schemaFiles())) expect(shipped(name)).toEqual(schema);
  });

  it('accept every exercise of the built-in track', () => {
    for (const exercise of loadTrack('exercises', 'solutions').exercises) {
      const valid = exerciseValidator(parse(readFileSync(`exercises/${exercise.file}`, 'utf8')));
      expect(valid, `${exercise.file}: ${JSON.stringify(exerciseValidator.errors)}`).toBe(true);
    }
  });

  const base = `format: 1
id: sample
title: Sample
instructions: Do it.
hints: [one, two]
checks:
  - kind: container
    name: web
`;
  it.each([
    ['an unknown key', base.replace('title: Sample', 'titel: Sample'), 3, 1, 'titel'],
    ['an unknown check kind', base.replace('kind: container', 'kind: containr'), 7, 11, 'checks[0].kind'],
    ['a key the kind does not have', `${base}    port: 80\n`, 9, 5, 'checks[0].port'],
    ['a wrong type', `${base}    expect: { tty: "yes" }\n`, 9, 20, 'checks[0].expect.tty'],
    ['one hint', base.replace('hints: [one, two]', 'hints: [one]'), 5, 8, 'hints'],
    ['a missing id', base.replace('id: sample\n', ''), 1, 1, 'id'],
  ])('reject %s, as the validator does at the same place', (_what, yaml, line, column, field) => {
    expect(exerciseValidator(parse(yaml))).toBe(false);
    const lineCounter = new LineCounter();
    const problems = validateDocument(parseDocument(yaml, { lineCounter }), exerciseSchema);
    const located = problems.map((problem) => ({ field: problem.field, ...lineCounter.linePos(problem.offset) }));
    expect(located).toContainEqual({ field, line, col: column });
  });
});
