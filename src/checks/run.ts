import type { EngineReader } from '../engine/reader.js';
import type { Exercise } from '../track/load.js';
import { textOf } from '../track/text.js';
import { checkKindOf } from './index.js';
import type { CheckContext, Verdict } from './types.js';
import { words } from './words.js';

export interface CheckResult extends Verdict {
  kind: string;
  /** The exercise author's own words for the check, when given. */
  description?: string;
}

export interface Timeline {
  exerciseStart: Date;
  startOf(exerciseId: string): Date | undefined;
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
  };
  return Promise.all(
    exercise.definition.checks.map(async (check) => {
      const verdict = await checkKindOf(check.kind).run(check, context);
      const notCounted = options.podman && check.needsDocker && !verdict.passed;
      if (notCounted) Object.assign(verdict, { passed: true, observed: words.notCountedOnPodman(verdict.observed, textOf(check.needsDocker!)) });
      // An answer check is best named by the question it answers.
      const description = check.description ?? (check.kind === 'answer' ? exercise.definition.question : undefined);
      return { kind: check.kind, ...(description ? { description: textOf(description).trim() } : {}), ...verdict };
    }),
  );
}
