import { describe, expect, it } from 'vitest';
import type { ContainerSummary, EngineReader, ImageInspect, NetworkInspect } from '../engine/reader.js';
import { allRemoved, applyClean } from './apply.js';
import type { DeclaredObject, ObjectKind } from './declared.js';
import { observe } from './observe.js';
import { planClean, type Found } from './plan.js';
import type { EngineWriter } from './writer.js';

const httpError = (statusCode: number, message: string) => Object.assign(new Error(`(HTTP code ${statusCode}) ${message}`), { statusCode, json: { message } });

/** A writer that records each call and answers as told. */
function fakeWriter(answers: Record<string, () => unknown> = {}): EngineWriter & { calls: string[] } {
  const calls: string[] = [];
  const call = (what: string) => {
    calls.push(what);
    return Promise.resolve(answers[what]?.());
  };
  return {
    calls,
    removeService: async (id) => void (await call(`service ${id}`)),
    removeContainer: async (id) => void (await call(`container ${id}`)),
    removeNetwork: async (id) => void (await call(`network ${id}`)),
    removeVolume: async (name) => void (await call(`volume ${name}`)),
    removeImageTag: async (tag) => ((await call(`image ${tag}`)) as { imageDeleted: boolean } | undefined) ?? { imageDeleted: false },
  };
}

/** Only the reads clean makes; anything else is a test mistake. */
function fakeReader(parts: Partial<EngineReader>): EngineReader {
  return new Proxy(parts as EngineReader, {
    get: (target, key) => (target as any)[key] ?? (() => Promise.reject(new Error(`unexpected read ${String(key)}`))),
  });
}

const by = [{ number: 1, id: 'one' }];
const plan = (...found: Array<[ObjectKind, string, Found]>) =>
  planClean(found.map(([kind, name, object]) => ({ declared: { kind, name, declaredBy: by }, found: object })));
const summary = (name: string): ContainerSummary => ({ Id: `id-${name}`, Names: [`/${name}`], Image: 'ubuntu', ImageID: 'sha256:u', Created: 0, State: 'running' });

describe('applyClean', () => {
  it('removes in plan order: services, containers, networks, volumes, image tags', async () => {
    const writer = fakeWriter({ 'image kata-app:1': () => ({ imageDeleted: true }) });
    const reader = fakeReader({ inspectImage: async () => ({ Id: 'sha256:a', RepoTags: ['kata-app:1'] }) as ImageInspect });
    const results = await applyClean(
      plan(
        ['image', 'kata-app:1', { kind: 'image', id: 'sha256:a', tags: ['kata-app:1'] }],
        ['volume', 'kata-data', { kind: 'volume', name: 'kata-data', driver: 'local', usedBy: [] }],
        ['network', 'app', { kind: 'network', id: 'n1', name: 'app', driver: 'bridge', members: [] }],
        ['container', 'db', { kind: 'container', id: 'c1', name: 'db', image: 'redis', state: 'running' }],
        ['service', 'kata-web', { kind: 'service', id: 's1', name: 'kata-web' }],
      ),
      writer,
      reader,
    );
    expect(writer.calls).toEqual(['service s1', 'container c1', 'network n1', 'volume kata-data', 'image kata-app:1']);
    expect(results.map((result) => result.message)).toEqual([
      'removed service kata-web',
      'removed container db',
      'removed network app',
      'removed volume kata-data',
      'removed image kata-app:1',
    ]);
    expect(allRemoved(results)).toBe(true);
  });

  it('says which container still holds a network, and goes on with the rest', async () => {
    const writer = fakeWriter({
      'network n1': () => {
        throw httpError(403, 'error while removing network: network app id n1 has active endpoints');
      },
    });
    const reader = fakeReader({ inspectNetwork: async () => ({ Id: 'n1', Name: 'app', Containers: { x: { Name: 'xyz' } } }) as unknown as NetworkInspect });
    const results = await applyClean(
      plan(
        ['network', 'app', { kind: 'network', id: 'n1', name: 'app', driver: 'bridge', members: ['xyz'] }],
        ['volume', 'kata-data', { kind: 'volume', name: 'kata-data', driver: 'local', usedBy: [] }],
      ),
      writer,
      reader,
    );
    expect(results.map((result) => [result.outcome, result.message])).toEqual([
      ['failed', 'network app is still in use by your container xyz — not removed'],
      ['removed', 'removed volume kata-data'],
    ]);
    expect(allRemoved(results)).toBe(false);
  });

  it('names the containers that still use a volume or an image', async () => {
    const writer = fakeWriter({
      'volume kata-data': () => {
        throw httpError(409, 'remove kata-data: volume is in use - [abc]');
      },
      'image kata-app:1': () => {
        throw httpError(409, 'conflict: unable to remove repository reference "kata-app:1" (must force) - container abc is using its referenced image');
      },
    });
    const filters: unknown[] = [];
    const reader = fakeReader({
      inspectImage: async () => ({ Id: 'sha256:a', RepoTags: ['kata-app:1'] }) as ImageInspect,
      listContainers: async (query) => {
        filters.push(query);
        return [summary('jolly_lamport'), summary('kata-reader')];
      },
    });
    const results = await applyClean(
      plan(
        ['volume', 'kata-data', { kind: 'volume', name: 'kata-data', driver: 'local', usedBy: [] }],
        ['image', 'kata-app:1', { kind: 'image', id: 'sha256:a', tags: ['kata-app:1'] }],
      ),
      writer,
      reader,
    );
    expect(results.map((result) => result.message)).toEqual([
      'volume kata-data is still in use by your containers jolly_lamport, kata-reader — not removed',
      'image kata-app:1 is still in use by your containers jolly_lamport, kata-reader — not removed',
    ]);
    expect(filters).toEqual([{ volume: ['kata-data'] }, { ancestor: ['sha256:a'] }]);
  });

  it('only untags an image that keeps other tags, and reports what already went', async () => {
    const writer = fakeWriter({
      'container c1': () => {
        throw httpError(404, 'No such container: c1');
      },
    });
    const reader = fakeReader({ inspectImage: async () => ({ Id: 'sha256:u', RepoTags: ['ubuntu:latest', 'localhost:5000/kata/ubuntu:1'] }) as ImageInspect });
    const results = await applyClean(
      plan(
        ['container', 'db', { kind: 'container', id: 'c1', name: 'db', image: 'redis', state: 'exited' }],
        ['image', 'localhost:5000/kata/ubuntu:1', { kind: 'image', id: 'sha256:u', tags: ['ubuntu:latest', 'localhost:5000/kata/ubuntu:1'] }],
      ),
      writer,
      reader,
    );
    expect(results.map((result) => [result.outcome, result.message])).toEqual([
      ['gone', 'container db was already gone'],
      ['untagged', 'removed the tag localhost:5000/kata/ubuntu:1; the image itself stays as ubuntu:latest'],
    ]);
    expect(allRemoved(results)).toBe(true);
  });

  it('leaves a tag that names another image than the one listed', async () => {
    const writer = fakeWriter();
    const reader = fakeReader({ inspectImage: async () => ({ Id: 'sha256:new', RepoTags: ['kata-app:1'] }) as ImageInspect });
    const results = await applyClean(plan(['image', 'kata-app:1', { kind: 'image', id: 'sha256:old', tags: ['kata-app:1'] }]), writer, reader);
    expect(writer.calls).toEqual([]);
    expect(results[0]).toMatchObject({ outcome: 'failed' });
    expect(results[0].message).toContain('names another image now');
  });

  it("passes the daemon's words on when it refuses for another reason", async () => {
    const writer = fakeWriter({
      'container c1': () => {
        throw httpError(409, 'removal of container c1 is already in progress');
      },
    });
    const results = await applyClean(plan(['container', 'db', { kind: 'container', id: 'c1', name: 'db', image: 'redis', state: 'exited' }]), writer, fakeReader({}));
    expect(results[0].message).toBe('container db could not be removed — the Docker daemon said: removal of container c1 is already in progress');
  });
});

describe('observe', () => {
  it('inspects each declared object by name, reads only, and reports what answers', async () => {
    const declared: DeclaredObject[] = [
      { kind: 'container', name: 'db', declaredBy: by },
      { kind: 'network', name: 'app', declaredBy: by },
      { kind: 'volume', name: 'kata-data', declaredBy: by },
      { kind: 'image', name: 'kata-app:1', declaredBy: by },
      { kind: 'service', name: 'kata-web', declaredBy: by },
    ];
    const reader = fakeReader({
      inspectContainer: async () =>
        ({ Id: 'c1', Name: '/db', Config: { Image: 'redis' }, State: { Status: 'running' } }) as never,
      inspectNetwork: async () => ({ Id: 'n1', Name: 'app', Driver: 'bridge', Containers: { c1: { Name: 'db' } } }) as unknown as NetworkInspect,
      inspectVolume: async () => ({ Name: 'kata-data', Driver: 'local', Mountpoint: '/x' }),
      listContainers: async () => [summary('kata-reader')],
      inspectImage: async () => undefined,
      inspectService: async () => undefined,
    });
    const observations = await observe(reader, declared);
    expect(observations.map((observation) => observation.found)).toEqual([
      { kind: 'container', id: 'c1', name: 'db', image: 'redis', state: 'running' },
      { kind: 'network', id: 'n1', name: 'app', driver: 'bridge', members: ['db'] },
      { kind: 'volume', name: 'kata-data', driver: 'local', usedBy: ['kata-reader'] },
      undefined,
      undefined,
    ]);
  });
});
