import { engineIdFrom } from './reader.js';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailure } from '../failure.js';
import { httpReader } from './http-reader.js';
import type { EngineReader } from './reader.js';

/** A tar archive's first block for `name` (typeflag 0 or 5), then the content padded to 512 bytes. */
function tar(name: string, content?: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  const size = content === undefined ? 0 : Buffer.byteLength(content);
  header.write(size.toString(8).padStart(11, '0'), 124);
  header.write(content === undefined ? '5' : '0', 156);
  const data = Buffer.alloc(Math.ceil(size / 512) * 512);
  if (content !== undefined) data.write(content);
  return Buffer.concat([header, data, Buffer.alloc(1024)]);
}

/** Multiplexed log frames: stream type, three zero bytes, big-endian length, payload. */
function frames(...parts: Array<[number, string]>): Buffer {
  return Buffer.concat(
    parts.map(([stream, text]) => {
      const header = Buffer.alloc(8);
      header[0] = stream;
      header.writeUInt32BE(Buffer.byteLength(text), 4);
      return Buffer.concat([header, Buffer.from(text)]);
    }),
  );
}

const web = { Id: 'c0ffee', Name: '/web', Config: { Tty: false }, State: { Status: 'running' } };
const tty = { ...web, Id: 'beef', Name: '/tty', Config: { Tty: true } };
const die = { Type: 'container', Action: 'die', Actor: { ID: 'c0ffee', Attributes: { name: 'web' } }, timeNano: 1740823261000000000 };

/** Recorded Engine answers, by method and path (without the query); every request is recorded too. */
const seen: Array<{ method: string; url: string }> = [];
function answer(request: http.IncomingMessage, response: http.ServerResponse): void {
  seen.push({ method: request.method!, url: request.url! });
  const url = new URL(request.url!, 'http://engine');
  const send = (status: number, body: unknown, type = 'application/json') => {
    response.writeHead(status, { 'Content-Type': type });
    response.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  };
  const missing = (what: string) => send(404, { message: `No such ${what}` });
  switch (url.pathname) {
    case '/containers/json':
      return send(200, [{ Id: web.Id, Names: ['/web'], Image: 'nginx', ImageID: 'sha256:9', Created: 1, State: 'running' }]);
    case '/containers/web/json':
    case '/containers/c0ffee/json':
      return send(200, web);
    case '/containers/beef/json':
      return send(200, tty);
    case '/containers/c0ffee/logs':
      return send(200, frames([1, 'out\n'], [2, 'err\n']), 'application/vnd.docker.raw-stream');
    case '/containers/beef/logs':
      return send(200, 'plain\n', 'application/vnd.docker.raw-stream');
    case '/containers/c0ffee/archive':
      if (url.searchParams.get('path') === '/etc/motd') return send(200, tar('motd', 'hello\n'), 'application/x-tar');
      if (url.searchParams.get('path') === '/etc') return send(200, tar('etc'), 'application/x-tar');
      return send(404, { message: 'Could not find the file' });
    case '/images/registry:5000/team/app:1/json':
      return send(200, { Id: 'sha256:1', RepoTags: ['registry:5000/team/app:1'] });
    case '/images/json':
      return send(200, [{ Id: 'sha256:1', RepoTags: ['python:3'], Created: 1 }]);
    case '/events':
      return send(200, `${JSON.stringify(die)}\n`);
    case '/services/api':
    case '/tasks':
      return send(503, { message: 'This node is not a swarm manager.' });
    case '/info':
      return send(500, { message: 'the daemon broke' });
    case '/version':
      return send(200, { ApiVersion: '1.41' });
    case '/containers/slow/json':
      return; // never answers
    default:
      return missing(url.pathname);
  }
}

let dir: string;
let server: http.Server;
let reader: EngineReader;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'docker-kata-http-reader-'));
  const socketPath = join(dir, 'engine.sock');
  server = http.createServer(answer);
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  reader = httpReader({ kind: 'unix', socketPath });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('httpReader', () => {
  it('lists containers with all=1 and the filters as JSON, with GET only', async () => {
    seen.length = 0;
    const rows = await reader.listContainers({ name: ['^/web$'] });
    expect(rows.map((row) => row.Id)).toEqual(['c0ffee']);
    const url = new URL(seen[0].url, 'http://engine');
    expect(seen[0].method).toBe('GET');
    expect(url.searchParams.get('all')).toBe('1');
    expect(JSON.parse(url.searchParams.get('filters')!)).toEqual({ name: ['^/web$'] });
  });

  it('leaves out empty filters', async () => {
    seen.length = 0;
    await reader.listImages({});
    expect(seen[0].url).toBe('/images/json');
  });

  it('inspects, and answers undefined for 404', async () => {
    expect((await reader.inspectContainer('web'))?.Id).toBe('c0ffee');
    expect(await reader.inspectContainer('nothing')).toBeUndefined();
    expect(await reader.inspectNetwork('nothing')).toBeUndefined();
    expect(await reader.inspectVolume('nothing')).toBeUndefined();
    expect(await reader.imageHistory('nothing')).toBeUndefined();
  });

  it('keeps an image reference with registry, path and tag readable in the path', async () => {
    expect((await reader.inspectImage('registry:5000/team/app:1'))?.Id).toBe('sha256:1');
  });

  it('reads events between two moments, never an open stream', async () => {
    seen.length = 0;
    const events = await reader.events({ since: new Date(1740823260123), until: new Date(1740823270000), filters: { type: ['container'] } });
    expect(events).toEqual([die]);
    const url = new URL(seen[0].url, 'http://engine');
    expect(url.searchParams.get('since')).toBe('1740823260.123');
    expect(url.searchParams.get('until')).toBe('1740823270');
  });

  it("on Podman: asks for everything since the start by type, without until, and judges the window itself", async () => {
    const podman = httpReader({ kind: 'unix', socketPath: join(dir, 'engine.sock') }, { podman: true });
    seen.length = 0;
    const since = new Date(1740823260123);
    expect(await podman.events({ since, until: new Date(1740823270000), filters: { type: ['container'], event: ['die'] } })).toEqual([die]);
    const url = new URL(seen[0].url, 'http://engine');
    expect(Object.fromEntries(url.searchParams)).toEqual({ since: '1740823260.123', stream: 'false', filters: '{"type":["container"]}' });
    // The same event, a second after `until`: Podman would have sent it; it does not count.
    expect(await podman.events({ since, until: new Date(1740823260000), filters: { type: ['container'] } })).toEqual([]);
  });

  it('demultiplexes logs without a terminal, and reads them as they are with one', async () => {
    expect(await reader.containerLogs('c0ffee', 10)).toBe('out\nerr\n');
    expect(await reader.containerLogs('beef', 10)).toBe('plain\n');
  });

  it('reads a path through the archive endpoint', async () => {
    expect(await reader.readPath('c0ffee', '/etc/motd', 1024)).toEqual({ exists: true, type: 'file', size: 6, content: Buffer.from('hello\n') });
    expect(await reader.readPath('c0ffee', '/etc', 1024)).toEqual({ exists: true, type: 'directory', size: 0 });
    expect(await reader.readPath('c0ffee', '/nope', 1024)).toEqual({ exists: false });
  });

  it('takes a daemon outside swarm mode (503) as no service and no tasks', async () => {
    expect(await reader.inspectService('api')).toBeUndefined();
    expect(await reader.listTasks({ service: ['api'] })).toEqual([]);
  });

  it('throws other failures with their status code, which failure.ts turns into a message', async () => {
    const error = await reader.info().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 500, json: { message: 'the daemon broke' } });
    expect(describeFailure(error).message).toContain('the daemon broke');
    expect(describeFailure(error).exitCode).toBe(2);
    expect(await reader.version()).toEqual({ ApiVersion: '1.41' });
  });

  it('gives up on a request that takes too long, with a timeout error', async () => {
    const impatient = httpReader({ kind: 'unix', socketPath: join(dir, 'engine.sock') }, { timeoutMs: 100 });
    const error = await impatient.inspectContainer('slow').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ETIMEDOUT' });
  });

  it('reports a socket nobody listens on as a connection error', async () => {
    const nowhere = httpReader({ kind: 'unix', socketPath: join(dir, 'none.sock') });
    await expect(nowhere.version()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('engineIdFrom', () => {
  it("is the daemon's ID on Docker, and Podman's host name and storage, since Podman's ID changes with every request", () => {
    expect(engineIdFrom({ ID: 'ZQ3L:4V7X', Name: 'vm' }, false)).toBe('ZQ3L:4V7X');
    expect(engineIdFrom({ ID: '74ed16c5-67dc-4875-b888-126efc4f3ac6', Name: 'vm', DockerRootDir: '/var/lib/containers/storage' }, true)).toBe(
      'podman:vm:/var/lib/containers/storage',
    );
    expect(engineIdFrom({}, false)).toBe('');
  });
});
