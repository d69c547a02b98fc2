/**
 * Faults from outside, with the built CLI run as a learner runs it: a daemon that never answers, a socket where
 * something other than Docker answers, a progress folder that cannot be written, many docker-kata processes at
 * once, and Ctrl-C in the middle of a check. Each ends with a clear message and exit code, never a stack trace,
 * and never a damaged progress file. None of them needs a Docker daemon.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseState } from '../src/progress/state.js';
import { kata, learnerHomes } from './support/kata.js';

const cleanUps: Array<() => void | Promise<void>> = [];
afterAll(async () => {
  for (const cleanUp of cleanUps.reverse()) await cleanUp();
});
const newLearner = learnerHomes();
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'docker-kata-faults-'));
  cleanUps.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/** A stack frame as Node prints it ("    at run (file:///…/cli.js:12:3)"). */
const stackFrame = /^\s+at .+:\d+:\d+\)?$/m;
const expectNoStackTrace = (output: string) => expect(output).not.toMatch(stackFrame);

/** Listens on a unix socket in a fresh folder; closed after the tests. */
async function listen<S extends NetServer | HttpServer>(server: S): Promise<string> {
  const socket = join(scratch(), 'docker.sock');
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, resolve);
  });
  // Not awaited: close() waits for every connection, and a hanging one is destroyed separately.
  cleanUps.push(() => {
    server.close();
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
  return socket;
}

/** A daemon that hangs: it accepts connections, reads what is sent, and never answers. */
async function hangingDaemon(): Promise<string> {
  const connections = new Set<Socket>();
  const server = createNetServer((connection) => {
    connections.add(connection);
    connection.on('error', () => {});
    connection.on('close', () => connections.delete(connection));
  });
  cleanUps.push(() => connections.forEach((connection) => connection.destroy()));
  return listen(server);
}

describe('faults', () => {
  it('gives up on a daemon that accepts and never answers: exit 2 within seconds, a clear message, no stack trace', async () => {
    const socket = await hangingDaemon();
    const started = Date.now();
    const result = await kata(newLearner(), ['verify', '--host', `unix://${socket}`], {}, { timeoutMs: 30_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(result.signal).toBeUndefined();
    expect(result.exitCode).toBe(2);
    // The probe waits about 5 s; far less than the 30 s after which the test itself would kill it.
    expect(seconds).toBeLessThan(20);
    expect(result.stderr).toContain(`unix://${socket}`);
    expect(result.stderr).toMatch(/does not answer|did not answer|timed out|time/i);
    expectNoStackTrace(result.stderr);
  });

  it('names a socket where something other than Docker answers 200: exit 2', async () => {
    const server = createHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('not docker');
    });
    const socket = await listen(server);
    const result = await kata(newLearner(), ['verify', '--host', `unix://${socket}`], {}, { timeoutMs: 30_000 });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`unix://${socket}`);
    expect(result.stderr).toMatch(/not a Docker Engine|other than a Docker Engine/);
    expectNoStackTrace(result.stderr);
  });

  it('refuses an engine whose API is older than docker-kata reads, naming both versions and the update: exit 2', async () => {
    // Docker 1.11 answers its ping like this; every other request would be a guess at fields it does not have.
    const requests: string[] = [];
    const server = createHttpServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      if (request.url === '/_ping') response.writeHead(200, { 'Api-Version': '1.23', 'content-type': 'text/plain' }).end('OK');
      else response.writeHead(500).end('{"message":"not expected"}');
    });
    const socket = await listen(server);
    const home = newLearner();
    for (const args of [['verify'], ['doctor']]) {
      const result = await kata(home, [...args, '--host', `unix://${socket}`], {}, { timeoutMs: 30_000 });
      expect(result.exitCode, args[0]).toBe(2);
      const said = `${result.stdout}\n${result.stderr}`;
      expect(said).toContain(`unix://${socket}`);
      expect(said).toMatch(/too\s+old/);
      expect(said).toContain('it speaks Engine API 1.23; docker-kata reads 1.24 and newer');
      expect(said).toContain('Update Docker');
      // It did reach an engine: "if `docker ps` works, docker-kata works too" would be untrue here.
      expect(said).not.toContain('docker-kata works too');
      expectNoStackTrace(said);
    }
    expect(requests.every((request) => request === 'GET /_ping')).toBe(true);
  });

  it('names a tcp address where nothing listens: connection refused, the variable that set it, exit 2', async () => {
    const closed = createNetServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve)); // a port that was free a moment ago, now closed
    const result = await kata(newLearner(), ['verify'], { DOCKER_HOST: `tcp://127.0.0.1:${port}` }, { timeoutMs: 30_000 });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`DOCKER_HOST: tcp://127.0.0.1:${port}`);
    expect(result.stderr).toContain('connection refused');
    expect(result.stderr).toContain('check that DOCKER_HOST points at it');
    expectNoStackTrace(result.stderr);
  });

  it('says an ssh:// engine needs an ssh agent when there is none, before trying to log in: exit 2', async () => {
    const result = await kata(newLearner(), ['verify'], { DOCKER_HOST: 'ssh://learner@127.0.0.1', SSH_AUTH_SOCK: '' }, { timeoutMs: 30_000 });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('ssh://learner@127.0.0.1');
    expect(result.stderr).toContain('SSH_AUTH_SOCK is not set');
    expect(result.stderr).toContain('ssh-add');
    expectNoStackTrace(result.stderr);
  });

  it('says permission denied on a socket the learner may not open, with the docker-group fix: exit 2', async () => {
    const socket = await listen(createHttpServer((_request, response) => response.writeHead(200).end('OK')));
    const home = newLearner();
    // As root (CI), the CLI runs as nobody against root's socket with mode 600, as a learner outside the docker group;
    // as anyone else, the socket is made unreadable to its own owner.
    const asRoot = process.getuid?.() === 0;
    const nobody = 65534;
    if (asRoot) {
      chmodSync(dirname(socket), 0o755);
      chmodSync(socket, 0o600);
      chownSync(home, nobody, nobody);
    } else chmodSync(socket, 0o000);
    const result = await kata(home, ['verify', '--host', `unix://${socket}`], {}, { timeoutMs: 30_000, ...(asRoot ? { uid: nobody } : {}) });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`unix://${socket}`);
    expect(result.stderr).toContain('permission denied');
    expect(result.stderr).toContain('sudo usermod -aG docker $USER');
    expectNoStackTrace(result.stderr);
  });

  it('says when progress cannot be saved, and where to point DOCKER_KATA_HOME instead', async () => {
    // chmod 500 on the folder would do for a learner, but root writes anyway: a folder whose parent is a regular
    // file cannot be made by anyone.
    const file = join(scratch(), 'not-a-folder');
    writeFileSync(file, 'a regular file\n');
    const home = join(file, 'docker-kata');
    const result = await kata(home, ['hint']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/Cannot save progress to .*state\.json/);
    expect(result.stderr).toContain('DOCKER_KATA_HOME');
    expectNoStackTrace(result.stderr);
    expect(readFileSync(file, 'utf8')).toBe('a regular file\n');
  });

  it('keeps state.json valid JSON when 20 docker-kata processes save at once', async () => {
    const home = newLearner();
    const commands = Array.from({ length: 20 }, (_, index) => (index % 2 ? ['hint'] : ['goto', String((index % 5) + 1)]));
    const results = await Promise.all(commands.map((args) => kata(home, args)));
    for (const [index, result] of results.entries()) {
      expect(result.exitCode, `${commands[index]!.join(' ')}: ${result.stderr}`).toBe(0);
      expectNoStackTrace(result.stderr);
      expect(result.stderr).not.toMatch(/damaged|Cannot save|Cannot read/);
    }
    const state = parseState(readFileSync(join(home, 'state.json'), 'utf8'));
    expect(Object.keys(state.tracks)).toEqual(['docker-basics']);
    // Nothing half-written is left behind.
    expect(readdirSync(home).filter((name) => name.startsWith('state.json') && name !== 'state.json')).toEqual([]);
  });

  it('stops on Ctrl-C during verify against a hanging daemon: non-zero, no stack trace, progress intact', async () => {
    const socket = await hangingDaemon();
    const home = newLearner();
    expect((await kata(home, ['hint'])).exitCode).toBe(0);
    const before = readFileSync(join(home, 'state.json'), 'utf8');
    const started = Date.now();
    const result = await kata(home, ['verify', '--host', `unix://${socket}`], {}, { timeoutMs: 30_000, interruptAfterMs: 500 });
    expect(result.exitCode).not.toBe(0);
    // It stopped on the Ctrl-C, not after the probe's own 5 s timeout.
    expect(Date.now() - started).toBeLessThan(4_000);
    expectNoStackTrace(result.stderr);
    expectNoStackTrace(result.stdout);
    const after = readFileSync(join(home, 'state.json'), 'utf8');
    // Still valid, with what was there before (verify may have recorded the exercise's start time first).
    expect(parseState(after)).toMatchObject(parseState(before));
    expect(readdirSync(home).filter((name) => name.startsWith('state.json') && name !== 'state.json')).toEqual([]);
  });
});
