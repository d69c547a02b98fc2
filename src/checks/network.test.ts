import { describe, expect, it, vi } from 'vitest';
import type { ContainerSummary, EngineReader, NetworkInspect } from '../engine/reader.js';
import { networkCheck } from './network.js';
import { clock } from '../ui/time.js';
import type { CheckContext } from './types.js';
import { nothingRecorded } from './context.testing.js';

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const now = new Date('2025-03-01T10:05:00.000Z');
const shopId = '7d86d31b1478e7cca9ebed7e73aa0fdeec46c5ca29497431d3007d2d9e15ed99';
const webId = 'c0ffee'.padEnd(64, '1');
const dbId = 'deadbe'.padEnd(64, '2');

const webEndpoint = { Name: 'web', EndpointID: 'e1'.padEnd(64, '0'), MacAddress: '02:42:ac:12:00:02', IPv4Address: '172.18.0.2/16', IPv6Address: '' };

/**
 * `docker network create shop`, then `docker run -d --network shop --name web nginx` and a `db` container that
 * has since exited: as `docker network inspect shop` shows it (trimmed). Containers lists running members only.
 */
function recordedNetwork(overrides: Partial<NetworkInspect> = {}): NetworkInspect {
  return {
    Name: 'shop',
    Id: shopId,
    Created: '2025-03-01T10:01:30.123456789Z',
    Scope: 'local',
    Driver: 'bridge',
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: {}, Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] },
    Internal: false,
    Attachable: false,
    Containers: { [webId]: webEndpoint },
    Options: {},
    Labels: {},
    ...overrides,
  };
}

/** `docker ps -a --filter network=…` rows: the running web and the exited db. */
const summary = (Id: string, name: string, State: string): ContainerSummary => ({
  Id,
  Names: [`/${name}`],
  Image: 'nginx',
  ImageID: 'sha256:' + 'e'.repeat(64),
  Created: Date.parse('2025-03-01T10:02:00Z') / 1000,
  State,
  Status: State === 'running' ? 'Up 3 minutes' : 'Exited (0) 1 minute ago',
});
const web = summary(webId, 'web', 'running');
const db = summary(dbId, 'db', 'exited');

/** A reader with only the reads this check makes; any other read fails the test ("… is not a function"). */
const readerWith = <T extends Partial<EngineReader>>(reads: T) => reads as T & EngineReader;

/** An EngineReader that resolves networks the way the daemon does: by exact name or by ID prefix. */
function fakeEngine(networks: NetworkInspect[], attached: ContainerSummary[] = []) {
  return readerWith({
    listContainers: vi.fn(async (_filters?: Record<string, string[]>) => attached),
    inspectNetwork: vi.fn(async (idOrName: string) =>
      networks.find((network) => network.Name === idOrName) ?? networks.find((network) => network.Id.startsWith(idOrName)),
    ),
  });
}

function contextFor(engine: EngineReader): CheckContext {
  return { ...nothingRecorded, engine, exerciseStart, startOf: () => undefined, now };
}

describe('networkCheck', () => {
  it('passes for a network created during the exercise, without listing containers when no members are wanted', async () => {
    const engine = fakeEngine([recordedNetwork()]);
    const verdict = await networkCheck.run({ name: 'shop', expect: { driver: 'bridge' } }, contextFor(engine));
    expect(verdict).toEqual({
      passed: true,
      expected: 'network shop, created during this exercise: driver bridge',
      observed: 'found network shop',
      objects: [{ type: 'network', id: shopId, name: 'shop' }],
    });
    expect(engine.inspectNetwork).toHaveBeenCalledExactlyOnceWith('shop');
    expect(engine.listContainers).not.toHaveBeenCalled();
  });

  it('fails when there is no such network, and points at `docker network ls`', async () => {
    const verdict = await networkCheck.run({ name: 'shop' }, contextFor(fakeEngine([recordedNetwork({ Name: 'shop-old' })])));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toBe('there is no network shop (see `docker network ls`)');
  });

  it('treats a network the daemon found by ID prefix, whose Name is something else, as missing', async () => {
    // GET /networks/7d86d31b1478 answers with the network called shop: that is not a network called 7d86d31b1478.
    const engine = fakeEngine([recordedNetwork()]);
    const verdict = await networkCheck.run({ name: shopId.slice(0, 12), since: 'any' }, contextFor(engine));
    expect(engine.inspectNetwork).toHaveBeenCalledWith(shopId.slice(0, 12));
    await expect(engine.inspectNetwork.mock.results[0].value).resolves.toMatchObject({ Name: 'shop' });
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toBe(`there is no network ${shopId.slice(0, 12)} (see \`docker network ls\`)`);
  });

  it('says which driver the network has when it is not the wanted one', async () => {
    const verdict = await networkCheck.run({ name: 'shop', expect: { driver: 'overlay' } }, contextFor(fakeEngine([recordedNetwork()])));
    expect(verdict.passed).toBe(false);
    expect(verdict.expected).toBe('network shop, created during this exercise: driver overlay');
    expect(verdict.observed).toBe('network shop is there, but its driver is bridge');
  });

  it('rejects a network created before the exercise, unless since: any', async () => {
    const old = recordedNetwork({ Created: '2025-02-28T16:20:00Z' });
    const rejected = await networkCheck.run({ name: 'shop' }, contextFor(fakeEngine([old])));
    expect(rejected.passed).toBe(false);
    expect(rejected.observed).toBe(`network shop was created at ${clock(old.Created)}, before this step started`);
    const accepted = await networkCheck.run({ name: 'shop', since: 'any' }, contextFor(fakeEngine([old])));
    expect(accepted).toMatchObject({ passed: true, expected: 'network shop', observed: 'found network shop' });
  });

  it('counts a stopped member, found through the container list filtered by network ID', async () => {
    // The network's own Containers field lists only web (running); db has exited but is still attached.
    const network = recordedNetwork();
    expect(Object.values(network.Containers ?? {}).map((container) => container.Name)).toEqual(['web']);
    const engine = fakeEngine([network], [web, db]);
    const verdict = await networkCheck.run({ name: 'shop', expect: { members: ['web', 'db'] } }, contextFor(engine));
    expect(verdict).toMatchObject({
      passed: true,
      expected: 'network shop, created during this exercise: with web, db attached',
      observed: 'found network shop',
    });
    expect(engine.listContainers).toHaveBeenCalledExactlyOnceWith({ network: [shopId] });
  });

  it.each<{ members: string[]; attached: ContainerSummary[]; observed: string }>([
    { members: ['web', 'cache'], attached: [web, db], observed: 'network shop is there, but cache is not attached (attached: web, db)' },
    { members: ['cache', 'queue'], attached: [web], observed: 'network shop is there, but cache, queue are not attached (attached: web)' },
    { members: ['db'], attached: [], observed: 'network shop is there, but db is not attached (attached: none)' },
  ])('names the missing members $members and who is attached', async ({ members, attached, observed }) => {
    const verdict = await networkCheck.run({ name: 'shop', expect: { members } }, contextFor(fakeEngine([recordedNetwork()], attached)));
    expect(verdict).toMatchObject({ passed: false, observed });
  });

  it('does not take a container whose name merely contains the member name', async () => {
    const webOld = summary('f'.repeat(64), 'web-old', 'exited');
    const verdict = await networkCheck.run({ name: 'shop', expect: { members: ['web'] } }, contextFor(fakeEngine([recordedNetwork()], [webOld])));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toContain('web is not attached (attached: web-old)');
  });

  it('reports every problem at once: driver, members and where conditions', async () => {
    const verdict = await networkCheck.run(
      {
        name: 'shop',
        expect: { driver: 'overlay', members: ['db'] },
        where: [{ path: 'IPAM.Config.*.Subnet', equals: '10.10.0.0/24' }],
      },
      contextFor(fakeEngine([recordedNetwork()], [web])),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.expected).toBe(
      'network shop, created during this exercise: driver overlay, with db attached, IPAM.Config.*.Subnet is "10.10.0.0/24"',
    );
    expect(verdict.observed).toBe(
      'network shop is there, but its driver is bridge, and db is not attached (attached: web), and IPAM.Config.*.Subnet is "172.18.0.0/16"',
    );
  });

  it('passes a where condition read from the recorded network', async () => {
    const verdict = await networkCheck.run(
      { name: 'shop', where: [{ path: 'IPAM.Config.*.Gateway', equals: '172.18.0.1' }, { path: 'Internal', equals: false }] },
      contextFor(fakeEngine([recordedNetwork()])),
    );
    expect(verdict.passed).toBe(true);
  });
});
