import { checkKinds, type CheckKindName } from '../checks/index.js';
import {
  array,
  integer,
  object,
  oneOf,
  optional,
  required,
  string,
  tagged,
  union,
  type Infer,
  type ObjectSchema,
} from './schema.js';

/** The newest exercise format this version of docker-kata understands. */
export const formatVersion = 1;

import { languages } from '../i18n/language.js';

/** A learner-facing text: plain English, or one entry per language. */
export const textSchema = union(
  [
    string({ minLength: 1 }),
    object({
      en: required(string({ minLength: 1 })),
      nb: optional(string({ minLength: 1 })),
      nl: optional(string({ minLength: 1 })),
    }),
  ],
  'Text shown to the learner: a string (English), or { en, nb, nl }.',
);
export type Text = Infer<typeof textSchema>;

/** Why something cannot be done or judged on Podman's Docker-compatible API; for an exercise or for one check. */
const needsDockerSchema = (what: string) => ({ ...textSchema, description: `Why ${what} cannot be done on Podman's Docker-compatible API.` });

/**
 * Every check may carry a description that replaces the generated "expected" text, and needsDocker: on Podman the
 * check still runs and shows what it saw, but a miss does not count (the reason is shown beside it).
 */
const checkSchema = tagged(
  'kind',
  Object.fromEntries(
    // Each kind keeps its precise type for its own run(); here only the shape of its schema matters.
    Object.entries(checkKinds as unknown as Record<string, { schema: ObjectSchema }>).map(([kind, { schema }]) => {
      const common = {
        id: optional(string({ minLength: 1, description: 'A name for the check, so that a later check (sameAs) or exercise (evidence) can refer to what passed it.' })),
        description: optional(textSchema),
        needsDocker: optional(needsDockerSchema('this check')),
      };
      return [kind, object({ ...schema.properties, ...common }, { requireOneOf: schema.requireOneOf })];
    }),
  ),
  'One check; the kind decides the other keys.',
);

/** A check as the runner sees it; its own kind's schema has validated the rest. */
export interface CheckDefinition {
  kind: CheckKindName;
  id?: string;
  description?: Text;
  needsDocker?: Text;
  [key: string]: unknown;
}

const exerciseFields = {
  format: required(integer({ minimum: 1, description: `Exercise format version; this docker-kata reads up to ${formatVersion}.` })),
  id: required(string({ minLength: 1, description: 'Stable id, used in progress files and `goto`; lower-case words joined by -.' })),
  title: required(textSchema),
  instructions: required(textSchema),
  question: optional(textSchema),
  hints: required(array(textSchema, { minItems: 2, description: 'Progressive hints, the last nearly the answer.' })),
  success: optional(textSchema),
  creates: optional(
    object(
      {
        containers: optional(array(string({ minLength: 1 }))),
        networks: optional(array(string({ minLength: 1 }))),
        volumes: optional(array(string({ minLength: 1 }))),
        images: optional(array(string({ minLength: 1 }))),
        services: optional(array(string({ minLength: 1 }))),
      },
      { description: 'The objects, by name, this exercise asks the learner to create: what `clean` may remove.' },
    ),
  ),
  uses: optional(
    object(
      {
        images: optional(array(string({ minLength: 1 }), { description: 'Images the learner needs (doctor checks they are there or can be pulled).' })),
        ports: optional(array(integer({ minimum: 1 }), { description: 'Host ports the exercise publishes (doctor checks they are free).' })),
      },
      { description: 'What the exercise needs from the machine, for `doctor`.' },
    ),
  ),
  // On Podman, verify says so instead of checking (exit 2), and `dev check` skips the exercise.
  needsDocker: optional(needsDockerSchema('this exercise')),
  mayPassUnsolved: optional(
    string({ minLength: 1, description: 'Why verify may already pass before the solution runs; `dev check` then accepts it.' }),
  ),
};
export const exerciseSchema = object({ ...exerciseFields, checks: required(array(checkSchema, { minItems: 1 })) });
export type ExerciseDefinition = Infer<ObjectSchema<typeof exerciseFields>> & { checks: CheckDefinition[] };

export const moduleSchema = object({
  format: required(integer({ minimum: 1 })),
  title: required(textSchema),
});

export const trackSchema = object({
  format: required(integer({ minimum: 1 })),
  id: required(string({ minLength: 1, description: 'Stable id; progress is kept per track.' })),
  name: required(textSchema),
  welcome: optional(textSchema),
  final: optional(textSchema),
  languages: optional(array(oneOf(languages), { description: 'The languages the track is written in; English is always one.' })),
});
