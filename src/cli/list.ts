import chalk from 'chalk';
import { Command } from 'commander';
import { messages } from '../ui/messages.js';
import { openSession } from '../session.js';
import { isPassed, passedCount } from '../progress/navigation.js';
import { textOf } from '../track/text.js';
import { progressBar } from '../ui/render.js';
import { printWarnings } from './show.js';

type Status = 'done' | 'current' | 'pending';

export const listCommand = new Command('list')
  .description(messages.help.commands.list.description)
  .option('--json', messages.help.commands.list.options.json)
  .action(async (options: { json?: boolean }, command: Command) => {
    const session = await openSession(command.optsWithGlobals());
    printWarnings(session);
    const { track, progress } = session;
    const current = session.current;
    const rows = track.exercises.map((exercise) => ({
      number: exercise.number,
      id: exercise.id,
      module: textOf(exercise.module.title),
      title: textOf(exercise.definition.title),
      status: (isPassed(progress, exercise) ? 'done' : exercise === current ? 'current' : 'pending') as Status,
      current: exercise === current,
    }));
    const done = passedCount(track, progress);
    if (options.json) {
      console.log(JSON.stringify({ track: track.id, done, total: rows.length, exercises: rows }, null, 2));
      return;
    }
    const idWidth = Math.max(...rows.map((row) => row.id.length));
    let module = '';
    for (const row of rows) {
      if (row.module !== module) {
        module = row.module;
        console.log(`\n${chalk.bold(module)}`);
      }
      const mark = row.status === 'done' ? chalk.green('✓') : row.current ? chalk.yellow('▶') : ' ';
      const line = `${mark} ${String(row.number).padStart(2)}  ${row.id.padEnd(idWidth)}  ${row.title}`;
      console.log(row.current ? chalk.yellow(line) : row.status === 'done' ? line : chalk.dim(line));
    }
    console.log(`\n${progressBar(done, rows.length)}`);
  });
