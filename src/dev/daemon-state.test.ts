import { describe, expect, it } from 'vitest';
import { planCleanUp, type DaemonState } from './daemon-state.js';

const state = (parts: Partial<DaemonState> = {}): DaemonState => ({
  containers: [],
  images: [],
  networks: [
    { id: 'n-bridge', name: 'bridge' },
    { id: 'n-host', name: 'host' },
  ],
  volumes: [],
  swarm: 'inactive',
  services: [],
  ...parts,
});

const ubuntu = { id: 'sha256:ubuntu1', tags: ['ubuntu:latest'], created: 100 };
const alpine = { id: 'sha256:alpine1', tags: ['alpine:latest'], created: 100 };

describe('planCleanUp', () => {
  it('removes nothing when nothing changed', () => {
    const before = state({ containers: [{ id: 'c1', name: 'mine', image: 'ubuntu' }], images: [ubuntu], volumes: [{ name: 'v' }] });
    expect(planCleanUp(before, structuredClone(before))).toEqual({
      containers: [],
      services: [],
      leaveSwarm: false,
      networks: [],
      volumes: [],
      untag: [],
      images: [],
      kept: [],
    });
  });

  it('removes the containers, networks, volumes and services that appeared, never those from before', () => {
    const before = state({ containers: [{ id: 'old', name: 'learners-own', image: 'ubuntu' }], volumes: [{ name: 'data' }] });
    const after = state({
      containers: [
        { id: 'old', name: 'learners-own', image: 'ubuntu' },
        { id: 'new', name: 'jolly_lamport', image: 'ubuntu' },
      ],
      networks: [...before.networks, { id: 'n-app', name: 'app' }],
      volumes: [{ name: 'data' }, { name: 'kata-data' }],
      swarm: 'active',
      services: [{ id: 's1', name: 'web' }],
    });
    const plan = planCleanUp(before, after);
    expect(plan.containers.map((container) => container.id)).toEqual(['new']);
    expect(plan.networks).toEqual([{ id: 'n-app', name: 'app' }]);
    expect(plan.volumes).toEqual([{ name: 'kata-data' }]);
    expect(plan.services).toEqual([{ id: 's1', name: 'web' }]);
    expect(plan.leaveSwarm).toBe(true);
  });

  it('leaves a swarm only when the daemon was not in one before', () => {
    const services = [{ id: 'theirs', name: 'theirs' }];
    const plan = planCleanUp(state({ swarm: 'active', services }), state({ swarm: 'active', services: [...services, { id: 'new', name: 'web' }] }));
    expect(plan.leaveSwarm).toBe(false);
    expect(plan.services.map((service) => service.id)).toEqual(['new']);
    expect(planCleanUp(state({ swarm: 'active' }), state({ swarm: 'inactive' })).leaveSwarm).toBe(false);
  });

  it('removes new tags and new images, newest first, and never an image or tag from before', () => {
    const before = state({ images: [ubuntu, alpine] });
    const after = state({
      images: [
        { ...alpine, tags: ['alpine:latest', '127.0.0.1:5000/library/alpine:latest'] },
        ubuntu,
        { id: 'sha256:app1', tags: ['kata-app:1'], created: 200 },
        { id: 'sha256:app2', tags: ['kata-app:2', 'kata-app:latest'], created: 300 },
        { id: 'sha256:layer', tags: [], created: 150 },
      ],
    });
    const plan = planCleanUp(before, after);
    expect(plan.untag).toEqual(['127.0.0.1:5000/library/alpine:latest', 'kata-app:1', 'kata-app:2', 'kata-app:latest']);
    expect(plan.images).toEqual(['sha256:app2', 'sha256:app1', 'sha256:layer']);
    expect(plan.kept).toEqual([]);
  });

  it('keeps a new image that took over a tag from before, and the older image that lost it', () => {
    const before = state({ images: [ubuntu] });
    const after = state({
      images: [
        { id: 'sha256:ubuntu2', tags: ['ubuntu:latest', 'ubuntu:rebuilt'], created: 200 },
        { ...ubuntu, tags: [] },
      ],
    });
    const plan = planCleanUp(before, after);
    expect(plan.untag).toEqual(['ubuntu:rebuilt']);
    expect(plan.images).toEqual([]);
    expect(plan.kept).toEqual(['image ubuntu2: it is new, but now holds ubuntu:latest, which existed before']);
  });

  it('keeps a new tag whose removal would remove an image from before', () => {
    const dangling = { id: 'sha256:dangling', tags: [], created: 50 };
    const plan = planCleanUp(state({ images: [dangling] }), state({ images: [{ ...dangling, tags: ['rescued:latest'] }] }));
    expect(plan.untag).toEqual([]);
    expect(plan.images).toEqual([]);
    expect(plan.kept).toEqual(['tag rescued:latest: removing it would remove image dangling, which was there before']);
  });
});
