import { exitCodes } from '../errors.js';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EngineCandidate, EngineEndpoint } from './endpoint.js';
import { engineCandidates, sourceLabel, type LookupSettings } from './lookup.js';
import { probeEndpoint, type ProbeFailure, type ProbeFunction } from './probe.js';
import { words } from './words.js';

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
  /** Set when the engine is Podman (its Docker-compatible API): Podman's version, e.g. "4.3.1". */
  podmanVersion?: string;
  /** Daemon clock minus this machine's clock, in ms; 0 when they agree within a few seconds. */
  clockOffsetMs: number;
  /** Every candidate probed, in order, the answering one last. */
  tried: EngineAttempt[];
}

export type FailedAttempt = Required<EngineAttempt>;

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
      const detail = candidate.problem ?? words.notAnAddress(candidate.url);
      failed.push({ candidate, failure: { reason: 'unusable', detail } });
      continue;
    }
    const result = await probe(candidate.endpoint, { timeoutMs: PROBE_TIMEOUT_MS });
    if (result.ok) {
      const tried = [...failed, { candidate }];
      const { apiVersion, podmanVersion } = result;
      return { candidate, endpoint: candidate.endpoint, apiVersion, ...(podmanVersion ? { podmanVersion } : {}), clockOffsetMs: clockOffset(result.serverDate), tried };
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
  return { summary: words.connect.whatWentWrong[attempt.failure.reason], fix: fixFor(attempt) };
}

function describeFailedSearch(attempts: FailedAttempt[]): string {
  const say = words.connect;
  // `docker ps` may well work against an engine that is merely too old: then the closing line would mislead.
  const tooOld = attempts.some((attempt) => attempt.failure.reason === 'old-api');
  const lines = [tooOld ? say.headlineTooOld : say.headline, ''];
  attempts.forEach((attempt, index) => {
    const { candidate, failure } = attempt;
    lines.push(`  ${sourceLabel(candidate)}${candidate.url ? `: ${candidate.url}` : ''}`);
    lines.push(`    ${say.whatWentWrong[failure.reason]}: ${failure.detail}`);
    const fix = fixFor(attempt);
    // Neighbours failing the same way (the default sockets, usually) share one fix instead of repeating it.
    const next = attempts[index + 1];
    if (fix && (!next || fixFor(next) !== fix)) {
      lines.push(`    ${say.fixLabel} ${fix}`);
    }
  });
  if (!tooOld) lines.push('', say.closing);
  return lines.join('\n');
}

/** What the person can do; undefined when the detail already says it (unusable settings). */
function fixFor({ candidate, failure }: FailedAttempt): string | undefined {
  const fix = words.connect.fix;
  // For an explicit choice, the address itself may be what is wrong: the fix names where it came from.
  const explicit = candidate.rule === 'default-socket' ? undefined : sourceLabel(candidate);
  switch (failure.reason) {
    case 'no-socket':
      return fix.noSocket(explicit);
    case 'permission-denied':
      return fix.permissionDenied;
    case 'connection-refused':
      return fix.connectionRefused(explicit);
    case 'timeout':
      return fix.timeout(candidate.url);
    case 'tls':
      return fix.tls(certificateDir(candidate.endpoint));
    case 'not-docker':
      return fix.notDocker(candidate.url, explicit);
    case 'old-api':
      return fix.oldApi;
    case 'ssh':
      return fix.ssh(sshTarget(candidate.endpoint));
    case 'other':
      return fix.other;
    case 'unusable':
      return undefined;
  }
}

/** The folder of the TLS files in use; undefined when there are none (DOCKER_CERT_PATH's default then). */
function certificateDir(endpoint: EngineEndpoint | undefined): string | undefined {
  const tls = endpoint?.kind === 'tcp' ? endpoint.tls : undefined;
  const someFile = tls?.caPath ?? tls?.certPath ?? tls?.keyPath;
  return someFile ? path.dirname(someFile) : undefined;
}

function sshTarget(endpoint: EngineEndpoint | undefined): string {
  if (endpoint?.kind !== 'ssh') {
    return 'user@host';
  }
  const user = endpoint.username ? `${endpoint.username}@` : '';
  const port = endpoint.port ? ` -p ${endpoint.port}` : '';
  return `${user}${endpoint.host}${port}`;
}
