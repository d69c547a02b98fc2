import type { EngineReader } from '../engine/reader.js';
import type { Infer, ObjectSchema } from '../track/schema.js';
import type { RecordedObject } from './select.js';

/** What an earlier exercise's pass recorded: per check, in the exercise's order, the objects that satisfied it. */
export interface RecordedPass {
  /** The daemon's ID (GET /info), so a pass on another engine is not taken for this one's. */
  daemon?: string;
  checks: Array<{ id?: string; kind: string; objects: RecordedObject[] }>;
}

/** What a check gets to work with: the engine (read-only) and the learner's timeline. */
export interface CheckContext {
  engine: EngineReader;
  /** When the learner first saw the current exercise: nothing older may make a check pass. */
  exerciseStart: Date;
  /** When an earlier exercise of the track started, for checks that name objects made there. */
  startOf(exerciseId: string): Date | undefined;
  /** What the pass of an earlier exercise recorded, if it passed (see RecordedPass). */
  recordedPass(exerciseId: string): RecordedPass | undefined;
  /** The first `evidence` an exercise's checks name: followed when that exercise was never passed. */
  evidenceNamedBy?(exerciseId: string): { exercise: string; check?: string } | undefined;
  /** How the learner knows an exercise of the track: its number and title. */
  exerciseName(exerciseId: string): string;
  /** Objects that satisfied another check of this exercise, by its id: checks run after the ones they name. */
  tiedTo(checkId: string): RecordedObject[] | undefined;
  /** What the learner answered with `docker-kata answer`, if anything. */
  answer?: string;
  now: Date;
  /** The address docker-kata reached the engine at, e.g. unix:///var/run/docker.sock. */
  engineAddress?: string;
  /** The engine is Podman (its Docker-compatible API): a few facts must be read another way there. */
  podman?: boolean;
}

/** The outcome of one check, in words a learner can act on. */
export interface Verdict {
  passed: boolean;
  /** What the check looks for, e.g. "a container from ubuntu, running, with a terminal (-it)". */
  expected: string;
  /** What the daemon actually has, e.g. "found container `jolly_lamport` from ubuntu, but it has exited (code 0)". */
  observed: string;
  /** On a pass: the objects that satisfied the check, recorded as evidence. */
  objects?: RecordedObject[];
}

/** One kind of check: its schema (for the exercise file) and how it reads the engine. */
export interface CheckKind<S extends ObjectSchema<any> = ObjectSchema<any>> {
  kind: string;
  /** One line for `validate`, the docs and the JSON Schema. */
  summary: string;
  schema: S;
  run(definition: NoInfer<Infer<S>>, context: CheckContext): Promise<Verdict>;
}

export const defineCheck = <S extends ObjectSchema<any>>(check: CheckKind<S>) => check;

export const pass = (expected: string, observed: string, objects?: RecordedObject[]): Verdict => ({
  passed: true,
  expected,
  observed,
  ...(objects && objects.length ? { objects } : {}),
});
export const fail = (expected: string, observed: string): Verdict => ({ passed: false, expected, observed });
