import type { FoundEngine } from './connect.js';
import type { EngineReader } from './reader.js';

export interface ConnectedEngine {
  found: FoundEngine;
  reader: EngineReader;
}

/**
 * Finds the engine and opens a reader on it. dockerode is imported here, on first use, so commands that never
 * talk to the daemon (next, list, hint, solution) do not pay for loading it.
 */
export async function connectEngine(hostFlag?: string): Promise<ConnectedEngine> {
  const { findEngine, defaultLookupSettings } = await import('./connect.js');
  const found = await findEngine(defaultLookupSettings(hostFlag));
  const { dockerodeReader } = await import('./dockerode-reader.js');
  return { found, reader: cachedReader(dockerodeReader(found.endpoint)) };
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
    listContainers: once('listContainers', reader.listContainers),
    inspectContainer: once('inspectContainer', reader.inspectContainer),
    inspectImage: once('inspectImage', reader.inspectImage),
    listImages: once('listImages', reader.listImages),
    inspectNetwork: once('inspectNetwork', reader.inspectNetwork),
    inspectVolume: once('inspectVolume', reader.inspectVolume),
    events: once('events', reader.events),
    readPath: once('readPath', reader.readPath),
    containerLogs: once('containerLogs', reader.containerLogs),
    imageHistory: once('imageHistory', reader.imageHistory),
    info: once('info', reader.info),
    version: once('version', reader.version),
    inspectService: once('inspectService', reader.inspectService),
    listTasks: once('listTasks', reader.listTasks),
  };
}
