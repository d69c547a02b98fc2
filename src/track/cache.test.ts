import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as load from './load.js';
import { loadTrackCached, trackCacheFile } from './cache.js';

vi.mock('./load.js', async (original) => {
  const actual = await original<typeof import('./load.js')>();
  return { ...actual, loadTrack: vi.fn(actual.loadTrack) };
});

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.mocked(load.loadTrack).mockClear();
});

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'docker-kata-cache-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const exercise = (id: string, title = `Exercise ${id}`) => `format: 1
id: ${id}
title: ${title}
instructions: Do ${id}.
hints: [First hint., Second hint.]
checks:
  - kind: container
    image: ubuntu
`;

function setUp() {
  const track = folderWith({ 'track.yaml': 'format: 1\nid: cached\nname: Cached\n', '01-basics/01-one.yaml': exercise('one'), '01-basics/02-two.yaml': exercise('two') });
  const state = folderWith({});
  return { track, state, solutions: join(track, 'solutions') };
}

const loads = () => vi.mocked(load.loadTrack).mock.calls.length;

describe('loadTrackCached', () => {
  it('reads the YAML once, then the same track from the cache (a hit skips the loader)', async () => {
    const { track, state, solutions } = setUp();
    const first = await loadTrackCached(track, solutions, state);
    expect(loads()).toBe(1);
    const second = await loadTrackCached(track, solutions, state);
    expect(loads()).toBe(1);
    expect(second).toEqual(first);
    expect(second).toEqual(load.loadTrack(track, solutions));
    expect(second.exercises.map((exercise) => exercise.id)).toEqual(['one', 'two']);
  });

  it('reads the YAML again after an edit, even one that keeps the size, and sees the edit', async () => {
    const { track, state, solutions } = setUp();
    await loadTrackCached(track, solutions, state);
    const file = join(track, '01-basics', '02-two.yaml');
    writeFileSync(file, exercise('two', 'Exercise TWO'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const edited = await loadTrackCached(track, solutions, state);
    expect(loads()).toBe(2);
    expect(edited.exercises[1].definition.title).toBe('Exercise TWO');
  });

  it('reads the YAML again when an exercise is added', async () => {
    const { track, state, solutions } = setUp();
    await loadTrackCached(track, solutions, state);
    writeFileSync(join(track, '01-basics', '03-three.yaml'), exercise('three'));
    expect((await loadTrackCached(track, solutions, state)).exercises).toHaveLength(3);
    expect(loads()).toBe(2);
  });

  it.each([
    ['not JSON', '{"format":1,"key":'],
    ['JSON of another shape', '[1, 2, 3]'],
    ['a track without exercises', 'KEY'],
  ])('reads the YAML again over a corrupt cache (%s), and mends it', async (_name, corrupt) => {
    const { track, state, solutions } = setUp();
    const first = await loadTrackCached(track, solutions, state);
    const file = trackCacheFile(state, track, solutions);
    const { format, key } = JSON.parse(readFileSync(file, 'utf8')) as { format: number; key: string };
    writeFileSync(file, corrupt === 'KEY' ? JSON.stringify({ format, key, track: { dir: track } }) : corrupt);
    expect(await loadTrackCached(track, solutions, state)).toEqual(first);
    expect(loads()).toBe(2);
    expect(await loadTrackCached(track, solutions, state)).toEqual(first);
    expect(loads()).toBe(2);
  });

  it('keeps no cache of a track with problems: the error comes every time', async () => {
    const { track, state, solutions } = setUp();
    writeFileSync(join(track, '01-basics', '02-two.yaml'), 'format: 1\nid: two\n');
    await expect(loadTrackCached(track, solutions, state)).rejects.toThrow(load.TrackError);
    await expect(loadTrackCached(track, solutions, state)).rejects.toThrow(load.TrackError);
    expect(loads()).toBe(2);
  });

  it('does not cache a track with a link in it', async () => {
    const { track, state, solutions } = setUp();
    mkdirSync(join(track, 'drafts'));
    writeFileSync(join(track, 'drafts', 'three.yaml'), exercise('three'));
    symlinkSync(join(track, 'drafts', 'three.yaml'), join(track, '01-basics', '03-three.yaml'));
    await loadTrackCached(track, solutions, state);
    await loadTrackCached(track, solutions, state);
    expect(loads()).toBe(2);
  });

  it('tells a missing track folder as loadTrack does', async () => {
    const state = folderWith({});
    await expect(loadTrackCached(join(state, 'nowhere'), join(state, 'solutions'), state)).rejects.toThrow(/There is no track folder/);
  });
});
