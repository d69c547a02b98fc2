/**
 * A real terminal, typed into as a learner types: a tmux session on its own tmux server (`tmux -L <unique>`, so
 * the user's own tmux sessions and ~/.tmux.conf are never involved), with a shell whose prompt it sets itself.
 *
 * Each typed line (or pressed key) waits, bounded by time and by a number of polls, until the terminal shows a
 * prompt again on a later line: the host shell's, a container shell's (`root@<host>:<dir># `), busybox or
 * alpine's (`/ # `), or Python's (`>>> `).
 *
 * Used by `docker-kata dev check` and by the end-to-end tests: one implementation. Only node:child_process, since
 * it ships in the package.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { UsageError } from '../errors.js';

/** The host shell's prompt in the terminal. */
export const hostPrompt = 'learner$ ';

/**
 * A prompt at the cursor, i.e. at the end of the text before it: the host shell's, `root@<host>:<dir># `
 * (ubuntu-like images), `<dir> # ` (busybox, alpine: `/ # `), `>>> ` (Python).
 */
const promptAtEnd = /(?:learner\$ |root@[\w.-]+:[^\s#]*[#$] |(?:^|\s)[~/][^\s#]* # |^>>> )$/;

export function isPrompt(textBeforeCursor: string): boolean {
  return promptAtEnd.test(textBeforeCursor);
}

const pollMs = 100;

/** The installed tmux, or a UsageError saying how to get it. */
export function requireTmux(): void {
  const probe = spawnSync('tmux', ['-V'], { encoding: 'utf8', timeout: 10_000 });
  if (probe.error || probe.status !== 0) {
    throw new UsageError(
      'docker-kata dev check needs tmux: it types each solution into a real terminal, and tmux provides one.\n' +
        `(${probe.error ? `tmux: ${(probe.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found on PATH' : probe.error.message}` : `tmux -V: ${probe.stderr.trim()}`})\n` +
        'Install it (Debian/Ubuntu: `sudo apt-get install tmux`; macOS: `brew install tmux`), then run dev check again.',
    );
  }
}

/** Where the cursor is: `line` counts from the first line of the scroll-back, so it only grows. */
interface Cursor {
  line: number;
  column: number;
  historySize: number;
  row: number;
}

export class TerminalTimeout extends Error {}

export class Terminal {
  private readonly server = `docker-kata-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  private readonly session = 'learner';
  private configDir?: string;
  private socketPath?: string;
  private started = false;

  /** Starts the shell, with these variables set in it (in folder `cwd`, else the current one), and waits for its first prompt. */
  async start(env: Record<string, string> = {}, options: { cwd?: string } = {}): Promise<void> {
    requireTmux();
    this.configDir = mkdtempSync(join(tmpdir(), 'docker-kata-tmux-'));
    const config = join(this.configDir, 'tmux.conf');
    // A long scroll-back: output since a moment is read from it. No status line: the pane is the whole window.
    writeFileSync(config, 'set-option -g history-limit 500000\nset-option -g status off\n');
    const variables = { PS1: hostPrompt, ENV: '', ...env };
    const command = `env ${Object.entries(variables)
      .map(([key, value]) => `${key}=${shellQuote(value)}`)
      .join(' ')} sh`;
    const folder = options.cwd ? ['-c', options.cwd] : [];
    await this.tmux(['-f', config, 'new-session', '-d', '-s', this.session, '-x', '160', '-y', '50', ...folder, command]);
    this.started = true;
    this.socketPath = (await this.tmux(['display-message', '-p', '#{socket_path}'])).trim() || undefined;
    await this.waitForPrompt(-1, 30_000);
  }

  /** Whether the terminal is still there (a C-d at the host prompt ends its shell, and with it the session). */
  async alive(): Promise<boolean> {
    if (!this.started) return false;
    try {
      await this.tmux(['has-session', '-t', this.session]);
      return true;
    } catch {
      return false;
    }
  }

  /** Types one line and presses Enter, then waits for the next prompt. Returns the screen. */
  async type(line: string, timeoutMs = 90_000): Promise<string> {
    const before = await this.cursor();
    await this.tmux(['send-keys', '-t', this.session, '-l', line]);
    await this.tmux(['send-keys', '-t', this.session, 'Enter']);
    await this.waitForPrompt(before.line, timeoutMs, `after typing \`${line}\``);
    return this.screen();
  }

  /** Types one line and presses Enter without waiting for a prompt (a program that shows none): waits a moment. */
  async typeAndGoOn(line: string, settleMs = 2_000): Promise<string> {
    await this.tmux(['send-keys', '-t', this.session, '-l', line]);
    await this.tmux(['send-keys', '-t', this.session, 'Enter']);
    await delay(settleMs);
    return this.screen();
  }

  /**
   * Presses a key such as C-d (or several: "C-p C-q"), then waits for the next prompt. Returns the screen. The new
   * prompt may stand on the same line (detaching with C-p C-q prints none of its own): any prompt but the one
   * the cursor was at counts.
   */
  async key(key: string, timeoutMs = 90_000): Promise<string> {
    const before = await this.cursor();
    await this.tmux(['send-keys', '-t', this.session, ...key.split(/\s+/)]);
    await this.waitForPrompt(before.line - 1, timeoutMs, `after pressing ${key}`, `${before.line} ${before.column}`);
    return this.screen();
  }

  /** Presses a key without waiting for anything (e.g. C-c to get out of a stuck command). */
  async press(key: string): Promise<void> {
    await this.tmux(['send-keys', '-t', this.session, key]);
  }

  /** A moment in the terminal's output, for outputSince(). */
  async mark(): Promise<number> {
    return (await this.cursor()).line;
  }

  /** What the terminal showed from the line of a mark on (wrapped lines joined). */
  async outputSince(mark: number): Promise<string> {
    const cursor = await this.cursor();
    return trimScreen(await this.tmux(['capture-pane', '-p', '-J', '-S', String(mark - cursor.historySize), '-E', String(cursor.row), '-t', this.session]));
  }

  /** Everything on screen and in the scroll-back, as the learner sees it. */
  async screen(): Promise<string> {
    return trimScreen(await this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', this.session]));
  }

  /** Ends the tmux server, and with it the shell and whatever runs in it. Safe to call more than once. */
  async close(): Promise<void> {
    if (this.started) await this.tmux(['kill-server']).catch(() => undefined);
    this.started = false;
    // tmux leaves its socket file behind after kill-server.
    if (this.socketPath) rmSync(this.socketPath, { force: true });
    this.socketPath = undefined;
    if (this.configDir) rmSync(this.configDir, { recursive: true, force: true });
    this.configDir = undefined;
  }

  private async cursor(): Promise<Cursor> {
    const [historySize, row, column] = (await this.tmux(['display-message', '-p', '-t', this.session, '#{history_size} #{cursor_y} #{cursor_x}']))
      .trim()
      .split(' ')
      .map(Number);
    return { line: historySize + row, column, historySize, row };
  }

  /**
   * Waits until the cursor stands after a prompt on a line later than `afterLine`, the same on two polls in a row
   * (so a prompt-like line in passing output does not count).
   */
  private async waitForPrompt(afterLine: number, timeoutMs: number, what = 'after starting', notAt?: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const maxPolls = Math.ceil(timeoutMs / pollMs) + 10;
    let previous = '';
    for (let poll = 0; poll < maxPolls && Date.now() < deadline; poll++) {
      const cursor = await this.cursor();
      if (cursor.line > afterLine && `${cursor.line} ${cursor.column}` !== notAt) {
        const row = await this.tmux(['capture-pane', '-p', '-N', '-S', String(cursor.row), '-E', String(cursor.row), '-t', this.session]);
        const beforeCursor = row.replace(/\n$/, '').slice(0, cursor.column);
        const state = `${cursor.line} ${cursor.column} ${beforeCursor}`;
        if (isPrompt(beforeCursor)) {
          if (state === previous) return;
          previous = state;
        } else previous = '';
      }
      await delay(pollMs);
    }
    throw new TerminalTimeout(
      `the terminal showed no new prompt within ${Math.round(timeoutMs / 1000)} s ${what}; its last lines:\n` +
        (await this.screen().catch(() => '(the terminal is gone)')).split('\n').slice(-15).join('\n'),
    );
  }

  private tmux(args: string[]): Promise<string> {
    const env = { ...process.env };
    delete env.TMUX; // run from inside tmux too: this is our own server, not the user's
    return new Promise((resolve, reject) => {
      execFile('tmux', ['-L', this.server, ...args], { env, timeout: 10_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`tmux ${args[0] === '-f' ? args[2] : args[0]} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      });
    });
  }
}

/** Trailing blank lines and spaces removed. */
const trimScreen = (screen: string) =>
  screen
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');

/** A value in single quotes for sh. */
export const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
