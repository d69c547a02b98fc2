import chalk from 'chalk';
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { answerCommand } from './cli/answer.js';
import { cleanCommand } from './cli/clean.js';
import { devCommand } from './cli/dev.js';
import { doctorCommand } from './cli/doctor.js';
import { gotoCommand } from './cli/goto.js';
import { hintCommand } from './cli/hint.js';
import { listCommand } from './cli/list.js';
import { nextCommand } from './cli/next.js';
import { resetCommand } from './cli/reset.js';
import { solutionCommand } from './cli/solution.js';
import { verifyCommand } from './cli/verify.js';
import { watchCommand } from './cli/watch.js';
import { validateCommand } from './cli/validate.js';
import { newCommand } from './cli/new.js';
import { langCommand } from './cli/lang.js';
import { chooseLanguage, isLanguage } from './i18n/language.js';
import { setLanguage } from './i18n/current.js';
import { rememberedLanguage } from './progress/state.js';
import { exitCodes, UsageError } from './errors.js';
import { describeFailure } from './failure.js';
import { messages } from './ui/messages.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const help = messages.help;
  const program = new Command('docker-kata')
    .description(help.program)
    .version(version, '-v, --version', help.version)
    .option('-H, --host <url>', help.options.host)
    .option('-t, --track <dir>', help.options.track)
    .option('-l, --lang <code>', help.options.lang)
    .showHelpAfterError(help.afterError)
    .exitOverride();
  for (const command of [nextCommand, verifyCommand, answerCommand, hintCommand, listCommand, solutionCommand, resetCommand, gotoCommand]) {
    program.addCommand(command.exitOverride());
  }
  program.addCommand(watchCommand.exitOverride());
  program.addCommand(validateCommand.exitOverride());
  program.addCommand(newCommand.exitOverride());
  program.addCommand(cleanCommand.exitOverride());
  program.addCommand(doctorCommand.exitOverride());
  program.addCommand(devCommand.exitOverride());
  program.addCommand(langCommand.exitOverride());
  speakHelp(program, { description: help.program, commands: help.commands });
  return program;
}

/** One command's help texts in messages.help.commands: arguments by name, options by attribute name (dryRun). */
interface HelpTexts {
  description: string;
  arguments?: Record<string, string>;
  options?: Record<string, string>;
  afterError?: string;
  commands?: Record<string, HelpTexts>;
}

/**
 * Gives a command, and its subcommands, their help in the language of this run. The command modules set their
 * descriptions when they load, before the language is chosen; here they are set again from the catalogue,
 * with commander's own words: the help option and command, and the headings (Usage:, Options:, …).
 */
function speakHelp(command: Command, texts?: HelpTexts): void {
  const help = messages.help;
  if (texts) {
    command.description(texts.description);
    for (const argument of command.registeredArguments) argument.description = texts.arguments?.[argument.name()] ?? argument.description;
    for (const option of command.options) option.description = texts.options?.[option.attributeName()] ?? option.description;
    if (texts.afterError) command.showHelpAfterError(texts.afterError);
  }
  const headings: Record<string, string> = {
    'Usage:': help.headings.usage,
    'Arguments:': help.headings.arguments,
    'Options:': help.headings.options,
    'Global Options:': help.headings.globalOptions,
    'Commands:': help.headings.commands,
  };
  command.configureHelp({ styleTitle: (title) => headings[title] ?? title });
  command.helpOption('-h, --help', help.helpOption);
  if (command.commands.length > 0) command.helpCommand('help [command]', help.helpCommand);
  for (const sub of command.commands) speakHelp(sub, texts?.commands?.[sub.name()]);
}

/**
 * A bare `docker-kata` (global options at most) in a terminal runs `watch`, as a bare `rustlings` does; without
 * a terminal it shows the help, as before.
 */
export function withDefaultCommand(argv: string[], terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY)): string[] {
  const args = argv.slice(2);
  const withValue = ['-H', '--host', '-t', '--track', '-l', '--lang'];
  for (let index = 0; index < args.length; index++) {
    if (withValue.includes(args[index])) {
      if (index + 1 === args.length) return argv; // `--host` without its value: let commander say so
      index++;
    } else if (!/^--(host|track|lang)=/.test(args[index])) return argv;
  }
  return terminal ? [...argv, 'watch'] : argv;
}

/**
 * The language of this run, chosen before commander builds the help texts: --lang (read from argv here, since
 * the program is built in that language), DOCKER_KATA_LANG, the remembered choice, the locale, English.
 */
function languageFor(argv: string[]): ReturnType<typeof chooseLanguage>['language'] {
  const index = argv.findIndex((arg) => arg === '--lang' || arg === '-l' || arg.startsWith('--lang='));
  const flag = index < 0 ? undefined : argv[index].startsWith('--lang=') ? argv[index].slice('--lang='.length) : argv[index + 1];
  if (flag !== undefined && !isLanguage(flag)) {
    // Said in the language the run would have spoken without the flag.
    setLanguage(chooseLanguage({ env: process.env, remembered: rememberedLanguage() }).language);
    throw new UsageError(messages.langFlagUnknown(flag));
  }
  return chooseLanguage({ flag, env: process.env, remembered: rememberedLanguage() }).language;
}

/** Runs the CLI; every error ends here and becomes a message on stderr and an exit code, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  try {
    setLanguage(languageFor(argv));
    await buildProgram().parseAsync(withDefaultCommand(argv));
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version "fail" with exit code 0; usage mistakes are exit 2, as the README says.
      process.exitCode = error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
      return;
    }
    const failure = describeFailure(error);
    console.error(chalk.red(failure.message));
    // A script that asked for JSON gets JSON, even when the command could not run.
    if (argv.includes('--json')) console.log(JSON.stringify({ error: failure.message, exitCode: failure.exitCode }, null, 2));
    process.exitCode = failure.exitCode;
  }
}
