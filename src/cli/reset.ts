import chalk from 'chalk';
import { Command } from 'commander';
import { openSession } from '../session.js';
import { findExercise } from '../progress/navigation.js';
import { UsageError } from '../errors.js';
import { textOf } from '../track/text.js';
import { messages } from '../ui/messages.js';
import { confirm, printWarnings } from './show.js';
import { declaredObjects, usedImages } from '../clean/declared.js';
import { runClean } from './clean.js';

export const resetCommand = new Command('reset')
  .description(messages.help.commands.reset.description)
  .argument('[exercise]', messages.help.commands.reset.arguments.exercise)
  .option('--all', messages.help.commands.reset.options.all)
  .option('-y, --yes', messages.help.commands.reset.options.yes)
  .option('--clean', messages.help.commands.reset.options.clean)
  .action(async (wanted: string | undefined, options: { all?: boolean; yes?: boolean; clean?: boolean }, command: Command) => {
    const globals = command.optsWithGlobals();
    const session = await openSession(globals);
    printWarnings(session);
    const { track } = session;
    if (options.all) {
      if (!options.yes) {
        if (!process.stdin.isTTY) throw new UsageError(messages.resetAllNeedsYes);
        if (!(await confirm(messages.resetAllAsk(textOf(track.name))))) return console.log(messages.cancelled);
      }
      session.update((progress) => {
        progress.exercises = {};
        delete progress.current;
      });
      return console.log(messages.resetAllDone(textOf(track.name)));
    }
    const exercise = wanted === undefined ? session.current : findExercise(track, wanted);
    if (!exercise) throw new UsageError(messages.unknownExercise(wanted!, track.exercises.length));
    session.update((progress) => {
      delete progress.exercises[exercise.id];
      progress.current = exercise.id;
    });
    console.log(messages.resetDone(exercise.number, textOf(exercise.definition.title)));

    // Then offer to remove what the exercise asked the learner to create (by name), so it can be done afresh.
    const declared = declaredObjects([exercise]);
    if (declared.length === 0) {
      if (options.clean) console.log(messages.resetCleanNothing(exercise.number));
      return;
    }
    try {
      process.exitCode = await runClean({
        declared,
        protectedImages: usedImages(track.exercises),
        scope: messages.cleanScopeExercise(exercise.number, textOf(exercise.definition.title)),
        hostFlag: globals.host,
        yes: options.clean,
        quietWhenNothing: !options.clean,
        blankLineFirst: true,
        noTerminal: () => {
          console.log(messages.resetCleanHint(exercise.id));
          return 0;
        },
      });
    } catch (error) {
      // The progress is forgotten either way; only --clean makes not reaching Docker an error.
      if (options.clean) throw error;
      const detail = error instanceof Error && error.name === 'EngineNotFoundError' ? messages.resetCleanNoEngine : String((error as Error)?.message ?? error).split('\n')[0];
      console.error(chalk.dim(messages.resetCleanUnreachable(detail)));
    }
  });
