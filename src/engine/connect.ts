import { exitCodes } from '../errors.js';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EngineCandidate, EngineEndpoint } from './endpoint.js';
import { engineCandidates, type LookupSettings } from './lookup.js';
import { probeEndpoint, type ProbeFailure, type ProbeFunction } from './probe.js';

/** Long enough for an ssh login, short enough that a stuck daemon does not look like a frozen terminal. */
const PROBE_TIMEOUT_MS = 5_000;

/** A probe failure, or 'unusable' when the lookup could not even make an address of the setting. */
export type AttemptFailureReason = ProbeFailure | 'unusable';

export interface EngineAttempt {
  candidate: EngineCandidate;
  /** Absent for the candidate that answered. */
  failure?: { reason: AttemptFailureReason; detail: string };
}

export interface FoundEngine {
  candidate: EngineCandidate;
  endpoint: EngineEndpoint;
  apiVersion?: string;
  /** Daemon clock minus this machine's clock, in ms; 0 when they agree within a few seconds. */
  clockOffsetMs: number;
  /** Every candidate probed, in order, the answering one last. */
  tried: EngineAttempt[];
}

export type FailedAttempt = Required<EngineAttempt>;

const START_DOCKER = 'start Docker Desktop, or run `sudo systemctl start docker`';

/** Every sentence docker-kata says about reaching the engine, in one place. */
const messages = {
  headline: 'docker-kata could not reach a Docker Engine. It tried:',
  closing: 'docker-kata looks where the docker CLI does: if `docker ps` works in this terminal, docker-kata works too.',
  whatWentWrong: {
    'no-socket': 'nothing there',
    'permission-denied': 'permission denied',
    'connection-refused': 'connection refused',
    timeout: 'no answer',
    tls: 'TLS failed',
    'not-docker': 'not a Docker Engine',
    ssh: 'ssh failed',
    other: 'could not connect',
    unusable: 'cannot be used',
  } satisfies Record<AttemptFailureReason, string>,
  /** What the person can do; undefined when the detail already says it (unusable settings). */
  fix: {
    'no-socket': ({ candidate }: FailedAttempt) =>
      `Is Docker running? If not, ${START_DOCKER}.${checkSource(candidate)}`,
    'permission-denied': () =>
      'Add yourself to the docker group: `sudo usermod -aG docker $USER`, then log out and in again.',
    'connection-refused': ({ candidate }: FailedAttempt) =>
      `The daemon is stopped: ${START_DOCKER}.${checkSource(candidate)}`,
    timeout: ({ candidate }: FailedAttempt) =>
      `The daemon at ${candidate.url} does not answer: restart Docker, ` +
      'and check that no firewall or VPN is in the way.',
    tls: ({ candidate }: FailedAttempt) =>
      `Check the certificates in ${certificateDir(candidate.endpoint)}: ` +
      "ca.pem must be the CA that signed the daemon's certificate, and cert.pem/key.pem your client pair.",
    'not-docker': ({ candidate }: FailedAttempt) =>
      `Something other than a Docker Engine answers at ${candidate.url}: ` +
      (candidate.rule === 'default-socket'
        ? 'set DOCKER_HOST to where your engine listens.'
        : `point ${candidate.source} at the Docker Engine.`),
    ssh: ({ candidate }: FailedAttempt) =>
      'Make sure an ssh agent holds your key (`ssh-add -l` lists it; `eval "$(ssh-agent)" && ssh-add` starts one) ' +
      `and that \`ssh ${sshTarget(candidate.endpoint)} docker version\` works in this terminal.`,
    other: () => 'Run `docker version` in this terminal: if it fails too, fix that first.',
    unusable: () => undefined,
  } satisfies Record<AttemptFailureReason, (attempt: FailedAttempt) => string | undefined>,
};

/** No candidate answered; the message lists each one with a fix. Exit code 2: the environment, not the exercise. */
export class EngineNotFoundError extends Error {
  readonly exitCode = exitCodes.usage;
  readonly attempts: FailedAttempt[];

  constructor(attempts: FailedAttempt[]) {
    super(describeFailedSearch(attempts));
    this.name = 'EngineNotFoundError';
    this.attempts = attempts;
  }
}

/**
 * How far the daemon's clock is ahead of this machine's, when that is more than the Date header's one-second
 * precision can blur: a Docker Desktop VM whose clock lagged after the laptop slept, a remote daemon.
 */
export function clockOffset(serverDate: string | undefined, now = Date.now()): number {
  const server = serverDate ? Date.parse(serverDate) : NaN;
  if (Number.isNaN(server)) return 0;
  const offset = server - now;
  return Math.abs(offset) > clockToleranceMs ? offset : 0;
}
const clockToleranceMs = 3000;

/** Probes the candidates in the docker CLI's order and returns the first that answers as a Docker Engine. */
export async function findEngine(settings: LookupSettings, probe: ProbeFunction = probeEndpoint): Promise<FoundEngine> {
  const failed: FailedAttempt[] = [];
  for (const candidate of engineCandidates(settings)) {
    if (!candidate.endpoint) {
      const detail = candidate.problem ?? `"${candidate.url}" is not an address`;
      failed.push({ candidate, failure: { reason: 'unusable', detail } });
      continue;
    }
    const result = await probe(candidate.endpoint, { timeoutMs: PROBE_TIMEOUT_MS });
    if (result.ok) {
      const tried = [...failed, { candidate }];
      return { candidate, endpoint: candidate.endpoint, apiVersion: result.apiVersion, clockOffsetMs: clockOffset(result.serverDate), tried };
    }
    failed.push({ candidate, failure: { reason: result.reason, detail: result.detail } });
  }
  throw new EngineNotFoundError(failed);
}

/** The real environment: process.env, the home directory, the platform and the file system. */
export function defaultLookupSettings(hostFlag?: string): LookupSettings {
  return {
    hostFlag,
    env: process.env,
    homeDir: os.homedir(),
    platform: process.platform,
    readFile: (filePath) => {
      try {
        return readFileSync(filePath, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** One failed attempt in the words of the message above: what went wrong, and the fix (also used by `doctor`). */
export function attemptAdvice(attempt: FailedAttempt): { summary: string; fix?: string } {
  return { summary: messages.whatWentWrong[attempt.failure.reason], fix: messages.fix[attempt.failure.reason](attempt) };
}

function describeFailedSearch(attempts: FailedAttempt[]): string {
  const lines = [messages.headline, ''];
  attempts.forEach((attempt, index) => {
    const { candidate, failure } = attempt;
    lines.push(`  ${candidate.source}${candidate.url ? `: ${candidate.url}` : ''}`);
    lines.push(`    ${messages.whatWentWrong[failure.reason]}: ${failure.detail}`);
    const fix = messages.fix[failure.reason](attempt);
    // Neighbours failing the same way (the default sockets, usually) share one fix instead of repeating it.
    const next = attempts[index + 1];
    if (fix && (!next || messages.fix[next.failure.reason](next) !== fix)) {
      lines.push(`    Fix: ${fix}`);
    }
  });
  lines.push('', messages.closing);
  return lines.join('\n');
}

/** For an explicit choice, the address itself may be what is wrong. */
function checkSource(candidate: EngineCandidate): string {
  return candidate.rule === 'default-socket' ? '' : ` If it is running, check that ${candidate.source} points at it.`;
}

function certificateDir(endpoint: EngineEndpoint | undefined): string {
  const tls = endpoint?.kind === 'tcp' ? endpoint.tls : undefined;
  const someFile = tls?.caPath ?? tls?.certPath ?? tls?.keyPath;
  return someFile ? path.dirname(someFile) : 'DOCKER_CERT_PATH (~/.docker by default)';
}

function sshTarget(endpoint: EngineEndpoint | undefined): string {
  if (endpoint?.kind !== 'ssh') {
    return 'user@host';
  }
  const user = endpoint.username ? `${endpoint.username}@` : '';
  const port = endpoint.port ? ` -p ${endpoint.port}` : '';
  return `${user}${endpoint.host}${port}`;
}
