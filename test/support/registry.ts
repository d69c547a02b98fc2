/**
 * A throw-away local image registry for end-to-end tests.
 *
 * Runs Debian's real registry (the `docker-registry` package, i.e.
 * github.com/docker/distribution) as a child process on a free loopback port,
 * with its storage in a temporary folder. The Docker daemon treats registries
 * on 127.0.0.0/8 as insecure (plain http) by default, so
 * `docker push 127.0.0.1:PORT/library/alpine:latest` works without any daemon
 * configuration.
 *
 *   const registry = await startLocalRegistry();
 *   try { ... `${registry.address}/library/alpine:latest` ... }
 *   finally { await registry.stop(); }
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as fsConstants, rmSync } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const DEFAULT_REGISTRY_BINARY = '/usr/bin/docker-registry';

export interface LocalRegistry {
  /** "127.0.0.1:PORT": prefix image names with it, e.g. `${address}/library/alpine:latest`. */
  address: string;
  /** Kills the registry and removes its storage. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface LocalRegistryOptions {
  /** The registry binary; defaults to Debian's /usr/bin/docker-registry. */
  binary?: string;
  /** How long to wait for the registry to answer GET /v2/; defaults to 10 s. */
  readyTimeoutMs?: number;
}

const POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 5_000;
const OUTPUT_LIMIT = 8_192;
/** Starting again on another port covers the rare case of the free port being taken meanwhile. */
const PORT_ATTEMPTS = 3;

class PortTakenError extends Error {}

export async function startLocalRegistry(options: LocalRegistryOptions = {}): Promise<LocalRegistry> {
  const binary = options.binary ?? DEFAULT_REGISTRY_BINARY;
  const readyTimeoutMs = options.readyTimeoutMs ?? 10_000;
  try {
    await access(binary, fsConstants.X_OK);
  } catch {
    throw missingBinaryError(binary);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(binary, readyTimeoutMs);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
}

function missingBinaryError(binary: string): Error {
  return new Error(
    `the image registry binary ${binary} is missing: install Debian's docker-registry package (apt-get install docker-registry)`,
  );
}

async function startOnce(binary: string, readyTimeoutMs: number): Promise<LocalRegistry> {
  const port = await freeLoopbackPort();
  const address = `127.0.0.1:${port}`;
  const dir = await mkdtemp(join(tmpdir(), 'docker-kata-registry-'));
  const configPath = join(dir, 'config.yml');
  // JSON strings are valid YAML scalars, which takes care of quoting.
  await writeFile(
    configPath,
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${JSON.stringify(join(dir, 'data'))}`,
      '  delete:',
      '    enabled: true',
      '  maintenance:',
      '    uploadpurging:',
      '      enabled: false',
      'http:',
      `  addr: ${JSON.stringify(address)}`,
      '',
    ].join('\n'),
  );

  // REGISTRY_* variables override the config file: keep the caller's out.
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('REGISTRY_')) env[key] = value;
  }
  const child = spawn(binary, ['serve', configPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });

  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let spawnError: NodeJS.ErrnoException | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
      resolve();
    });
    child.once('exit', () => resolve());
  });
  const hasExited = (): boolean => spawnError !== undefined || child.exitCode !== null || child.signalCode !== null;

  // Should the test process end without calling stop(), take the registry down with it.
  const onProcessExit = (): void => {
    if (!hasExited()) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onProcessExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.off('exit', onProcessExit);
      await terminate(child, exited, hasExited);
      await rm(dir, { recursive: true, force: true });
    })();
    return stopping;
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (hasExited()) {
      await stop();
      if (spawnError?.code === 'ENOENT' || spawnError?.code === 'EACCES') throw missingBinaryError(binary);
      if (spawnError) throw new Error(`could not start ${binary}: ${spawnError.message}`);
      if (/address already in use/i.test(output)) throw new PortTakenError(`port ${port} was taken`);
      throw new Error(
        `${binary} exited (${child.exitCode ?? child.signalCode}) before answering at http://${address}/v2/; its output:\n${output}`,
      );
    }
    if (await answers(address)) return { address, stop };
    if (Date.now() >= deadline) {
      await stop();
      throw new Error(
        `${binary} did not answer at http://${address}/v2/ within ${readyTimeoutMs} ms; its output:\n${output}`,
      );
    }
    await delay(POLL_INTERVAL_MS);
  }
}

/** True once GET /v2/ gets an answer from the registry (200, or 401 were auth configured). */
async function answers(address: string): Promise<boolean> {
  try {
    const response = await fetch(`http://${address}/v2/`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.status === 200 || response.status === 401;
  } catch {
    return false;
  }
}

async function terminate(child: ChildProcess, exited: Promise<void>, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return;
  child.kill('SIGTERM');
  const grace = new AbortController();
  await Promise.race([exited, delay(STOP_GRACE_MS, undefined, { signal: grace.signal }).catch(() => undefined)]);
  grace.abort();
  if (!hasExited()) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** A port that was free on 127.0.0.1 a moment ago. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const info = server.address();
      if (info === null || typeof info === 'string') {
        server.close();
        reject(new Error('could not find a free port on 127.0.0.1'));
        return;
      }
      server.close(() => resolve(info.port));
    });
  });
}
