import type { EngineReader } from '../engine/reader.js';
import type { Exercise } from '../track/load.js';
import type { CheckDefinition } from '../track/exercise-schema.js';
import { textOf } from '../track/text.js';
import { checkKindOf } from './index.js';
import type { RecordedObject } from './select.js';
import type { CheckContext, RecordedPass, Verdict } from './types.js';
import { words } from './words.js';

export interface CheckResult extends Verdict {
  kind: string;
  /** The check's id in the exercise file, when it has one. */
  id?: string;
  /** The exercise author's own words for the check, when given. */
  description?: string;
}

export interface Timeline {
  exerciseStart: Date;
  startOf(exerciseId: string): Date | undefined;
  /** What an earlier exercise's pass recorded (default: nothing). */
  recordedPass?(exerciseId: string): RecordedPass | undefined;
  /** The first `evidence` an exercise's checks name (default: none). */
  evidenceNamedBy?(exerciseId: string): { exercise: string; check?: string } | undefined;
  /** "1 ("Start a container from an image")" (default: the id). */
  exerciseName?(exerciseId: string): string;
  answer?: string;
}

/** Runs every check of an exercise against the engine; checks only read, so they run side by side. */
export async function runChecks(
  exercise: Exercise,
  engine: EngineReader,
  timeline: Timeline,
  options: { now?: Date; engineAddress?: string; clockOffsetMs?: number; podman?: boolean } = {},
): Promise<CheckResult[]> {
  // Moments on this machine's clock, moved onto the daemon's, which dates containers and events.
  const offset = options.clockOffsetMs ?? 0;
  const onDaemonClock = (moment: Date) => new Date(moment.getTime() + offset);
  const context: CheckContext = {
    engine,
    now: onDaemonClock(options.now ?? new Date()),
    engineAddress: options.engineAddress,
    exerciseStart: onDaemonClock(timeline.exerciseStart),
    startOf: (id) => {
      const start = timeline.startOf(id);
      return start && onDaemonClock(start);
    },
    answer: timeline.answer,
    podman: options.podman,
    recordedPass: (id) => timeline.recordedPass?.(id),
    exerciseName: (id) => timeline.exerciseName?.(id) ?? id,
    evidenceNamedBy: (id) => timeline.evidenceNamedBy?.(id),
    tiedTo: (id) => tied.get(id),
  };
  // A check tied to another (sameAs) runs after it and sees what passed it; the others run side by side.
  const tied = new Map<string, RecordedObject[] | undefined>();
  const results = new Map<CheckDefinition, CheckResult>();
  const runOne = async (check: CheckDefinition) => {
    const verdict = await checkKindOf(check.kind).run(check, context);
    if (check.id) tied.set(check.id, verdict.passed ? verdict.objects : undefined);
    results.set(check, describe(check, verdict));
  };
  const describe = (check: CheckDefinition, verdict: Verdict): CheckResult => {
    const notCounted = options.podman && check.needsDocker && !verdict.passed;
    if (notCounted) Object.assign(verdict, { passed: true, observed: words.notCountedOnPodman(verdict.observed, textOf(check.needsDocker!)) });
    // An answer check is best named by the question it answers.
    const description = check.description ?? (check.kind === 'answer' ? exercise.definition.question : undefined);
    return {
      kind: check.kind,
      ...(check.id ? { id: check.id } : {}),
      ...(description ? { description: textOf(description).trim() } : {}),
      ...verdict,
    };
  };
  const checks = exercise.definition.checks;
  let waiting = checks;
  while (waiting.length > 0) {
    const ready = waiting.filter((check) => tiesOf(check).every((id) => tied.has(id) || !checks.some((other) => other.id === id)));
    // validate refuses cycles; should one slip through, the rest run untied rather than never.
    const wave = ready.length > 0 ? ready : waiting;
    await Promise.all(wave.map(runOne));
    waiting = waiting.filter((check) => !wave.includes(check));
  }
  return checks.map((check) => results.get(check)!);
}

/** The ids of the checks of the same exercise this check is tied to (`sameAs`, at any depth of its definition). */
export function tiesOf(check: unknown): string[] {
  if (Array.isArray(check)) return check.flatMap(tiesOf);
  if (!check || typeof check !== 'object') return [];
  return Object.entries(check).flatMap(([key, value]) => (key === 'sameAs' && typeof value === 'string' ? [value] : tiesOf(value)));
}
