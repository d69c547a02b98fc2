import chalk from 'chalk';
import { Command } from 'commander';
import { relative, resolve } from 'node:path';
import { exitCodes } from '../errors.js';
import { solutionsFolderOf, trackFolder } from '../session.js';
import { lintExercises, type Finding } from '../track/lint.js';
import { readTrack } from '../track/load.js';
import { translationCoverage } from '../track/coverage.js';
import { messages } from '../ui/messages.js';

export const validateCommand = new Command('validate')
  .description(messages.help.commands.validate.description)
  .argument('[dir]', messages.help.commands.validate.arguments.dir)
  .option('--json', messages.help.commands.validate.options.json)
  .action((dir: string | undefined, options: { json?: boolean }, command: Command) => {
    const folder = dir ? resolve(dir) : trackFolder(command.optsWithGlobals());
    const { track, problems, positions } = readTrack(folder, solutionsFolderOf(folder));
    const shown = (path: string) => relative(process.cwd(), path) || '.';
    const findings: Finding[] = [
      ...problems.map((problem) => ({ ...problem, severity: 'error' as const })),
      ...lintExercises(track.exercises, positions, shown),
    ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    const coverage = translationCoverage(track);
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.length - errors;
    process.exitCode = errors > 0 ? exitCodes.notYet : exitCodes.ok;

    if (options.json) {
      const located = findings.map((finding) => ({ ...finding, file: shown(resolve(folder, finding.file)) }));
      console.log(JSON.stringify({ track: track.id, exercises: track.exercises.length, errors, warnings, findings: located, translations: coverage }, null, 2));
      return;
    }
    for (const finding of findings) {
      const where = `${shown(resolve(folder, finding.file))}:${finding.line}:${finding.column}`;
      const label = finding.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
      console.log(`${where}: ${label}: ${finding.field ? `${finding.field}: ` : ''}${finding.message}`);
    }
    console.log(messages.validateSummary(track.exercises.length, errors, warnings));
    console.log(messages.validateTranslations(coverage.map(({ language, translated, total }) => `${language} ${translated}/${total}`).join(', ')));
  });
