import chalk from 'chalk';
import { Command } from 'commander';
import { connectEngine, type ConnectedEngine } from '../engine/connect-reader.js';
import { runChecks, type CheckResult } from '../checks/run.js';
import type { Evidence } from '../progress/state.js';
import { openSession, type Session } from '../session.js';
import type { Exercise } from '../track/load.js';
import { textOf } from '../track/text.js';
import { nextPending } from '../progress/navigation.js';
import { exitCodes, UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { dateAndClock } from '../ui/time.js';
import { inline, renderMarkdown, textWidth, wrap } from '../ui/render.js';
import { exercisePage, printWarnings } from './show.js';

export interface VerifyOptions {
  json?: boolean;
}

/** What one verification found, and what it recorded. */
export interface Verification {
  exercise: Exercise;
  results: CheckResult[];
  passed: boolean;
  /** When the exercise was passed before this verification, if it was. */
  passedBefore?: string;
  /** On a pass: the exercise that is current now (undefined when every exercise is done). */
  next?: Exercise;
}

/**
 * Runs an exercise's checks and, on a pass, records it, makes the next pending exercise current and starts it.
 * The one place verification happens: `verify`, `answer` and `watch` all call it.
 */
export async function checkExercise(session: Session, exercise: Exercise, engine: ConnectedEngine, reader = engine.reader): Promise<Verification> {
  session.markSeen(exercise);
  refuseOnPodman(session, exercise, engine);
  const results = await runChecks(exercise, reader, session.timeline(exercise), {
    engineAddress: engine.found.candidate.url,
    clockOffsetMs: engine.found.clockOffsetMs,
    podman: engine.found.podmanVersion !== undefined,
  });
  const passed = results.every((result) => result.passed);
  const passedBefore = session.progress.exercises[exercise.id]?.passedAt;

  const next = passed ? session.recordPass(exercise, results, (await reader.engineId()) || undefined) : undefined;
  return { exercise, results, passed, passedBefore, next };
}

/**
 * An exercise that needs Docker Engine is not checked on Podman: its checks could not pass there, or could pass
 * for the wrong reason. Exit 2, as for any engine that cannot do what is asked.
 */
function refuseOnPodman(session: Session, exercise: Exercise, engine: ConnectedEngine): void {
  const { podmanVersion, candidate } = engine.found;
  const reason = exercise.definition.needsDocker;
  if (podmanVersion === undefined || reason === undefined) return;
  const next = nextPending(session.track, session.progress, exercise);
  throw new UsageError(messages.needsDocker(exercise.number, podmanVersion, candidate.url, textOf(reason), next?.number));
}

/** Checks the current exercise; on a pass records it and moves on. Used by `verify` and `answer`. */
export async function verifyCurrent(session: Session, hostFlag: string | undefined, options: VerifyOptions): Promise<number> {
  printWarnings(session);
  const exercise = session.current;
  const notOpenedYet = !session.progress.exercises[exercise.id]?.startedAt;
  session.markSeen(exercise);
  const engine = await connectEngine(hostFlag);
  const { results, passed, passedBefore, next } = await checkExercise(session, exercise, engine);

  if (options.json) {
    console.log(
      JSON.stringify(
        {
          exercise: { number: exercise.number, id: exercise.id, title: textOf(exercise.definition.title) },
          passed,
          done: passed || Boolean(passedBefore),
          engine: engine.found.candidate.url,
          checks: results,
          evidence: session.progress.exercises[exercise.id]?.evidence ?? null,
          next: next ? { number: next.number, id: next.id } : null,
        },
        null,
        2,
      ),
    );
    return passed ? exitCodes.ok : exitCodes.notYet;
  }

  const title = textOf(exercise.definition.title);
  if (notOpenedYet) console.log(chalk.yellow(messages.startedNow), '\n');
  console.log(passed ? chalk.green.bold(messages.passed(title)) : chalk.red.bold(messages.notYet(title)));
  for (const result of results) console.log(describeResult(result));
  if (passed) {
    const recordedNow = session.progress.exercises[exercise.id]?.evidence;
    if (recordedNow && namesInEvidence(recordedNow).length > 0) console.log(chalk.dim(`\n${inline(evidenceLine(recordedNow))}`));
    const success = textOf(exercise.definition.success);
    if (success) console.log(`\n${renderMarkdown(success)}`);
    console.log('');
    if (next) console.log(`${chalk.bold(messages.nextUp)}\n\n${exercisePage(session, next)}`);
    else console.log(renderMarkdown(textOf(session.track.final) || messages.allDone));
    return exitCodes.ok;
  }
  const recorded = session.progress.exercises[exercise.id]?.evidence;
  const hintsShown = session.progress.exercises[exercise.id]?.hintsShown ?? 0;
  // A wrong answer is fixed by answering again: verify alone would judge the same saved answer.
  const onlyTheAnswer = results.every((result) => result.passed || (result.kind === 'answer' && session.progress.exercises[exercise.id]?.answer));
  console.log(`\n${onlyTheAnswer ? messages.afterWrongAnswer : messages.afterFailure}`);
  console.log(chalk.dim(messages.hintsAvailable(exercise.definition.hints.length - hintsShown)));
  if (passedBefore) console.log(chalk.dim(messages.stillPassed(dateAndClock(passedBefore))));
  if (passedBefore && recorded) console.log(chalk.dim(inline(evidenceLine(recorded))));
  return exitCodes.notYet;
}

/** The distinct objects a pass recorded, as names a learner knows (an image's short ID when it has no name). */
const namesInEvidence = (evidence: Evidence) => {
  const seen = new Map<string, string>();
  for (const object of evidence.checks.flatMap((check) => check.objects)) {
    const name = object.name ? `\`${object.name}\`` : `\`${object.id.replace(/^sha256:/, '').slice(0, 12)}\``;
    seen.set(`${object.type} ${object.id}`, `${messages.objectTypes[object.type]} ${name}`);
  }
  return [...seen.values()];
};

/** "Passed with container `eager_wu`: later exercises mean these." */
export const evidenceLine = (evidence: Evidence) => messages.passedWith(namesInEvidence(evidence).join(', '));

/** One check as verify prints it: ✓ or ✗, and under a miss what was expected and what the daemon has. */
export function describeResult(result: CheckResult): string {
  const mark = result.passed ? chalk.green('✓') : chalk.red('✗');
  const width = textWidth();
  const hanging = (label: string, text: string) => {
    const [first, ...rest] = wrap(text, width - 16);
    return [`      ${chalk.dim(label.padEnd(10))}${inline(first)}`, ...rest.map((line) => `${' '.repeat(16)}${inline(line)}`)];
  };
  const [first, ...rest] = wrap(result.description ?? result.expected, width - 4);
  const lines = [`  ${mark} ${inline(first)}`, ...rest.map((line) => `    ${inline(line)}`)];
  if (!result.passed) {
    if (result.description) lines.push(...hanging(messages.expected, result.expected));
    lines.push(...hanging(messages.actual, result.observed));
  }
  return lines.join('\n');
}

export const verifyCommand = new Command('verify')
  .description(messages.help.commands.verify.description)
  .option('--json', messages.help.commands.verify.options.json)
  .action(async (options: VerifyOptions, command: Command) => {
    process.exitCode = await verifyCurrent(await openSession(command.optsWithGlobals()), command.optsWithGlobals().host, options);
  });
