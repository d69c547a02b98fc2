import { Command } from 'commander';
import { openSession } from '../session.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { verifyCurrent, type VerifyOptions } from './verify.js';

export const answerCommand = new Command('answer')
  .description(messages.help.commands.answer.description)
  .argument('<text...>', messages.help.commands.answer.arguments.text)
  .option('--json', messages.help.commands.answer.options.json)
  .action(async (words: string[], options: VerifyOptions, command: Command) => {
    const session = await openSession(command.optsWithGlobals());
    const exercise = session.current;
    if (!exercise.definition.checks.some((check) => check.kind === 'answer')) {
      throw new UsageError(messages.noQuestion(exercise.number));
    }
    const answer = words.join(' ').trim();
    session.update((progress) => {
      progress.exercises[exercise.id] = { ...progress.exercises[exercise.id], answer };
    });
    if (!options.json) console.log(messages.answerSaved(answer));
    process.exitCode = await verifyCurrent(session, command.optsWithGlobals().host, options);
  });
