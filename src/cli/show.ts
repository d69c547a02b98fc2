import chalk from 'chalk';
import { createInterface } from 'node:readline/promises';
import type { Exercise } from '../track/load.js';
import { textOf } from '../track/text.js';
import type { Session } from '../session.js';
import { passedCount } from '../progress/navigation.js';
import { inline, progressBar, renderMarkdown } from '../ui/render.js';
import { messages } from '../ui/messages.js';

/** The page `next` (and a passed `verify`) shows: where you are, the task, and how to check it. */
export function exercisePage(session: Session, exercise: Exercise): string {
  const { definition } = exercise;
  const total = session.track.exercises.length;
  const hintsLeft = definition.hints.length - (session.progress.exercises[exercise.id]?.hintsShown ?? 0);
  const asksQuestion = definition.checks.some((check) => check.kind === 'answer');
  const lines = [
    chalk.dim(progressBar(passedCount(session.track, session.progress), total)),
    '',
    chalk.dim(messages.exerciseHeading(exercise.number, total, textOf(exercise.module.title))),
    chalk.bold.underline(textOf(definition.title)),
    '',
    renderMarkdown(textOf(definition.instructions)),
  ];
  if (definition.question) lines.push('', chalk.bold(renderMarkdown(textOf(definition.question))));
  if (definition.needsDocker) lines.push('', chalk.yellow(messages.needsDockerNote(inline(textOf(definition.needsDocker)))));
  lines.push('', chalk.yellow(asksQuestion ? messages.howToAnswer : messages.howToVerify), chalk.dim(messages.hintsAvailable(hintsLeft)));
  return lines.join('\n');
}

/** Prints warnings the session collected (e.g. a damaged progress file set aside) to stderr. */
export function printWarnings(session: Session): void {
  for (const warning of session.warnings) console.error(chalk.yellow(messages.warning(warning)));
}

/** Asks a yes/no question on the terminal; only called when stdin is a TTY. */
export async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(y|yes)$/i.test((await prompt.question(question)).trim());
  } catch (error) {
    // Ctrl-C or Ctrl-D at the question means no.
    if ((error as NodeJS.ErrnoException).code === 'ABORT_ERR') return false;
    throw error;
  } finally {
    prompt.close();
  }
}
