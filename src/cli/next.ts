import { Command } from 'commander';
import { openSession } from '../session.js';
import { exercisePage, printWarnings } from './show.js';
import { messages } from '../ui/messages.js';
import { passedCount } from '../progress/navigation.js';
import { renderMarkdown } from '../ui/render.js';
import { textOf } from '../track/text.js';

export const nextCommand = new Command('next')
  .description(messages.help.commands.next.description)
  .action(async (_options: unknown, command: Command) => {
    const session = await openSession(command.optsWithGlobals());
    printWarnings(session);
    const { track } = session;
    if (passedCount(track, session.progress) === track.exercises.length) {
      console.log(renderMarkdown(textOf(track.final) || messages.allDone));
      return;
    }
    const exercise = session.current;
    const firstVisit = Object.keys(session.progress.exercises).length === 0 && track.welcome;
    session.markSeen(exercise);
    if (firstVisit) console.log(`${renderMarkdown(textOf(track.welcome))}\n`);
    console.log(exercisePage(session, exercise));
  });
