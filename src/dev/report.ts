/** How `dev check` shows its run: a table, one row per exercise as it finishes, and details under each miss. */
import chalk from 'chalk';
import type { CheckResult } from '../checks/run.js';
import type { Exercise } from '../track/load.js';
import type { CleanUpReport } from './daemon-state.js';
import { isMiss, type ExerciseOutcome } from './check.js';
import { devWords as say } from './words.js';

const headings = say.headings;
/** A longer mayPassUnsolved reason is cut in the table and shown whole under the row. */
const reasonWidth = 40;

export interface TableLayout {
  exercise: number;
  unsolved: number;
}

const mayPassCell = (reason: string) => {
  const full = say.mayPass(reason);
  return full.length > reasonWidth ? `${full.slice(0, reasonWidth - 1)}…` : full;
};

/** Column widths, known before the run from the exercises it will go through. */
export function tableLayout(exercises: Array<Pick<Exercise, 'number' | 'id' | 'definition'>>): TableLayout {
  return {
    exercise: Math.max(headings.exercise.length, ...exercises.map((exercise) => `${exercise.number} ${exercise.id}`.length)),
    unsolved: Math.max(
      headings.unsolved.length,
      ...exercises.map((exercise) => (exercise.definition.mayPassUnsolved ? mayPassCell(exercise.definition.mayPassUnsolved).length : 1)),
    ),
  };
}

export function tableHeader(layout: TableLayout): string {
  return chalk.bold(
    `${headings.exercise.padEnd(layout.exercise)}  ${headings.unsolved.padEnd(layout.unsolved)}  ${headings.solved}  ${headings.seconds}`,
  );
}

const mark = (ok: boolean) => (ok ? chalk.green('✓') : chalk.red('✗'));

/** One row, and for a miss what went wrong under it. */
export function tableRow(outcome: ExerciseOutcome, layout: TableLayout): string {
  const name = `${outcome.number} ${outcome.id}`.padEnd(layout.exercise);
  if (outcome.skipped !== undefined) return `${name}  ${chalk.dim(say.skipped(outcome.skipped))}`;
  const unsolved =
    outcome.failsUnsolved === null
      ? chalk.dim(mayPassCell(outcome.mayPassUnsolved ?? '').padEnd(layout.unsolved))
      : `${mark(outcome.failsUnsolved)}${' '.repeat(layout.unsolved - 1)}`;
  const solved = `${mark(outcome.passesSolved)}${' '.repeat(headings.solved.length - 1)}`;
  const seconds = outcome.seconds.toFixed(1).padStart(headings.seconds.length);
  const row = `${isMiss(outcome) ? chalk.red(name) : name}  ${unsolved}  ${solved}  ${seconds}`;
  return [row, ...missDetails(outcome).map((line) => `    ${line}`)].join('\n');
}

/** Under a miss: which checks passed too early or failed after the solution, with expected and actual. */
export function missDetails(outcome: ExerciseOutcome): string[] {
  const lines: string[] = [];
  if (outcome.failsUnsolved === null && outcome.mayPassUnsolved && say.mayPass(outcome.mayPassUnsolved).length > reasonWidth) {
    lines.push(chalk.dim(say.mayPassUnsolved(outcome.mayPassUnsolved)));
  }
  if (outcome.failsUnsolved === false) {
    lines.push(
      chalk.red(say.passedUnsolved) + say.passedUnsolvedHelp,
      ...outcome.checksUnsolved.flatMap(describeCheck),
    );
  }
  if (!outcome.passesSolved) {
    lines.push(chalk.red(say.failedSolved), ...outcome.checks.filter((check) => !check.passed).flatMap(describeCheck));
  }
  for (const problem of outcome.problems) {
    const [first, ...rest] = problem.split('\n');
    lines.push(`${chalk.yellow('!')} ${first}`, ...rest.map((line) => `  ${chalk.dim(line)}`));
  }
  return lines;
}

function describeCheck(check: CheckResult): string[] {
  // The values line up two spaces after the longer label.
  const width = Math.max(say.expected.length, say.actual.length) + 2;
  const label = (text: string) => `${chalk.dim(text)}${' '.repeat(width - text.length)}`;
  return [
    `  ${mark(check.passed)} ${check.description ?? check.expected}`,
    ...(check.description ? [`      ${label(say.expected)}${check.expected}`] : []),
    `      ${label(say.actual)}${check.observed}`,
  ];
}

export function summary(outcomes: ExerciseOutcome[], total: number, interrupted: boolean): string {
  const missed = outcomes.filter(isMiss);
  const skipped = outcomes.filter((outcome) => outcome.skipped !== undefined).length;
  const proven = outcomes.length - missed.length - skipped;
  const lines: string[] = [];
  if (interrupted) lines.push(chalk.yellow(say.interrupted(outcomes.length, total)));
  if (missed.length === 0 && !interrupted) {
    lines.push(chalk.green.bold(say.allProven(proven)));
  }
  if (skipped > 0) lines.push(chalk.dim(say.skippedCount(skipped)));
  else if (missed.length > 0) {
    lines.push(
      chalk.red.bold(say.missed(missed.length, outcomes.length)) +
        missed.map((outcome) => `${outcome.number} ${outcome.id}`).join(', '),
    );
  }
  return lines.join('\n');
}

export function cleanUpLines(cleanUp: CleanUpReport): string[] {
  const lines: string[] = [];
  if (cleanUp.removed.length === 0) lines.push(say.cleanUpNothing);
  else {
    lines.push(say.cleanUpRemoved(cleanUp.removed.length));
    lines.push(...cleanUp.removed.map((item) => `  ${say.removed(item)}`));
  }
  lines.push(...cleanUp.kept.map((item) => chalk.yellow(`  ! ${item}`)));
  return lines;
}
