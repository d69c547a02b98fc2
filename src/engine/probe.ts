import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type https from 'node:https';
import os from 'node:os';
import { apiVersionSupported, minimumApiVersion } from './api-version.js';
import type { EngineEndpoint, TlsMaterial } from './endpoint.js';

/** Why an endpoint did not answer as a Docker Engine. */
export type ProbeFailure =
  | 'no-socket'
  | 'permission-denied'
  | 'connection-refused'
  | 'timeout'
  | 'tls'
  | 'not-docker'
  | 'old-api'
  | 'ssh'
  | 'other';

export type ProbeResult =
  | {
      ok: true;
      /** The Engine's Api-Version header, e.g. "1.47". */
      apiVersion?: string;
      /** Podman's version (its Libpod-Api-Version header) when Podman's Docker-compatible API answered. */
      podmanVersion?: string;
      /** The daemon's clock (its Date header, whole seconds), to tell how far it is from this machine's. */
      serverDate?: string;
    }
  | { ok: false; reason: ProbeFailure; detail: string };

export interface ProbeOptions {
  timeoutMs: number;
}

export type ProbeFunction = (endpoint: EngineEndpoint, options: ProbeOptions) => Promise<ProbeResult>;

type ProbeFailed = Extract<ProbeResult, { ok: false }>;
type SshEndpoint = Extract<EngineEndpoint, { kind: 'ssh' }>;

const PING_PATH = '/_ping';

/**
 * For requests without TLS: no TLS server name to work out. Left unset, node's agent works one out anyway, and its
 * first IP-address test compiles a regular expression that costs several milliseconds of every verify.
 */
export const plainHttp = { servername: '' } as const;

/** One GET /_ping. Never throws: every way of not reaching an engine becomes a ProbeResult. */
export async function probeEndpoint(endpoint: EngineEndpoint, { timeoutMs }: ProbeOptions): Promise<ProbeResult> {
  try {
    switch (endpoint.kind) {
      case 'unix':
        return await pingOverHttp(http, { socketPath: endpoint.socketPath, ...plainHttp }, timeoutMs);
      case 'npipe':
        // Node reaches Windows named pipes through socketPath as well.
        return await pingOverHttp(http, { socketPath: endpoint.pipePath, ...plainHttp }, timeoutMs);
      case 'tcp': {
        const target = { host: endpoint.host, port: endpoint.port };
        if (!endpoint.tls) {
          return await pingOverHttp(http, { ...target, ...plainHttp }, timeoutMs);
        }
        const tlsOptions = await loadTlsOptions(endpoint.tls);
        if ('reason' in tlsOptions) return tlsOptions;
        const { default: https } = await import('node:https'); // TLS only: loading it costs every start
        return await pingOverHttp(https, { ...target, ...tlsOptions }, timeoutMs);
      }
      case 'ssh':
        return await pingOverSsh(endpoint, timeoutMs);
    }
  } catch (error) {
    return { ok: false, ...classifyProbeError(error) };
  }
}

/** Sorts a Node network error into a ProbeFailure by its code. */
export function classifyProbeError(error: unknown): { reason: ProbeFailure; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return { reason: 'no-socket', detail };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'permission-denied', detail };
    // A socket file nobody listens on refuses too.
    case 'ECONNREFUSED':
      return { reason: 'connection-refused', detail };
    case 'ETIMEDOUT':
      return { reason: 'timeout', detail };
    // EPROTO: the other side does not speak TLS (or speaks it while we do not).
    case 'EPROTO':
      return { reason: 'tls', detail };
  }
  // Certificate checks (CERT_HAS_EXPIRED, SELF_SIGNED_CERT_IN_CHAIN, …) and OpenSSL failures (bad PEM files).
  if (code && /^(ERR_TLS_|ERR_SSL_|ERR_OSSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/.test(code)) {
    return { reason: 'tls', detail };
  }
  return { reason: 'other', detail };
}

function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Reads the TLS files; a file that cannot be read is a TLS failure naming it. */
async function loadTlsOptions(tls: TlsMaterial): Promise<https.RequestOptions | ProbeFailed> {
  const options: https.RequestOptions = { rejectUnauthorized: tls.verify };
  const files = [
    ['ca', 'CA certificate', tls.caPath],
    ['cert', 'client certificate', tls.certPath],
    ['key', 'client key', tls.keyPath],
  ] as const;
  for (const [option, label, filePath] of files) {
    if (filePath === undefined) {
      continue;
    }
    try {
      options[option] = await readFile(filePath);
    } catch (error) {
      const why = errorCode(error) ?? String(error);
      return { ok: false, reason: 'tls', detail: `cannot read the ${label} ${filePath}: ${why}` };
    }
  }
  return options;
}

function pingOverHttp(
  transport: typeof http | typeof https,
  target: http.RequestOptions,
  timeoutMs: number,
): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const finish = firstResultOnly(resolve, () => {
      clearTimeout(timer);
      // Also closes the socket when the answer never came.
      request.destroy();
    });
    const failed = (error: unknown): ProbeFailed => ({ ok: false, ...classifyProbeError(error) });
    // agent: false, so no keep-alive socket outlives the probe.
    const request = transport.request({ ...target, method: 'GET', path: PING_PATH, agent: false }, (response) =>
      judgeResponse(response, finish, failed),
    );
    const timer = setTimeout(() => finish(timedOut(timeoutMs)), timeoutMs);
    request.on('error', (error) => finish(failed(error)));
    request.end();
  });
}

/** Wraps `resolve` so that only the first result counts and `cleanup` runs once, whoever finishes first. */
function firstResultOnly(resolve: (result: ProbeResult) => void, cleanup: () => void): (result: ProbeResult) => void {
  let settled = false;
  return (result) => {
    if (!settled) {
      settled = true;
      cleanup();
      resolve(result);
    }
  };
}

/** Reads a /_ping response to its end and judges it. */
function judgeResponse(
  response: http.IncomingMessage,
  finish: (result: ProbeResult) => void,
  failed: (error: unknown) => ProbeFailed,
): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => {
    const header = (name: string) => (typeof response.headers[name] === 'string' ? (response.headers[name] as string) : undefined);
    const answer = pingAnswer(response.statusCode, header('api-version'), Buffer.concat(chunks));
    if (!answer.ok) return finish(answer);
    const podmanVersion = header('libpod-api-version');
    finish({ ...answer, ...(podmanVersion ? { podmanVersion } : {}), ...(response.headers.date ? { serverDate: response.headers.date } : {}) });
  });
  response.on('error', (error) => finish(failed(error)));
}

/** A Docker Engine answers GET /_ping with 200 "OK". */
function pingAnswer(status: number | undefined, apiVersion: string | undefined, body: Buffer): ProbeResult {
  const text = body.toString('utf8').trim();
  if (status === 200 && text === 'OK') {
    // An engine too old for the checks would misjudge exercises quietly: refuse it here, with the versions.
    if (!apiVersionSupported(apiVersion)) {
      return { ok: false, reason: 'old-api', detail: `it speaks Engine API ${apiVersion}; docker-kata reads ${minimumApiVersion} and newer` };
    }
    return { ok: true, apiVersion };
  }
  const excerpt = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  const answer = `HTTP ${status ?? '?'}${excerpt ? ` "${excerpt}"` : ''}`;
  return { ok: false, reason: 'not-docker', detail: `GET ${PING_PATH} answered ${answer}, where a Docker Engine answers 200 "OK"` };
}

function timedOut(timeoutMs: number): ProbeFailed {
  return { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms` };
}

/** ssh:// runs `docker system dial-stdio` on the remote host through dockerode's modem, logging in with the ssh agent. */
async function pingOverSsh(endpoint: SshEndpoint, timeoutMs: number): Promise<ProbeResult> {
  const agentSocket = process.env.SSH_AUTH_SOCK;
  if (!agentSocket) {
    return {
      ok: false,
      reason: 'ssh',
      detail:
        'SSH_AUTH_SOCK is not set: docker-kata logs in to ssh:// engines with your ssh agent, and this terminal has none',
    };
  }
  // Loaded only here: most learners never use ssh, and dockerode pulls in ssh2.
  const { default: Dockerode } = await import('dockerode');
  const sshFailure = (error: unknown): ProbeFailed => {
    const { reason, detail } = classifyProbeError(error);
    return { ok: false, reason: reason === 'timeout' ? 'timeout' : 'ssh', detail };
  };
  return new Promise((resolve) => {
    const abort = new AbortController();
    const finish = firstResultOnly(resolve, () => {
      clearTimeout(timer);
      // Drops a request still waiting; ssh2 gives up its handshake by itself after readyTimeout.
      abort.abort();
    });
    const timer = setTimeout(() => finish(timedOut(timeoutMs)), timeoutMs);
    try {
      const { modem } = new Dockerode({
        protocol: 'ssh',
        host: endpoint.host,
        port: endpoint.port,
        // ssh's own default: the local user name.
        username: endpoint.username ?? os.userInfo().username,
        sshOptions: { agent: agentSocket, readyTimeout: timeoutMs },
      });
      modem.dial(
        { path: PING_PATH, method: 'GET', isStream: true, statusCodes: { 200: true }, abortSignal: abort.signal },
        (error, response) => {
          if (error) {
            // The modem turns a non-200 answer into an error carrying statusCode.
            const status = (error as { statusCode?: unknown }).statusCode;
            finish(typeof status === 'number' ? pingAnswer(status, undefined, Buffer.alloc(0)) : sshFailure(error));
          } else if (response instanceof http.IncomingMessage) {
            judgeResponse(response, finish, sshFailure);
          } else {
            finish({ ok: false, reason: 'ssh', detail: 'the ssh connection gave no HTTP answer' });
          }
        },
      );
    } catch (error) {
      finish(sshFailure(error));
    }
  });
}
