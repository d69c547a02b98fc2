import { describe, expect, it } from 'vitest';
import { loadTrack, type Exercise } from '../track/load.js';
import { declaredObjects, usedImages } from './declared.js';

const exercise = (number: number, id: string, extra: Partial<Exercise['definition']> = {}): Exercise => ({
  number,
  id,
  file: `01-m/${number}.yaml`,
  module: { folder: '01-m', title: 'M' },
  solutionFile: '',
  definition: { format: 1, id, title: id, instructions: 'do it', hints: ['a', 'b'], checks: [{ kind: 'daemon' }], ...extra },
});

describe('declaredObjects', () => {
  it('collects every kind, each name once, with the exercises that ask for it, in listing order', () => {
    const declared = declaredObjects([
      exercise(1, 'one', { creates: { images: ['kata-app:1'], containers: ['web'] } }),
      exercise(2, 'two', { creates: { containers: ['web', 'db'], networks: ['app'], volumes: ['data'], services: ['svc'] } }),
    ]);
    expect(declared.map((object) => `${object.kind} ${object.name}`)).toEqual([
      'container web',
      'container db',
      'service svc',
      'network app',
      'volume data',
      'image kata-app:1',
    ]);
    expect(declared[0].declaredBy).toEqual([
      { number: 1, id: 'one' },
      { number: 2, id: 'two' },
    ]);
  });

  it('names images by their full tag, as the daemon lists them', () => {
    const declared = declaredObjects([exercise(1, 'one', { creates: { images: ['kata-committed', 'docker.io/library/kata:2', 'localhost:5000/kata/ubuntu'] } })]);
    expect(declared.map((object) => object.name)).toEqual(['kata-committed:latest', 'kata:2', 'localhost:5000/kata/ubuntu:latest']);
  });

  it('is empty for exercises that declare nothing', () => {
    expect(declaredObjects([exercise(1, 'one', { uses: { images: ['ubuntu'] } })])).toEqual([]);
  });

  it('reads the images the track uses, as full tags', () => {
    expect([...usedImages([exercise(1, 'one', { uses: { images: ['ubuntu', 'registry:2'] } })])]).toEqual(['ubuntu:latest', 'registry:2']);
  });
});

describe('the built-in track', () => {
  const track = loadTrack('exercises', 'solutions');
  const declared = declaredObjects(track.exercises);
  const names = new Set(declared.map((object) => `${object.kind} ${object.name}`));

  it('declares what its exercises ask the learner to create', () => {
    for (const expected of [
      'container my-ubuntu',
      'container kata-writer',
      'container kata-registry',
      'container db',
      'network app',
      'volume kata-data',
      'image kata-app:1',
      'image kata-committed:latest',
      'image localhost:5000/kata/ubuntu:1',
      'service kata-web',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('declares every object its checks look for by name, so clean can tidy up after every exercise', () => {
    const looked: string[] = [];
    const selection = (value: unknown) => (value && typeof value === 'object' ? (value as { name?: string }).name : undefined);
    for (const { definition } of track.exercises) {
      for (const check of definition.checks as Array<Record<string, any>>) {
        const add = (kind: string, name: unknown) => typeof name === 'string' && looked.push(`${kind} ${name}`);
        if (check.kind === 'container') add('container', check.name);
        if (check.kind === 'network' || check.kind === 'volume' || check.kind === 'service') add(check.kind, check.name);
        if (check.kind === 'image') add('image', check.reference.includes(':') ? check.reference : `${check.reference}:latest`);
        if (check.kind === 'file' || check.kind === 'http' || check.kind === 'answer') add('container', selection(check.container));
        if (check.kind === 'answer') add('container', selection(check.logs));
        if (check.kind === 'event' && (check.type ?? 'container') === 'container') add('container', check.actor?.name);
      }
    }
    expect(looked.length).toBeGreaterThan(20);
    expect(looked.filter((object) => !names.has(object))).toEqual([]);
  });

  it('never declares an image it also uses', () => {
    const used = usedImages(track.exercises);
    expect(declared.filter((object) => object.kind === 'image' && used.has(object.name))).toEqual([]);
  });

  it('names the public images and host ports its exercises need', () => {
    expect([...usedImages(track.exercises)].sort()).toEqual(
      ['alpine:latest', 'memcached:latest', 'nginx:latest', 'python:latest', 'redis:latest', 'registry:2', 'ubuntu:latest'],
    );
    expect(track.exercises.flatMap((exercise) => exercise.definition.uses?.ports ?? []).sort()).toEqual([5000, 8080, 8081]);
  });
});
