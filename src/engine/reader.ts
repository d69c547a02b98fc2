/**
 * The few reads the checks need from a Docker Engine. Checks see only this interface, never dockerode, so they
 * are tested with recorded Engine API JSON and verification stays read-only by construction: there is no method
 * here that could create, start, stop, exec in or remove anything.
 */
export interface EngineReader {
  /** GET /containers/json?all=1 with server-side filters (e.g. { name: ['^/web$'], ancestor: ['ubuntu'] }). */
  listContainers(filters?: Record<string, string[]>, limit?: number): Promise<ContainerSummary[]>;
  /** GET /containers/{id}/json; undefined when there is no such container (404). */
  inspectContainer(idOrName: string): Promise<ContainerInspect | undefined>;
  /** GET /images/{name}/json; undefined when the reference is not present locally (404). */
  inspectImage(reference: string): Promise<ImageInspect | undefined>;
  /** GET /images/json with server-side filters (e.g. { reference: ['python'] }). */
  listImages(filters?: Record<string, string[]>): Promise<ImageSummary[]>;
  inspectNetwork(idOrName: string): Promise<NetworkInspect | undefined>;
  inspectVolume(name: string): Promise<VolumeInspect | undefined>;
  /**
   * GET /events between two moments (never an open stream), oldest first. Through connectEngine, merged with the
   * events `docker-kata watch` journaled for the same window (journal.ts), as the daemon keeps only its last 256.
   */
  events(query: { since: Date; until: Date; filters?: Record<string, string[]> }): Promise<EngineEvent[]>;
  /** GET /containers/{id}/archive: what is at `path` in the container's filesystem, read without exec. */
  readPath(containerId: string, path: string, maxBytes: number): Promise<PathReading>;
  /** GET /containers/{id}/logs: stdout and stderr as text, the last `tail` lines. */
  containerLogs(containerId: string, tail: number): Promise<string>;
  /** GET /images/{name}/history: one entry per layer-producing step, newest first. */
  imageHistory(reference: string): Promise<ImageHistoryEntry[] | undefined>;
  /** GET /info: the daemon's view of itself (kernel, swarm state, …). */
  info(): Promise<EngineObject>;
  /**
   * A name for this engine that stays the same across requests: its ID (GET /info). Podman's ID changes with every
   * request, so there it is the host name and storage folder. '' when there is none.
   */
  engineId(): Promise<string>;
  /** GET /version: server and API versions. */
  version(): Promise<EngineObject>;
  /** GET /services/{id}; undefined when there is no such service or the daemon is not in swarm mode. */
  inspectService(idOrName: string): Promise<ServiceInspect | undefined>;
  /** GET /tasks with filters; empty when the daemon is not in swarm mode. */
  listTasks(filters: Record<string, string[]>): Promise<TaskSummary[]>;
}

export interface ImageHistoryEntry {
  Id: string;
  Created: number;
  CreatedBy: string;
  Size: number;
}

export interface ServiceInspect extends EngineObject {
  ID: string;
  CreatedAt: string;
  Spec: {
    Name: string;
    Mode?: { Replicated?: { Replicas?: number }; Global?: object };
    TaskTemplate?: { ContainerSpec?: { Image?: string } };
  };
}

export interface TaskSummary extends EngineObject {
  ID: string;
  DesiredState: string;
  Status: { State: string };
}

/** An object as the Engine returns it; checks read documented fields and `where` conditions read any path. */
export type EngineObject = Record<string, unknown>;

export interface ContainerSummary extends EngineObject {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Created: number;
  State: string;
}

export interface ContainerInspect extends EngineObject {
  Id: string;
  Name: string;
  Created: string;
  Image: string;
  Path: string;
  Args: string[];
  State: {
    Status: string;
    Running: boolean;
    ExitCode: number;
    StartedAt: string;
    FinishedAt: string;
  };
  Config: {
    Image: string;
    Tty: boolean;
    OpenStdin: boolean;
    AttachStdin: boolean;
    AttachStdout: boolean;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    Labels?: Record<string, string> | null;
  };
  HostConfig: {
    AutoRemove?: boolean;
    /** --memory in bytes; 0 is no limit. */
    Memory?: number;
    /** --cpus in billionths of a CPU; 0 is no limit. */
    NanoCpus?: number;
    PortBindings?: Record<string, Array<{ HostIp: string; HostPort: string }> | null> | null;
  };
  Mounts: Array<{ Type: string; Name?: string; Source: string; Destination: string }>;
  NetworkSettings: {
    Networks?: Record<string, { IPAddress?: string; Aliases?: string[] | null }> | null;
    Ports?: Record<string, Array<{ HostIp: string; HostPort: string }> | null> | null;
  };
}

export interface ImageSummary extends EngineObject {
  Id: string;
  RepoTags: string[] | null;
  Created: number;
}

export interface ImageInspect extends EngineObject {
  Id: string;
  RepoTags: string[];
  RepoDigests?: string[];
  Created: string;
  Config: { Cmd?: string[] | null; Entrypoint?: string[] | null } | null;
}

export interface NetworkInspect extends EngineObject {
  Id: string;
  Name: string;
  Created: string;
  Driver: string;
  Containers?: Record<string, { Name: string }> | null;
}

export interface VolumeInspect extends EngineObject {
  Name: string;
  CreatedAt?: string;
  Driver: string;
  Mountpoint: string;
}

export interface EngineEvent {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
  /** Nanoseconds since the epoch, as the Engine reports it. */
  timeNano: number;
}

export type PathReading =
  | { exists: false }
  | { exists: true; type: 'file' | 'directory' | 'link' | 'other'; size: number; content?: Buffer };

/** The engine's stable name from its GET /info (see EngineReader.engineId). */
export function engineIdFrom(info: EngineObject, podman: boolean): string {
  if (podman) return `podman:${String(info.Name ?? '')}:${String(info.DockerRootDir ?? '')}`;
  return typeof info.ID === 'string' ? info.ID : '';
}
