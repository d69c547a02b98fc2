import chalk from 'chalk';
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { chooseLanguage, isLanguage } from './i18n/language.js';
import { setLanguage } from './i18n/current.js';
import { rememberedLanguage } from './progress/state.js';
import { exitCodes, UsageError } from './errors.js';
import { describeFailure } from './failure.js';
import { messages } from './ui/messages.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Each command's module, imported only when that command runs: `verify` does not load doctor, watch, clean or
 * the authoring tools. In the order the help lists them.
 */
const commandModules: Record<string, () => Promise<Command>> = {
  next: async () => (await import('./cli/next.js')).nextCommand,
  verify: async () => (await import('./cli/verify.js')).verifyCommand,
  answer: async () => (await import('./cli/answer.js')).answerCommand,
  hint: async () => (await import('./cli/hint.js')).hintCommand,
  list: async () => (await import('./cli/list.js')).listCommand,
  solution: async () => (await import('./cli/solution.js')).solutionCommand,
  reset: async () => (await import('./cli/reset.js')).resetCommand,
  goto: async () => (await import('./cli/goto.js')).gotoCommand,
  watch: async () => (await import('./cli/watch.js')).watchCommand,
  validate: async () => (await import('./cli/validate.js')).validateCommand,
  new: async () => (await import('./cli/new.js')).newCommand,
  clean: async () => (await import('./cli/clean.js')).cleanCommand,
  doctor: async () => (await import('./cli/doctor.js')).doctorCommand,
  dev: async () => (await import('./cli/dev.js')).devCommand,
  lang: async () => (await import('./cli/lang.js')).langCommand,
};

/** The global options that take a value. */
const globalOptionsWithValue = ['-H', '--host', '-t', '--track', '-l', '--lang'];

/**
 * The command an argv runs, when that is plain to see: the first argument after the global options, if it
 * names a command. undefined otherwise (help, --version, a typo, an option docker-kata does not know here):
 * then every command is loaded, so commander's help, suggestions and errors are exactly what they always were.
 */
export function commandToRun(argv: string[]): string | undefined {
  const index = commandIndex(argv);
  return index < 0 ? undefined : argv[index];
}

/** Where in argv the command is that commandToRun names, or -1. */
function commandIndex(argv: string[]): number {
  for (let index = 2; index < argv.length; index++) {
    const arg = argv[index];
    if (globalOptionsWithValue.includes(arg)) index++;
    else if (/^--(host|track|lang)=/.test(arg) || /^-[Htl]./.test(arg)) continue;
    else if (arg.startsWith('-')) return -1;
    else return Object.hasOwn(commandModules, arg) ? index : -1;
  }
  return -1;
}

/**
 * `docker-kata answer sh -i`: the words of an answer are text, even those that start with a dash, so commander
 * must not take `-i` for an unknown option, nor `-l` for --lang or `-v` for --version. A `--` goes before the first
 * word that is not one of answer's own options (--json, --help) or a global option.
 */
export function withAnswerText(argv: string[]): string[] {
  const index = commandIndex(argv);
  if (index < 0 || argv[index] !== 'answer') return argv;
  for (let at = index + 1; at < argv.length; at++) {
    const arg = argv[at];
    if (arg === '--') return argv;
    if (globalOptionsWithValue.includes(arg)) at++;
    else if (!['--json', '-h', '--help'].includes(arg) && !/^--(host|track|lang)=/.test(arg)) return [...argv.slice(0, at), '--', ...argv.slice(at)];
  }
  return argv;
}

/** The program, with every command, or only `only` (the one this run uses; see commandToRun). */
export async function buildProgram(only?: string): Promise<Command> {
  const help = messages.help;
  const program = new Command('docker-kata')
    .description(help.program)
    .version(version, '-v, --version', help.version)
    .option('-H, --host <url>', help.options.host)
    .option('-t, --track <dir>', help.options.track)
    .option('-l, --lang <code>', help.options.lang)
    .showHelpAfterError(help.afterError)
    .exitOverride();
  const names = only ? [only] : Object.keys(commandModules);
  for (const command of await Promise.all(names.map((name) => commandModules[name]()))) {
    program.addCommand(command.exitOverride());
  }
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
  for (let index = 0; index < args.length; index++) {
    if (globalOptionsWithValue.includes(args[index])) {
      if (index + 1 === args.length) return argv; // `--host` without its value: let commander say so
      index++;
    } else if (!/^--(host|track|lang)=/.test(args[index])) return argv;
  }
  return terminal ? [...argv, 'watch'] : argv;
}

/**
 * The language of this run, chosen before commander builds the help texts: --lang (read from argv here, since
 * the program is built in that language, and not after a `--`: an answer's `ls -l` is no --lang), DOCKER_KATA_LANG,
 * the remembered choice, the locale, English.
 */
function languageFor(argv: string[]): ReturnType<typeof chooseLanguage>['language'] {
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const index = options.findIndex((arg) => arg === '--lang' || arg === '-l' || arg.startsWith('--lang='));
  const flag = index < 0 ? undefined : options[index].startsWith('--lang=') ? options[index].slice('--lang='.length) : options[index + 1];
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
    const args = withAnswerText(withDefaultCommand(argv));
    setLanguage(languageFor(args));
    await (await buildProgram(commandToRun(args))).parseAsync(args);
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
