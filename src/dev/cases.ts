/**
 * Variants and near misses: `dev check`'s proof that an exercise judges every path a learner may take. Each case
 * starts clean: a fresh progress folder and terminal, the earlier exercises it builds on replayed with their
 * reference solutions (and their passes recorded, as a learner's would be), then the case itself. Afterwards
 * everything the case made is removed, so the next one starts from the same daemon.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckResult } from '../checks/run.js';
import { sinceValues } from '../checks/select.js';
import { Session } from '../session.js';
import type { Exercise, Track } from '../track/load.js';
import type { CaseKind, Solution, SolutionCase, SolutionStep } from './solution.js';
import { extractAnswer, rewritePulls } from './solution.js';
import { shellQuote, Terminal, TerminalTimeout } from './terminal.js';
import { devWords as say } from './words.js';

export interface CaseOutcome {
  number: number;
  id: string;
  kind: CaseKind;
  title: string;
  /** The line of the case's header in the solution file. */
  line: number;
  /** A variant passed, or a near miss failed and said what it should. */
  ok: boolean;
  /** What verify concluded after the case. */
  passed: boolean;
  /** A near miss's phrase, and whether verify's words held it. */
  expect?: string;
  phraseFound?: boolean;
  seconds: number;
  checks: CheckResult[];
  problems: string[];
  /** The last lines the terminal showed, when the case did not come out right. */
  terminal?: string;
}

/** How a case is run: what it needs from the dev check around it. */
export interface CaseRunner {
  track: Track;
  trackFolder: string;
  solutions: Map<Exercise, Solution>;
  dockerEnv: Record<string, string>;
  registry?: string;
  lineTimeoutMs: number;
  /** One verify round against the daemon, as a learner's `verify` process would do it. */
  verify(session: Session, exercise: Exercise): Promise<CheckResult[]>;
  /** Records a pass with its evidence, as verify does. */
  recordPass(session: Session, exercise: Exercise, results: CheckResult[]): Promise<void>;
  /** Removes what the case made (compared with the daemon before it), as dev check's own clean-up does. */
  cleanUpAfter(): Promise<() => Promise<void>>;
  interrupted(): boolean;
}

/** The earlier exercises a case builds on: those its checks name (since, evidence), theirs in turn, and `# after:`. */
export function prerequisites(exercises: Exercise[], exercise: Exercise, extra: string[] = []): Exercise[] {
  const byId = new Map(exercises.map((candidate) => [candidate.id, candidate]));
  const needed = new Set<string>();
  const visit = (id: string) => {
    const named = byId.get(id);
    if (!named || needed.has(id) || named.number >= exercise.number) return;
    needed.add(id);
    for (const reference of sinceValues(named.definition.checks)) visit(reference);
  };
  for (const reference of [...sinceValues(exercise.definition.checks), ...extra]) visit(reference);
  return exercises.filter((candidate) => needed.has(candidate.id));
}

/** The `docker-kata` a case's terminal runs: this very build, so a case can type `docker-kata answer …`. */
function writeShim(folder: string): string {
  const bin = join(folder, 'bin');
  mkdirSync(bin, { recursive: true });
  const entry = fileURLToPath(new URL('../../bin/docker-kata.js', import.meta.url));
  const shim = join(bin, 'docker-kata');
  writeFileSync(shim, `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(entry)} "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
}

/** A near miss is right when verify fails and says the phrase; a variant when verify passes. */
export function judgeCase(kind: CaseKind, expect: string | undefined, checks: CheckResult[]): { passed: boolean; ok: boolean; phraseFound?: boolean } {
  const passed = checks.length > 0 && checks.every((check) => check.passed);
  if (kind === 'variant') return { passed, ok: passed };
  const said = checks.map((check) => [check.description, check.expected, check.observed].join('\n')).join('\n').toLowerCase();
  const phraseFound = expect !== undefined && said.includes(expect.toLowerCase());
  return { passed, ok: !passed && phraseFound, phraseFound };
}

export async function runCase(runner: CaseRunner, exercise: Exercise, solutionCase: SolutionCase): Promise<CaseOutcome> {
  const started = Date.now();
  const home = mkdtempSync(join(tmpdir(), 'docker-kata-dev-case-'));
  const work = join(home, 'work');
  mkdirSync(work);
  const session = new Session(runner.track, home);
  const terminal = new Terminal();
  const problems: string[] = [];
  const cleanUp = await runner.cleanUpAfter();
  let checks: CheckResult[] = [];
  let screen: string | undefined;
  const typeAll = async (steps: SolutionStep[]) => {
    for (const step of steps) {
      if (runner.interrupted()) return;
      if (step.kind === 'key') await terminal.key(step.key, runner.lineTimeoutMs);
      else if (step.noPrompt) await terminal.typeAndGoOn(runner.registry ? rewritePulls(step.text, runner.registry) : step.text);
      else await terminal.type(runner.registry ? rewritePulls(step.text, runner.registry) : step.text, runner.lineTimeoutMs);
    }
  };
  const answerFrom = async (answer: Solution['answer'], mark: number, target: Exercise) => {
    if (!answer) return;
    const found = extractAnswer(answer.pattern, await terminal.outputSince(mark));
    if (found === undefined) problems.push(say.answerNotFound(answer.text, answer.line));
    else session.recordAnswer(target, found);
  };
  try {
    await terminal.start(
      {
        ...runner.dockerEnv,
        DOCKER_KATA_HOME: home,
        DOCKER_KATA_TRACK: runner.trackFolder,
        PATH: `${writeShim(home)}:${process.env.PATH ?? ''}`,
      },
      { cwd: work },
    );
    for (const earlier of prerequisites(runner.track.exercises, exercise, solutionCase.after)) {
      session.open(earlier);
      const reference = runner.solutions.get(earlier)!;
      const mark = await terminal.mark();
      await typeAll(reference.steps);
      await answerFrom(reference.answer, mark, earlier);
      const results = await runner.verify(session, earlier);
      if (!results.every((result) => result.passed)) {
        problems.push(say.replayFailed(earlier.number, earlier.id, results.filter((result) => !result.passed).map((result) => result.observed)));
        break;
      }
      await runner.recordPass(session, earlier, results);
    }
    if (problems.length === 0 && !runner.interrupted()) {
      await typeAll(solutionCase.before);
      session.open(exercise);
      const mark = await terminal.mark();
      await typeAll(solutionCase.steps);
      await answerFrom(solutionCase.answer, mark, exercise);
      // An answer typed in the terminal (`docker-kata answer …`) went to the progress file.
      session.reload();
      checks = await runner.verify(session, exercise);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    if (error instanceof TerminalTimeout) await terminal.press('C-c').catch(() => undefined);
  } finally {
    screen = await terminal.screen().catch(() => undefined);
    await terminal.close();
    await cleanUp();
    rmSync(home, { recursive: true, force: true });
  }
  const verdict = judgeCase(solutionCase.kind, solutionCase.expect, checks);
  const ok = verdict.ok && problems.length === 0;
  return {
    number: exercise.number,
    id: exercise.id,
    kind: solutionCase.kind,
    title: solutionCase.title,
    line: solutionCase.line,
    ok,
    passed: verdict.passed,
    ...(solutionCase.expect !== undefined ? { expect: solutionCase.expect, phraseFound: verdict.phraseFound } : {}),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    checks,
    problems,
    ...(!ok && screen ? { terminal: lastLines(screen, 15) } : {}),
  };
}

export const lastLines = (text: string, count: number) => text.trimEnd().split('\n').slice(-count).join('\n');

/** The title a case is known by in the report: "variant: long flags". */
export const caseLabel = (outcome: Pick<CaseOutcome, 'kind' | 'title'>) => `${outcome.kind}: ${outcome.title}`;
