/** How `dev check` shows its run: a table, one row per exercise as it finishes, and details under each miss. */
import chalk from 'chalk';
import type { CheckResult } from '../checks/run.js';
import type { Exercise } from '../track/load.js';
import type { CleanUpReport } from './daemon-state.js';
import { isMiss, type ExerciseOutcome } from './check.js';
import { caseLabel, type CaseOutcome } from './cases.js';
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

/** One variant or near miss as it finishes, and under a miss why, with what verify and the terminal said. */
export function caseRow(outcome: CaseOutcome): string {
  if (outcome.skipped !== undefined) return `  ${chalk.dim(`- ${outcome.number} ${outcome.id}  ${caseLabel(outcome)}  ${say.skipped(outcome.skipped)}`)}`;
  const row = `  ${mark(outcome.ok)} ${outcome.number} ${outcome.id}  ${caseLabel(outcome)}  ${chalk.dim(`${outcome.seconds.toFixed(1)} s`)}`;
  if (outcome.ok) return row;
  const lines: string[] = [];
  if (outcome.problems.length === 0) {
    if (outcome.kind === 'variant') lines.push(chalk.red(say.caseVerdict.variantFailed), ...outcome.checks.filter((check) => !check.passed).flatMap(describeCheck));
    else if (outcome.passed) lines.push(chalk.red(say.caseVerdict.nearMissPassed), ...outcome.checks.flatMap(describeCheck));
    else lines.push(chalk.red(say.caseVerdict.phraseMissing(outcome.expect ?? '')), ...outcome.checks.filter((check) => !check.passed).flatMap(describeCheck));
  }
  for (const problem of outcome.problems) lines.push(`${chalk.yellow('!')} ${problem}`);
  if (outcome.terminal) lines.push(chalk.dim(say.terminalShowed), ...outcome.terminal.split('\n').map((line) => chalk.dim(`  | ${line}`)));
  return [row, ...lines.map((line) => `      ${line}`)].join('\n');
}

/** The proof per exercise: fails unsolved, passes solved, variants and near misses proven of all, and totals. */
export function proofTable(outcomes: ExerciseOutcome[]): string[] {
  const run = outcomes.filter((outcome) => outcome.skipped === undefined);
  const width = Math.max(headings.exercise.length, headings.totals.length, ...run.map((outcome) => `${outcome.number} ${outcome.id}`.length));
  const { variants, nearMisses } = say.caseHeadings;
  const fraction = (cases: CaseOutcome[], kind: CaseOutcome['kind']) => {
    const of = cases.filter((one) => one.kind === kind && one.skipped === undefined);
    const proven = of.filter((one) => one.ok).length;
    const text = of.length === 0 ? '-' : `${proven}/${of.length}`;
    return { text, ok: proven === of.length };
  };
  const cell = (text: string, ok: boolean, heading: string) => (ok ? text : chalk.red(text)) + ' '.repeat(Math.max(0, heading.length - text.length));
  const yes = (ok: boolean | null, heading: string) => cell(ok === null ? '~' : ok ? '✓' : '✗', ok !== false, heading);
  const lines = [
    chalk.bold(`${headings.exercise.padEnd(width)}  ${headings.unsolved}  ${headings.solved}  ${variants}  ${nearMisses}`),
  ];
  for (const outcome of run) {
    const v = fraction(outcome.cases, 'variant');
    const n = fraction(outcome.cases, 'near miss');
    lines.push(
      `${`${outcome.number} ${outcome.id}`.padEnd(width)}  ${yes(outcome.failsUnsolved, headings.unsolved)}  ${yes(outcome.passesSolved, headings.solved)}  ${cell(v.text, v.ok, variants)}  ${cell(n.text, n.ok, nearMisses)}`,
    );
  }
  const all = run.flatMap((outcome) => outcome.cases);
  const count = (ok: (outcome: ExerciseOutcome) => boolean) => `${run.filter(ok).length}/${run.length}`;
  const v = fraction(all, 'variant');
  const n = fraction(all, 'near miss');
  const unsolvedOk = count((outcome) => outcome.failsUnsolved !== false);
  const solvedOk = count((outcome) => outcome.passesSolved);
  lines.push(
    chalk.bold(
      `${headings.totals.padEnd(width)}  ${unsolvedOk.padEnd(headings.unsolved.length)}  ${solvedOk.padEnd(headings.solved.length)}  ${v.text.padEnd(variants.length)}  ${n.text.padEnd(nearMisses.length)}`,
    ),
  );
  return lines;
}

/** The proof in numbers, for --json: how many of each were proven, of how many. */
export function totals(outcomes: ExerciseOutcome[]) {
  const run = outcomes.filter((outcome) => outcome.skipped === undefined);
  const cases = run.flatMap((outcome) => outcome.cases).filter((one) => one.skipped === undefined);
  const of = (items: boolean[]) => ({ proven: items.filter(Boolean).length, total: items.length });
  return {
    failsUnsolved: of(run.map((outcome) => outcome.failsUnsolved !== false)),
    passesSolved: of(run.map((outcome) => outcome.passesSolved)),
    variants: of(cases.filter((one) => one.kind === 'variant').map((one) => one.ok)),
    nearMisses: of(cases.filter((one) => one.kind === 'near miss').map((one) => one.ok)),
    skipped: outcomes.length - run.length,
  };
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
  const cases = outcomes.flatMap((outcome) => outcome.cases).filter((one) => one.skipped === undefined);
  const casesMissed = cases.filter((one) => !one.ok).length;
  if (cases.length > 0) lines.push(casesMissed ? chalk.red.bold(say.casesMissed(casesMissed, cases.length)) : chalk.green(say.casesProven(cases.length)));
  if (skipped > 0) lines.push(chalk.dim(say.skippedCount(skipped)));
  else if (missed.length > 0) {
    lines.push(
      chalk.red.bold(say.missed(missed.length, outcomes.length)) +
        missed.map((outcome) => `${outcome.number} ${outcome.id}`).join(', '),
    );
  }
  const withoutNearMiss = outcomes.filter((outcome) => outcome.skipped === undefined && !outcome.cases.some((one) => one.kind === 'near miss'));
  if (withoutNearMiss.length > 0 && !interrupted) {
    lines.push(chalk.dim(say.noCases(withoutNearMiss.length) + withoutNearMiss.map((outcome) => `${outcome.number} ${outcome.id}`).join(', ')));
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
