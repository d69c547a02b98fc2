/**
 * `docker-kata watch` as a learner uses it: in a real terminal (tmux) while the real docker CLI does the task, and
 * with plain pipes; through a daemon that goes away and comes back (a proxy on a unix socket, stopped and started
 * again: the machine's own dockerd is never restarted); and the event journal, which keeps a `docker exec` in
 * sight for verify after the daemon's own 256-event memory has rolled over.
 *
 * Every container made here carries the label docker-kata.e2e-watch=<this process> and only those are removed:
 * other work on the same daemon is left alone.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { docker, kata, learnerHomes, repoRoot, requireDocker, Terminal } from './support/kata.js';
import { recordingProxy } from './support/proxy.js';

const bin = join(repoRoot, 'bin', 'docker-kata.js');
const label = `docker-kata.e2e-watch=${process.pid}`;

/** Polls until `read()` gives something `done` accepts; fails with the last thing read. */
async function eventually<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  do {
    last = await read();
    if (done(last)) return last;
    await delay(100);
  } while (Date.now() < deadline);
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s; last seen:\n${String(last)}`);
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** `docker-kata watch` with pipes, not a terminal: plain line output. */
function watchWithPipes(home: string, args: string[] = []): { child: ChildProcessWithoutNullStreams; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [bin, ...args, 'watch'], {
    env: { ...process.env, DOCKER_KATA_HOME: home, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk) => (text += chunk));
  child.stderr.on('data', (chunk) => (text += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exit };
}

const runUbuntu = () => docker('run', '-itd', '--label', label, 'ubuntu');
const progressOf = (home: string, track = 'docker-basics') => JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).tracks[track];


describe('docker-kata watch', () => {
  const newLearner = learnerHomes();
  const folders: string[] = [];
  const children: ChildProcessWithoutNullStreams[] = [];

  const removeOurContainers = async () => {
    const ours = (await docker('ps', '-aq', '--filter', `label=${label}`)).split('\n').filter(Boolean);
    if (ours.length) await docker('rm', '-f', ...ours);
  };

  beforeAll(async () => {
    await requireDocker();
  });
  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    await removeOurContainers();
  });
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('in a terminal (a bare docker-kata): shows the pass and the next exercise, a hint, the list, and quits with progress saved', async () => {
    const home = newLearner();
    const terminal = new Terminal();
    try {
      await terminal.start({ DOCKER_KATA_HOME: home, PATH: process.env.PATH ?? '' });
      // A bare `docker-kata` in a terminal is watch.
      await terminal.press(`node ${bin}`);
      await terminal.press('Enter');
      await eventually(() => terminal.screen(), (screen) => screen.includes('Exercise 1 of') && screen.includes('h hint · l list'), 'the first exercise on screen');
      await eventually(() => terminal.screen(), (screen) => screen.includes('✗ Not yet: Start a container from an image'), 'the first verdict');

      await runUbuntu();
      const passed = await eventually(
        () => terminal.screen(),
        (screen) => screen.includes('✓ Passed: Start a container from an image') && screen.includes('Exercise 2 of'),
        'the pass and the next exercise',
      );
      expect(passed).toContain('An isolated filesystem');
      expect(passed).toMatch(/Progress: \[#>-+\] 1\/\d+/);

      await terminal.press('h');
      await eventually(() => terminal.screen(), (screen) => screen.includes('Hint 1 of 2'), 'a hint');
      await terminal.press('l');
      const list = await eventually(() => terminal.screen(), (screen) => /✓\s+1\s+Start a container from an image/.test(screen), 'the list');
      expect(list).toMatch(/▶\s+2\s+An isolated filesystem/);
      await terminal.press('l');
      await terminal.press('q');
      // The learner's own screen is back, with the shell's prompt after the last words.
      const after = await eventually(
        () => terminal.screen(),
        (screen) => screen.includes('Progress saved: 1 of') && screen.trimEnd().endsWith('learner$'),
        'the way out',
      );
      expect(after).not.toContain('h hint · l list');

      // Again, and out with Ctrl-C this time: exit code 130, progress kept.
      await terminal.press(`node ${bin} watch`);
      await terminal.press('Enter');
      await eventually(() => terminal.screen(), (screen) => screen.includes('Exercise 2 of') && screen.includes('h hint · l list'), 'watch again');
      await terminal.press('C-c');
      await eventually(() => terminal.screen(), (screen) => screen.split('Progress saved: 1 of').length === 3 && screen.trimEnd().endsWith('learner$'), 'the way out with Ctrl-C');
      expect(await terminal.type('echo "exit code $?"')).toContain('exit code 130');
    } finally {
      await terminal.close();
    }
    const progress = progressOf(home);
    expect(progress.exercises['run-ubuntu'].passedAt).toBeTruthy();
    expect(progress.current).toBe('isolated-filesystem');
    expect(progress.exercises['isolated-filesystem']).toMatchObject({ hintsShown: 1 });
  });

  it('without a terminal: writes plain lines, takes keys as lines, and exits 130 on SIGINT with progress saved', async () => {
    const home = newLearner();
    const watch = watchWithPipes(home);
    children.push(watch.child);
    await eventually(watch.output, (text) => text.includes('✗ Not yet: Start a container from an image'), 'the first verdict');
    expect(watch.output()).toContain('Exercise 1 of');
    expect(watch.output()).not.toMatch(/\x1b\[/); // no screen control, no colours

    await runUbuntu();
    await eventually(watch.output, (text) => text.includes('✓ Passed: Start a container from an image') && text.includes('Exercise 2 of'), 'the pass line');
    watch.child.stdin.write('h\n');
    await eventually(watch.output, (text) => text.includes('Hint 1 of 2'), 'a hint');

    watch.child.kill('SIGINT');
    expect(await watch.exit).toBe(130);
    expect(watch.output()).toContain('Progress saved: 1 of');
    const progress = progressOf(home);
    expect(progress.exercises['run-ubuntu'].passedAt).toBeTruthy();
    expect(progress.current).toBe('isolated-filesystem');
  });

  it('says when the daemon goes away, reconnects when it is back, and still verifies, reading only', async () => {
    const proxy = await recordingProxy();
    try {
      const home = newLearner();
      const watch = watchWithPipes(home, ['--host', proxy.host]);
      children.push(watch.child);
      await eventually(watch.output, (text) => text.includes('✗ Not yet: Start a container from an image'), 'the first verdict');

      await proxy.stop();
      await eventually(watch.output, (text) => /The Docker daemon went away \(.+\)\. Reconnecting in [\d.]+ s…/.test(text), 'the daemon gone');
      // Away for a while: more attempts fail, each waiting longer.
      await eventually(watch.output, (text) => text.match(/The Docker daemon went away/g)!.length >= 3, 'attempts with back-off', 15_000);
      expect(watch.output()).toMatch(/Reconnecting in 0\.5 s…[\s\S]*Reconnecting in 1 s…[\s\S]*Reconnecting in 2 s…/);

      await proxy.start();
      await eventually(watch.output, (text) => text.includes(`Reconnected to the Docker daemon at ${proxy.host}.`), 'the reconnection', 15_000);
      await runUbuntu();
      await eventually(watch.output, (text) => text.includes('✓ Passed: Start a container from an image'), 'a pass after the reconnection');

      watch.child.stdin.end('q\n');
      expect(await watch.exit).toBe(0);
      expect(progressOf(home).exercises['run-ubuntu'].passedAt).toBeTruthy();
      expect(proxy.requests.some((line) => line.startsWith('GET /') && line.includes('/events'))).toBe(true);
      expect(proxy.requests.filter((line) => !/^(GET|HEAD) /.test(line))).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it("keeps a docker exec in its journal, so verify sees it after the daemon's 256 events rolled over", async () => {
    // A track of one exercise: a `docker exec` in a container carrying this test's label.
    const trackDir = mkdtempSync(join(tmpdir(), 'docker-kata-watch-track-'));
    folders.push(trackDir);
    writeFileSync(join(trackDir, 'track.yaml'), 'format: 1\nid: watch-journal\nname: Journal\n');
    mkdirSync(join(trackDir, '01-exec'));
    const [labelKey, labelValue] = label.split('=');
    writeFileSync(
      join(trackDir, '01-exec', '01-exec-once.yaml'),
      [
        'format: 1',
        'id: exec-once',
        'title: A docker exec',
        'instructions: Run `docker exec` in the container.',
        'hints: [Use docker exec., Run docker exec <name> true.]',
        'checks:',
        '  - kind: event',
        '    actions: [exec_start]',
        '    actor:',
        `      label: { ${labelKey}: "${labelValue}" }`,
        '',
      ].join('\n'),
    );
    const home = newLearner();
    const container = (await runUbuntu()).trim();
    const watch = watchWithPipes(home, ['--track', trackDir]);
    children.push(watch.child);
    await eventually(watch.output, (text) => text.includes('✗ Not yet: A docker exec'), 'the first verdict');

    const execAt = new Date();
    await docker('exec', container, 'true');
    await eventually(watch.output, (text) => text.includes('✓ Passed: A docker exec'), 'the pass');

    // More than 256 other events: containers created, then removed (one create and one destroy event each).
    const made: string[] = [];
    for (let round = 0; round < 15; round++) {
      made.push(...(await Promise.all(Array.from({ length: 10 }, () => docker('create', '--label', label, 'alpine', 'true')))).map((id) => id.trim()));
    }
    await docker('rm', ...made);
    // The daemon itself has forgotten the exec by now.
    const remembered = await docker('events', '--since', String(execAt.getTime() / 1000 - 1), '--until', String(Date.now() / 1000), '--filter', `label=${label}`, '--filter', 'event=exec_start', '--format', '{{.Action}}');
    expect(remembered.trim()).toBe('');

    // verify, a process of its own, while watch runs: it passes through the journal.
    const verify = await kata(home, ['--track', trackDir, 'verify', '--json']);
    expect(verify.exitCode, verify.stdout + verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout).checks[0].observed).toMatch(/^the daemon reported this for `\w+`: a command run in it with `docker exec`$/);

    watch.child.stdin.end('q\n');
    expect(await watch.exit).toBe(0);
    const journal = join(home, 'events.jsonl');
    expect(readFileSync(journal, 'utf8')).toContain('"exec_start');

    // Without the journal, the same verify misses it and says why.
    renameSync(journal, `${journal}.away`);
    const without = await kata(home, ['--track', trackDir, 'verify']);
    expect(without.exitCode).toBe(1);
    expect(flat(without.stdout)).toContain('the daemon has not reported this for a container');
    expect(existsSync(journal)).toBe(false);
  });
});
