import { readFileSync } from 'node:fs';
import { Agent as HttpsAgent } from 'node:https';
import { userInfo } from 'node:os';
import type { Readable } from 'node:stream';
import Docker from 'dockerode';
import type { EngineEndpoint } from './endpoint.js';
import type {
  ContainerInspect,
  ContainerSummary,
  EngineObject,
  ImageHistoryEntry,
  ServiceInspect,
  TaskSummary,
  EngineReader,
  ImageInspect,
  ImageSummary,
  NetworkInspect,
  VolumeInspect,
} from './reader.js';
import { engineIdFrom } from './reader.js';

import { filtersJson, notInSwarmMeansMissing, orMissing, parseEventStream, readAll, readFirstTarEntry, demultiplexLogs, requestTimeoutMs, unixSeconds } from './wire.js';

// The wire helpers used to live here; kept importable from here for existing callers.
export { demultiplexLogs, parseEventStream, readFirstTarEntry } from './wire.js';

/**
 * dockerode's options for an endpoint docker-kata has already found. Every connection key is set, undefined or
 * not, because docker-modem fills missing ones from DOCKER_HOST: the engine the probe reached is the one read.
 */
export function dockerodeOptions(endpoint: EngineEndpoint): Docker.DockerOptions {
  const none = { socketPath: undefined, host: undefined, port: undefined, protocol: undefined, ca: undefined, cert: undefined, key: undefined };
  switch (endpoint.kind) {
    case 'unix':
      return { ...none, socketPath: endpoint.socketPath, timeout: requestTimeoutMs };
    case 'npipe':
      return { ...none, socketPath: endpoint.pipePath, timeout: requestTimeoutMs };
    case 'ssh':
      return {
        ...none,
        protocol: 'ssh',
        host: endpoint.host,
        port: endpoint.port,
        // As ssh itself does, and as the probe did: without a user in the address, the local user.
        username: endpoint.username ?? userInfo().username,
        sshOptions: { agent: process.env.SSH_AUTH_SOCK },
        timeout: requestTimeoutMs,
      } as Docker.DockerOptions;
    case 'tcp': {
      const tls = endpoint.tls;
      const read = (path?: string) => (path ? readFileSync(path) : undefined);
      const material = { ca: read(tls?.caPath), cert: read(tls?.certPath), key: read(tls?.keyPath) };
      return {
        ...none,
        protocol: tls ? 'https' : 'http',
        host: endpoint.host,
        port: endpoint.port,
        ...material,
        // docker-modem does not pass rejectUnauthorized on; an agent of our own does (SkipTLSVerify contexts).
        ...(tls && !tls.verify ? { agent: new HttpsAgent({ ...material, rejectUnauthorized: false }) } : {}),
        timeout: requestTimeoutMs,
      } as Docker.DockerOptions;
    }
  }
}

/** docker-modem reads DOCKER_HOST and friends while it is made (and throws on a malformed one): hide them. */
function withoutDockerEnvironment<T>(make: () => T): T {
  const names = ['DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_PATH_PREFIX'];
  const saved = names.map((name) => [name, process.env[name]] as const);
  for (const name of names) delete process.env[name];
  try {
    return make();
  } finally {
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  }
}

/** A dockerode client for exactly this endpoint, whatever DOCKER_HOST says. */
export const dockerFor = (endpoint: EngineEndpoint) => withoutDockerEnvironment(() => new Docker(dockerodeOptions(endpoint)));

/** The EngineReader over dockerode. Every method is a GET (or HEAD): nothing here can change the daemon. */
export function dockerodeReader(endpoint: EngineEndpoint): EngineReader {
  const docker = dockerFor(endpoint);
  const json = filtersJson;
  return {
    async listContainers(filters, limit) {
      return (await docker.listContainers({ all: true, ...(limit ? { limit } : {}), filters: json(filters) })) as unknown as ContainerSummary[];
    },
    inspectContainer: (id) => orMissing(docker.getContainer(id).inspect() as unknown as Promise<ContainerInspect>),
    inspectImage: (reference) => orMissing(docker.getImage(reference).inspect() as unknown as Promise<ImageInspect>),
    async listImages(filters) {
      return (await docker.listImages({ filters: json(filters) })) as unknown as ImageSummary[];
    },
    inspectNetwork: (id) => orMissing(docker.getNetwork(id).inspect() as unknown as Promise<NetworkInspect>),
    inspectVolume: (name) => orMissing(docker.getVolume(name).inspect() as unknown as Promise<VolumeInspect>),
    async events({ since, until, filters }) {
      const stream = (await docker.getEvents({
        since: unixSeconds(since),
        until: unixSeconds(until),
        filters: json(filters),
      })) as unknown as Readable;
      return parseEventStream(await readAll(stream));
    },
    async containerLogs(containerId, tail) {
      const container = docker.getContainer(containerId);
      const [inspect, raw] = await Promise.all([
        container.inspect(),
        container.logs({ stdout: true, stderr: true, tail, follow: false }) as unknown as Promise<Buffer>,
      ]);
      return inspect.Config.Tty ? raw.toString('utf8') : demultiplexLogs(raw);
    },
    imageHistory: (reference) => orMissing(docker.getImage(reference).history() as Promise<ImageHistoryEntry[]>),
    info: () => docker.info() as Promise<EngineObject>,
    engineId: async () => engineIdFrom((await docker.info()) as EngineObject, false),
    version: () => docker.version() as unknown as Promise<EngineObject>,
    inspectService: (id) => notInSwarmMeansMissing(orMissing(docker.getService(id).inspect() as Promise<ServiceInspect>), undefined),
    async listTasks(filters) {
      return notInSwarmMeansMissing(docker.listTasks({ filters: json(filters) }) as unknown as Promise<TaskSummary[]>, []);
    },
    async readPath(containerId, path, maxBytes) {
      const container = docker.getContainer(containerId);
      const stream = await orMissing(container.getArchive({ path }) as unknown as Promise<Readable>);
      if (!stream) return { exists: false };
      return readFirstTarEntry(stream, maxBytes);
    },
  };
}

