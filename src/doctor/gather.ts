import { existsSync, readFileSync, statSync } from 'node:fs';
import { access, constants, readFile, realpath, statfs } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { defaultLookupSettings, EngineNotFoundError, findEngine } from '../engine/connect.js';
import { dockerodeReader } from '../engine/dockerode-reader.js';
import { engineCandidates, type LookupSettings } from '../engine/lookup.js';
import { probeEndpoint } from '../engine/probe.js';
import type { EngineReader } from '../engine/reader.js';
import { parseState, stateDirectory } from '../progress/state.js';
import { solutionsFolderOf, trackFolder } from '../session.js';
import { loadTrack } from '../track/load.js';
import { textOf } from '../track/text.js';
import { detect, dockerRootIsLocal } from './diagnose.js';
import { doctorWords as say } from './words.js';
import type {
  CandidateFact,
  DaemonFacts,
  DiskFact,
  DoctorFacts,
  EngineFacts,
  ImageFact,
  InstalledFacts,
  MachineFacts,
  PortFact,
  StateFileFact,
  TrackFacts,
} from './facts.js';

/** Candidates after the one that answered are only looked at, not waited for: a short time-out. */
const LATER_PROBE_TIMEOUT_MS = 2_000;

export interface GatherOptions {
  hostFlag?: string;
  track?: string;
}

/**
 * Collects what doctor judges. Only reads: files and variables, GET /_ping, /version, /info, /images/{name}/json
 * and /containers/json from the engine, and a port opened on this machine and closed at once. Each part that
 * fails becomes a fact about the failure, so doctor always has something to say.
 */
export async function gatherFacts(options: GatherOptions): Promise<DoctorFacts> {
  const settings = defaultLookupSettings(options.hostFlag);
  const machine = machineFacts(settings);
  const track = trackFacts(options);
  const engine = await engineFacts(settings);
  const reader = engine.found?.candidate.endpoint ? dockerodeReader(engine.found.candidate.endpoint) : undefined;
  const daemon = reader ? await daemonFacts(reader) : undefined;
  const known = { machine, engine, daemon };
  const remote = detect(known).remote;
  const [images, ports, disk, state] = await Promise.all([
    reader && track.ok ? imageFacts(reader, track.images) : Promise.resolve([]),
    track.ok ? portFacts(reader, track.ports, remote) : Promise.resolve([]),
    diskFact(known),
    stateFileFact(),
  ]);
  return { machine, engine, daemon, installed: installedFacts(machine), track, images, ports, disk, state };
}

// ---------------------------------------------------------------------------------------------------------------

function machineFacts(settings: LookupSettings): MachineFacts {
  const procVersion = settings.platform === 'linux' ? settings.readFile('/proc/version') : undefined;
  return {
    platform: settings.platform,
    arch: process.arch,
    homeDir: settings.homeDir,
    runtimeDir: settings.env.XDG_RUNTIME_DIR || undefined,
    wsl: detectWsl(settings.platform, procVersion, settings.env),
    nodeVersion: process.versions.node,
    nodeRequired: requiredNode(),
  };
}

/**
 * WSL from /proc/version ("…-microsoft-standard-WSL2" on WSL 2, "…-Microsoft" on WSL 1) or WSL_DISTRO_NAME, which
 * WSL sets in every distro's shell.
 */
export function detectWsl(
  platform: NodeJS.Platform,
  procVersion: string | undefined,
  env: Record<string, string | undefined>,
): MachineFacts['wsl'] {
  if (platform !== 'linux') return undefined;
  const kernel = procVersion ?? '';
  const distro = env.WSL_DISTRO_NAME || undefined;
  if (!/microsoft/i.test(kernel) && !distro) return undefined;
  const version = /microsoft-standard|wsl2/i.test(kernel) || !/microsoft/i.test(kernel) ? 2 : 1;
  return { version, distro };
}

function requiredNode(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines?: { node?: string } };
    return manifest.engines?.node ?? '>=20';
  } catch {
    return '>=20';
  }
}

// ---------------------------------------------------------------------------------------------------------------

function trackFacts(options: GatherOptions): TrackFacts {
  const dir = trackFolder({ track: options.track });
  try {
    const track = loadTrack(dir, solutionsFolderOf(dir));
    const images = new Set<string>();
    const ports = new Set<number>();
    const containers = new Set<string>();
    for (const { definition } of track.exercises) {
      for (const image of definition.uses?.images ?? []) images.add(image);
      for (const port of definition.uses?.ports ?? []) ports.add(port);
      for (const container of definition.creates?.containers ?? []) containers.add(container);
    }
    return {
      ok: true,
      id: track.id,
      name: textOf(track.name),
      dir,
      exercises: track.exercises.length,
      images: [...images],
      ports: [...ports].sort((a, b) => a - b),
      containers: [...containers],
    };
  } catch (error) {
    return { ok: false, dir, error: error instanceof Error ? error.message : String(error) };
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** findEngine's ordered search, then a look at the places after the one that answered. */
async function engineFacts(settings: LookupSettings): Promise<EngineFacts> {
  let found;
  try {
    found = await findEngine(settings);
  } catch (error) {
    if (error instanceof EngineNotFoundError) {
      return { candidates: error.attempts.map(({ candidate, failure }) => ({ candidate, outcome: 'failed', failure })) };
    }
    throw error;
  }
  const candidates: CandidateFact[] = found.tried.map(({ candidate, failure }) =>
    failure ? { candidate, outcome: 'failed', failure } : { candidate, outcome: 'answered' },
  );
  const usedPath = found.endpoint.kind === 'unix' ? found.endpoint.socketPath : undefined;
  const usedSocket = (await realSocketPath(usedPath)) ?? usedPath;
  // /var/run is a link to /run on most Linux systems: only a link that leads elsewhere is worth saying.
  const socketRealPath = usedSocket !== undefined && usedSocket !== usedPath?.replace(/^\/var\/run\//, '/run/') ? usedSocket : undefined;
  for (const candidate of engineCandidates(settings).slice(found.tried.length)) {
    if (!candidate.endpoint) {
      candidates.push({ candidate, outcome: 'unused', failure: { reason: 'unusable', detail: candidate.problem ?? candidate.url } });
      continue;
    }
    const result = await probeEndpoint(candidate.endpoint, { timeoutMs: LATER_PROBE_TIMEOUT_MS });
    if (!result.ok) {
      candidates.push({ candidate, outcome: 'unused', failure: { reason: result.reason, detail: result.detail } });
      continue;
    }
    // A link to the socket in use (a Mac's /var/run/docker.sock) is the same engine, not another one.
    const samePlace =
      candidate.endpoint.kind === 'unix' && usedSocket !== undefined && ((await realSocketPath(candidate.endpoint.socketPath)) ?? candidate.endpoint.socketPath) === usedSocket;
    candidates.push({ candidate, outcome: samePlace ? 'unused' : 'also-answers' });
  }
  return {
    candidates,
    found: { candidate: found.candidate, socketRealPath, apiVersion: found.apiVersion, clockOffsetMs: found.clockOffsetMs },
  };
}

/** The socket's path with links resolved, when that differs from the path itself. */
async function realSocketPath(socketPath: string | undefined): Promise<string | undefined> {
  if (!socketPath) return undefined;
  try {
    const real = await realpath(socketPath);
    return real === socketPath ? undefined : real;
  } catch {
    return undefined;
  }
}

async function daemonFacts(reader: EngineReader): Promise<DaemonFacts> {
  const [version, info] = await Promise.allSettled([reader.version(), reader.info()]);
  const errors = [version, info]
    .map((result, index) => (result.status === 'rejected' ? `GET /${index === 0 ? 'version' : 'info'}: ${messageOf(result.reason)}` : undefined))
    .filter(Boolean);
  return {
    version: version.status === 'fulfilled' ? version.value : undefined,
    info: info.status === 'fulfilled' ? info.value : undefined,
    ...(errors.length ? { error: errors.join('; ') } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** GET /images/{name}/json per image; `python:*` (any tag) lists images by reference instead. */
async function imageFacts(reader: EngineReader, references: string[]): Promise<ImageFact[]> {
  return Promise.all(
    references.map(async (reference): Promise<ImageFact> => {
      try {
        const anyTag = /^(.+):\*$/.exec(reference);
        const present = anyTag
          ? (await reader.listImages({ reference: [anyTag[1]!] })).length > 0
          : (await reader.inspectImage(reference)) !== undefined;
        return { reference, present };
      } catch (error) {
        return { reference, error: messageOf(error) };
      }
    }),
  );
}

/**
 * Each port: can this machine listen on it (127.0.0.1 and 0.0.0.0, closed at once), and which running containers
 * of the engine publish it. A remote engine publishes on its own machine, so only the second is asked then.
 */
async function portFacts(reader: EngineReader | undefined, ports: number[], remote: boolean): Promise<PortFact[]> {
  const facts: PortFact[] = [];
  for (const port of ports) {
    const fact: PortFact = remote ? { port, note: say.portRemote, publishedBy: [] } : { port, ...(await listenTest(port)), publishedBy: [] };
    if (reader) {
      try {
        const containers = await reader.listContainers({ publish: [String(port)], status: ['running'] });
        fact.publishedBy = containers.map((container) => ({ name: (container.Names[0] ?? container.Id.slice(0, 12)).replace(/^\//, ''), image: container.Image }));
      } catch (error) {
        fact.note = [fact.note, say.portListFailed(messageOf(error))].filter(Boolean).join('; ');
      }
    }
    facts.push(fact);
  }
  return facts;
}

async function listenTest(port: number): Promise<Pick<PortFact, 'free' | 'note'>> {
  for (const host of ['127.0.0.1', '0.0.0.0']) {
    const outcome = await tryListen(port, host);
    if (outcome === 'taken') return { free: false };
    if (outcome !== 'free') {
      return {
        note: outcome === 'EACCES' ? say.portPrivileged(host, port) : say.portListenFailed(host, port, outcome),
      };
    }
  }
  return { free: true };
}

/** Listens on host:port and closes at once: 'free', 'taken', or the error code that stopped it. */
function tryListen(port: number, host: string): Promise<string> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' ? 'taken' : (error.code ?? error.message)));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve('free')));
  });
}

// ---------------------------------------------------------------------------------------------------------------

/** The free space where Docker keeps images, when that is on this machine; else where docker-kata keeps its file. */
async function diskFact(known: Pick<DoctorFacts, 'machine' | 'engine' | 'daemon'>): Promise<DiskFact> {
  if (dockerRootIsLocal(known)) {
    const dockerRoot = known.daemon!.info!.DockerRootDir as string;
    const measured = await measure(dockerRoot, 'docker-root');
    if (measured.freeBytes !== undefined) return measured;
  }
  return measure(nearestExisting(stateDirectory()), 'state-folder');
}

async function measure(where: string, of: DiskFact['of']): Promise<DiskFact> {
  try {
    const stats = await statfs(where);
    return { path: where, of, freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
  } catch (error) {
    return { path: where, of, error: messageOf(error) };
  }
}

/** The folder itself, or the closest parent that exists (the state folder is made on first use). */
function nearestExisting(folder: string): string {
  let current = path.resolve(folder);
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** Where progress is kept, and whether docker-kata can write it; read only, never set aside as other commands do. */
async function stateFileFact(): Promise<StateFileFact> {
  const folder = stateDirectory();
  const file = path.join(folder, 'state.json');
  const exists = existsSync(file);
  const fact: StateFileFact = { file, exists, writable: false };
  if (exists) {
    try {
      parseState(await readFile(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code) return { ...fact, error: messageOf(error) };
      fact.damaged = messageOf(error);
    }
  }
  const target = exists ? folder : nearestExisting(folder);
  try {
    if (!statSync(target).isDirectory()) return fact;
    // Saving writes a temporary file in the folder and renames it over state.json.
    await access(target, constants.W_OK);
    if (exists) await access(file, constants.W_OK);
    fact.writable = true;
  } catch {
    // not writable
  }
  return fact;
}

// ---------------------------------------------------------------------------------------------------------------

/** Traces of engines on this machine, for the fix when none answers. */
function installedFacts(machine: MachineFacts): InstalledFacts {
  const home = machine.homeDir;
  const podmanSockets = [machine.runtimeDir && path.posix.join(machine.runtimeDir, 'podman', 'podman.sock'), '/run/podman/podman.sock'];
  const programFiles = process.env.ProgramFiles ?? 'C:\\Program Files';
  const desktopPlaces =
    machine.platform === 'darwin'
      ? ['/Applications/Docker.app', path.join(home, 'Applications', 'Docker.app')]
      : machine.platform === 'win32'
        ? [path.win32.join(programFiles, 'Docker', 'Docker')]
        : [path.join(home, '.docker', 'desktop'), ...(machine.wsl ? ['/mnt/c/Program Files/Docker/Docker'] : [])];
  return {
    podman: onPath(machine.platform === 'win32' ? 'podman.exe' : 'podman'),
    podmanSocket: podmanSockets.find((socket): socket is string => Boolean(socket) && isSocket(socket as string)),
    colima: existsSync(path.join(home, '.colima')),
    dockerDesktop: desktopPlaces.some((place) => existsSync(place)),
  };
}

function onPath(program: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => existsSync(path.join(dir, program)));
}

function isSocket(file: string): boolean {
  try {
    return statSync(file).isSocket();
  } catch {
    return false;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

