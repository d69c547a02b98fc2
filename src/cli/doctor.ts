import { Command } from 'commander';
import { messages } from '../ui/messages.js';

interface DoctorOptions {
  json?: boolean;
}

export const doctorCommand = new Command('doctor')
  .description(messages.help.commands.doctor.description)
  .option('--json', messages.help.commands.doctor.options.json)
  // A function: read when the help is shown, in the language of the run.
  .addHelpText('after', () => messages.help.commands.doctor.after)
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
