/**
 * `docker-kata watch`: the current exercise stays on screen while the learner works in another terminal. Watch
 * follows the daemon's event stream and verifies soon after Docker reports a change (plus every 10 s, for what
 * events do not show); a pass is recorded and the next exercise shown. Keys: h hint, l list, n next, r check
 * now, q quit. Without a terminal it writes plain lines instead. It only reads the daemon, like verify: the one
 * thing it writes is the progress file and the event journal, both in the state folder.
 */
import chalk from 'chalk';
import { mkdirSync, watch as watchFolder, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { checkExercise, describeResult, type Verification } from '../cli/verify.js';
import { exercisePage } from '../cli/show.js';
import { connectEngine, type ConnectedEngine } from '../engine/connect-reader.js';
import { eventChecksOf, journalFile, journalSelection, JournalWriter } from '../engine/journal.js';
import { baseAction, dockerEventOf } from '../engine/wire.js';
import type { EngineEvent } from '../engine/reader.js';
import { describeFailure } from '../failure.js';
import { isPassed, nextPending, passedCount } from '../progress/navigation.js';
import { loadState } from '../progress/state.js';
import type { Session } from '../session.js';
import type { Exercise } from '../track/load.js';
import { textOf } from '../track/text.js';
import { messages } from '../ui/messages.js';
import { progressBar, renderMarkdown } from '../ui/render.js';
import { followEvents, type FeedHandlers } from './feed.js';
import { Rechecker } from './recheck.js';
import { composeScreen, frame, terminalCodes } from './screen.js';
import { watchWords } from './words.js';
import { dateAndClock } from '../ui/time.js';

export interface WatchSettings {
  hostFlag?: string;
  input?: NodeJS.ReadStream;
  output?: NodeJS.WriteStream;
  /** Full screen with single keys; default: when both stdin and stdout are terminals. */
  interactive?: boolean;
  /** Quiet time after an event before verifying. */
  debounceMs?: number;
  /** Verify this often anyway, for what events do not show (a file written inside a container, logs). */
  periodicMs?: number;
}

/** Events that never call for a new verification: docker-kata's own archive reads make `archive-path`. */
const ignoredActions = new Set(['archive-path', 'top', 'health_status']);

/** Exit codes: q and the end of input 0; Ctrl-C (SIGINT) 130, SIGTERM 143, SIGHUP 129, as shells report signals. */
const signalCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Runs watch until the learner quits; resolves with the exit code. */
export async function runWatch(session: Session, settings: WatchSettings = {}): Promise<number> {
  const input = settings.input ?? process.stdin;
  const output = settings.output ?? process.stdout;
  const interactive = settings.interactive ?? Boolean(input.isTTY && output.isTTY);
  const periodicMs = settings.periodicMs ?? 10_000;

  // No daemon at all when watch starts: the same message and exit code as verify (a wrong --host must not spin).
  let engine: ConnectedEngine = await connectEngine(settings.hostFlag);
  const address = () => engine.found.candidate.url;
  const { track } = session;
  const wanted = journalSelection(eventChecksOf(track.exercises.flatMap((exercise) => exercise.definition.checks)));
  const journalPath = journalFile();
  let journal: JournalWriter | undefined;
  let journalBroken = false;

  const view = {
    connection: 'connecting' as 'connecting' | 'connected' | 'gone',
    checking: false,
    /** The exercise on screen, and whether it was passed when it was put there. */
    shownId: '',
    shownPassed: false,
    verdict: undefined as Verification | undefined,
    /** The last verdict written in plain mode, to write only changes. */
    printedVerdict: '',
    banner: [] as string[],
    hints: 0,
    list: false,
    notice: '',
  };
  let stopped = false;
  const stop = new AbortController();
  let stream: Readable | undefined;
  let periodic: NodeJS.Timeout | undefined;
  let stateTimer: NodeJS.Timeout | undefined;
  let folderWatcher: FSWatcher | undefined;
  let finish!: (code: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));

  const plain = (text: string) => {
    if (!interactive && !stopped) output.write(`${text}\n`);
  };
  const allDone = () => passedCount(track, session.progress) === track.exercises.length;
  const reload = () => {
    const { state } = loadState(session.stateFile);
    session.progress = state.tracks[track.id] ?? { exercises: {} };
  };

  /** The exercise page without its last lines about verify and hint: watch checks by itself, and h shows hints. */
  const pageOf = (exercise: Exercise): string[] => {
    const lines = exercisePage(session, exercise).split('\n');
    lines.pop();
    if (!exercise.definition.checks.some((check) => check.kind === 'answer')) {
      lines.pop();
      lines.push(chalk.yellow(messages.watchHowTo));
    }
    return lines;
  };
  const finalLines = () => [
    chalk.dim(progressBar(passedCount(track, session.progress), track.exercises.length)),
    '',
    ...renderMarkdown(textOf(track.final) || messages.allDone).split('\n'),
  ];
  const passedLines = (title: string, verification?: Verification): string[] => {
    const lines = [chalk.green.bold(messages.passed(title)), ...(verification?.results.map(describeResult) ?? [])];
    const success = verification && textOf(verification.exercise.definition.success);
    if (success) lines.push('', renderMarkdown(success));
    return lines.join('\n').split('\n');
  };
  const verdictKey = (verification: Verification) =>
    `${verification.exercise.id} ${JSON.stringify(verification.results.map((result) => [result.passed, result.observed]))}`;

  /** Puts the current exercise on screen when it is not there yet (after a pass, a goto or answer elsewhere). */
  const syncExercise = (): boolean => {
    const exercise = session.current;
    if (exercise.id === view.shownId) return false;
    const previous = track.exercises.find((candidate) => candidate.id === view.shownId);
    // Passed in another terminal (`docker-kata answer`, `verify`): say so here too.
    if (previous && !view.shownPassed && isPassed(session.progress, previous)) {
      const lines = passedLines(textOf(previous.definition.title));
      if (interactive) view.banner = [...lines, '', `${chalk.bold(messages.nextUp)}  ${chalk.dim(messages.watchHideBanner)}`];
      plain(lines.join('\n'));
    }
    view.shownId = exercise.id;
    view.shownPassed = isPassed(session.progress, exercise);
    view.verdict = undefined;
    view.printedVerdict = '';
    view.hints = 0;
    view.list = false;
    if (allDone()) {
      plain(`\n${finalLines().join('\n')}`);
      return true;
    }
    session.markSeen(exercise);
    plain(`\n${pageOf(exercise).join('\n')}\n${chalk.dim(messages.watchLineKeys)}`);
    return true;
  };

  const hintLines = (exercise: Exercise, shown: number): string[] => {
    const hints = exercise.definition.hints;
    const lines = hints.slice(0, shown).flatMap((hint, index) => {
      const text = `${chalk.bold(messages.hintHeading(index + 1, hints.length))}\n${renderMarkdown(textOf(hint))}`;
      return (index < shown - 1 ? chalk.dim(text) : text).split('\n');
    });
    lines.push(chalk.dim(shown === hints.length ? messages.lastHint : messages.hintsAvailable(hints.length - shown)));
    return lines;
  };

  const listLines = (): { lines: string[]; focus: number } => {
    const current = session.current;
    const lines: string[] = [];
    let focus = 0;
    let module = '';
    for (const exercise of track.exercises) {
      const moduleTitle = textOf(exercise.module.title);
      if (moduleTitle !== module) {
        module = moduleTitle;
        lines.push(chalk.bold(module));
      }
      const done = isPassed(session.progress, exercise);
      const mark = done ? chalk.green('✓') : exercise === current ? chalk.yellow('▶') : ' ';
      const line = `${mark} ${String(exercise.number).padStart(2)}  ${textOf(exercise.definition.title)}`;
      if (exercise === current) focus = lines.length;
      lines.push(exercise === current ? chalk.yellow(line) : done ? line : chalk.dim(line));
    }
    lines.push('', progressBar(passedCount(track, session.progress), track.exercises.length), chalk.dim(messages.watchListClose));
    return { lines, focus };
  };

  const verdictLines = (): string[] => {
    const checking = view.checking ? `  ${chalk.dim(messages.watchChecking)}` : '';
    if (allDone()) return checking ? [checking.trim()] : [];
    const verdict = view.verdict;
    if (!verdict || verdict.exercise.id !== session.current.id) return [chalk.dim(messages.watchWaiting) + checking];
    const title = textOf(verdict.exercise.definition.title);
    const lines = [(verdict.passed ? chalk.green.bold(messages.passed(title)) : chalk.red.bold(messages.notYet(title))) + checking];
    lines.push(...verdict.results.map(describeResult).join('\n').split('\n'));
    if (!verdict.passed && verdict.passedBefore) lines.push(chalk.dim(messages.stillPassed(dateAndClock(verdict.passedBefore))));
    return lines;
  };

  const draw = () => {
    if (!interactive || stopped) return;
    const badge =
      view.connection === 'connected'
        ? chalk.green(`● ${messages.watchConnected}`)
        : view.connection === 'gone'
          ? chalk.red(`✗ ${messages.watchAway}`)
          : chalk.yellow('…');
    const list = view.list ? listLines() : undefined;
    const exercise = session.current;
    const lines = composeScreen(
      {
        status: `${chalk.bold(messages.watchStatus(address()))}  ${badge}`,
        banner: view.banner,
        main: list ? list.lines : allDone() ? finalLines() : pageOf(exercise),
        mainFocus: list?.focus,
        verdict: verdictLines(),
        panel: view.hints && !allDone() ? hintLines(exercise, view.hints) : [],
        notice: view.notice ? view.notice.split('\n').map((line) => chalk.yellow(line)) : [],
        legend: chalk.dim(messages.watchKeys),
      },
      output.rows || 24,
      output.columns || 80,
    );
    output.write(frame(lines));
  };

  const schedulePeriodic = () => {
    clearTimeout(periodic);
    if (!stopped && view.connection === 'connected') periodic = setTimeout(() => recheck.now(), periodicMs);
  };

  const verifyNow = async (): Promise<void> => {
    if (stopped || view.connection !== 'connected') return;
    try {
      reload();
      syncExercise();
      if (allDone()) return;
      const exercise = session.current;
      view.checking = true;
      draw();
      const verification = await checkExercise(session, exercise, engine, engine.freshReader());
      if (stopped) return;
      if (view.notice.startsWith(messages.watchCheckFailed(''))) view.notice = '';
      if (verification.passed) {
        const lines = passedLines(textOf(exercise.definition.title), verification);
        plain(lines.join('\n'));
        view.shownPassed = true; // passed here: no second banner from syncExercise
        view.banner = interactive
          ? [...lines, '', verification.next ? `${chalk.bold(messages.nextUp)}  ${chalk.dim(messages.watchHideBanner)}` : chalk.dim(messages.watchHideBanner)]
          : [];
        if (session.current.id === exercise.id) {
          // Passed again (an exercise already done, or the last one): it stays on screen with its verdict.
          view.verdict = verification;
          view.printedVerdict = verdictKey(verification);
        }
        if (!verification.next) plain(`\n${finalLines().join('\n')}`);
        syncExercise();
      } else if (session.current.id === exercise.id) {
        view.verdict = verification;
        const key = verdictKey(verification);
        if (key !== view.printedVerdict) {
          view.printedVerdict = key;
          plain([chalk.red.bold(messages.notYet(textOf(exercise.definition.title))), ...verification.results.map(describeResult)].join('\n'));
        }
      }
    } catch (error) {
      if (stopped) return;
      const failure = describeFailure(error);
      if (view.connection === 'connected') {
        const notice = messages.watchCheckFailed(failure.message);
        if (notice !== view.notice) plain(notice);
        view.notice = notice;
      }
      // A lost connection: end the stream, so the feed says so and connects again.
      if (isConnectionLoss(error)) stream?.destroy();
    } finally {
      view.checking = false;
      draw();
      schedulePeriodic();
    }
  };
  const recheck = new Rechecker(verifyNow, settings.debounceMs ?? 100, 1000);

  let firstOpen = true;
  const handlers: FeedHandlers = {
    async open(signal) {
      if (!firstOpen) engine = await connectEngine(settings.hostFlag);
      firstOpen = false;
      const daemon = await engine.freshReader().engineId();
      openJournal(daemon);
      // Resume where the journal ends (events missed while away), else from the start of the current exercise;
      // never later than a few seconds ago, so the daemon's clock being a little behind loses nothing.
      const started = session.progress.exercises[session.current.id]?.startedAt;
      const resumeMs = journal?.newestTimeNano ? journal.newestTimeNano / 1e6 : started ? Date.parse(started) + engine.found.clockOffsetMs : undefined;
      const since = resumeMs === undefined ? undefined : Math.min(resumeMs, Date.now() + engine.found.clockOffsetMs - 5000) / 1000;
      const { dockerFor } = await import('../engine/dockerode-reader.js');
      const docker = dockerFor(engine.found.endpoint);
      // The 15 s request time-out is for reads; a live stream may be quiet for hours.
      (docker.modem as { timeout?: number }).timeout = undefined;
      stream = (await docker.getEvents({ ...(since ? { since } : {}), abortSignal: signal })) as unknown as Readable;
      return stream;
    },
    onConnected(again) {
      view.connection = 'connected';
      if (again) {
        view.notice = messages.daemonBack(address());
        plain(view.notice);
      }
      draw();
      recheck.now();
    },
    onEvent(streamed: EngineEvent) {
      // The journal keeps Docker's names for what happened, whichever engine said it.
      const event = engine.found.podmanVersion === undefined ? streamed : dockerEventOf(streamed);
      if (journal) {
        try {
          journal.append(event);
        } catch (error) {
          journal = undefined;
          journalProblem(error);
        }
      }
      if (!ignoredActions.has(baseAction(event.Action ?? ''))) recheck.soon();
    },
    onGone(reason, retryInMs) {
      view.connection = 'gone';
      clearTimeout(periodic);
      view.notice = messages.daemonGone(reason, String(retryInMs / 1000));
      plain(view.notice);
      draw();
    },
  };
  const openJournal = (daemon: string) => {
    if (journalBroken) return;
    try {
      journal = new JournalWriter(journalPath, daemon, wanted);
    } catch (error) {
      journal = undefined;
      journalProblem(error);
    }
  };
  const journalProblem = (error: unknown) => {
    journalBroken = true;
    view.notice = watchWords.journalBroken(journalPath, (error as Error).message);
    plain(view.notice);
    draw();
  };

  // Progress changed by another docker-kata (goto, reset, hint, answer): show it, and check a new answer.
  const onStateChange = () => {
    if (stopped) return;
    try {
      const before = session.progress.exercises[session.current.id]?.answer;
      const id = session.current.id;
      reload();
      const changed = syncExercise();
      if (!changed && session.current.id === id && session.progress.exercises[id]?.answer !== before) recheck.soon();
      draw();
    } catch {
      // an unreadable progress file is reported by the next verification
    }
  };

  const quit = (code: number) => {
    if (stopped) return;
    stopped = true;
    stop.abort();
    recheck.stop();
    clearTimeout(periodic);
    clearTimeout(stateTimer);
    folderWatcher?.close();
    for (const [signal, handler] of signalHandlers) process.off(signal, handler);
    input.off('data', onData);
    input.off('end', onEnd);
    restoreTerminal();
    input.pause();
    output.write(`${messages.watchSaved(passedCount(track, session.progress), track.exercises.length)}\n`);
    finish(code);
  };

  const onKey = (key: string) => {
    if (stopped) return;
    try {
      switch (key) {
        case 'h':
          return showHint();
        case 'l':
          return toggleList();
        case 'n':
          return moveOn();
        case 'r':
          // While the daemon is away the notice says so, and the reconnection checks at once.
          if (view.connection !== 'connected') return;
          view.notice = '';
          recheck.now();
          return draw();
        case 'q':
        case '\u0004': // Ctrl-D
          return quit(0);
        case '\u0003': // Ctrl-C, which raw mode delivers as a key
          return quit(signalCodes.SIGINT);
        case '\u001b': // Escape closes what h and l opened
          view.list = false;
          view.hints = 0;
          return draw();
      }
    } catch (error) {
      view.notice = describeFailure(error).message;
      plain(view.notice);
      draw();
    }
  };
  const showHint = () => {
    reload();
    syncExercise();
    if (allDone()) return;
    const exercise = session.current;
    const shown = Math.min(exercise.definition.hints.length, (session.progress.exercises[exercise.id]?.hintsShown ?? 0) + 1);
    session.update((progress) => {
      progress.exercises[exercise.id] = { ...progress.exercises[exercise.id], hintsShown: shown };
    });
    view.hints = shown;
    view.list = false;
    plain(hintLines(exercise, shown).join('\n'));
    draw();
  };
  const toggleList = () => {
    reload();
    syncExercise();
    view.list = interactive && !view.list;
    if (!interactive) plain(listLines().lines.slice(0, -1).join('\n'));
    draw();
  };
  const moveOn = () => {
    reload();
    syncExercise();
    if (view.banner.length) {
      view.banner = [];
      return draw();
    }
    const exercise = session.current;
    const next = isPassed(session.progress, exercise) ? nextPending(track, session.progress, exercise) : undefined;
    if (!isPassed(session.progress, exercise)) view.notice = messages.watchNotPassed(exercise.number);
    else if (!next) view.notice = messages.allDone;
    else {
      session.update((progress) => {
        progress.current = next.id;
      });
      view.notice = '';
      syncExercise();
      return draw();
    }
    plain(view.notice);
    draw();
  };

  const onData = (chunk: string | Buffer) => {
    const text = chunk.toString();
    if (interactive) {
      // An escape sequence (arrow keys, a mouse wheel) is one chunk: ignore it whole.
      if (text.startsWith('\u001b') && text.length > 1) return;
      for (const key of text) onKey(key);
    } else {
      for (const line of text.split('\n')) if (line.trim()) onKey(line.trim()[0].toLowerCase());
    }
  };
  const onEnd = () => quit(0);
  const signalHandlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((signal) => [signal, () => quit(signalCodes[signal])] as const);

  let terminalTaken = false;
  const restoreTerminal = () => {
    if (!terminalTaken) return;
    terminalTaken = false;
    if (input.isTTY) input.setRawMode(false);
    output.write(terminalCodes.leave);
  };
  // Whatever ends the process (an error, process.exit), the learner's terminal comes back as it was.
  const restoreOnExit = () => restoreTerminal();
  process.on('exit', restoreOnExit);

  try {
    for (const [signal, handler] of signalHandlers) process.on(signal, handler);
    if (interactive) {
      terminalTaken = true;
      output.write(terminalCodes.enter);
      input.setRawMode(true);
      output.on('resize', draw);
    }
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();

    const welcome = Object.keys(session.progress.exercises).length === 0 && track.welcome;
    if (welcome) {
      const lines = renderMarkdown(textOf(track.welcome)).split('\n');
      if (interactive) view.banner = [...lines, '', chalk.dim(messages.watchHideBanner)];
      plain(lines.join('\n'));
    }
    syncExercise();
    view.notice = '';
    draw();

    try {
      mkdirSync(dirname(session.stateFile), { recursive: true });
      folderWatcher = watchFolder(dirname(session.stateFile), (_event, name) => {
        if (name !== null && name !== 'state.json') return;
        clearTimeout(stateTimer);
        stateTimer = setTimeout(onStateChange, 50);
      });
      folderWatcher.on('error', () => folderWatcher?.close());
    } catch {
      // no file watching here (inotify limits): the periodic check still notices changes
    }

    const following = followEvents(handlers, stop.signal);
    const code = await finished;
    await following.catch(() => undefined);
    return code;
  } finally {
    output.off('resize', draw);
    restoreTerminal();
    process.off('exit', restoreOnExit);
    if (!stopped) quit(1);
  }
}

/** Errors that mean the daemon cannot be reached any more (rather than a check's own trouble). */
function isConnectionLoss(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOENT', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'].includes(code);
}
