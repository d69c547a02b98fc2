import { describe, expect, it, vi } from 'vitest';
import { cachedReader } from './connect-reader.js';
import type { ContainerInspect, ContainerSummary, EngineEvent, EngineReader } from './reader.js';

/** A reader with only the reads a test makes; any other read fails the test ("… is not a function"). */
const readerWith = <T extends Partial<EngineReader>>(reads: T) => reads as T & EngineReader;

/** `docker container inspect web` (trimmed), and its row in `docker ps -a`. */
const web = {
  Id: 'c0ffee'.padEnd(64, '1'),
  Name: '/web',
  Created: '2025-03-01T10:02:00.000000000Z',
  Image: 'sha256:' + '9'.repeat(64),
  Path: '/docker-entrypoint.sh',
  Args: ['nginx', '-g', 'daemon off;'],
  State: { Status: 'running', Running: true, ExitCode: 0, StartedAt: '2025-03-01T10:02:01Z', FinishedAt: '0001-01-01T00:00:00Z' },
  Config: { Image: 'nginx', Tty: false, OpenStdin: false, AttachStdin: false, AttachStdout: false },
  HostConfig: {},
  Mounts: [],
  NetworkSettings: {},
} satisfies ContainerInspect;
const webRow: ContainerSummary = { Id: web.Id, Names: ['/web'], Image: 'nginx', ImageID: web.Image, Created: 1740823320, State: 'running' };
const dieEvent: EngineEvent = { Type: 'container', Action: 'die', Actor: { ID: web.Id, Attributes: { name: 'web', image: 'nginx' } }, timeNano: 1740823400000000000 };

function underlying() {
  return readerWith({
    listContainers: vi.fn(async (_filters?: Record<string, string[]>) => [webRow]),
    inspectContainer: vi.fn(async (id: string) => (id === web.Id || id === 'web' ? structuredClone(web) : undefined)),
    inspectImage: vi.fn(async (_reference: string) => undefined),
    events: vi.fn(async (_query: Parameters<EngineReader['events']>[0]) => [dieEvent]),
    readPath: vi.fn(async (_id: string, _path: string, _maxBytes: number) => ({ exists: false as const })),
  });
}

describe('cachedReader', () => {
  it('asks the underlying reader once for the same read, and gives every caller the same promise', async () => {
    const reader = underlying();
    const cached = cachedReader(reader);
    const first = cached.inspectContainer('web');
    const second = cached.inspectContainer('web');
    expect(second).toBe(first);
    expect(await second).toBe(await first);
    await expect(first).resolves.toMatchObject({ Name: '/web' });
    expect(reader.inspectContainer).toHaveBeenCalledExactlyOnceWith('web');
  });

  it('shares a read that is still under way: two checks asking at once make one request', async () => {
    let answer!: (value: ContainerSummary[]) => void;
    const reader = readerWith({ listContainers: vi.fn(() => new Promise<ContainerSummary[]>((resolve) => (answer = resolve))) });
    const cached = cachedReader(reader);
    const both = Promise.all([cached.listContainers({ name: ['^/web$'] }), cached.listContainers({ name: ['^/web$'] })]);
    answer([webRow]);
    expect(await both).toEqual([[webRow], [webRow]]);
    expect(reader.listContainers).toHaveBeenCalledTimes(1);
  });

  it('keeps an answer of "no such object" (undefined) too', async () => {
    const reader = underlying();
    const cached = cachedReader(reader);
    expect(await cached.inspectImage('ubuntu:24.04')).toBeUndefined();
    expect(await cached.inspectImage('ubuntu:24.04')).toBeUndefined();
    expect(reader.inspectImage).toHaveBeenCalledTimes(1);
  });

  it.each<{ name: string; read: (reader: EngineReader) => Promise<unknown>[]; calls: number }>([
    { name: 'different ids are separate reads', read: (r) => [r.inspectContainer('web'), r.inspectContainer('db')], calls: 2 },
    {
      name: 'different filters are separate reads',
      read: (r) => [r.listContainers({ name: ['^/web$'] }), r.listContainers({ network: ['shop'] }), r.listContainers({ name: ['^/db$'] })],
      calls: 3,
    },
    {
      name: 'equal filters in different objects are one read (arguments compare as JSON)',
      read: (r) => [r.listContainers({ name: ['^/web$'], status: ['running'] }), r.listContainers({ name: ['^/web$'], status: ['running'] })],
      calls: 1,
    },
    {
      name: 'the same filters written in another key order are two reads (JSON keeps key order)',
      read: (r) => [r.listContainers({ name: ['^/web$'], status: ['running'] }), r.listContainers({ status: ['running'], name: ['^/web$'] })],
      calls: 2,
    },
    {
      name: 'no filters and empty filters are two reads',
      read: (r) => [r.listContainers(), r.listContainers({})],
      calls: 2,
    },
    {
      name: 'the same path with another size limit is a separate read',
      read: (r) => [r.readPath(web.Id, '/etc/hostname', 1024), r.readPath(web.Id, '/etc/hostname', 2048), r.readPath(web.Id, '/etc/hostname', 1024)],
      calls: 2,
    },
  ])('$name', async ({ read, calls }) => {
    const reader = underlying();
    await Promise.all(read(cachedReader(reader)));
    const made = [reader.inspectContainer, reader.listContainers, reader.readPath].reduce((sum, fn) => sum + fn.mock.calls.length, 0);
    expect(made).toBe(calls);
  });

  it('keeps reads of different kinds apart even with the same argument', async () => {
    const reader = underlying();
    const cached = cachedReader(reader);
    expect(await cached.inspectContainer('web')).toMatchObject({ Name: '/web' });
    expect(await cached.inspectImage('web')).toBeUndefined();
    expect(reader.inspectContainer).toHaveBeenCalledTimes(1);
    expect(reader.inspectImage).toHaveBeenCalledTimes(1);
  });

  it('treats event windows with the same moments as one read, whatever Date objects carry them', async () => {
    const reader = underlying();
    const cached = cachedReader(reader);
    const window = () => ({ since: new Date('2025-03-01T10:00:00Z'), until: new Date('2025-03-01T10:05:00Z'), filters: { type: ['container'] } });
    expect(await cached.events(window())).toEqual([dieEvent]);
    expect(await cached.events(window())).toEqual([dieEvent]);
    expect(await cached.events({ ...window(), until: new Date('2025-03-01T10:05:01Z') })).toEqual([dieEvent]);
    expect(reader.events).toHaveBeenCalledTimes(2);
  });

  it('shares a failed read too: the second caller gets the same rejection, and the daemon is not asked again', async () => {
    // Observed behaviour: a rejected promise stays in the cache, so within one verify a transient error (a timeout,
    // a refused connection) is not retried; every check that makes the same read reports the same error.
    const failure = Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), { code: 'ECONNREFUSED' });
    const reader = underlying();
    reader.inspectContainer.mockRejectedValueOnce(failure);
    const cached = cachedReader(reader);
    const first = cached.inspectContainer('web');
    await expect(first).rejects.toBe(failure);
    const second = cached.inspectContainer('web');
    expect(second).toBe(first);
    await expect(second).rejects.toBe(failure);
    expect(reader.inspectContainer).toHaveBeenCalledTimes(1);
    // The underlying reader would have answered now; only a fresh cachedReader (the next verify) asks again.
    await expect(cachedReader(reader).inspectContainer('web')).resolves.toMatchObject({ Name: '/web' });
    expect(reader.inspectContainer).toHaveBeenCalledTimes(2);
  });

  it('does not share between two cached readers: each verify reads the daemon afresh', async () => {
    const reader = underlying();
    await cachedReader(reader).listContainers({ name: ['^/web$'] });
    await cachedReader(reader).listContainers({ name: ['^/web$'] });
    expect(reader.listContainers).toHaveBeenCalledTimes(2);
  });

  it('calls the underlying reads as methods, so a reader written as a class keeps its `this`', async () => {
    const reader = underlying();
    await cachedReader(reader).inspectContainer('web');
    expect(reader.inspectContainer.mock.contexts).toEqual([reader]);
  });
});
