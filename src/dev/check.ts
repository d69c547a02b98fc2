/**
 * `docker-kata dev check`: an instructor's proof that a track works, against a real daemon. For every exercise:
 * verify fails (unless the exercise says why it may pass), the reference solution is typed into a real terminal,
 * and verify passes. Afterwards the daemon is put back as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { connectEngine } from '../engine/connect-reader.js';
import type { FoundEngine } from '../engine/connect.js';
import { runChecks, type CheckResult } from '../checks/run.js';
import { openSession, trackFolder, type Session } from '../session.js';
import { prerequisites, runCase, shimFolder, Typist, type CaseOutcome, type CaseRunner } from './cases.js';
import type { Exercise } from '../track/load.js';
import { textOf } from '../track/text.js';
import { suggestion } from '../track/validate.js';
import { UsageError } from '../errors.js';
import { applyCleanUp, readDaemonState, type CleanUpReport, type DaemonState } from './daemon-state.js';
import { parseSolution, type Solution } from './solution.js';
import { requireTmux, Terminal, TerminalTimeout } from './terminal.js';
import { devWords as say } from './words.js';

export interface DevCheckOptions {
  /** Global options: --track and --host. */
  globals: { track?: string; host?: string };
  /** HOST:PORT of a registry that `docker pull <image>` is pointed at. */
  registry?: string;
  /** The exercise to start at: its number or id. */
  from?: string;
  /** The last exercise to prove: its number or id. */
  to?: string;
  /** How long one typed line may take to give a prompt back. */
  lineTimeoutMs?: number;
  /** Called when the run starts, after each exercise, and for notes worth telling at once. */
  onEvent?: (event: DevCheckEvent) => void;
}

export type DevCheckEvent =
  | { kind: 'start'; track: string; exercises: Exercise[]; engine: string; registry?: string }
  | { kind: 'exercise'; outcome: ExerciseOutcome }
  | { kind: 'cases'; count: number }
  | { kind: 'case'; outcome: CaseOutcome }
  | { kind: 'interrupted' }
  | { kind: 'cleaning' }
  /** What the clean-up removed; afterError when the run ended with an error (then no report follows). */
  | { kind: 'cleaned'; cleanUp: CleanUpReport; afterError: boolean };

export interface ExerciseOutcome {
  number: number;
  id: string;
  title: string;
  /** null when the exercise declares mayPassUnsolved. */
  failsUnsolved: boolean | null;
  mayPassUnsolved?: string;
  passesSolved: boolean;
  seconds: number;
  /** The checks after the solution. */
  checks: CheckResult[];
  /** The checks before it. */
  checksUnsolved: CheckResult[];
  /** What `# answer:` read off the terminal (undefined: the solution has no answer line). */
  answer?: string | null;
  /** What went wrong while typing the solution or reading its answer. */
  problems: string[];
  /** Set when the exercise was not run: it needs Docker Engine and the engine is Podman (the exercise's reason). */
  skipped?: string;
  /** Its variants and near misses, each run from a clean start after the reference run. */
  cases: CaseOutcome[];
}

export interface DevCheckReport {
  track: string;
  engine: string;
  registry?: string;
  exercises: ExerciseOutcome[];
  passed: boolean;
  interrupted: boolean;
  cleanUp: CleanUpReport;
}

/** An exercise is proven when verify failed before its solution (or may pass, with a reason) and passed after. */
export function judge(
  exercise: Pick<Exercise, 'definition'>,
  unsolved: CheckResult[],
  solved: CheckResult[],
): { failsUnsolved: boolean | null; passesSolved: boolean; ok: boolean } {
  const failsUnsolved = exercise.definition.mayPassUnsolved ? null : !unsolved.every((result) => result.passed);
  const passesSolved = solved.length > 0 && solved.every((result) => result.passed);
  return { failsUnsolved, passesSolved, ok: passesSolved && failsUnsolved !== false };
}

export const isMiss = (outcome: ExerciseOutcome) =>
  outcome.skipped === undefined &&
  (!outcome.passesSolved || outcome.failsUnsolved === false || outcome.problems.length > 0 || outcome.cases.some((one) => !one.ok));

const registryPattern = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;

/** The exercise --from (or --to) names: a number (1-based) or an id. */
export function startIndex(exercises: Exercise[], from: string | undefined, fallback = 0): number {
  if (from === undefined) return fallback;
  if (/^\d+$/.test(from)) {
    const number = Number(from);
    if (number >= 1 && number <= exercises.length) return number - 1;
    throw new UsageError(say.fromOutOfRange(from, exercises.length));
  }
  const index = exercises.findIndex((exercise) => exercise.id === from);
  if (index >= 0) return index;
  throw new UsageError(say.fromUnknown(from, suggestion(from, exercises.map((exercise) => exercise.id))));
}

/** An exercise not run, and why: on Podman, one that needs Docker Engine. */
const skippedOutcome = (exercise: Exercise, reason: string): ExerciseOutcome => ({
  number: exercise.number,
  id: exercise.id,
  title: textOf(exercise.definition.title),
  failsUnsolved: null,
  passesSolved: false,
  seconds: 0,
  checks: [],
  checksUnsolved: [],
  problems: [],
  skipped: reason,
  cases: [],
});

/** Every exercise's solution, parsed; missing or broken ones are reported all at once (exit 2). */
export function readSolutions(exercises: Exercise[]): Map<Exercise, Solution> {
  const solutions = new Map<Exercise, Solution>();
  const missing: string[] = [];
  const broken: string[] = [];
  const shown = (path: string) => relative(process.cwd(), path) || path;
  for (const exercise of exercises) {
    if (!existsSync(exercise.solutionFile)) {
      missing.push(`  ${exercise.number} ${exercise.id}: ${shown(exercise.solutionFile)}`);
      continue;
    }
    const { solution, problems } = parseSolution(readFileSync(exercise.solutionFile, 'utf8'));
    for (const problem of problems) broken.push(`  ${shown(exercise.solutionFile)}:${problem.line}: ${problem.message}`);
    if (solution.steps.length === 0 && !solution.answer) broken.push(`  ${shown(exercise.solutionFile)}: ${say.nothingToType}`);
    solutions.set(exercise, solution);
  }
  const parts: string[] = [];
  if (missing.length) {
    parts.push(say.missingSolutions(missing.length), ...missing);
  }
  if (broken.length) parts.push(say.brokenSolutions, ...broken);
  if (parts.length) throw new UsageError(say.cannotProve(parts.join('\n')));
  return solutions;
}

/** The variables the docker CLI needs to reach the same daemon as docker-kata. */
function dockerEnvFor(found: FoundEngine): Record<string, string> {
  // Without --host, the docker CLI finds the daemon the way docker-kata just did (same variables, same context).
  return found.candidate.rule === 'flag' ? { DOCKER_HOST: found.candidate.url } : {};
}

export async function runDevCheck(options: DevCheckOptions): Promise<DevCheckReport> {
  const emit = options.onEvent ?? (() => undefined);
  if (options.registry !== undefined && !registryPattern.test(options.registry)) {
    throw new UsageError(say.badRegistry(options.registry));
  }

  // A fresh progress folder: the instructor's own progress is never read or written.
  const home = mkdtempSync(join(tmpdir(), 'docker-kata-dev-check-'));
  const terminal = new Terminal();
  let session: Session;
  const previousHome = process.env.DOCKER_KATA_HOME;
  try {
    process.env.DOCKER_KATA_HOME = home;
    session = await openSession(options.globals);
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  } finally {
    if (previousHome === undefined) delete process.env.DOCKER_KATA_HOME;
    else process.env.DOCKER_KATA_HOME = previousHome;
  }

  let before: DaemonState | undefined;
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    emit({ kind: 'interrupted' });
    void terminal.close();
  };

  try {
    const exercises = session.track.exercises;
    const solutions = readSolutions(exercises);
    const first = startIndex(exercises, options.from);
    const last = startIndex(exercises, options.to, exercises.length - 1);
    const chosen = exercises.slice(first, last + 1);
    requireTmux();
    const { found } = await connectEngine(options.globals.host);
    const engine = found.candidate.url;
    const dockerEnv = dockerEnvFor(found);
    const lineTimeoutMs = options.lineTimeoutMs ?? 90_000;

    before = await readDaemonState(found.endpoint);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    emit({ kind: 'start', track: session.track.id, exercises: chosen, engine, registry: options.registry });

    const terminalEnv = {
      ...dockerEnv,
      DOCKER_KATA_HOME: home,
      DOCKER_KATA_TRACK: trackFolder(options.globals),
      PATH: `${shimFolder(home)}:${process.env.PATH ?? ''}`,
    };
    // Solutions make folders and files (a Dockerfile, a compose project): in a folder of their own, not yours.
    const workFolder = join(home, 'work');
    mkdirSync(workFolder);
    const solutionOf = (outcome: ExerciseOutcome) => solutions.get(exercises[outcome.number - 1]);
    const verifyRound = async (exercise: Exercise, on: Session = session) => {
      // A new connection, and with it a new cache, per round: exactly what a learner's `verify` process sees.
      const connected = await connectEngine(options.globals.host);
      return runChecks(exercise, connected.reader, on.timeline(exercise), {
        engineAddress: connected.found.candidate.url,
        podman: connected.found.podmanVersion !== undefined,
      });
    };
    const daemon = (await (await connectEngine(options.globals.host)).reader.engineId()) || undefined;

    // What cases (and a run that starts --from a later exercise) need to replay and verify exercises.
    const runner: CaseRunner = {
      track: session.track,
      trackFolder: trackFolder(options.globals),
      solutions,
      dockerEnv,
      registry: options.registry,
      lineTimeoutMs,
      verify: (caseSession, exercise) => verifyRound(exercise, caseSession),
      recordPass: async (caseSession, exercise, results) => void caseSession.recordPass(exercise, results, daemon),
      cleanUpAfter: async () => {
        const caseStart = await readDaemonState(found.endpoint);
        return async () => {
          const report = await applyCleanUp(caseStart, () => readDaemonState(found.endpoint), dockerEnv);
          casesKept.push(...report.kept);
        };
      },
      interrupted: () => interrupted,
      podman: found.podmanVersion !== undefined,
    };
    const casesKept: string[] = [];
    const outcomes: ExerciseOutcome[] = [];
    // Starting later in the track: first the earlier exercises the chosen ones build on, as a learner did them.
    const earlier = [...new Set(chosen.flatMap((exercise) => prerequisites(exercises, exercise)))].filter((exercise) => exercise.number < chosen[0].number);
    if (earlier.length > 0) {
      await terminal.start(terminalEnv, { cwd: workFolder });
      const replayProblems: string[] = [];
      if (!(await new Typist(terminal, session, runner, replayProblems).replay(exercises.filter((exercise) => earlier.includes(exercise)), runner))) {
        throw new UsageError(replayProblems.join('\n'));
      }
    }
    for (const exercise of chosen) {
      if (interrupted) break;
      if (found.podmanVersion !== undefined && exercise.definition.needsDocker) {
        const outcome = skippedOutcome(exercise, textOf(exercise.definition.needsDocker));
        outcomes.push(outcome);
        emit({ kind: 'exercise', outcome });
        continue;
      }
      const startedAt = Date.now();
      const problems: string[] = [];
      session.markSeen(exercise, new Date(startedAt));
      const checksUnsolved = await verifyRound(exercise);

      const solution = solutions.get(exercise)!;
      let answer: string | null | undefined;
      try {
        if (!(await terminal.alive())) {
          await terminal.close();
          if (interrupted) break;
          await terminal.start(terminalEnv, { cwd: workFolder });
        }
        const typist = new Typist(terminal, session, runner, problems);
        answer = await typist.solve(solution.steps, solution.answer, exercise);
      } catch (error) {
        if (interrupted) break;
        problems.push(error instanceof Error ? error.message : String(error));
        // Get the terminal back to a prompt for the next exercise: Ctrl-C, else a new terminal.
        if (error instanceof TerminalTimeout) {
          await terminal.press('C-c').catch(() => undefined);
          await terminal.type('', 10_000).catch(() => terminal.close());
        }
      }

      const checks = await verifyRound(exercise);
      const verdict = judge(exercise, checksUnsolved, checks);
      // Recorded as a learner's pass is, evidence and all: later exercises judge the objects it made.
      if (verdict.passesSolved) session.recordPass(exercise, checks, daemon);
      const outcome: ExerciseOutcome = {
        number: exercise.number,
        id: exercise.id,
        title: textOf(exercise.definition.title),
        failsUnsolved: verdict.failsUnsolved,
        ...(exercise.definition.mayPassUnsolved ? { mayPassUnsolved: exercise.definition.mayPassUnsolved } : {}),
        passesSolved: verdict.passesSolved,
        seconds: Math.round((Date.now() - startedAt) / 100) / 10,
        checks,
        checksUnsolved,
        ...(answer !== undefined ? { answer } : {}),
        problems,
        cases: [],
      };
      outcomes.push(outcome);
      emit({ kind: 'exercise', outcome });
    }

    await terminal.close();
    emit({ kind: 'cleaning' });
    const cleanUp = await applyCleanUp(before, () => readDaemonState(found.endpoint), dockerEnv);
    emit({ kind: 'cleaned', cleanUp, afterError: false });

    // Every case from the same clean daemon: the reference run's objects are gone, so names are free again.
    const withCases = outcomes.filter((outcome) => outcome.skipped === undefined && (solutionOf(outcome)?.cases.length ?? 0) > 0);
    emit({ kind: 'cases', count: withCases.reduce((sum, outcome) => sum + solutionOf(outcome)!.cases.length, 0) });
    for (const outcome of withCases) {
      const exercise = exercises[outcome.number - 1];
      for (const solutionCase of solutions.get(exercise)!.cases) {
        if (interrupted) break;
        const caseOutcome = await runCase(runner, exercise, solutionCase);
        outcome.cases.push(caseOutcome);
        emit({ kind: 'case', outcome: caseOutcome });
      }
    }
    cleanUp.kept.push(...casesKept);
    before = undefined;
    return {
      track: session.track.id,
      engine,
      ...(options.registry ? { registry: options.registry } : {}),
      exercises: outcomes,
      passed: !interrupted && outcomes.length > 0 && !outcomes.some(isMiss),
      interrupted,
      cleanUp,
    };
  } finally {
    await terminal.close();
    // On an error the daemon is still put back; the error itself is what the user sees.
    if (before) {
      const state = before;
      const found = await connectEngine(options.globals.host).catch(() => undefined);
      const cleanUp = found
        ? await applyCleanUp(state, () => readDaemonState(found.found.endpoint), dockerEnvFor(found.found)).catch((error: unknown) => ({
            removed: [],
            kept: [say.cleanUpFailed(error instanceof Error ? error.message : String(error))],
          }))
        : { removed: [], kept: [say.cleanUpUnreachable] };
      emit({ kind: 'cleaned', cleanUp, afterError: true });
    }
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    try {
      rmSync(home, { recursive: true, force: true });
    } catch (error) {
      // E.g. files a container wrote as root into a bind-mounted folder.
      console.error(say.temporaryFolderKept(home, (error as Error).message));
    }
  }
}
