/** How a `dev check` report is read in the track tests (Docker and Podman): each exercise's verdict, and why. */
import { expect } from 'vitest';
import type { ExerciseOutcome } from '../../src/dev/check.js';
import type { Exercise } from '../../src/track/load.js';

/**
 * Each exercise proven: verify failed before its solution (unless it may pass, with a reason) and passed after,
 * every variant passed and every near miss failed saying its phrase.
 */
export function expectProven(exercises: Exercise[], outcomes: ExerciseOutcome[] | undefined): void {
  for (const exercise of exercises) {
    const outcome = outcomes?.find((candidate) => candidate.id === exercise.id);
    expect.soft({ exercise: `${exercise.number} ${exercise.id}`, ...verdictOf(exercise, outcome) }, explain(outcome)).toEqual({
      exercise: `${exercise.number} ${exercise.id}`,
      failsUnsolved: exercise.definition.mayPassUnsolved ? null : true,
      passesSolved: true,
      problems: [],
      casesNotProven: [],
    });
  }
}

function verdictOf(exercise: Exercise, outcome: ExerciseOutcome | undefined) {
  if (!outcome) return { failsUnsolved: 'not run', passesSolved: 'not run', problems: [`${exercise.id} is missing from the report`] };
  return {
    failsUnsolved: outcome.failsUnsolved,
    passesSolved: outcome.passesSolved,
    problems: outcome.problems,
    casesNotProven: outcome.cases.filter((one) => !one.ok).map((one) => `${one.kind}: ${one.title}`),
  };
}

/** The checks that went wrong, for the failure message. */
function explain(outcome: ExerciseOutcome | undefined): string {
  if (!outcome) return 'not in the report';
  const lines = [
    ...(outcome.failsUnsolved === false ? outcome.checksUnsolved.map((check) => `before the solution: ${check.passed ? '✓' : '✗'} ${check.expected} — ${check.observed}`) : []),
    ...outcome.checks.filter((check) => !check.passed).map((check) => `after the solution: ✗ ${check.expected} — ${check.observed}`),
    ...(outcome.answer !== undefined ? [`answer read off the terminal: ${outcome.answer}`] : []),
    ...outcome.cases
      .filter((one) => !one.ok)
      .flatMap((one) => [
        `${one.kind}: ${one.title} — verify ${one.passed ? 'passed' : 'failed'}${one.expect ? `, phrase "${one.expect}" ${one.phraseFound ? 'found' : 'not found'}` : ''}`,
        ...one.checks.map((check) => `  ${check.passed ? '✓' : '✗'} ${check.expected} — ${check.observed}`),
        ...one.problems.map((problem) => `  ! ${problem}`),
        ...(one.terminal ? [`  terminal:\n${one.terminal}`] : []),
      ]),
  ];
  return `${outcome.number} ${outcome.id}\n${lines.join('\n')}`;
}
