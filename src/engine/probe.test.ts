import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyProbeError, probeEndpoint } from './probe.js';

const isRoot = process.getuid?.() === 0;

let tempDir: string;
const servers: http.Server[] = [];

beforeEach(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'kata-probe-'));
});

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await rm(tempDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** An HTTP server on a fresh unix socket in the temp dir. */
async function serveOnSocket(handler: http.RequestListener): Promise<string> {
  const socketPath = path.join(tempDir, 'docker.sock');
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return socketPath;
}

async function serveOnTcp(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as net.AddressInfo).port;
}

const dockerPing: http.RequestListener = (request, response) => {
  if (request.url === '/_ping') {
    response.writeHead(200, { 'Api-Version': '1.47', 'Content-Type': 'text/plain' }).end('OK');
  } else {
    response.writeHead(404).end();
  }
};

describe('probeEndpoint over a unix socket', () => {
  it('reads the Api-Version of an engine that answers OK', async () => {
    const socketPath = await serveOnSocket(dockerPing);
    await expect(probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 2000 })).resolves.toEqual({ ok: true, apiVersion: '1.47', serverDate: expect.any(String) });
  });

  it('says not-docker when something else answers', async () => {
    const socketPath = await serveOnSocket((_request, response) => response.writeHead(404).end('page not found'));
    const result = await probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, reason: 'not-docker' });
    expect(result.ok || result.detail).toContain('HTTP 404 "page not found"');
  });

  it('says not-docker for a 200 whose body is not OK', async () => {
    const socketPath = await serveOnSocket((_request, response) => response.writeHead(200).end('<html>hello</html>'));
    await expect(probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 2000 })).resolves.toMatchObject({
      ok: false,
      reason: 'not-docker',
    });
  });

  it('refuses an engine older than the oldest API docker-kata reads, naming both versions', async () => {
    const socketPath = await serveOnSocket((_request, response) => response.writeHead(200, { 'Api-Version': '1.23' }).end('OK'));
    await expect(probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 2000 })).resolves.toEqual({
      ok: false,
      reason: 'old-api',
      detail: 'it speaks Engine API 1.23; docker-kata reads 1.24 and newer',
    });
  });

  it('accepts the oldest API it reads, and an engine that does not say its version', async () => {
    for (const headers of [{ 'Api-Version': '1.24' }, {}]) {
      const socketPath = await serveOnSocket((_request, response) => response.writeHead(200, headers).end('OK'));
      await expect(probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 2000 })).resolves.toMatchObject({ ok: true });
      const server = servers.pop()!;
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('times out when nobody answers, and lets go of the connection', async () => {
    let connectionClosed!: Promise<void>;
    const socketPath = await serveOnSocket((request) => {
      connectionClosed = new Promise((resolve) => request.socket.on('close', () => resolve()));
    });
    const started = Date.now();
    const result = await probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 100 });
    expect(result).toEqual({ ok: false, reason: 'timeout', detail: 'no answer within 100 ms' });
    expect(Date.now() - started).toBeLessThan(1000);
    await connectionClosed;
  });

  it('says no-socket when the socket does not exist', async () => {
    const socketPath = path.join(tempDir, 'missing.sock');
    const result = await probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, reason: 'no-socket' });
    expect(result.ok || result.detail).toContain(socketPath);
  });

  it('says connection-refused for a file nobody listens on', async () => {
    const socketPath = path.join(tempDir, 'stale.sock');
    await writeFile(socketPath, '');
    await expect(probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 2000 })).resolves.toMatchObject({
      ok: false,
      reason: 'connection-refused',
    });
  });

  // root ignores file modes, so there EACCES is only checked on a synthetic error below.
  it.skipIf(isRoot)('says permission-denied for a socket the user may not open', async () => {
    const socketPath = await serveOnSocket(dockerPing);
    await chmod(socketPath, 0o000);
    await expect(probeEndpoint({ kind: 'unix', socketPath }, { timeoutMs: 2000 })).resolves.toMatchObject({
      ok: false,
      reason: 'permission-denied',
    });
  });
});

describe('probeEndpoint over tcp', () => {
  it('pings a plain HTTP engine', async () => {
    const port = await serveOnTcp(dockerPing);
    await expect(probeEndpoint({ kind: 'tcp', host: '127.0.0.1', port }, { timeoutMs: 2000 })).resolves.toEqual({
      ok: true,
      apiVersion: '1.47',
      serverDate: expect.any(String),
    });
  });

  it('says tls when TLS is spoken to a plain HTTP port', async () => {
    const port = await serveOnTcp(dockerPing);
    const result = await probeEndpoint({ kind: 'tcp', host: '127.0.0.1', port, tls: { verify: false } }, { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, reason: 'tls' });
  });

  it('says tls, naming the file, when a certificate cannot be read', async () => {
    const caPath = path.join(tempDir, 'ca.pem');
    const result = await probeEndpoint({ kind: 'tcp', host: '127.0.0.1', port: 2376, tls: { caPath, verify: true } }, { timeoutMs: 2000 });
    expect(result).toEqual({ ok: false, reason: 'tls', detail: `cannot read the CA certificate ${caPath}: ENOENT` });
  });

  it('says tls when the client key pair is not PEM', async () => {
    const certPath = path.join(tempDir, 'cert.pem');
    const keyPath = path.join(tempDir, 'key.pem');
    await writeFile(certPath, 'not a certificate');
    await writeFile(keyPath, 'not a key');
    const tls = { certPath, keyPath, verify: true };
    const result = await probeEndpoint({ kind: 'tcp', host: '127.0.0.1', port: 2376, tls }, { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, reason: 'tls' });
  });
});

describe('probeEndpoint over ssh', () => {
  it('says so when there is no ssh agent', async () => {
    vi.stubEnv('SSH_AUTH_SOCK', '');
    const result = await probeEndpoint({ kind: 'ssh', host: 'build-box' }, { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, reason: 'ssh' });
    expect(result.ok || result.detail).toContain('SSH_AUTH_SOCK is not set');
  });

  it('says ssh when the ssh server cannot be reached', async () => {
    vi.stubEnv('SSH_AUTH_SOCK', path.join(tempDir, 'agent.sock'));
    const closedPort = await serveOnTcp(dockerPing).then(async (port) => {
      const server = servers.pop()!;
      await new Promise((resolve) => server.close(resolve));
      return port;
    });
    const result = await probeEndpoint({ kind: 'ssh', host: '127.0.0.1', port: closedPort, username: 'ana' }, { timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, reason: 'ssh' });
  });
});

describe('classifyProbeError', () => {
  const errorWithCode = (code: string, message: string) => Object.assign(new Error(message), { code });

  it.each([
    ['ENOENT', 'no-socket'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['ECONNREFUSED', 'connection-refused'],
    ['ETIMEDOUT', 'timeout'],
    ['EPROTO', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['ENOTFOUND', 'other'],
  ])('%s is %s', (code, reason) => {
    expect(classifyProbeError(errorWithCode(code, `connect ${code} /var/run/docker.sock`))).toEqual({
      reason,
      detail: `connect ${code} /var/run/docker.sock`,
    });
  });

  it('keeps the message of an error without a code', () => {
    expect(classifyProbeError(new Error('socket hang up'))).toEqual({ reason: 'other', detail: 'socket hang up' });
    expect(classifyProbeError('weird')).toEqual({ reason: 'other', detail: 'weird' });
  });
});
