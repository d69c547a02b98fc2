import chalk from 'chalk';
import { Command } from 'commander';
import { createInterface } from 'node:readline/promises';
import type { Writable } from 'node:stream';
import { allRemoved, applyClean, type RemovalResult } from '../clean/apply.js';
import { declaredObjects, listingOrder, usedImages, type DeclaredObject } from '../clean/declared.js';
import { observe } from '../clean/observe.js';
import { planClean, type CleanPlan } from '../clean/plan.js';
import { exitCodes, UsageError } from '../errors.js';
import { openSession } from '../session.js';
import { textOf } from '../track/text.js';
import { messages } from '../ui/messages.js';
import { printWarnings } from './show.js';

export interface CleanRun {
  /** The objects in scope: the whole track's (`clean`) or one exercise's (`reset`). */
  declared: DeclaredObject[];
  /** Images the track needs; never removed, even if declared. */
  protectedImages: ReadonlySet<string>;
  /** 'the track "Docker basics"', 'exercise 13 (Give your container a name)'. */
  scope: string;
  hostFlag?: string;
  dryRun?: boolean;
  /** Remove without asking. */
  yes?: boolean;
  json?: boolean;
  /** When a question is needed but stdin is not a terminal: clean refuses (exit 2), reset prints a hint. */
  noTerminal(count: number): number;
  /** Say nothing at all when none of the declared objects exist (reset, unless --clean). */
  quietWhenNothing?: boolean;
  /** Separate what is said from what the command printed before (reset's own line). */
  blankLineFirst?: boolean;
  /** List what clean never removes, under the listing. */
  showNotListed?: boolean;
}

/**
 * Finds the declared objects that exist (read-only), lists them, asks, removes them. Shared by `clean` and
 * `reset`. Returns the exit code: 0 all removed or nothing to do, 1 some could not be removed.
 */
export async function runClean(run: CleanRun): Promise<number> {
  const { findEngine, defaultLookupSettings } = await import('../engine/connect.js');
  const found = await findEngine(defaultLookupSettings(run.hostFlag));
  const { dockerodeReader } = await import('../engine/dockerode-reader.js');
  const reader = dockerodeReader(found.endpoint);
  const plan = planClean(await observe(reader, run.declared), { protectedImages: run.protectedImages });
  const count = plan.targets.length;

  const finish = (removed: RemovalResult[] | null, exitCode: number) => {
    if (run.json) {
      console.log(JSON.stringify({ scope: run.scope, engine: found.candidate.url, dryRun: Boolean(run.dryRun), declared: plan.declaredCount, objects: plan.targets, kept: plan.kept, removed, exitCode }, null, 2));
    }
    return exitCode;
  };
  // With --json, stdout carries only the JSON: the listing and the question go to stderr.
  let first = run.blankLineFirst;
  const say = (text = '') => {
    const line = `${first ? '\n' : ''}${text}\n`;
    first = false;
    (run.json ? process.stderr : process.stdout).write(line);
  };

  if (count === 0) {
    if (!run.quietWhenNothing && !run.json) say(messages.cleanNothing(run.scope));
    for (const kept of plan.kept) if (!run.json) say(chalk.dim(messages.cleanKept(messages.cleanWhat(kept.kind, kept.name), kept.reason)));
    return finish(null, exitCodes.ok);
  }

  const listing = renderListing(plan, run.scope, run.showNotListed);
  const ask = !run.dryRun && !run.yes;
  if (!run.json || ask) say(listing);
  if (run.dryRun) {
    if (!run.json) say(`\n${messages.cleanDryRun}`);
    return finish(null, exitCodes.ok);
  }
  if (ask) {
    if (!process.stdin.isTTY) return finish(null, run.noTerminal(count));
    say('');
    if (!(await askYesNo(messages.cleanAsk(count), run.json ? process.stderr : process.stdout))) {
      say(messages.cleanNothingRemoved);
      return finish([], exitCodes.ok);
    }
  }

  const { dockerodeWriter } = await import('../clean/dockerode-writer.js');
  const results = await applyClean(plan, dockerodeWriter(found.endpoint), reader);
  if (!run.json) {
    say('');
    for (const result of results) say(`  ${result.outcome === 'failed' ? chalk.red('✗') : chalk.green('✓')} ${result.message}`);
    const failed = results.filter((result) => result.outcome === 'failed').length;
    say(`\n${messages.cleanSummary(results.length - failed, failed)}`);
  }
  return finish(results, allRemoved(results) ? exitCodes.ok : exitCodes.notYet);
}

function renderListing(plan: CleanPlan, scope: string, showNotListed = false): string {
  const lines = [messages.cleanFound(plan.targets.length, scope)];
  const width = Math.min(30, Math.max(...plan.targets.map((target) => target.name.length)));
  for (const kind of listingOrder) {
    const targets = plan.targets.filter((target) => target.kind === kind);
    if (targets.length === 0) continue;
    lines.push('', chalk.bold(messages.cleanGroup[kind]));
    for (const target of targets) {
      lines.push(`  ${target.name.padEnd(width)}  ${target.description} ${chalk.dim(`· ${messages.cleanDeclaredBy(target.declaredBy)}`)}`);
    }
  }
  for (const kept of plan.kept) lines.push(chalk.dim(messages.cleanKept(messages.cleanWhat(kept.kind, kept.name), kept.reason)));
  if (showNotListed) lines.push('', chalk.dim(messages.cleanNotListed));
  return lines.join('\n');
}

/** A yes/no question on the terminal (as show.ts's confirm, with a choice of stream); Ctrl-C or Ctrl-D mean no. */
async function askYesNo(question: string, output: Writable): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output });
  try {
    return /^(y|yes)$/i.test((await prompt.question(question)).trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ABORT_ERR') {
      output.write('\n'); // the key pressed left the cursor on the question's line
      return false;
    }
    throw error;
  } finally {
    prompt.close();
  }
}

export const cleanCommand = new Command('clean')
  .description(messages.help.commands.clean.description)
  .option('--dry-run', messages.help.commands.clean.options.dryRun)
  .option('-y, --yes', messages.help.commands.clean.options.yes)
  .option('--json', messages.help.commands.clean.options.json)
  .action(async (options: { dryRun?: boolean; yes?: boolean; json?: boolean }, command: Command) => {
    const globals = command.optsWithGlobals();
    const session = await openSession(globals);
    printWarnings(session);
    const { track } = session;
    process.exitCode = await runClean({
      declared: declaredObjects(track.exercises),
      protectedImages: usedImages(track.exercises),
      scope: messages.cleanScopeTrack(textOf(track.name)),
      hostFlag: globals.host,
      dryRun: options.dryRun,
      yes: options.yes,
      json: options.json,
      noTerminal: (count) => {
        throw new UsageError(messages.cleanNeedsYes(count));
      },
      showNotListed: true,
    });
  });
