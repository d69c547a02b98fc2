import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyState, loadState, parseState, saveState, stateDirectory, type State } from './state.js';

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'docker-kata-state-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('stateDirectory', () => {
  it.each<{ name: string; env: NodeJS.ProcessEnv; platform: NodeJS.Platform; expected: string }>([
    {
      name: 'DOCKER_KATA_HOME beats XDG_STATE_HOME',
      env: { DOCKER_KATA_HOME: '/data/kata', XDG_STATE_HOME: '/home/ana/.state' },
      platform: 'linux',
      expected: '/data/kata',
    },
    { name: 'XDG_STATE_HOME, with a docker-kata folder', env: { XDG_STATE_HOME: '/home/ana/.state' }, platform: 'linux', expected: join('/home/ana/.state', 'docker-kata') },
    { name: 'else ~/.local/state', env: {}, platform: 'linux', expected: join('/home/ana', '.local', 'state', 'docker-kata') },
    { name: 'empty variables count as unset', env: { DOCKER_KATA_HOME: '', XDG_STATE_HOME: '' }, platform: 'darwin', expected: join('/home/ana', '.local', 'state', 'docker-kata') },
    { name: 'LOCALAPPDATA on Windows', env: { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, platform: 'win32', expected: join('C:\\Users\\ana\\AppData\\Local', 'docker-kata') },
    { name: 'LOCALAPPDATA ignored elsewhere', env: { LOCALAPPDATA: '/odd' }, platform: 'linux', expected: join('/home/ana', '.local', 'state', 'docker-kata') },
  ])('$name', ({ env, platform, expected }) => {
    expect(stateDirectory(env, '/home/ana', platform)).toBe(expected);
  });
});

const sample: State = {
  format: 1,
  tracks: {
    docker: {
      current: 'run-detached',
      exercises: {
        'run-ubuntu': { startedAt: '2025-03-01T10:00:00.000Z', passedAt: '2025-03-01T10:04:00.000Z', hintsShown: 1 },
        'run-detached': { startedAt: '2025-03-01T10:05:00.000Z', answer: 'jolly_lamport' },
      },
    },
  },
};

describe('loadState', () => {
  it('starts fresh, without a warning, when there is no file yet', () => {
    expect(loadState(join(tempDir(), 'state.json'))).toEqual({ state: emptyState() });
  });

  it.each([
    { name: 'not JSON', text: '{"format": 1, "tracks": {' },
    { name: 'another format', text: '{"format": 2, "tracks": {}}' },
    { name: 'a track without exercises', text: '{"format": 1, "tracks": {"docker": {"current": "x"}}}' },
    { name: 'JSON null', text: 'null' },
  ])('sets a damaged file ($name) aside, says where, and starts fresh', ({ text }) => {
    const dir = tempDir();
    const file = join(dir, 'state.json');
    writeFileSync(file, text);
    const { state, warning } = loadState(file);
    expect(state).toEqual(emptyState());
    const backups = readdirSync(dir).filter((name) => name.startsWith('state.json.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(join(dir, backups[0]), 'utf8')).toBe(text);
    expect(warning).toContain(join(dir, backups[0]));
    expect(warning).toContain('starts afresh');
  });
});

describe('loadState where a folder on the way is a file', () => {
  it('starts fresh (nothing can be saved there), so that saving reports the real problem', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    expect(loadState(join(file, 'docker-kata', 'state.json'))).toEqual({ state: emptyState() });
    expect(() => saveState(join(file, 'docker-kata', 'state.json'), emptyState())).toThrow(/Cannot save progress to .*DOCKER_KATA_HOME/);
  });
});

describe('saveState', () => {
  it('round-trips through loadState, creating missing folders', () => {
    const file = join(tempDir(), 'deeper', 'still', 'state.json');
    saveState(file, sample);
    expect(loadState(file)).toEqual({ state: sample });
  });

  it('replaces the file whole and leaves no temporary file behind', () => {
    const dir = tempDir();
    const file = join(dir, 'state.json');
    saveState(file, emptyState());
    saveState(file, sample);
    expect(readdirSync(dir)).toEqual(['state.json']);
    expect(parseState(readFileSync(file, 'utf8'))).toEqual(sample);
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('explains how to fix an unwritable location', () => {
    const dir = tempDir();
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    expect(() => saveState(join(blocker, 'state.json'), sample)).toThrow(/Cannot save progress to .*DOCKER_KATA_HOME/);
  });
});
