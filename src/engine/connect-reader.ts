import type { FoundEngine } from './connect.js';
import { journalFile, journaledReader } from './journal.js';
import type { EngineReader } from './reader.js';

export interface ConnectedEngine {
  found: FoundEngine;
  reader: EngineReader;
  /** Another reader on the same engine with a cache of its own: one per verification when watch re-verifies. */
  freshReader(): EngineReader;
}

/**
 * Finds the engine and opens a reader on it: over node:http for unix sockets, named pipes and tcp, through
 * dockerode (imported here, only then) for ssh, which needs its ssh client.
 */
export async function connectEngine(hostFlag?: string): Promise<ConnectedEngine> {
  const { findEngine, defaultLookupSettings } = await import('./connect.js');
  const found = await findEngine(defaultLookupSettings(hostFlag));
  const { httpReader, overHttp } = await import('./http-reader.js');
  const endpoint = found.endpoint;
  const reader = overHttp(endpoint)
    ? httpReader(endpoint, { podman: found.podmanVersion !== undefined })
    : (await import('./dockerode-reader.js')).dockerodeReader(endpoint);
  // Event checks read the journal `watch` keeps beside the daemon's own (short) event history.
  const base = journaledReader(reader, journalFile());
  return { found, reader: cachedReader(base), freshReader: () => cachedReader(base) };
}

/** Within one verify, several checks may read the same object: ask the daemon once. */
export function cachedReader(reader: EngineReader): EngineReader {
  const cache = new Map<string, Promise<unknown>>();
  const once =
    <A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const key = `${name} ${JSON.stringify(args)}`;
      if (!cache.has(key)) cache.set(key, read(...args));
      return cache.get(key) as Promise<R>;
    };
  return {
    listContainers: once('listContainers', (...args: Parameters<EngineReader['listContainers']>) => reader.listContainers(...args)),
    inspectContainer: once('inspectContainer', (...args: Parameters<EngineReader['inspectContainer']>) => reader.inspectContainer(...args)),
    inspectImage: once('inspectImage', (...args: Parameters<EngineReader['inspectImage']>) => reader.inspectImage(...args)),
    listImages: once('listImages', (...args: Parameters<EngineReader['listImages']>) => reader.listImages(...args)),
    inspectNetwork: once('inspectNetwork', (...args: Parameters<EngineReader['inspectNetwork']>) => reader.inspectNetwork(...args)),
    inspectVolume: once('inspectVolume', (...args: Parameters<EngineReader['inspectVolume']>) => reader.inspectVolume(...args)),
    engineId: once('engineId', () => reader.engineId()),
    events: once('events', (...args: Parameters<EngineReader['events']>) => reader.events(...args)),
    readPath: once('readPath', (...args: Parameters<EngineReader['readPath']>) => reader.readPath(...args)),
    containerLogs: once('containerLogs', (...args: Parameters<EngineReader['containerLogs']>) => reader.containerLogs(...args)),
    imageHistory: once('imageHistory', (...args: Parameters<EngineReader['imageHistory']>) => reader.imageHistory(...args)),
    info: once('info', (...args: Parameters<EngineReader['info']>) => reader.info(...args)),
    version: once('version', (...args: Parameters<EngineReader['version']>) => reader.version(...args)),
    inspectService: once('inspectService', (...args: Parameters<EngineReader['inspectService']>) => reader.inspectService(...args)),
    listTasks: once('listTasks', (...args: Parameters<EngineReader['listTasks']>) => reader.listTasks(...args)),
  };
}
