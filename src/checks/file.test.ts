import { describe, expect, it, vi } from 'vitest';
import { summaryOf } from '../engine/reader.testing.js';
import type { ContainerInspect, EngineReader, ImageInspect, PathReading } from '../engine/reader.js';
import { fileCheck } from './file.js';
import type { CheckContext } from './types.js';
import { nothingRecorded } from './context.testing.js';

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const now = new Date('2025-03-01T10:05:00.000Z');
const nginxId = 'sha256:' + '9'.repeat(64);
const indexPath = '/usr/share/nginx/html/index.html';

const nginxImage: ImageInspect = { Id: nginxId, RepoTags: ['nginx:latest'], Created: '2025-02-12T00:00:00Z', Config: { Cmd: ['nginx', '-g', 'daemon off;'] } };

/** `docker run -d --name web nginx`, as `docker container inspect web` shows it (trimmed). */
function recordedContainer(id: string, name: string, created: string, status = 'running'): ContainerInspect {
  return {
    Id: id,
    Name: `/${name}`,
    Created: created,
    Image: nginxId,
    Path: '/docker-entrypoint.sh',
    Args: ['nginx', '-g', 'daemon off;'],
    State: { Status: status, Running: status === 'running', ExitCode: 0, StartedAt: created, FinishedAt: '0001-01-01T00:00:00Z' },
    Config: { Image: 'nginx', Tty: false, OpenStdin: false, AttachStdin: false, AttachStdout: false, Cmd: ['nginx', '-g', 'daemon off;'] },
    HostConfig: { AutoRemove: false },
    Mounts: [],
    NetworkSettings: { Networks: { bridge: { IPAddress: '172.17.0.2' } } },
  };
}


const web = recordedContainer('a'.repeat(64), 'web', '2025-03-01T10:02:00.000000000Z');
const web2 = recordedContainer('b'.repeat(64), 'web2', '2025-03-01T10:04:00.000000000Z', 'exited');
const leftover = recordedContainer('c'.repeat(64), 'web', '2025-03-01T09:30:00.000000000Z', 'exited');

const file = (text: string): PathReading => ({ exists: true, type: 'file', size: Buffer.byteLength(text), content: Buffer.from(text) });
const directory: PathReading = { exists: true, type: 'directory', size: 0 };

/** A reader with only the reads this check makes; any other read fails the test ("… is not a function"). */
const readerWith = <T extends Partial<EngineReader>>(reads: T) => reads as T & EngineReader;

/**
 * An EngineReader over recorded containers and what the archive endpoint gives for paths in them. The
 * container list is returned as given: the daemon has already applied the selector's filters.
 */
function fakeEngine(containers: ContainerInspect[], paths: Record<string, Record<string, PathReading>> = {}) {
  return readerWith({
    listContainers: vi.fn(async (_filters?: Record<string, string[]>) => containers.map(summaryOf)),
    inspectContainer: vi.fn(async (id: string) => containers.find((container) => container.Id === id)),
    inspectImage: vi.fn(async (reference: string) => (reference === 'nginx' ? nginxImage : undefined)),
    readPath: vi.fn(async (containerId: string, path: string, _maxBytes: number): Promise<PathReading> => paths[containerId]?.[path] ?? { exists: false }),
  });
}

function contextFor(engine: EngineReader): CheckContext {
  return { ...nothingRecorded, engine, exerciseStart, startOf: () => undefined, now };
}

describe('fileCheck', () => {
  it('passes for a file containing the text, read through the archive endpoint with a size limit', async () => {
    const engine = fakeEngine([web], { [web.Id]: { [indexPath]: file('<h1>Hello from docker-kata</h1>\n') } });
    const verdict = await fileCheck.run({ container: { name: 'web' }, path: indexPath, type: 'file', contains: 'Hello' }, contextFor(engine));
    expect(verdict).toMatchObject({
      passed: true,
      expected: `file containing "Hello" at ${indexPath} in a container named web`,
      observed: `found ${indexPath} in \`web\``,
    });
    expect(engine.listContainers).toHaveBeenCalledWith({ name: ['^/?web$'] }, 16);
    expect(engine.readPath).toHaveBeenCalledExactlyOnceWith(web.Id, indexPath, 1024 * 1024);
  });

  it('says there is no container to look in, without reading any path', async () => {
    const engine = fakeEngine([]);
    const verdict = await fileCheck.run({ container: { name: 'web' }, path: indexPath }, contextFor(engine));
    expect(verdict).toEqual({
      passed: false,
      expected: `something at ${indexPath} in a container named web`,
      observed: 'there is no container named web to look in',
    });
    expect(engine.readPath).not.toHaveBeenCalled();
  });

  it('does not look in a container created before the exercise started', async () => {
    const engine = fakeEngine([leftover], { [leftover.Id]: { [indexPath]: file('hello') } });
    const verdict = await fileCheck.run({ container: { name: 'web' }, path: indexPath, contains: 'hello' }, contextFor(engine));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toMatch(/^found container `web` from nginx, but it was created at .*, before you started this exercise \(.*\), so it does not count/);
    expect(engine.readPath).not.toHaveBeenCalled();
  });

  it('says when the path does not exist', async () => {
    const verdict = await fileCheck.run({ container: { name: 'web' }, path: '/data/notes.txt' }, contextFor(fakeEngine([web])));
    expect(verdict).toMatchObject({ passed: false, observed: '/data/notes.txt does not exist in `web`' });
  });

  it.each<{ want: 'file' | 'directory'; reading: PathReading; passed: boolean; observed: string }>([
    { want: 'file', reading: directory, passed: false, observed: '/data in `web` is a directory, not a file' },
    { want: 'directory', reading: file('x'), passed: false, observed: '/data in `web` is a file, not a directory' },
    { want: 'directory', reading: { exists: true, type: 'link', size: 0 }, passed: false, observed: '/data in `web` is a link, not a directory' },
    { want: 'directory', reading: directory, passed: true, observed: 'found /data in `web`' },
  ])('type $want, and /data is a $reading.type → passed $passed', async ({ want, reading, passed, observed }) => {
    const engine = fakeEngine([web], { [web.Id]: { '/data': reading } });
    const verdict = await fileCheck.run({ container: { name: 'web' }, path: '/data', type: want }, contextFor(engine));
    expect(verdict).toMatchObject({ passed, observed });
    expect(verdict.expected).toBe(`${want} at /data in a container named web`);
  });

  it.each<{ name: string; content: string; observed: string }>([
    {
      name: 'short content is shown whole',
      content: 'Welcome to nginx!\n',
      observed: `${indexPath} in \`web\` holds "Welcome to nginx!\\n"`,
    },
    {
      name: 'long content is cut to its first 57 characters',
      content: '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }',
      observed: `${indexPath} in \`web\` holds "<!DOCTYPE html>\\n<html>\\n<head>\\n<title>Welcome to nginx!</t..."`,
    },
  ])('contains: a mismatch shows what the file holds ($name)', async ({ content, observed }) => {
    const engine = fakeEngine([web], { [web.Id]: { [indexPath]: file(content) } });
    const verdict = await fileCheck.run({ container: { name: 'web' }, path: indexPath, contains: 'Hello from docker-kata' }, contextFor(engine));
    expect(verdict).toMatchObject({ passed: false, observed });
  });

  it.each<{ matches: string; passed: boolean }>([
    { matches: '^<h1>Hello', passed: true },
    { matches: 'hello$', passed: false },
  ])('matches /$matches/ → passed $passed', async ({ matches, passed }) => {
    const engine = fakeEngine([web], { [web.Id]: { [indexPath]: file('<h1>Hello</h1>') } });
    const verdict = await fileCheck.run({ container: { name: 'web' }, path: indexPath, matches }, contextFor(engine));
    expect(verdict.passed).toBe(passed);
    expect(verdict.expected).toBe(`something matching /${matches}/ at ${indexPath} in a container named web`);
  });

  it('reports a file too large to read when its content is needed, and accepts it when only existence is', async () => {
    const big: PathReading = { exists: true, type: 'file', size: 5 * 1024 * 1024 };
    const engine = fakeEngine([web], { [web.Id]: { '/var/log/big.log': big } });
    const needsContent = await fileCheck.run({ container: { name: 'web' }, path: '/var/log/big.log', contains: 'error' }, contextFor(engine));
    expect(needsContent).toMatchObject({ passed: false, observed: '/var/log/big.log in `web` is too large to read' });
    const existence = await fileCheck.run({ container: { name: 'web' }, path: '/var/log/big.log', type: 'file' }, contextFor(engine));
    expect(existence).toMatchObject({ passed: true, observed: 'found /var/log/big.log in `web`' });
  });

  it('passes on the first container that has the file, even when a newer one lacks it', async () => {
    const engine = fakeEngine([web, web2], { [web.Id]: { [indexPath]: file('Hello') }, [web2.Id]: {} });
    const verdict = await fileCheck.run({ container: { image: 'nginx' }, path: indexPath, contains: 'Hello' }, contextFor(engine));
    expect(verdict).toMatchObject({ passed: true, observed: `found ${indexPath} in \`web\`` });
    // Newest first: web2 was looked at, found lacking, then web.
    expect(engine.readPath.mock.calls.map(([id]) => id)).toEqual([web2.Id, web.Id]);
  });

  it('stops at the newest container that has the file, without reading older ones', async () => {
    const engine = fakeEngine([web, web2], { [web.Id]: { [indexPath]: file('Hello') }, [web2.Id]: { [indexPath]: file('Hello') } });
    const verdict = await fileCheck.run({ container: { image: 'nginx' }, path: indexPath }, contextFor(engine));
    expect(verdict.observed).toBe(`found ${indexPath} in \`web2\``);
    expect(engine.readPath).toHaveBeenCalledTimes(1);
  });

  it('lists what it found in every container, newest first, when none has the file', async () => {
    const engine = fakeEngine([web, web2, leftover], { [web.Id]: { [indexPath]: file('Bye') }, [leftover.Id]: { [indexPath]: file('Hello') } });
    const verdict = await fileCheck.run({ container: { image: 'nginx' }, path: indexPath, contains: 'Hello' }, contextFor(engine));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toBe(`${indexPath} does not exist in \`web2\`; ${indexPath} in \`web\` holds "Bye"`);
    expect(engine.readPath).not.toHaveBeenCalledWith(leftover.Id, expect.anything(), expect.anything());
  });
});
