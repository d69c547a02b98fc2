import { describe, expect, it } from 'vitest';
import type { DeclaredObject, ObjectKind } from './declared.js';
import { planClean, type Found, type Observation } from './plan.js';

const by = [{ number: 1, id: 'one' }];
const declared = (kind: ObjectKind, name: string): DeclaredObject => ({ kind, name, declaredBy: by });
const seen = (kind: ObjectKind, name: string, found?: Found): Observation => ({ declared: declared(kind, name), found });

const container = (name: string, state = 'exited', id = `c-${name}`): Found => ({ kind: 'container', id, name, image: 'ubuntu', state });
const network = (name: string, members: string[] = []): Found => ({ kind: 'network', id: `n-${name}`, name, driver: 'bridge', members });
const volume = (name: string, usedBy: string[] = []): Found => ({ kind: 'volume', name, driver: 'local', usedBy });
const image = (id: string, tags: string[]): Found => ({ kind: 'image', id, tags });
const service = (name: string): Found => ({ kind: 'service', id: `s-${name}`, name, image: 'nginx:latest@sha256:abc', replicas: 2 });

describe('planClean', () => {
  it('plans only the declared objects that exist', () => {
    const plan = planClean([
      seen('container', 'my-ubuntu', container('my-ubuntu')),
      seen('container', 'kata-writer'),
      seen('network', 'app'),
      seen('volume', 'kata-data', volume('kata-data')),
    ]);
    expect(plan.targets.map((target) => `${target.kind} ${target.name}`)).toEqual(['container my-ubuntu', 'volume kata-data']);
    expect(plan.declaredCount).toBe(4);
    expect(plan.kept).toEqual([]);
  });

  it('plans nothing when nothing declared exists', () => {
    expect(planClean([seen('container', 'a'), seen('image', 'b:1')])).toMatchObject({ targets: [], removal: [], kept: [] });
    expect(planClean([])).toMatchObject({ targets: [], removal: [], declaredCount: 0 });
  });

  it('lists containers, services, networks, volumes, images; removes services, containers, networks, volumes, tags', () => {
    const plan = planClean([
      seen('image', 'kata-app:1', image('sha256:aaa', ['kata-app:1'])),
      seen('volume', 'kata-data', volume('kata-data')),
      seen('network', 'app', network('app')),
      seen('container', 'db', container('db', 'running')),
      seen('service', 'kata-web', service('kata-web')),
      seen('container', 'kata-writer', container('kata-writer')),
    ]);
    const order = (list: typeof plan.targets) => list.map((target) => `${target.kind} ${target.name}`);
    expect(order(plan.targets)).toEqual(['container db', 'container kata-writer', 'service kata-web', 'network app', 'volume kata-data', 'image kata-app:1']);
    expect(order(plan.removal)).toEqual(['service kata-web', 'container db', 'container kata-writer', 'network app', 'volume kata-data', 'image kata-app:1']);
  });

  it('removes containers and networks by the ID seen, volumes and image tags by name', () => {
    const plan = planClean([
      seen('container', 'db', container('db', 'running', 'c0ffee')),
      seen('network', 'app', network('app')),
      seen('volume', 'kata-data', volume('kata-data')),
      seen('image', 'kata-app:1', image('sha256:aaa', ['kata-app:1'])),
    ]);
    expect(plan.removal.map((target) => target.id)).toEqual(['c0ffee', 'n-app', 'kata-data', 'kata-app:1']);
  });

  it('ignores an object the daemon found by ID prefix instead of by name (db is a valid ID prefix)', () => {
    const plan = planClean([
      seen('container', 'db', container('someone-elses', 'running', 'db5e1f')),
      seen('network', 'cafe', network('their-network')),
      seen('service', 'face', service('their-service')),
      seen('image', 'abc', image('sha256:abc123', ['their-image:latest'])),
      seen('volume', 'kata-data', volume('other')),
    ]);
    expect(plan.targets).toEqual([]);
  });

  it('ignores an object of another kind under the name', () => {
    expect(planClean([seen('container', 'app', network('app'))]).targets).toEqual([]);
  });

  it('removes an image tag, never the image by ID, and says whether the image stays', () => {
    const plan = planClean([
      seen('image', 'localhost:5000/kata/ubuntu:1', image('sha256:ubuntu', ['ubuntu:latest', 'localhost:5000/kata/ubuntu:1'])),
      seen('image', 'kata-app:1', image('sha256:1a2b3c4d5e6f7a8b', ['kata-app:1'])),
    ]);
    const [pushed, built] = plan.removal;
    expect(pushed).toMatchObject({ id: 'localhost:5000/kata/ubuntu:1', imageId: 'sha256:ubuntu', otherTags: ['ubuntu:latest'] });
    expect(pushed.description).toContain('the image stays as ubuntu:latest');
    expect(built).toMatchObject({ id: 'kata-app:1', imageId: 'sha256:1a2b3c4d5e6f7a8b', otherTags: [] });
    expect(built.description).toBe('tag of image 1a2b3c4d5e6f; its only tag: the image goes too, unless a container still uses it');
  });

  it('counts an image as present only under the declared tag', () => {
    // kata-app:1 resolves, but the daemon's image no longer carries that tag (only a digest reference, say).
    expect(planClean([seen('image', 'kata-app:1', image('sha256:aaa', ['kata-app:2']))]).targets).toEqual([]);
  });

  it('keeps an image the track uses, and the networks Docker makes, even when declared', () => {
    const plan = planClean(
      [seen('image', 'ubuntu:latest', image('sha256:ubuntu', ['ubuntu:latest'])), seen('network', 'bridge', network('bridge'))],
      { protectedImages: new Set(['ubuntu:latest']) },
    );
    expect(plan.targets).toEqual([]);
    expect(plan.kept.map((kept) => `${kept.kind} ${kept.name}`)).toEqual(['image ubuntu:latest', 'network bridge']);
  });

  it('describes what each object is', () => {
    const plan = planClean([
      seen('container', 'db', container('db', 'running')),
      seen('container', 'kata-writer', container('kata-writer', 'exited')),
      seen('service', 'kata-web', service('kata-web')),
      seen('network', 'app', network('app', ['network_test'])),
      seen('volume', 'kata-data', volume('kata-data', ['kata-reader'])),
    ]);
    expect(plan.targets.map((target) => target.description)).toEqual([
      'from ubuntu, running (it is stopped first)',
      'from ubuntu, exited',
      'swarm service from nginx:latest, 2 replicas',
      'bridge network, connected: network_test',
      'volume, mounted by kata-reader',
    ]);
    expect(plan.targets[0]).toMatchObject({ running: true, declaredBy: by });
    expect(plan.targets[3].usedBy).toEqual(['network_test']);
  });

  it('lists an object declared twice once', () => {
    const plan = planClean([seen('container', 'db', container('db')), seen('container', 'db', container('db'))]);
    expect(plan.targets).toHaveLength(1);
  });
});
