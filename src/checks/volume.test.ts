import { describe, expect, it, vi } from 'vitest';
import { summaryOf } from '../engine/reader.testing.js';
import type { ContainerInspect, EngineReader, VolumeInspect } from '../engine/reader.js';
import { clock } from '../ui/time.js';
import type { CheckContext } from './types.js';
import { nothingRecorded } from './context.testing.js';
import { volumeCheck } from './volume.js';

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const now = new Date('2025-03-01T10:05:00.000Z');
const postgresId = 'sha256:' + 'b'.repeat(64);

/** `docker volume create pgdata`, as `docker volume inspect pgdata` shows it. */
function recordedVolume(overrides: Partial<VolumeInspect> = {}): VolumeInspect {
  return {
    CreatedAt: '2025-03-01T10:01:05Z',
    Driver: 'local',
    Labels: null,
    Mountpoint: '/var/lib/docker/volumes/pgdata/_data',
    Name: 'pgdata',
    Options: null,
    Scope: 'local',
    ...overrides,
  };
}

type Mount = ContainerInspect['Mounts'][number];
const volumeMount = (name: string, destination: string): Mount & Record<string, unknown> => ({
  Type: 'volume',
  Name: name,
  Source: `/var/lib/docker/volumes/${name}/_data`,
  Destination: destination,
  Driver: 'local',
  Mode: 'z',
  RW: true,
  Propagation: '',
});

/** `docker run -d --name db -v pgdata:/var/lib/postgresql/data postgres:16` and the like (trimmed). */
function recordedContainer(id: string, name: string, mounts: Mount[], status = 'running'): ContainerInspect {
  return {
    Id: id,
    Name: `/${name}`,
    Created: '2025-03-01T10:02:00.000000000Z',
    Image: postgresId,
    Path: 'docker-entrypoint.sh',
    Args: ['postgres'],
    State: {
      Status: status,
      Running: status === 'running',
      ExitCode: 0,
      StartedAt: '2025-03-01T10:02:01Z',
      FinishedAt: status === 'running' ? '0001-01-01T00:00:00Z' : '2025-03-01T10:04:00Z',
    },
    Config: { Image: 'postgres:16', Tty: false, OpenStdin: false, AttachStdin: false, AttachStdout: false, Cmd: ['postgres'] },
    HostConfig: { AutoRemove: false },
    Mounts: mounts,
    NetworkSettings: { Networks: { bridge: { IPAddress: '172.17.0.3' } } },
  };
}


const db = recordedContainer('d'.repeat(64), 'db', [volumeMount('pgdata', '/var/lib/postgresql/data')]);
/** A stopped container that used the volume elsewhere, and also mounts another volume at the wanted path. */
const backup = recordedContainer('a'.repeat(64), 'backup', [volumeMount('pgdata', '/backup'), volumeMount('scratch', '/var/lib/postgresql/data')], 'exited');

/** A reader with only the reads this check makes; any other read fails the test ("… is not a function"). */
const readerWith = <T extends Partial<EngineReader>>(reads: T) => reads as T & EngineReader;

/** The daemon's answer to `docker ps -a --filter volume=…` is the list given: the containers using the volume. */
function fakeEngine(volumes: VolumeInspect[], users: ContainerInspect[] = []) {
  return readerWith({
    listContainers: vi.fn(async (_filters?: Record<string, string[]>) => users.map(summaryOf)),
    inspectContainer: vi.fn(async (id: string) => users.find((container) => container.Id === id)),
    inspectVolume: vi.fn(async (name: string) => volumes.find((volume) => volume.Name === name)),
  });
}

function contextFor(engine: EngineReader): CheckContext {
  return { ...nothingRecorded, engine, exerciseStart, startOf: () => undefined, now };
}

describe('volumeCheck', () => {
  it('passes for a volume created during the exercise, without listing containers when no mounts are wanted', async () => {
    const engine = fakeEngine([recordedVolume()]);
    const verdict = await volumeCheck.run({ name: 'pgdata' }, contextFor(engine));
    expect(verdict).toEqual({
      passed: true,
      expected: 'volume pgdata, created during this exercise',
      observed: 'found volume pgdata',
      objects: [{ type: 'volume', id: 'pgdata', name: 'pgdata' }],
    });
    expect(engine.inspectVolume).toHaveBeenCalledExactlyOnceWith('pgdata');
    expect(engine.listContainers).not.toHaveBeenCalled();
  });

  it('fails when there is no such volume, and points at `docker volume ls`', async () => {
    const verdict = await volumeCheck.run({ name: 'pgdata' }, contextFor(fakeEngine([recordedVolume({ Name: 'pg-data' })])));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toBe('there is no volume pgdata (see `docker volume ls`)');
  });

  it('rejects a volume created before the exercise, unless since: any', async () => {
    const old = recordedVolume({ CreatedAt: '2025-02-27T08:15:00Z' });
    const rejected = await volumeCheck.run({ name: 'pgdata' }, contextFor(fakeEngine([old])));
    expect(rejected.passed).toBe(false);
    expect(rejected.observed).toBe(`volume pgdata was created at ${clock(old.CreatedAt!)}, before this step started`);
    const accepted = await volumeCheck.run({ name: 'pgdata', since: 'any' }, contextFor(fakeEngine([old])));
    expect(accepted).toMatchObject({ passed: true, expected: 'volume pgdata', observed: 'found volume pgdata' });
  });

  it('cannot date a volume whose driver reports no CreatedAt: rejected unless since: any', async () => {
    const undated = recordedVolume({ CreatedAt: undefined, Driver: 'some-plugin' });
    const rejected = await volumeCheck.run({ name: 'pgdata' }, contextFor(fakeEngine([undated])));
    expect(rejected.passed).toBe(false);
    expect(rejected.observed).toBe('volume pgdata is there, but its driver does not say when it was made, so it cannot be told from an old one');
    const accepted = await volumeCheck.run({ name: 'pgdata', since: 'any' }, contextFor(fakeEngine([undated])));
    expect(accepted.passed).toBe(true);
  });

  it('reads mounts through the containers using the volume, and inspects each of them', async () => {
    const engine = fakeEngine([recordedVolume()], [db, backup]);
    const verdict = await volumeCheck.run({ name: 'pgdata', expect: { mountedAt: [{ path: '/var/lib/postgresql/data' }] } }, contextFor(engine));
    expect(verdict).toMatchObject({
      passed: true,
      expected: 'volume pgdata, created during this exercise: mounted at /var/lib/postgresql/data',
      observed: 'found volume pgdata',
    });
    expect(engine.listContainers).toHaveBeenCalledExactlyOnceWith({ volume: ['pgdata'] });
    expect(engine.inspectContainer.mock.calls.map(([id]) => id)).toEqual([db.Id, backup.Id]);
  });

  it.each<{ name: string; mountedAt: Array<{ path: string; container?: string }>; users: ContainerInspect[]; passed: boolean; observed: string }>([
    {
      name: 'at the path in the named container passes',
      mountedAt: [{ path: '/var/lib/postgresql/data', container: 'db' }],
      users: [db, backup],
      passed: true,
      observed: 'found volume pgdata',
    },
    {
      name: 'a stopped container counts too',
      mountedAt: [{ path: '/backup', container: 'backup' }],
      users: [db, backup],
      passed: true,
      observed: 'found volume pgdata',
    },
    {
      name: 'at the path but in another container fails, saying where it is mounted',
      mountedAt: [{ path: '/backup', container: 'db' }],
      users: [db, backup],
      passed: false,
      observed: 'volume pgdata is there, but it is not mounted at /backup in db (mounted: /var/lib/postgresql/data in db, /backup in backup)',
    },
    {
      name: 'another volume mounted at the path does not count',
      mountedAt: [{ path: '/var/lib/postgresql/data', container: 'backup' }],
      users: [backup],
      passed: false,
      observed: 'volume pgdata is there, but it is not mounted at /var/lib/postgresql/data in backup (mounted: /backup in backup)',
    },
    {
      name: 'no container using the volume says nowhere',
      mountedAt: [{ path: '/var/lib/postgresql/data' }],
      users: [],
      passed: false,
      observed: 'volume pgdata is there, but it is not mounted at /var/lib/postgresql/data (mounted: nowhere)',
    },
    {
      name: 'each wanted mount is checked on its own',
      mountedAt: [{ path: '/var/lib/postgresql/data', container: 'db' }, { path: '/restore' }],
      users: [db],
      passed: false,
      observed: 'volume pgdata is there, but it is not mounted at /restore (mounted: /var/lib/postgresql/data in db)',
    },
  ])('mountedAt: $name', async ({ mountedAt, users, passed, observed }) => {
    const verdict = await volumeCheck.run({ name: 'pgdata', expect: { mountedAt } }, contextFor(fakeEngine([recordedVolume()], users)));
    expect(verdict).toMatchObject({ passed, observed });
  });

  it('skips a container that disappeared between the list and the inspect', async () => {
    const engine = fakeEngine([recordedVolume()], [db]);
    engine.listContainers.mockResolvedValueOnce([summaryOf(backup), summaryOf(db)]);
    const verdict = await volumeCheck.run({ name: 'pgdata', expect: { mountedAt: [{ path: '/backup' }] } }, contextFor(engine));
    expect(verdict.observed).toBe('volume pgdata is there, but it is not mounted at /backup (mounted: /var/lib/postgresql/data in db)');
  });

  it('names the container in what it expects, and adds where conditions', async () => {
    const verdict = await volumeCheck.run(
      {
        name: 'pgdata',
        expect: { mountedAt: [{ path: '/var/lib/postgresql/data', container: 'db' }] },
        where: [{ path: 'Driver', equals: 'local' }, { path: 'Labels.purpose', equals: 'db' }],
      },
      contextFor(fakeEngine([recordedVolume()], [db])),
    );
    expect(verdict.expected).toBe(
      'volume pgdata, created during this exercise: mounted at /var/lib/postgresql/data in db, Driver is "local", Labels.purpose is "db"',
    );
    expect(verdict).toMatchObject({ passed: false, observed: 'volume pgdata is there, but Labels.purpose is nothing' });
  });
});

describe('volumeCheck within the second the exercise started', () => {
  it('asks the create event whether a volume stamped with that second came before or after', async () => {
    const start = new Date('2025-03-01T10:00:00.600Z');
    const sameSecond = { Name: 'kata-data', Driver: 'local', Mountpoint: '/var/lib/docker/volumes/kata-data/_data', CreatedAt: '2025-03-01T10:00:00Z' };
    const context = (events: unknown[]) => ({
      ...nothingRecorded,
      engine: { inspectVolume: async () => sameSecond, events: async () => events } as never,
      exerciseStart: start,
      startOf: () => undefined,
      now: new Date('2025-03-01T10:00:05Z'),
    });
    const created = [{ Type: 'volume', Action: 'create', Actor: { ID: 'kata-data', Attributes: {} }, timeNano: 0 }];
    expect((await volumeCheck.run({ name: 'kata-data' }, context(created))).passed).toBe(true);
    expect((await volumeCheck.run({ name: 'kata-data' }, context([]))).passed).toBe(false);
  });
});
