import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { clockOffset, defaultLookupSettings, EngineNotFoundError, findEngine } from './connect.js';
import type { EngineEndpoint } from './endpoint.js';
import type { LookupSettings } from './lookup.js';
import type { ProbeFunction, ProbeResult } from './probe.js';

const HOME = '/home/ana';

function machine(env: Record<string, string> = {}, files: Record<string, string> = {}): LookupSettings {
  return { env, homeDir: HOME, platform: 'linux', readFile: (filePath) => files[filePath] };
}

/** A probe that answers from a table keyed by unix socket path or tcp host; anything else has no socket. */
function fakeProbe(answers: Record<string, ProbeResult>): ProbeFunction & ReturnType<typeof vi.fn> {
  return vi.fn(async (endpoint: EngineEndpoint) => {
    const key = endpoint.kind === 'unix' ? endpoint.socketPath : endpoint.kind === 'npipe' ? endpoint.pipePath : endpoint.host;
    return answers[key] ?? { ok: false, reason: 'no-socket', detail: `connect ENOENT ${key}` };
  });
}

async function failedSearch(settings: LookupSettings, probe: ProbeFunction): Promise<EngineNotFoundError> {
  const error = await findEngine(settings, probe).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(EngineNotFoundError);
  return error as EngineNotFoundError;
}

describe('findEngine', () => {
  it('returns the first default socket that answers, with what it tried before', async () => {
    const probe = fakeProbe({ '/home/ana/.docker/run/docker.sock': { ok: true, apiVersion: '1.47' } });
    const found = await findEngine(machine(), probe);
    expect(found.candidate.source).toBe('default socket (Docker Desktop)');
    expect(found.endpoint).toEqual({ kind: 'unix', socketPath: '/home/ana/.docker/run/docker.sock' });
    expect(found.apiVersion).toBe('1.47');
    expect(found.tried.map((attempt) => [attempt.candidate.url, attempt.failure?.reason])).toEqual([
      ['unix:///var/run/docker.sock', 'no-socket'],
      ['unix:///home/ana/.docker/run/docker.sock', undefined],
    ]);
    // Stops at the first answer.
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('passes a timeout to the probe', async () => {
    const probe = fakeProbe({ '/var/run/docker.sock': { ok: true } });
    await findEngine(machine(), probe);
    expect(probe).toHaveBeenCalledWith({ kind: 'unix', socketPath: '/var/run/docker.sock' }, { timeoutMs: expect.any(Number) });
  });

  it('does not fall back to the default sockets when DOCKER_HOST fails', async () => {
    const probe = fakeProbe({
      '10.0.0.5': { ok: false, reason: 'connection-refused', detail: 'connect ECONNREFUSED 10.0.0.5:2375' },
      '/var/run/docker.sock': { ok: true },
    });
    const error = await failedSearch(machine({ DOCKER_HOST: 'tcp://10.0.0.5:2375' }), probe);
    expect(error.attempts).toHaveLength(1);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('does not probe an address it could not understand', async () => {
    const probe = fakeProbe({});
    const error = await failedSearch(machine({ DOCKER_HOST: 'unix:/var/run/docker.sock' }), probe);
    expect(probe).not.toHaveBeenCalled();
    expect(error.attempts).toEqual([
      {
        candidate: expect.objectContaining({ rule: 'DOCKER_HOST' }),
        failure: { reason: 'unusable', detail: expect.stringContaining('DOCKER_HOST=unix:///var/run/docker.sock') },
      },
    ]);
  });
});

describe('EngineNotFoundError', () => {
  it('exits with 2 and lists every default socket, giving their shared fix once', async () => {
    const error = await failedSearch(machine(), fakeProbe({}));
    expect(error.exitCode).toBe(2);
    expect(error.attempts).toHaveLength(3);
    expect(error.message).toBe(
      [
        'docker-kata could not reach a Docker Engine. It tried:',
        '',
        '  default socket (system Docker): unix:///var/run/docker.sock',
        '    nothing there: connect ENOENT /var/run/docker.sock',
        '  default socket (Docker Desktop): unix:///home/ana/.docker/run/docker.sock',
        '    nothing there: connect ENOENT /home/ana/.docker/run/docker.sock',
        '  default socket (Docker Desktop for Linux): unix:///home/ana/.docker/desktop/docker.sock',
        '    nothing there: connect ENOENT /home/ana/.docker/desktop/docker.sock',
        '    Fix: Is Docker running? If not, start Docker Desktop, or run `sudo systemctl start docker`.',
        '',
        'docker-kata looks where the docker CLI does: if `docker ps` works in this terminal, docker-kata works too.',
      ].join('\n'),
    );
  });

  it('gives each different failure its own fix', async () => {
    const probe = fakeProbe({
      '/var/run/docker.sock': { ok: false, reason: 'permission-denied', detail: 'connect EACCES /var/run/docker.sock' },
      '/run/user/1000/docker.sock': { ok: false, reason: 'connection-refused', detail: 'connect ECONNREFUSED /run/user/1000/docker.sock' },
      '/home/ana/.docker/desktop/docker.sock': { ok: false, reason: 'not-docker', detail: 'GET /_ping answered HTTP 404' },
    });
    const { message } = await failedSearch(machine({ XDG_RUNTIME_DIR: '/run/user/1000' }), probe);
    expect(message).toContain('permission denied: connect EACCES /var/run/docker.sock');
    expect(message).toContain('Fix: Add yourself to the docker group: `sudo usermod -aG docker $USER`, then log out and in again.');
    expect(message).toContain('connection refused: connect ECONNREFUSED /run/user/1000/docker.sock');
    expect(message).toContain('Fix: The daemon is stopped: start Docker Desktop, or run `sudo systemctl start docker`.');
    expect(message).toContain('Fix: Is Docker running?');
    expect(message).toContain(
      'Fix: Something other than a Docker Engine answers at unix:///home/ana/.docker/desktop/docker.sock: ' +
        'set DOCKER_HOST to where your engine listens.',
    );
  });

  it.each<{ name: string; settings: LookupSettings; answer: ProbeResult; fix: string }>([
    {
      name: 'a missing socket named by DOCKER_HOST',
      settings: machine({ DOCKER_HOST: 'unix:///tmp/docker.sock' }),
      answer: { ok: false, reason: 'no-socket', detail: 'connect ENOENT /tmp/docker.sock' },
      fix: 'If it is running, check that DOCKER_HOST points at it.',
    },
    {
      name: 'a timeout',
      settings: machine({ DOCKER_HOST: 'tcp://10.0.0.5:2375' }),
      answer: { ok: false, reason: 'timeout', detail: 'no answer within 5000 ms' },
      fix: 'The daemon at tcp://10.0.0.5:2375 does not answer',
    },
    {
      name: 'a TLS failure',
      settings: machine({ DOCKER_HOST: 'tcp://10.0.0.5', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }, { '/certs/ca.pem': 'CA' }),
      answer: { ok: false, reason: 'tls', detail: 'self-signed certificate' },
      fix: 'Check the certificates in /certs:',
    },
    {
      name: 'a TLS failure without certificate files',
      settings: machine({ DOCKER_HOST: 'https://10.0.0.5' }),
      answer: { ok: false, reason: 'tls', detail: 'self-signed certificate' },
      fix: 'Check the certificates in DOCKER_CERT_PATH (~/.docker by default):',
    },
    {
      name: 'an ssh failure',
      settings: machine({ DOCKER_HOST: 'ssh://ana@10.0.0.5:2222' }),
      answer: { ok: false, reason: 'ssh', detail: 'All configured authentication methods failed' },
      fix: 'and that `ssh ana@10.0.0.5 -p 2222 docker version` works',
    },
    {
      name: 'anything else',
      settings: machine({ DOCKER_HOST: 'tcp://nowhere.invalid:2375' }),
      answer: { ok: false, reason: 'other', detail: 'getaddrinfo ENOTFOUND nowhere.invalid' },
      fix: 'Run `docker version` in this terminal',
    },
  ])('explains $name', async ({ settings, answer, fix }) => {
    const { message } = await failedSearch(settings, async () => answer);
    expect(message).toContain(answer.ok || answer.detail);
    expect(message).toContain(fix);
  });
});

describe('defaultLookupSettings', () => {
  it('reads the real environment and returns undefined for files it cannot read', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kata-connect-'));
    try {
      await writeFile(path.join(dir, 'config.json'), '{}');
      const settings = defaultLookupSettings('unix:///tmp/docker.sock');
      expect(settings).toMatchObject({
        hostFlag: 'unix:///tmp/docker.sock',
        env: process.env,
        homeDir: os.homedir(),
        platform: process.platform,
      });
      expect(settings.readFile(path.join(dir, 'config.json'))).toBe('{}');
      expect(settings.readFile(path.join(dir, 'missing.json'))).toBeUndefined();
      expect(settings.readFile(dir)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('clockOffset', () => {
  const now = Date.parse('2026-11-23T10:00:00.000Z');
  it.each([
    ['a daemon in step with this machine', 'Mon, 23 Nov 2026 10:00:01 GMT', 0],
    ['a daemon whose clock lags 5 minutes (a Desktop VM after sleep)', 'Mon, 23 Nov 2026 09:55:00 GMT', -300_000],
    ['a daemon 10 seconds ahead', 'Mon, 23 Nov 2026 10:00:10 GMT', 10_000],
    ['no Date header', undefined, 0],
    ['a Date header that is not a date', 'soon', 0],
  ])('%s', (_what, header, offset) => {
    expect(clockOffset(header, now)).toBe(offset);
  });
});
