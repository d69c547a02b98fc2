import chalk from 'chalk';
import { Command } from 'commander';
import { openSession } from '../session.js';
import { textOf } from '../track/text.js';
import { messages } from '../ui/messages.js';
import { renderMarkdown } from '../ui/render.js';
import { printWarnings } from './show.js';

export const hintCommand = new Command('hint')
  .description(messages.help.commands.hint.description)
  .action(async (_options: unknown, command: Command) => {
    const session = await openSession(command.optsWithGlobals());
    printWarnings(session);
    const exercise = session.current;
    const hints = exercise.definition.hints;
    const shown = Math.min(hints.length, (session.progress.exercises[exercise.id]?.hintsShown ?? 0) + 1);
    session.update((progress) => {
      progress.exercises[exercise.id] = { ...progress.exercises[exercise.id], hintsShown: shown };
    });
    // Earlier hints again, dimmed, then the new one: each builds on the last.
    hints.slice(0, shown).forEach((hint, index) => {
      const text = `${chalk.bold(messages.hintHeading(index + 1, hints.length))}\n${renderMarkdown(textOf(hint))}`;
      console.log(index < shown - 1 ? chalk.dim(text) : text, '\n');
    });
    console.log(chalk.dim(shown === hints.length ? messages.lastHint : messages.hintsAvailable(hints.length - shown)));
  });
