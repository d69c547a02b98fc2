import { Command } from 'commander';
import { openSession } from '../session.js';
import { findExercise } from '../progress/navigation.js';
import { UsageError } from '../errors.js';
import { textOf } from '../track/text.js';
import { messages } from '../ui/messages.js';
import { confirm, printWarnings } from './show.js';

export const resetCommand = new Command('reset')
  .description('forget your progress on an exercise (default: the current one), or --all')
  .argument('[exercise]', 'exercise number or id')
  .option('--all', 'forget all progress on this track')
  .option('-y, --yes', 'do not ask before forgetting everything (with --all)')
  .action(async (wanted: string | undefined, options: { all?: boolean; yes?: boolean }, command: Command) => {
    const session = openSession(command.optsWithGlobals());
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
  });
