import type { AttemptFailureReason } from '../engine/connect.js';
import type { EngineCandidate } from '../engine/endpoint.js';
import type { EngineObject } from '../engine/reader.js';

/**
 * What `doctor` gathers about the learner's set-up before it judges anything. Everything here is read (files,
 * environment, GET requests to the Engine API, a port opened and closed at once); `diagnose` turns it into
 * findings without touching the outside world, so it is tested with facts made up in the test.
 */
export interface DoctorFacts {
  machine: MachineFacts;
  engine: EngineFacts;
  /** GET /version and GET /info of the engine that answered; undefined when none did. */
  daemon?: DaemonFacts;
  /** Traces of engines installed on this machine, for the fix when none answers. */
  installed: InstalledFacts;
  track: TrackFacts;
  /** One entry per image the track uses; empty without an engine. */
  images: ImageFact[];
  /** One entry per host port the track uses. */
  ports: PortFact[];
  disk?: DiskFact;
  state: StateFileFact;
}

export interface MachineFacts {
  platform: NodeJS.Platform;
  arch: string;
  homeDir: string;
  /** $XDG_RUNTIME_DIR: rootless Docker and Podman put their sockets there. */
  runtimeDir?: string;
  /** Windows Subsystem for Linux: version 1 cannot run Docker, version 2 can (through Docker Desktop or natively). */
  wsl?: { version: 1 | 2; distro?: string };
  nodeVersion: string;
  /** package.json's engines.node, e.g. ">=20". */
  nodeRequired: string;
}

/**
 * What happened to one place the engine was looked for:
 * - answered: the engine docker-kata uses;
 * - failed: tried before an engine answered (or none did);
 * - also-answers: after the one used, another engine answers too (it is not used);
 * - unused: after the one used, nothing answers there either (shown in --json only).
 */
export type CandidateOutcome = 'answered' | 'failed' | 'also-answers' | 'unused';

export interface CandidateFact {
  candidate: EngineCandidate;
  outcome: CandidateOutcome;
  failure?: { reason: AttemptFailureReason; detail: string };
}

export interface EngineFacts {
  /** Every candidate in the docker CLI's order. */
  candidates: CandidateFact[];
  found?: {
    candidate: EngineCandidate;
    /**
     * The socket path with links resolved, set only when it leads elsewhere (on a Mac /var/run/docker.sock often
     * leads to Docker Desktop or Colima); the usual /var/run → /run link does not count.
     */
    socketRealPath?: string;
    apiVersion?: string;
    clockOffsetMs: number;
  };
}

export interface DaemonFacts {
  version?: EngineObject;
  info?: EngineObject;
  /** Why /version or /info could not be read. */
  error?: string;
}

export interface InstalledFacts {
  /** A `podman` program on PATH. */
  podman: boolean;
  /** Podman's Docker-compatible socket, when it exists. */
  podmanSocket?: string;
  /** ~/.colima exists. */
  colima: boolean;
  /** Docker Desktop's files: ~/.docker/desktop, /Applications/Docker.app, Program Files\Docker (also seen from WSL). */
  dockerDesktop: boolean;
}

export type TrackFacts =
  | {
      ok: true;
      id: string;
      name: string;
      dir: string;
      exercises: number;
      /** The union of the exercises' `uses.images`. */
      images: string[];
      /** The union of the exercises' `uses.ports`. */
      ports: number[];
      /** The union of the exercises' `creates.containers`: a port held by one of these is the track's own doing. */
      containers: string[];
    }
  | { ok: false; dir: string; error: string };

export interface ImageFact {
  reference: string;
  /** undefined when the engine could not say. */
  present?: boolean;
  error?: string;
}

export interface PortFact {
  port: number;
  /**
   * Whether docker-kata could listen on it on 127.0.0.1 and 0.0.0.0 here; undefined when it could not tell (a
   * remote engine publishes ports on its own machine; a port below 1024 needs root to test).
   */
  free?: boolean;
  /** Why it could not tell, or what stopped the test. */
  note?: string;
  /** Running containers of the engine that publish this port. */
  publishedBy: Array<{ name: string; image: string }>;
}

export interface DiskFact {
  path: string;
  /** docker-root: the daemon's DockerRootDir, here on this machine; state-folder: docker-kata's own folder. */
  of: 'docker-root' | 'state-folder';
  freeBytes?: number;
  totalBytes?: number;
  error?: string;
}

export interface StateFileFact {
  file: string;
  exists: boolean;
  /** Whether docker-kata can write it (or create it, with its folder). */
  writable: boolean;
  /** Set when the file is not a valid progress file. */
  damaged?: string;
  /** Why it could not be read or checked. */
  error?: string;
}
