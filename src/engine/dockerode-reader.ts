import { readFileSync } from 'node:fs';
import { Agent as HttpsAgent } from 'node:https';
import { userInfo } from 'node:os';
import type { Readable } from 'node:stream';
import Docker from 'dockerode';
import type { EngineEndpoint } from './endpoint.js';
import { isEngineHttpError } from './http-error.js';
import type {
  ContainerInspect,
  ContainerSummary,
  EngineEvent,
  EngineObject,
  ImageHistoryEntry,
  ServiceInspect,
  TaskSummary,
  EngineReader,
  ImageInspect,
  ImageSummary,
  NetworkInspect,
  PathReading,
  VolumeInspect,
} from './reader.js';

/** How long one Engine API request may take before verify gives up with a clear message. */
const requestTimeoutMs = 15_000;

/** undefined for 404 (no such object), the value otherwise; other errors propagate. */
async function orMissing<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isEngineHttpError(error) && error.statusCode === 404) return undefined;
    throw error;
  }
}

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
  const json = (filters?: Record<string, string[]>) => (filters && Object.keys(filters).length ? JSON.stringify(filters) : undefined);
  return {
    async listContainers(filters) {
      return (await docker.listContainers({ all: true, filters: json(filters) })) as unknown as ContainerSummary[];
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

/** A daemon not in swarm mode answers 503 to swarm reads: to a check that is "no such service". */
async function notInSwarmMeansMissing<T>(read: Promise<T>, missing: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isEngineHttpError(error) && error.statusCode === 503) return missing;
    throw error;
  }
}

/**
 * Without a terminal, the Engine multiplexes stdout and stderr: each frame has an 8-byte header (stream type,
 * three zero bytes, big-endian length) before its payload.
 */
export function demultiplexLogs(raw: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= raw.length) {
    const length = raw.readUInt32BE(offset + 4);
    parts.push(raw.subarray(offset + 8, offset + 8 + length));
    offset += 8 + length;
  }
  return Buffer.concat(parts).toString('utf8');
}

/** 1732380000.123: the Engine accepts fractional seconds, so the window starts at the exact millisecond. */
const unixSeconds = (moment: Date) => moment.getTime() / 1000;

function readAll(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** The event stream is one JSON object per line; a line with only `message` is an error from the daemon. */
export function parseEventStream(body: Buffer | string): EngineEvent[] {
  const events: EngineEvent[] = [];
  for (const line of body.toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line) as Partial<EngineEvent> & { message?: string; error?: string };
    if (!parsed.Type && (parsed.message || parsed.error)) throw new Error(`the Docker daemon reported: ${parsed.message ?? parsed.error}`);
    events.push(parsed as EngineEvent);
  }
  return events;
}

/**
 * The archive endpoint answers with a tar stream whose first entry is the path asked for. Read that entry's
 * header, and its content when it is a file no larger than maxBytes; then stop reading.
 */
export function readFirstTarEntry(stream: Readable, maxBytes: number): Promise<PathReading> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    let header: { type: 'file' | 'directory' | 'link' | 'other'; size: number } | undefined;
    const finish = (reading: PathReading) => {
      stream.removeAllListeners('data');
      stream.destroy();
      resolve(reading);
    };
    stream.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (!header && buffered.length >= 512) {
        const block = buffered.subarray(0, 512);
        const typeFlag = String.fromCharCode(block[156] || 48);
        buffered = buffered.subarray(512);
        // PAX ('x', 'g') and GNU long-name ('L', 'K') headers describe the next entry: skip their data.
        if ('xgLK'.includes(typeFlag)) {
          const skip = Math.ceil(octal(block.subarray(124, 136)) / 512) * 512;
          if (buffered.length < skip) {
            buffered = Buffer.concat([block, buffered]); // wait for more data
            return;
          }
          buffered = buffered.subarray(skip);
          continue;
        }
        header = { type: tarType(typeFlag), size: octal(block.subarray(124, 136)) };
      }
      if (!header) return;
      if (header.type !== 'file') return finish({ exists: true, type: header.type, size: header.size });
      if (header.size > maxBytes) return finish({ exists: true, type: 'file', size: header.size });
      if (buffered.length >= header.size) {
        finish({ exists: true, type: 'file', size: header.size, content: Buffer.from(buffered.subarray(0, header.size)) });
      }
    });
    stream.on('end', () => resolve(header ? { exists: true, type: header.type, size: header.size } : { exists: false }));
    stream.on('error', reject);
  });
}

const octal = (field: Buffer) => parseInt(field.toString('ascii').replace(/\0.*$/, '').trim() || '0', 8);
const tarType = (flag: string) => (flag === '0' || flag === '\0' || flag === '7' ? 'file' : flag === '5' ? 'directory' : flag === '2' || flag === '1' ? 'link' : 'other');
