import { Command } from 'commander';
import { messages } from '../ui/messages.js';
import { openSession } from '../session.js';
import { printWarnings } from './show.js';

export const watchCommand = new Command('watch')
  .description(messages.help.commands.watch.description)
  .action(async (_options: unknown, command: Command) => {
    const globals = command.optsWithGlobals<{ host?: string; track?: string }>();
    const session = await openSession(globals);
    printWarnings(session);
    // Loaded here: the other commands do not pay for watch's code.
    const { runWatch } = await import('../watch/watch.js');
    process.exitCode = await runWatch(session, { hostFlag: globals.host });
    // Nothing should hold the process now; should something (a half-open socket), do not hang on the way out.
    setTimeout(() => process.exit(), 3000).unref();
  });
