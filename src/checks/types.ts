import type { EngineReader } from '../engine/reader.js';
import type { Infer, ObjectSchema } from '../track/schema.js';

/** What a check gets to work with: the engine (read-only) and the learner's timeline. */
export interface CheckContext {
  engine: EngineReader;
  /** When the learner first saw the current exercise: nothing older may make a check pass. */
  exerciseStart: Date;
  /** When an earlier exercise of the track started, for checks that name objects made there. */
  startOf(exerciseId: string): Date | undefined;
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

export const pass = (expected: string, observed: string): Verdict => ({ passed: true, expected, observed });
export const fail = (expected: string, observed: string): Verdict => ({ passed: false, expected, observed });
