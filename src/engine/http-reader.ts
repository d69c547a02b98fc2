import { readFileSync } from 'node:fs';
import http from 'node:http';
import type https from 'node:https';
import type { EngineEndpoint } from './endpoint.js';
import type { EngineHttpError } from './http-error.js';
import { plainHttp } from './probe.js';
import type {
  ContainerInspect,
  ContainerSummary,
  EngineObject,
  EngineReader,
  ImageHistoryEntry,
  ImageInspect,
  ImageSummary,
  NetworkInspect,
  ServiceInspect,
  TaskSummary,
  VolumeInspect,
} from './reader.js';
import { engineIdFrom } from './reader.js';
import {
  demultiplexLogs,
  filtersJson,
  notInSwarmMeansMissing,
  orMissing,
  parseEventStream,
  podmanEventQuery,
  podmanEventWindow,
  readAll,
  readFirstTarEntry,
  requestTimeoutMs,
  unixSeconds,
} from './wire.js';

type HttpEndpoint = Exclude<EngineEndpoint, { kind: 'ssh' }>;

/** True for the endpoints the dependency-free reader speaks to (all but ssh, which goes through dockerode). */
export const overHttp = (endpoint: EngineEndpoint): endpoint is HttpEndpoint => endpoint.kind !== 'ssh';

interface Transport {
  transport: typeof http | typeof https;
  base: http.RequestOptions;
}

export interface HttpReaderOptions {
  timeoutMs?: number;
  /** The engine is Podman (its Docker-compatible API), whose events need reading differently (podmanEventWindow). */
  podman?: boolean;
}

/** Where and how to send requests to the endpoint: socket path or host and port, TLS material, an agent. */
async function transportFor(endpoint: HttpEndpoint, timeoutMs: number): Promise<Transport> {
  // Keep-alive between the few requests of one verification; idle sockets do not keep the process alive.
  const agentOptions = { keepAlive: true, maxSockets: 8, timeout: timeoutMs };
  switch (endpoint.kind) {
    case 'unix':
      return { transport: http, base: { socketPath: endpoint.socketPath, agent: new http.Agent(agentOptions), ...plainHttp } };
    case 'npipe':
      // Node reaches Windows named pipes through socketPath as well.
      return { transport: http, base: { socketPath: endpoint.pipePath, agent: new http.Agent(agentOptions), ...plainHttp } };
    case 'tcp': {
      const target = { host: endpoint.host, port: endpoint.port };
      const tls = endpoint.tls;
      if (!tls) return { transport: http, base: { ...target, agent: new http.Agent(agentOptions), ...plainHttp } };
      const { default: https } = await import('node:https'); // TLS only: loading it costs every start
      const read = (path?: string) => (path ? readFileSync(path) : undefined);
      const material = { ca: read(tls.caPath), cert: read(tls.certPath), key: read(tls.keyPath), rejectUnauthorized: tls.verify };
      return { transport: https, base: { ...target, agent: new https.Agent({ ...agentOptions, ...material }) } };
    }
  }
}

/** The query string of a request, leaving out undefined values. */
function queryString(query: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** An id, name or image reference inside a path: registry:5000/team/app:1 and name@sha256:… stay readable. */
const segment = (value: string) => encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':').replace(/%40/gi, '@');

/** A non-2xx answer, in the shape failure.ts and orMissing read (as docker-modem's errors are). */
function httpError(statusCode: number, statusMessage: string | undefined, body: Buffer): EngineHttpError {
  let json: { message?: string } | null = null;
  try {
    json = JSON.parse(body.toString('utf8')) as { message?: string };
  } catch {
    json = null;
  }
  const said = json?.message ?? body.toString('utf8').trim();
  const error = new Error(`(HTTP code ${statusCode}) ${statusMessage ?? 'error'}${said ? ` - ${said}` : ''}`) as EngineHttpError;
  error.statusCode = statusCode;
  error.json = json;
  return error;
}

/**
 * The EngineReader over node:http, for unix sockets, named pipes and tcp (with or without TLS): no dependency to
 * load, so a verify costs little more than starting node. Every request is a GET: nothing here can change the
 * daemon. Unversioned requests, as before: the daemon answers in its own API version.
 */
export function httpReader(endpoint: HttpEndpoint, { timeoutMs = requestTimeoutMs, podman = false }: HttpReaderOptions = {}): EngineReader {
  const ready = transportFor(endpoint, timeoutMs);
  ready.catch(() => undefined); // a TLS file gone since the probe: the first request says so

  /** One GET; resolves with the response on a 2xx (its body unread), rejects with an EngineHttpError otherwise. */
  const open = async (path: string) => {
    const { transport, base } = await ready;
    return new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = transport.request({ ...base, method: 'GET', path, headers: { Accept: 'application/json' } }, (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve(response);
        readAll(response).then((body) => reject(httpError(status, response.statusMessage, body)), reject);
      });
      request.setTimeout(timeoutMs, () => {
        const error = Object.assign(new Error(`the Docker daemon did not answer GET ${path.split('?')[0]} within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' });
        request.destroy(error);
      });
      request.on('error', reject);
      request.end();
    });
  };
  const body = async (path: string) => readAll(await open(path));
  const json = async <T>(path: string) => JSON.parse((await body(path)).toString('utf8')) as T;

  return {
    listContainers: (filters, limit) =>
      json<ContainerSummary[]>(`/containers/json${queryString({ all: 1, ...(limit ? { limit } : {}), filters: filtersJson(filters) })}`),
    inspectContainer: (id) => orMissing(json<ContainerInspect>(`/containers/${segment(id)}/json`)),
    inspectImage: (reference) => orMissing(json<ImageInspect>(`/images/${segment(reference)}/json`)),
    listImages: (filters) => json<ImageSummary[]>(`/images/json${queryString({ filters: filtersJson(filters) })}`),
    inspectNetwork: (id) => orMissing(json<NetworkInspect>(`/networks/${segment(id)}`)),
    inspectVolume: (name) => orMissing(json<VolumeInspect>(`/volumes/${segment(name)}`)),
    async events({ since, until, filters }) {
      if (podman) {
        return podmanEventWindow(parseEventStream(await body(`/events${queryString({ since: unixSeconds(since), ...podmanEventQuery(filters) })}`)), until, filters);
      }
      // With `until`, the daemon sends the events of the window and closes the stream: never left open.
      return parseEventStream(await body(`/events${queryString({ since: unixSeconds(since), until: unixSeconds(until), filters: filtersJson(filters) })}`));
    },
    async containerLogs(containerId, tail) {
      const id = segment(containerId);
      const [inspect, raw] = await Promise.all([
        json<ContainerInspect>(`/containers/${id}/json`),
        body(`/containers/${id}/logs${queryString({ stdout: 1, stderr: 1, tail, follow: 0 })}`),
      ]);
      return inspect.Config.Tty ? raw.toString('utf8') : demultiplexLogs(raw);
    },
    imageHistory: (reference) => orMissing(json<ImageHistoryEntry[]>(`/images/${segment(reference)}/history`)),
    info: () => json<EngineObject>('/info'),
    engineId: async () => engineIdFrom(await json<EngineObject>('/info'), podman),
    version: () => json<EngineObject>('/version'),
    inspectService: (id) => notInSwarmMeansMissing(orMissing(json<ServiceInspect>(`/services/${segment(id)}`)), undefined),
    listTasks: (filters) => notInSwarmMeansMissing(json<TaskSummary[]>(`/tasks${queryString({ filters: filtersJson(filters) })}`), []),
    async readPath(containerId, path, maxBytes) {
      const stream = await orMissing(open(`/containers/${segment(containerId)}/archive${queryString({ path })}`));
      if (!stream) return { exists: false };
      return readFirstTarEntry(stream, maxBytes);
    },
  };
}
