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
import { chooseLanguage, isLanguage, languages } from './i18n/language.js';
import { setLanguage } from './i18n/current.js';
import { rememberedLanguage } from './progress/state.js';
import { exitCodes, UsageError } from './errors.js';
import { describeFailure } from './failure.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export function buildProgram(): Command {
  const program = new Command('docker-kata')
    .description('Learn Docker by doing: numbered tasks you solve with the real docker CLI, checked against your Docker daemon.')
    .version(version, '-v, --version', 'print the docker-kata version')
    .option('-H, --host <url>', 'Docker Engine to check, e.g. unix:///var/run/docker.sock (default: found like the docker CLI does)')
    .option('-t, --track <dir>', 'use the exercises in this folder (default: $DOCKER_KATA_TRACK, else the built-in track)')
    .option('-l, --lang <code>', `the language to speak: ${languages.join(', ')} (default: docker-kata lang, else your locale)`)
    .showHelpAfterError('(run docker-kata --help to see every command)')
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
  return program;
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
  if (flag !== undefined && !isLanguage(flag)) throw new UsageError(`docker-kata speaks ${languages.join(', ')}; "${flag}" is not one of them.`);
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
