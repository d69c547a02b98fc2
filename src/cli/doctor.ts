import { Command } from 'commander';

interface DoctorOptions {
  json?: boolean;
}

export const doctorCommand = new Command('doctor')
  .description('explain your set-up: which Docker Engine is used and why, and what is in the way, each with a fix')
  .option('--json', 'print { engine, daemon, findings } as JSON')
  .addHelpText(
    'after',
    '\nReads only: the places the docker CLI looks for an engine, GET requests to the Engine API, the track\'s\n' +
      'images and ports, free disk space, the progress file, the Node.js version.\n' +
      'Exit codes: 0 no problems (warnings allowed), 1 problems found, 2 no Docker Engine reachable, or a usage error.',
  )
  .action(async (options: DoctorOptions, command: Command) => {
    // Loaded here: gathering needs dockerode, which the other commands avoid loading.
    const { gatherFacts } = await import('../doctor/gather.js');
    const { diagnose, doctorExitCode, doctorReport } = await import('../doctor/diagnose.js');
    const globals = command.optsWithGlobals() as { host?: string; track?: string };
    const facts = await gatherFacts({ hostFlag: globals.host, track: globals.track });
    const findings = diagnose(facts);
    if (options.json) {
      console.log(JSON.stringify(doctorReport(facts, findings), null, 2));
    } else {
      const { renderFindings } = await import('../doctor/render.js');
      console.log(renderFindings(findings, Boolean(facts.engine.found)));
    }
    process.exitCode = doctorExitCode(facts, findings);
  });
