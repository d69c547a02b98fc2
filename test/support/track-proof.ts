/** How a `dev check` report is read in the track tests (Docker and Podman): each exercise's verdict, and why. */
import type { ExerciseOutcome } from '../../src/dev/check.js';
import type { Exercise } from '../../src/track/load.js';

export function verdictOf(exercise: Exercise, outcome: ExerciseOutcome | undefined) {
  if (!outcome) return { failsUnsolved: 'not run', passesSolved: 'not run', problems: [`${exercise.id} is missing from the report`] };
  return { failsUnsolved: outcome.failsUnsolved, passesSolved: outcome.passesSolved, problems: outcome.problems };
}

/** The checks that went wrong, for the failure message. */
export function explain(outcome: ExerciseOutcome | undefined): string {
  if (!outcome) return 'not in the report';
  const lines = [
    ...(outcome.failsUnsolved === false ? outcome.checksUnsolved.map((check) => `before the solution: ${check.passed ? '✓' : '✗'} ${check.expected} — ${check.observed}`) : []),
    ...outcome.checks.filter((check) => !check.passed).map((check) => `after the solution: ✗ ${check.expected} — ${check.observed}`),
    ...(outcome.answer !== undefined ? [`answer read off the terminal: ${outcome.answer}`] : []),
  ];
  return `${outcome.number} ${outcome.id}\n${lines.join('\n')}`;
}
