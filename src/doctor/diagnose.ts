import path from 'node:path';
import { apiVersionSupported, minimumApiVersion } from '../engine/api-version.js';
import { attemptAdvice, type FailedAttempt } from '../engine/connect.js';
import { sourceLabel } from '../engine/lookup.js';
import type { EngineCandidate } from '../engine/endpoint.js';
import type { EngineObject } from '../engine/reader.js';
import { exitCodes } from '../errors.js';
import { messages } from '../ui/messages.js';
import type { CandidateFact, DoctorFacts, PortFact } from './facts.js';

export type FindingStatus = 'ok' | 'warn' | 'problem' | 'info';

/** One line of doctor's checklist: a problem always comes with a fix a person can follow. */
export interface Finding {
  id: string;
  status: FindingStatus;
  title: string;
  detail: string;
  /** What to do; several steps are separate lines. */
  fix?: string;
}

/** Free space below which doctor warns, and below which it is a problem: images and layers need room. */
export const diskThresholds = { warnBelowBytes: 2e9, problemBelowBytes: 5e8 } as const;

const say = messages.doctor;

/** What kind of set-up this is, read from the facts; also part of `doctor --json`. */
export interface Detected {
  dockerDesktop: boolean;
  podman: boolean;
  colima: boolean;
  rootless: boolean;
  wsl: boolean;
  /** The engine runs on another machine (tcp to a non-local host, ssh). */
  remote: boolean;
  /** Docker Desktop switched to Windows containers: the track's Linux images do not run. */
  windowsContainers: boolean;
}

export function detect(facts: Pick<DoctorFacts, 'machine' | 'engine' | 'daemon'>): Detected {
  const { machine, engine, daemon } = facts;
  const found = engine.found;
  const info = daemon?.info ?? {};
  const version = daemon?.version ?? {};
  const where = found ? engineLocation(found.candidate, found.socketRealPath) : undefined;
  const under = (...segments: string[]) => where !== undefined && isUnder(where, path.posix.join(machine.homeDir, ...segments));
  const context = found ? contextNameOf(found.candidate) : undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const components = Array.isArray(version.Components) ? (version.Components as EngineObject[]) : [];
  const podman = components.some((component) => text(component.Name) === 'Podman Engine');
  const securityOptions = Array.isArray(info.SecurityOptions) ? info.SecurityOptions.map(text) : [];
  const endpoint = found?.candidate.endpoint;
  return {
    dockerDesktop: /docker desktop/i.test(text(info.OperatingSystem)) || under('.docker', 'desktop') || under('.docker', 'run') || context === 'desktop-linux',
    podman,
    colima: under('.colima') || /^colima(-|$)/.test(context ?? '') || text(info.Name) === 'colima',
    rootless:
      securityOptions.some((option) => option.split(',').includes('name=rootless')) ||
      (!podman && endpoint?.kind === 'unix' && machine.runtimeDir !== undefined && where !== undefined && isUnder(where, machine.runtimeDir)),
    wsl: machine.wsl !== undefined,
    remote: endpoint?.kind === 'ssh' || (endpoint?.kind === 'tcp' && !isLocalHost(endpoint.host)),
    windowsContainers: text(info.OSType) === 'windows' || text(version.Os) === 'windows',
  };
}

/**
 * Whether the daemon's DockerRootDir is on this machine's disks, so its free space can be measured here: not for
 * an engine in a virtual machine (Docker Desktop, Colima, Podman machine, any engine on a Mac or Windows) or on
 * another machine.
 */
export function dockerRootIsLocal(facts: Pick<DoctorFacts, 'machine' | 'engine' | 'daemon'>): boolean {
  const found = facts.engine.found;
  if (!found || found.candidate.endpoint?.kind !== 'unix') return false;
  if (facts.machine.platform !== 'linux') return false;
  const detected = detect(facts);
  return !detected.dockerDesktop && !detected.colima && !detected.remote && typeof facts.daemon?.info?.DockerRootDir === 'string';
}

/** Turns the gathered facts into the checklist, in the order a person reads it. */
export function diagnose(facts: DoctorFacts): Finding[] {
  const detected = detect(facts);
  return [
    ...engineFindings(facts, detected),
    ...daemonFindings(facts, detected),
    ...setUpFindings(facts, detected),
    ...trackFindings(facts),
    ...diskFindings(facts, detected),
    stateFinding(facts),
    nodeFinding(facts),
  ];
}

/** 2 when doctor could not do its job (no engine, no track), 1 when it found a problem, else 0. */
export function doctorExitCode(facts: DoctorFacts, findings: Finding[]): number {
  if (!facts.engine.found || !facts.track.ok) return exitCodes.usage;
  return findings.some((finding) => finding.status === 'problem') ? exitCodes.notYet : exitCodes.ok;
}

// ---------------------------------------------------------------------------------------------------------------
// The engine

function engineFindings(facts: DoctorFacts, detected: Detected): Finding[] {
  const { found, candidates } = facts.engine;
  const findings: Finding[] = [];
  if (found) {
    findings.push({
      id: 'engine',
      status: 'ok',
      title: say.engineFound(found.candidate.url),
      detail: say.engineRule(found.candidate.rule, sourceLabel(found.candidate), found.socketRealPath),
    });
  } else {
    const tooOld = candidates.find((fact) => fact.failure?.reason === 'old-api');
    findings.push(
      tooOld
        ? { id: 'engine', status: 'problem', title: say.engineTooOld(tooOld.candidate.url), detail: tooOld.failure!.detail, fix: attemptAdvice(tooOld as FailedAttempt).fix }
        : { id: 'engine', status: 'problem', title: say.noEngine, detail: say.noEngineDetail(candidates.length), fix: noEngineFix(facts, detected) },
    );
  }
  candidates.forEach((fact, index) => {
    const { candidate } = fact;
    const where = `${sourceLabel(candidate)}${candidate.url ? `: ${candidate.url}` : ''}`;
    if (fact.outcome === 'failed' && fact.failure) {
      const advice = attemptAdvice(fact as FailedAttempt);
      // A default socket that does not exist is simply not how this machine runs Docker; the engine finding
      // above says what to do. Other failures (a wrong address, TLS, ssh, a stranger on the socket) get their own fix.
      const ordinary = candidate.rule === 'default-socket' && fact.failure.reason === 'no-socket';
      const coveredAbove = ['no-socket', 'connection-refused', 'permission-denied', 'old-api'].includes(fact.failure.reason);
      findings.push({
        id: `candidate-${index + 1}`,
        status: found || ordinary ? 'info' : 'problem',
        title: found ? say.triedBefore(where, advice.summary) : say.candidateFailed(where, advice.summary),
        detail: fact.failure.detail,
        ...(!found && !ordinary && !coveredAbove && advice.fix ? { fix: advice.fix } : {}),
      });
    } else if (fact.outcome === 'also-answers' && found) {
      findings.push({
        id: `candidate-${index + 1}`,
        status: 'info',
        title: say.alsoAnswers(where),
        detail: say.alsoAnswersDetail(found.candidate.url),
      });
    }
  });
  return findings;
}

/** What to do when nothing answers, from what this machine looks like. */
export function noEngineFix(facts: DoctorFacts, detected: Pick<Detected, 'wsl'>): string {
  const { machine, installed, engine } = facts;
  const failed = engine.candidates.filter((fact): fact is CandidateFact & FailedAttempt => fact.outcome === 'failed' && !!fact.failure);
  const explicit = failed.find((fact) => fact.candidate.rule !== 'default-socket');
  if (explicit) {
    const where = explicit.candidate.endpoint ? engineLocation(explicit.candidate) : '';
    const context = contextNameOf(explicit.candidate) ?? '';
    // `colima start` also makes its docker context again.
    const colimaContext = /^colima(-|$)/.test(context) && (explicit.failure.reason !== 'unusable' || installed.colima);
    if (colimaContext || (explicit.failure.reason !== 'unusable' && isUnder(where, path.posix.join(machine.homeDir, '.colima')))) {
      return say.fixColimaStart;
    }
    if (explicit.failure.reason === 'no-socket' && /\/podman\/podman\.sock$/.test(where)) return say.fixPodmanSocketStart;
    return attemptAdvice(explicit).fix ?? say.fixUnusable(sourceLabel(explicit.candidate));
  }
  if (failed.some((fact) => fact.failure.reason === 'permission-denied')) return say.fixDockerGroup;
  const windowsSteps = [say.fixDesktopStart];
  if (detected.wsl && machine.wsl) {
    if (machine.wsl.version === 1) return [say.fixWsl1(machine.wsl.distro), say.fixDesktopInstall].join('\n');
    const nativeStopped = failed.some((fact) => fact.failure.reason === 'connection-refused');
    if (nativeStopped) return say.fixWslServiceStart;
    return [...windowsSteps, say.fixWslIntegration(machine.wsl.distro), say.fixDesktopInstall].join('\n');
  }
  if (machine.platform === 'win32') return [...windowsSteps, say.fixDesktopInstall].join('\n');
  if (installed.podmanSocket) return say.fixPodmanUseSocket(installed.podmanSocket);
  if (installed.podman) return say.fixPodmanSocketStart;
  if (installed.colima) return say.fixColimaStart;
  if (machine.platform === 'darwin') return say.fixMacStart;
  if (installed.dockerDesktop) return say.fixDesktopStart;
  if (failed.some((fact) => fact.failure.reason === 'connection-refused')) return say.fixLinuxStart;
  return say.fixLinuxInstall;
}

// ---------------------------------------------------------------------------------------------------------------
// The daemon

function daemonFindings(facts: DoctorFacts, detected: Detected): Finding[] {
  const { found } = facts.engine;
  const daemon = facts.daemon;
  if (!found) return [];
  if (!daemon?.version && !daemon?.info) {
    return [{ id: 'daemon', status: 'problem', title: say.daemonUnreadable, detail: daemon?.error ?? '', fix: say.fixDaemonUnreadable }];
  }
  const summary = daemonSummary(facts);
  const findings: Finding[] = [
    {
      id: 'daemon',
      status: 'ok',
      title: say.daemonTitle(detected.podman ? 'Podman' : 'Docker Engine', summary.serverVersion ?? '?', summary.os, summary.arch),
      detail: say.daemonDetail(summary),
    },
  ];
  if (daemon.error) findings.push({ id: 'daemon-partly', status: 'warn', title: say.daemonPartly, detail: daemon.error });
  const apiVersion = summary.apiVersion ?? found.apiVersion;
  findings.push(
    apiVersionSupported(apiVersion)
      ? { id: 'api-version', status: 'ok', title: say.apiOk(apiVersion ?? '?', minimumApiVersion), detail: say.apiDetail(summary.minApiVersion) }
      : {
          id: 'api-version',
          status: 'problem',
          title: say.apiTooOld(apiVersion!, minimumApiVersion),
          detail: say.apiDetail(summary.minApiVersion),
          fix: detected.dockerDesktop ? say.fixUpdateDesktop : say.fixUpdateEngine,
        },
  );
  if (detected.windowsContainers) {
    findings.push({ id: 'windows-containers', status: 'problem', title: say.windowsContainers, detail: say.windowsContainersDetail, fix: say.fixLinuxContainers });
  }
  if (found.clockOffsetMs !== 0) {
    findings.push({ id: 'clock', status: 'info', title: say.clockOffset(Math.round(found.clockOffsetMs / 1000)), detail: say.clockOffsetDetail });
  }
  return findings;
}

/** The daemon's own description, for people and for --json. */
export interface DaemonSummary {
  serverVersion?: string;
  apiVersion?: string;
  minApiVersion?: string;
  os?: string;
  arch?: string;
  kernelVersion?: string;
  operatingSystem?: string;
  name?: string;
  dockerRootDir?: string;
  driver?: string;
  cgroupVersion?: string;
}

export function daemonSummary(facts: Pick<DoctorFacts, 'daemon'>): DaemonSummary {
  const version = facts.daemon?.version ?? {};
  const info = facts.daemon?.info ?? {};
  const text = (...values: unknown[]) => values.find((value): value is string => typeof value === 'string' && value !== '');
  return {
    serverVersion: text(version.Version, info.ServerVersion),
    apiVersion: text(version.ApiVersion),
    minApiVersion: text(version.MinAPIVersion),
    os: text(version.Os, info.OSType),
    arch: text(version.Arch, info.Architecture),
    kernelVersion: text(version.KernelVersion, info.KernelVersion),
    operatingSystem: text(info.OperatingSystem),
    name: text(info.Name),
    dockerRootDir: text(info.DockerRootDir),
    driver: text(info.Driver),
    cgroupVersion: text(info.CgroupVersion),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Docker Desktop, Podman, Colima, rootless, WSL, a remote engine

function setUpFindings(facts: DoctorFacts, detected: Detected): Finding[] {
  const findings: Finding[] = [];
  const { machine } = facts;
  if (detected.wsl && machine.wsl) {
    findings.push({
      id: 'wsl',
      status: 'info',
      title: say.wsl(machine.wsl.version, machine.wsl.distro),
      detail: facts.engine.found ? (detected.dockerDesktop ? say.wslDesktopDetail : say.wslNativeDetail) : say.wslNoEngineDetail,
    });
  }
  if (!facts.engine.found) return findings;
  if (detected.dockerDesktop) findings.push({ id: 'docker-desktop', status: 'info', title: say.dockerDesktop, detail: say.dockerDesktopDetail });
  if (detected.podman) findings.push({ id: 'podman', status: 'warn', title: say.podman, detail: say.podmanDetail });
  if (detected.colima) findings.push({ id: 'colima', status: 'info', title: say.colima, detail: say.colimaDetail });
  if (detected.rootless) {
    findings.push({ id: 'rootless', status: 'info', title: say.rootless, detail: say.rootlessDetail });
    const low = facts.track.ok ? facts.track.ports.filter((port) => port < 1024) : [];
    if (low.length > 0 && !detected.podman) {
      findings.push({ id: 'rootless-ports', status: 'warn', title: say.rootlessLowPorts(low), detail: say.rootlessLowPortsDetail, fix: say.fixRootlessLowPorts(Math.min(...low)) });
    }
  }
  if (detected.remote) {
    findings.push({ id: 'remote', status: 'warn', title: say.remote(facts.engine.found.candidate.url), detail: say.remoteDetail, fix: say.fixRemote });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------------------------
// What the track needs: images and ports

function trackFindings(facts: DoctorFacts): Finding[] {
  const { track } = facts;
  if (!track.ok) return [{ id: 'track', status: 'problem', title: say.trackBroken(track.dir), detail: track.error, fix: say.fixTrack }];
  const findings: Finding[] = [{ id: 'track', status: 'info', title: say.track(track.name, track.exercises), detail: track.dir }];
  if (facts.engine.found) findings.push(imagesFinding(facts));
  findings.push(...portFindings(facts, track.containers));
  return findings;
}

function imagesFinding(facts: DoctorFacts): Finding {
  const all = facts.images;
  if (all.length === 0) return { id: 'images', status: 'info', title: say.noImagesDeclared, detail: '' };
  const missing = all.filter((image) => image.present === false).map((image) => image.reference);
  const unknown = all.filter((image) => image.present === undefined);
  const unknownDetail = unknown.map((image) => say.imageUnknown(image.reference, image.error ?? '')).join('\n');
  if (missing.length > 0) {
    return {
      id: 'images',
      status: 'warn',
      title: say.imagesMissing(missing, all.length),
      detail: [say.imagesMissingDetail, unknownDetail].filter(Boolean).join('\n'),
      fix: say.fixPullImages(missing),
    };
  }
  if (unknown.length > 0) return { id: 'images', status: 'info', title: say.imagesUnknown(unknown.length, all.length), detail: unknownDetail };
  return { id: 'images', status: 'ok', title: say.imagesPresent(all.length), detail: all.map((image) => image.reference).join(', ') };
}

function portFindings(facts: DoctorFacts, trackContainers: string[]): Finding[] {
  const ports = facts.ports;
  if (ports.length === 0) return [];
  const findings: Finding[] = [];
  const free = ports.filter((port) => port.free === true && port.publishedBy.length === 0).map((port) => port.port);
  if (free.length > 0) findings.push({ id: 'ports', status: 'ok', title: say.portsFree(free), detail: say.portsFreeDetail(free.length) });
  for (const port of ports) {
    if (port.free === true && port.publishedBy.length === 0) continue;
    findings.push(busyPortFinding(port, trackContainers));
  }
  return findings;
}

function busyPortFinding(fact: PortFact, trackContainers: string[]): Finding {
  const { port, publishedBy } = fact;
  const id = `port-${port}`;
  if (publishedBy.length > 0) {
    const names = publishedBy.map((container) => container.name);
    const ours = names.every((name) => trackContainers.includes(name));
    return {
      id,
      status: ours ? 'warn' : 'problem',
      title: say.portPublished(port, publishedBy),
      detail: ours ? say.portPublishedByTrack(port) : say.portPublishedDetail(port),
      fix: say.fixPortContainer(port, names),
    };
  }
  if (fact.free === false) return { id, status: 'problem', title: say.portBusy(port), detail: say.portBusyDetail(port), fix: say.fixPortBusy(port) };
  return { id, status: 'info', title: say.portUnknown(port), detail: fact.note ?? '' };
}

// ---------------------------------------------------------------------------------------------------------------
// Disk, progress file, Node.js

function diskFindings(facts: DoctorFacts, detected: Detected): Finding[] {
  const disk = facts.disk;
  if (!disk) return [];
  const vm = facts.engine.found && disk.of === 'state-folder' && (detected.dockerDesktop || detected.colima || detected.podman || facts.machine.platform !== 'linux');
  const note = vm ? `\n${say.diskInVm}` : '';
  if (disk.freeBytes === undefined) return [{ id: 'disk', status: 'info', title: say.diskUnknown(disk.path), detail: (disk.error ?? '') + note }];
  const title = say.diskFree(formatBytes(disk.freeBytes), disk.of, disk.path);
  const detail = say.diskDetail(formatBytes(disk.totalBytes ?? 0)) + note;
  if (disk.freeBytes < diskThresholds.problemBelowBytes) return [{ id: 'disk', status: 'problem', title, detail, fix: say.fixDisk }];
  if (disk.freeBytes < diskThresholds.warnBelowBytes) return [{ id: 'disk', status: 'warn', title, detail: `${say.diskLow(formatBytes(diskThresholds.warnBelowBytes))}${note}`, fix: say.fixDisk }];
  return [{ id: 'disk', status: 'ok', title, detail }];
}

function stateFinding(facts: DoctorFacts): Finding {
  const state = facts.state;
  const folder = path.dirname(state.file);
  if (state.error) return { id: 'state-file', status: 'problem', title: say.stateUnreadable(state.file), detail: state.error, fix: say.fixStateWritable(folder) };
  if (!state.writable) return { id: 'state-file', status: 'problem', title: say.stateNotWritable(state.file), detail: say.stateNotWritableDetail, fix: say.fixStateWritable(folder) };
  if (state.damaged) return { id: 'state-file', status: 'warn', title: say.stateDamaged(state.file), detail: state.damaged, fix: say.fixStateDamaged };
  return { id: 'state-file', status: 'ok', title: say.stateOk(state.file), detail: state.exists ? say.stateExists : say.stateNew };
}

function nodeFinding(facts: DoctorFacts): Finding {
  const { nodeVersion, nodeRequired } = facts.machine;
  return satisfiesMinimum(nodeVersion, nodeRequired)
    ? { id: 'node', status: 'ok', title: say.nodeOk(nodeVersion, nodeRequired), detail: '' }
    : { id: 'node', status: 'problem', title: say.nodeOld(nodeVersion, nodeRequired), detail: '', fix: say.fixNode(nodeRequired) };
}

/** ">=20" or ">=20.6.0" against "20.11.1" (a leading v is fine); other ranges are taken as met. */
export function satisfiesMinimum(version: string, range: string): boolean {
  const minimum = /^\s*>=\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(range);
  if (!minimum) return true;
  const parts = (text: string) => text.replace(/^v/, '').split(/[.-]/).slice(0, 3).map((part) => Number.parseInt(part, 10) || 0);
  const [have, want] = [parts(version), parts(minimum[1]!)];
  for (let index = 0; index < 3; index++) {
    if ((have[index] ?? 0) !== (want[index] ?? 0)) return (have[index] ?? 0) > (want[index] ?? 0);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// --json

/** `doctor --json`: the engine search, the daemon, and the checklist. */
export function doctorReport(facts: DoctorFacts, findings: Finding[]) {
  const found = facts.engine.found;
  const detected = detect(facts);
  return {
    engine: {
      found: Boolean(found),
      url: found?.candidate.url ?? null,
      rule: found?.candidate.rule ?? null,
      source: found?.candidate.source ?? null,
      clockOffsetMs: found?.clockOffsetMs ?? null,
      candidates: facts.engine.candidates.map(({ candidate, outcome, failure }) => ({
        rule: candidate.rule,
        source: candidate.source,
        url: candidate.url,
        outcome,
        reason: failure?.reason ?? null,
        detail: failure?.detail ?? null,
      })),
    },
    daemon: found && facts.daemon
      ? {
          ...daemonSummary(facts),
          apiVersion: daemonSummary(facts).apiVersion ?? found.apiVersion,
          minimumApiVersion,
          dockerDesktop: detected.dockerDesktop,
          podman: detected.podman,
          colima: detected.colima,
          rootless: detected.rootless,
          wsl: detected.wsl,
          remote: detected.remote,
        }
      : null,
    findings,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** "1.5 GB", "730 MB": decimal units, as `docker system df` prints them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}

/** The path (or pipe) an endpoint reaches, links resolved when known; the host for tcp and ssh. */
function engineLocation(candidate: EngineCandidate, realPath?: string): string {
  const endpoint = candidate.endpoint;
  if (!endpoint) return '';
  switch (endpoint.kind) {
    case 'unix':
      return realPath ?? endpoint.socketPath;
    case 'npipe':
      return endpoint.pipePath;
    default:
      return endpoint.host;
  }
}

/** The context's name from a candidate's source, `context "colima" (DOCKER_CONTEXT)`. */
function contextNameOf(candidate: EngineCandidate): string | undefined {
  if (candidate.rule !== 'DOCKER_CONTEXT' && candidate.rule !== 'config-context') return undefined;
  return /^context "(.+?)" \(/.exec(candidate.source)?.[1];
}

const isUnder = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);

const isLocalHost = (host: string) => ['localhost', '127.0.0.1', '::1'].includes(host.toLowerCase()) || host.startsWith('127.');
