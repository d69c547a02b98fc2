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
  /** Set when the case was not run: it needs Docker Engine and the engine is Podman (the case's reason). */
  skipped?: string;
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
  /** The engine is Podman: cases that need Docker Engine are skipped. */
  podman: boolean;
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

/** The `docker-kata` a solution's terminal runs: this very build, so a case can type `docker-kata answer …`. */
export function shimFolder(folder: string): string {
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

/** Types steps into a terminal as a learner would, and reads answers off it into a session's progress. */
export class Typist {
  constructor(
    private readonly terminal: Terminal,
    private readonly session: Session,
    private readonly options: { registry?: string; lineTimeoutMs: number; interrupted(): boolean },
    readonly problems: string[] = [],
  ) {}

  async type(steps: SolutionStep[]): Promise<void> {
    const { registry, lineTimeoutMs } = this.options;
    for (const step of steps) {
      if (this.options.interrupted()) return;
      const text = step.kind === 'type' && registry ? rewritePulls(step.text, registry) : step.kind === 'type' ? step.text : '';
      if (step.kind === 'key') await this.terminal.key(step.key, lineTimeoutMs);
      else if (step.noPrompt) await this.terminal.typeAndGoOn(text);
      else await this.terminal.type(text, lineTimeoutMs);
    }
  }

  /** Types a solution's (or a case's) steps, then saves what its `# answer:` reads off the terminal, if any. */
  async solve(steps: SolutionStep[], answer: Solution['answer'], exercise: Exercise): Promise<string | null | undefined> {
    const mark = await this.terminal.mark();
    await this.type(steps);
    if (!answer) return undefined;
    const found = extractAnswer(answer.pattern, await this.terminal.outputSince(mark));
    if (found === undefined) {
      this.problems.push(say.answerNotFound(answer.text, answer.line));
      return null;
    }
    this.session.recordAnswer(exercise, found);
    return found;
  }

  /**
   * Replays earlier exercises with their reference solutions, each opened, verified and recorded as passed, as a
   * learner's would be: what later checks refer to (evidence) exists. Stops at the first that does not pass.
   */
  async replay(exercises: Exercise[], runner: Pick<CaseRunner, 'solutions' | 'verify' | 'recordPass'>): Promise<boolean> {
    for (const earlier of exercises) {
      if (this.options.interrupted()) return false;
      this.session.open(earlier);
      const reference = runner.solutions.get(earlier)!;
      await this.solve(reference.steps, reference.answer, earlier);
      const results = await runner.verify(this.session, earlier);
      if (!results.every((result) => result.passed)) {
        this.problems.push(say.replayFailed(earlier.number, earlier.id, results.filter((result) => !result.passed).map((result) => result.observed)));
        return false;
      }
      await runner.recordPass(this.session, earlier, results);
    }
    return true;
  }
}

export async function runCase(runner: CaseRunner, exercise: Exercise, solutionCase: SolutionCase): Promise<CaseOutcome> {
  const { kind, title, line } = solutionCase;
  if (runner.podman && solutionCase.needsDocker) {
    const reason = solutionCase.needsDocker;
    return { number: exercise.number, id: exercise.id, kind, title, line, ok: true, passed: false, seconds: 0, checks: [], problems: [], skipped: reason };
  }
  const started = Date.now();
  const home = mkdtempSync(join(tmpdir(), 'docker-kata-dev-case-'));
  const work = join(home, 'work');
  mkdirSync(work);
  const session = new Session(runner.track, home);
  const terminal = new Terminal();
  const typist = new Typist(terminal, session, runner);
  const problems = typist.problems;
  const cleanUp = await runner.cleanUpAfter();
  let checks: CheckResult[] = [];
  let screen: string | undefined;
  try {
    await terminal.start(
      {
        ...runner.dockerEnv,
        DOCKER_KATA_HOME: home,
        DOCKER_KATA_TRACK: runner.trackFolder,
        PATH: `${shimFolder(home)}:${process.env.PATH ?? ''}`,
      },
      { cwd: work },
    );
    if ((await typist.replay(prerequisites(runner.track.exercises, exercise, solutionCase.after), runner)) && !runner.interrupted()) {
      // The previous exercise's pass opened this one; lines above `# exercise starts here` come before that.
      if (solutionCase.before.length > 0) session.forget(exercise);
      await typist.type(solutionCase.before);
      session.open(exercise);
      await typist.solve(solutionCase.steps, solutionCase.answer, exercise);
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
