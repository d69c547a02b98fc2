import chalk from 'chalk';
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { openSession } from '../session.js';
import { isPassed } from '../progress/navigation.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { confirm, printWarnings } from './show.js';
import { learnerSolution } from '../dev/solution.js';

export const solutionCommand = new Command('solution')
  .description(messages.help.commands.solution.description)
  .option('-y, --yes', messages.help.commands.solution.options.yes)
  .action(async (options: { yes?: boolean }, command: Command) => {
    const session = await openSession(command.optsWithGlobals());
    printWarnings(session);
    const exercise = session.current;
    if (!options.yes && !isPassed(session.progress, exercise)) {
      if (!process.stdin.isTTY) throw new UsageError(messages.solutionNeedsYes(exercise.number));
      if (!(await confirm(messages.solutionAsk(exercise.number)))) {
        console.log(messages.cancelled);
        return;
      }
    }
    let script: string;
    try {
      script = readFileSync(exercise.solutionFile, 'utf8');
    } catch {
      throw new UsageError(messages.solutionMissing(relative(process.cwd(), exercise.solutionFile)));
    }
    for (const line of learnerSolution(script, messages.pressKey)) {
      console.log(line.trimStart().startsWith('#') ? chalk.dim(line) : chalk.cyan(line));
    }
  });
