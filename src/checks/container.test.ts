import { describe, expect, it, vi } from 'vitest';
import { readerWith, summaryOf } from '../engine/reader.testing.js';
import type { ContainerInspect, EngineReader, ImageInspect, ImageSummary } from '../engine/reader.js';
import { containerCheck } from './container.js';
import type { CheckContext } from './types.js';
import { nothingRecorded } from './context.testing.js';

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const ubuntuId = 'sha256:a04dc4851cbcbb42b0cd2d4b8e0cf2f4f7a3ff63c4ab0e64e2e7d0c3c3b1d0a1';
const debianId = 'sha256:d2c94e258dcb3c5ac2798d32e1249e42ef01cba4841c2234249495f87264ac5a';
const python312Id = 'sha256:3b1e6e6e43b6c1a7cf5b2a0b0e0b5b7c5e6f5f7c6a1e2d3c4b5a6978695a4b3c';
const python311Id = 'sha256:4c2f7f7f54c7d2b8d06c3b1c1f1c6c8d6f7060807b2f3e4d5c6b7a8979a6b5c4';

/** `docker run -it --name jolly_lamport ubuntu`, as `docker container inspect` shows it (trimmed). */
function recorded(overrides: { Id?: string; Name?: string; Created?: string; Image?: string; ImageName?: string; Tty?: boolean } = {}): ContainerInspect {
  return {
    Id: overrides.Id ?? '5f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
    Name: overrides.Name ?? '/jolly_lamport',
    Created: overrides.Created ?? '2025-03-01T10:02:13.456789012Z',
    Image: overrides.Image ?? ubuntuId,
    Path: '/bin/bash',
    Args: [],
    State: { Status: 'running', Running: true, ExitCode: 0, StartedAt: '2025-03-01T10:02:13.9Z', FinishedAt: '0001-01-01T00:00:00Z' },
    Config: {
      Image: overrides.ImageName ?? 'ubuntu',
      Tty: overrides.Tty ?? true,
      OpenStdin: true,
      AttachStdin: true,
      AttachStdout: true,
      Cmd: ['/bin/bash'],
      Labels: {},
    },
    HostConfig: { AutoRemove: false, PortBindings: {} },
    Mounts: [],
    NetworkSettings: { Networks: { bridge: { IPAddress: '172.17.0.2' } } },
  };
}


/** An EngineReader over recorded JSON; only the reads the container check makes are meaningful. */
function fakeEngine(containers: ContainerInspect[], images: Record<string, ImageInspect> = {}, imageList: ImageSummary[] = []) {
  const engine = {
    listContainers: vi.fn(async (_filters?: Record<string, string[]>) => containers.map(summaryOf)),
    inspectContainer: vi.fn(async (id: string) => containers.find((container) => container.Id === id)),
    inspectImage: vi.fn(async (reference: string) => images[reference]),
    listImages: vi.fn(async (_filters?: Record<string, string[]>) => imageList),
    inspectNetwork: vi.fn(async () => undefined),
    inspectVolume: vi.fn(async () => undefined),
    events: vi.fn(async () => []),
    readPath: vi.fn(async () => ({ exists: false as const })),
  };
  return readerWith(engine);
}

const ubuntuImage: ImageInspect = { Id: ubuntuId, RepoTags: ['ubuntu:latest'], Created: '2025-02-10T00:00:00Z', Config: { Cmd: ['/bin/bash'] } };

function contextFor(engine: EngineReader): CheckContext {
  return { ...nothingRecorded, engine, exerciseStart, startOf: () => undefined, now: new Date('2025-03-01T10:05:00Z') };
}

const runUbuntuIt = { image: 'ubuntu', expect: { state: 'running', tty: true, stdin: true } } as const;

describe('containerCheck', () => {
  it('says how many are good so far when a count is not reached, rather than inventing a shortfall', async () => {
    const verdict = await containerCheck.run({ ...runUbuntuIt, count: { min: 2 } }, contextFor(fakeEngine([recorded()], { ubuntu: ubuntuImage })));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toMatch(/^found only 1: `\w+`$/);
  });

  it('passes for a running ubuntu container started with -it during the exercise', async () => {
    const verdict = await containerCheck.run(runUbuntuIt, contextFor(fakeEngine([recorded()], { ubuntu: ubuntuImage })));
    expect(verdict.passed).toBe(true);
    expect(verdict.expected).toBe('a container from ubuntu, created during this exercise: running, with a terminal (-t), with stdin open (-i)');
    expect(verdict.observed).toContain('container `jolly_lamport` from ubuntu');
  });

  it('does not count the same container when it was created before the exercise started', async () => {
    const old = recorded({ Created: '2025-03-01T09:59:59.000Z' });
    const verdict = await containerCheck.run(runUbuntuIt, contextFor(fakeEngine([old], { ubuntu: ubuntuImage })));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toContain('found container `jolly_lamport` from ubuntu');
    expect(verdict.observed).toContain('before you started this exercise');
  });

  it('counts an old container when since: any', async () => {
    const old = recorded({ Created: '2024-12-24T18:00:00Z' });
    const verdict = await containerCheck.run({ ...runUbuntuIt, since: 'any' }, contextFor(fakeEngine([old], { ubuntu: ubuntuImage })));
    expect(verdict.passed).toBe(true);
  });

  it('says which container lacks a terminal, and that -t was missing', async () => {
    const noTty = recorded({ Name: '/quirky_hopper', Tty: false });
    const verdict = await containerCheck.run(runUbuntuIt, contextFor(fakeEngine([noTty], { ubuntu: ubuntuImage })));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toContain('quirky_hopper');
    expect(verdict.observed).toContain('without a terminal (-t)');
  });

  it('reports the closest of several containers: the one with fewest shortfalls', async () => {
    const noTty = recorded({ Id: 'a'.repeat(64), Name: '/one_short', Tty: false });
    const noTtyNoStdin = { ...recorded({ Id: 'b'.repeat(64), Name: '/two_short', Tty: false }) };
    noTtyNoStdin.Config = { ...noTtyNoStdin.Config, OpenStdin: false };
    const verdict = await containerCheck.run(runUbuntuIt, contextFor(fakeEngine([noTtyNoStdin, noTty], { ubuntu: ubuntuImage })));
    expect(verdict.observed).toBe('found container `one_short` from ubuntu, but it was started without a terminal (-t)');
  });

  it.each([
    { count: 0, containers: [], passed: true, observed: 'none found' },
    { count: 0, containers: [recorded()], passed: false, observed: '`jolly_lamport` is still there (see `docker ps -a`): stopping is not removing' },
    { count: 1, containers: [recorded()], passed: true, observed: 'found container `jolly_lamport` from ubuntu' },
  ])('count: $count with $containers.length container(s) → passed $passed', async ({ count, containers, passed, observed }) => {
    const verdict = await containerCheck.run({ image: 'ubuntu', count }, contextFor(fakeEngine(containers, { ubuntu: ubuntuImage })));
    expect(verdict).toMatchObject({ passed, observed });
  });

  it('selects by image ID, so a container from another image that is also called ubuntu-something does not count', async () => {
    const other = recorded({ Image: debianId, ImageName: 'ubuntu-lookalike' });
    const engine = fakeEngine([other], { ubuntu: ubuntuImage });
    const verdict = await containerCheck.run(runUbuntuIt, contextFor(engine));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toMatch(/\bno container from ubuntu\b/);
    expect(verdict.observed).not.toContain('lookalike');
    expect(engine.inspectImage).toHaveBeenCalledWith('ubuntu');
    expect(engine.inspectContainer).not.toHaveBeenCalled();
  });

  it('says when the image itself is not on the machine', async () => {
    const verdict = await containerCheck.run(runUbuntuIt, contextFor(fakeEngine([recorded()])));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toMatch(/\bno container from ubuntu\b.*\(the image ubuntu is not on this machine yet\)$/);
  });

  it('resolves python:* to every python image through listImages with a reference filter', async () => {
    const fromPython = recorded({ Name: '/py', Image: python311Id, ImageName: 'python:3.11-slim' });
    const engine = fakeEngine([fromPython, recorded()], {}, [
      { Id: python312Id, RepoTags: ['python:3.12'], Created: 1 },
      { Id: python311Id, RepoTags: ['python:3.11-slim'], Created: 2 },
    ]);
    const verdict = await containerCheck.run({ image: 'python:*', count: 1 }, contextFor(engine));
    expect(verdict).toMatchObject({ passed: true, observed: 'found container `py` from python:3.11-slim' });
    expect(verdict.expected).toContain('container from any python image');
    expect(engine.listImages).toHaveBeenCalledWith({ reference: ['python'] });
    expect(engine.inspectImage).not.toHaveBeenCalled();
  });

  it('filters by name on the server with an anchored, escaped pattern, its slash optional (Podman leaves it out)', async () => {
    const engine = fakeEngine([recorded()]);
    await containerCheck.run({ name: 'my.web', label: { tier: 'front' }, network: 'shop' }, contextFor(engine));
    expect(engine.listContainers).toHaveBeenCalledWith({ name: ['^/?my\\.web$'], label: ['tier=front'], network: ['shop'] }, 16);
  });

  it('detached on Podman (no Attach* settings there): an attach event before the first start means a foreground run', async () => {
    const podmanRun = { ...recorded(), Config: { ...recorded().Config, AttachStdin: false, AttachStdout: false } };
    const at = (iso: string) => Date.parse(iso) * 1e6;
    const event = (Action: string, iso: string) => ({ Type: 'container', Action, Actor: { ID: podmanRun.Id, Attributes: {} }, timeNano: at(iso) });
    const judge = async (events: ReturnType<typeof event>[]) => {
      const engine = fakeEngine([podmanRun], { ubuntu: ubuntuImage });
      engine.events.mockResolvedValue(events as never);
      return containerCheck.run({ image: 'ubuntu', expect: { detached: true } }, { ...contextFor(engine), podman: true });
    };
    const foreground = await judge([event('create', '2025-03-01T10:02:13Z'), event('attach', '2025-03-01T10:02:13.5Z'), event('start', '2025-03-01T10:02:14Z')]);
    expect(foreground.passed).toBe(false);
    const detached = await judge([event('create', '2025-03-01T10:02:13Z'), event('start', '2025-03-01T10:02:14Z'), event('attach', '2025-03-01T10:03:00Z')]);
    expect(detached.passed).toBe(true);
  });

  it("networks: a network known by two names is found by ID (Podman's `podman` is also `bridge`), another one is not", async () => {
    const onPodmanDefault = { ...recorded(), NetworkSettings: { Networks: { podman: { IPAddress: '10.88.0.2' } } } };
    const networkIds: Record<string, string> = { podman: '2f259bab', bridge: '2f259bab', app: '9e8d7c6b' };
    const engine = fakeEngine([onPodmanDefault], { ubuntu: ubuntuImage });
    engine.inspectNetwork.mockImplementation((async (name: string) => (networkIds[name] ? { Id: networkIds[name], Name: name } : undefined)) as never);
    const onBridge = await containerCheck.run({ image: 'ubuntu', expect: { networks: ['bridge'] } }, contextFor(engine));
    expect(onBridge.passed).toBe(true);
    const onApp = await containerCheck.run({ image: 'ubuntu', expect: { networks: ['app'] } }, contextFor(engine));
    expect(onApp).toMatchObject({ passed: false });
    expect(onApp.observed).toContain('podman');
  });

  it('filters by image on the server (ancestor; the bare ID for Podman), so unrelated containers are never listed', async () => {
    const engine = fakeEngine([recorded()], { ubuntu: ubuntuImage });
    await containerCheck.run(runUbuntuIt, contextFor(engine));
    expect(engine.listContainers).toHaveBeenCalledWith({ ancestor: [ubuntuId] }, 16);
    await containerCheck.run(runUbuntuIt, { ...contextFor(engine), podman: true });
    expect(engine.listContainers).toHaveBeenLastCalledWith({ ancestor: [ubuntuId.replace('sha256:', '')] });
  });
});

describe('containerCheck: memory and CPU limits, in the words of docker run', () => {
  const limited = (memory: number, nanoCpus: number) => {
    const container = recorded();
    container.HostConfig = { ...container.HostConfig, Memory: memory, NanoCpus: nanoCpus };
    return container;
  };
  const definition = { name: 'jolly_lamport', since: 'any', expect: { memory: '256m', cpus: 0.5 } } as const;

  it('passes for --memory 256m --cpus 0.5', async () => {
    const verdict = await containerCheck.run(definition, contextFor(fakeEngine([limited(268435456, 500000000)], { ubuntu: ubuntuImage })));
    expect(verdict.passed).toBe(true);
    expect(verdict.expected).toContain('with at most 256 MiB of memory (--memory), with at most 0.5 CPUs (--cpus)');
  });

  it('says which limit is missing or different, without inspect paths', async () => {
    const verdict = await containerCheck.run(definition, contextFor(fakeEngine([limited(536870912, 0)], { ubuntu: ubuntuImage })));
    expect(verdict.observed).toBe('found container `jolly_lamport` from ubuntu, but its memory is limited to 512 MiB, and its CPUs are not limited (--cpus)');
  });
});
