import chalk from 'chalk';
import { Command } from 'commander';
import { exitCodes } from '../errors.js';

interface CheckOptions {
  registry?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

const checkCommand = new Command('check')
  .description(
    'prove the track: for every exercise, verify fails, the reference solution runs in a real terminal, verify passes; then every variant must pass and every near miss must fail',
  )
  .option('--registry <host:port>', 'point `docker pull <image>` lines at this registry (for machines without Docker Hub)')
  .option('--from <exercise>', 'start at this exercise (number or id); earlier ones are skipped')
  .option('--to <exercise>', 'stop after this exercise (number or id)')
  .option('--json', 'print the outcome of every exercise as JSON')
  .showHelpAfterError('(run docker-kata dev check --help to see its options)')
  .addHelpText(
    'after',
    '\nNeeds tmux and a Docker daemon (--host chooses one). Uses a temporary progress folder, never yours, and\n' +
      'afterwards removes exactly the containers, images, networks, volumes and services the run made.\n' +
      'Exit codes: 0 every exercise proven, 1 an exercise missed, 2 a usage or environment problem.',
  )
  .action(async (options: CheckOptions, command: Command) => {
    // Loaded here, not at start-up: the other commands do not pay for it.
    const { runDevCheck } = await import('../dev/check.js');
    const report = await import('../dev/report.js');
    const { devWords: say } = await import('../dev/words.js');
    const globals = command.optsWithGlobals() as { track?: string; host?: string };
    const out = (line: string) => {
      if (!options.json) console.log(line);
    };
    let layout: ReturnType<typeof report.tableLayout> | undefined;
    let total = 0;
    const result = await runDevCheck({
      globals,
      registry: options.registry,
      from: options.from,
      to: options.to,
      onEvent(event) {
        switch (event.kind) {
          case 'start':
            total = event.exercises.length;
            layout = report.tableLayout(event.exercises);
            out(`dev check: track ${chalk.bold(event.track)}, ${total} exercise${total === 1 ? '' : 's'}, against ${event.engine}`);
            if (event.registry) {
              out(chalk.yellow(`--registry: \`docker pull <image>\` without a registry host is typed as \`docker pull ${event.registry}/library/<image>\`.`));
            }
            out('');
            out(report.tableHeader(layout));
            break;
          case 'exercise':
            out(report.tableRow(event.outcome, layout!));
            break;
          case 'cases':
            if (event.count > 0) out(`\n${say.casesHeading}`);
            break;
          case 'case':
            out(report.caseRow(event.outcome));
            break;
          case 'interrupted':
            console.error(chalk.yellow('\nInterrupted: cleaning up what the run made (press Ctrl-C again to quit without cleaning up)…'));
            break;
          case 'cleaning':
            break;
          case 'cleaned':
            if (event.afterError) for (const line of report.cleanUpLines(event.cleanUp)) console.error(line);
            break;
        }
      },
    });
    if (options.json) {
      console.log(
        JSON.stringify(
          {
            track: result.track,
            engine: result.engine,
            registry: result.registry ?? null,
            exercises: result.exercises,
            totals: report.totals(result.exercises),
            passed: result.passed,
            interrupted: result.interrupted,
            cleanUp: result.cleanUp,
          },
          null,
          2,
        ),
      );
    } else {
      out('');
      for (const line of report.proofTable(result.exercises)) out(line);
      out('');
      out(report.summary(result.exercises, total, result.interrupted));
      for (const line of report.cleanUpLines(result.cleanUp)) out(line);
    }
    process.exitCode = result.interrupted ? 130 : result.passed ? exitCodes.ok : exitCodes.notYet;
  });

export const devCommand = new Command('dev')
  .description('tools for track authors (dev check: prove every exercise with its reference solution)')
  .addCommand(checkCommand.exitOverride())
  .showHelpAfterError('(run docker-kata dev --help to see the tools)');
