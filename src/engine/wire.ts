import type { Readable } from 'node:stream';
import { isEngineHttpError } from './http-error.js';
import type { EngineEvent, PathReading } from './reader.js';

/**
 * Pure helpers shared by the Engine readers (http-reader.ts, dockerode-reader.ts): they know the Engine API's
 * wire formats, not how the bytes travelled, and load nothing heavy.
 */

/** How long one Engine API request may take before verify gives up with a clear message. */
export const requestTimeoutMs = 15_000;

/** undefined for 404 (no such object), the value otherwise; other errors propagate. */
export async function orMissing<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (isEngineHttpError(error) && error.statusCode === 404) return undefined;
    throw error;
  }
}

/** Filters as the Engine reads them: a JSON object in the query, left out when there are none. */
export const filtersJson = (filters?: Record<string, string[]>) => (filters && Object.keys(filters).length ? JSON.stringify(filters) : undefined);

/** A daemon not in swarm mode answers 503 to swarm reads: to a check that is "no such service". */
export async function notInSwarmMeansMissing<T>(read: Promise<T>, missing: T): Promise<T> {
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
export const unixSeconds = (moment: Date) => moment.getTime() / 1000;

export function readAll(stream: Readable): Promise<Buffer> {
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

/** "exec_start: bash -l" → "exec_start"; "health_status: healthy" → "health_status". */
export const baseAction = (action: string) => action.split(':')[0].trim();

/**
 * Whether an event passes the Engine's event filters, applied here as the daemon applies them; undefined when
 * a filter is one this does not know (then only the daemon's own answer counts).
 */
export function matchesFilters(event: EngineEvent, filters: Record<string, string[]> = {}): boolean | undefined {
  const attributes = event.Actor?.Attributes ?? {};
  for (const [key, values] of Object.entries(filters)) {
    if (!values || values.length === 0) continue;
    switch (key) {
      case 'type':
        if (!values.includes(event.Type)) return false;
        break;
      case 'event':
        // As the daemon does: `exec_start` matches "exec_start: bash".
        if (!values.some((value) => value === event.Action || value === baseAction(event.Action))) return false;
        break;
      case 'container':
        if (!values.some((value) => (attributes.name ?? '').startsWith(value) || event.Actor.ID.startsWith(value))) {
          return false;
        }
        break;
      case 'volume':
        if (!values.includes(event.Actor.ID)) return false;
        break;
      case 'label':
        if (
          !values.some((value) => {
            const [name, ...rest] = value.split('=');
            return rest.length ? attributes[name] === rest.join('=') : name in attributes;
          })
        ) {
          return false;
        }
        break;
      default:
        return undefined;
    }
  }
  return true;
}

const dockerNameOfPodmanContainerAction: Record<string, string> = { remove: 'destroy', exec: 'exec_start', exec_died: 'exec_die', died: 'die' };

/**
 * Podman's Docker-compatible API (4.x) names some container events its own way, and leaves Actor.ID empty on
 * pull, push and volume events (the object's name is in Attributes.name). Translated here, so that checks,
 * the journal and the learner read the names `docker events` shows on Docker.
 */
export function dockerEventOf(event: EngineEvent): EngineEvent {
  const [action, ...detail] = event.Action.split(':');
  const renamed = event.Type === 'container' ? dockerNameOfPodmanContainerAction[action.trim()] : undefined;
  const attributes = event.Actor?.Attributes ?? {};
  return {
    ...event,
    Action: renamed ? [renamed, ...detail].join(':') : event.Action,
    Actor: { ID: event.Actor?.ID || attributes.name || '', Attributes: attributes },
  };
}

/**
 * The events of a window as Podman gives them: Podman loses events when `until` is in the past (it stops reading
 * its event log at once) and filters on its own action names, or not at all (label, volume). So it is asked for
 * everything since the start, by type only, without a live stream; the rest is done here.
 */
export const podmanEventQuery = (filters: Record<string, string[]> = {}) => ({ stream: false, filters: filtersJson(filters.type ? { type: filters.type } : undefined) });

export function podmanEventWindow(events: EngineEvent[], until: Date, filters?: Record<string, string[]>): EngineEvent[] {
  const untilNano = until.getTime() * 1e6;
  return events
    .map(dockerEventOf)
    .filter((event) => event.timeNano <= untilNano && matchesFilters(event, filters) === true);
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
