import { Command } from 'commander';
import { openSession } from '../session.js';
import { findExercise } from '../progress/navigation.js';
import { UsageError } from '../errors.js';
import { messages } from '../ui/messages.js';
import { exercisePage, printWarnings } from './show.js';

export const gotoCommand = new Command('goto')
  .description(messages.help.commands.goto.description)
  .argument('<exercise>', messages.help.commands.goto.arguments.exercise)
  .action(async (wanted: string, _options: unknown, command: Command) => {
    const session = await openSession(command.optsWithGlobals());
    printWarnings(session);
    const exercise = findExercise(session.track, wanted);
    if (!exercise) throw new UsageError(messages.unknownExercise(wanted, session.track.exercises.length));
    session.update((progress) => {
      progress.current = exercise.id;
    });
    session.markSeen(exercise);
    console.log(exercisePage(session, exercise));
  });
