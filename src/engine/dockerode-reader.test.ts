import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerFor, parseEventStream, readFirstTarEntry } from './dockerode-reader.js';

describe('parseEventStream', () => {
  const die = { Type: 'container', Action: 'die', Actor: { ID: 'abc', Attributes: { name: 'web', exitCode: '0' } }, timeNano: 1740823261000000000 };
  const destroy = { ...die, Action: 'destroy', timeNano: 1740823262000000000 };

  it.each([
    { name: 'one JSON object per line, in order', body: `${JSON.stringify(die)}\n${JSON.stringify(destroy)}\n`, actions: ['die', 'destroy'] },
    { name: 'blank lines and a missing final newline', body: `\n${JSON.stringify(die)}\n\n  \n${JSON.stringify(destroy)}`, actions: ['die', 'destroy'] },
    { name: 'a Buffer as well as a string', body: Buffer.from(`${JSON.stringify(die)}\n`), actions: ['die'] },
    { name: 'an empty body', body: '', actions: [] },
  ])('reads $name', ({ body, actions }) => {
    const events = parseEventStream(body);
    expect(events.map((event) => event.Action)).toEqual(actions);
    if (actions.length) expect(events[0]).toEqual(die);
  });

  it.each([
    { line: '{"message":"invalid filter \'event=dye\'"}', error: /^the Docker daemon reported: invalid filter 'event=dye'$/ },
    { line: '{"error":"context canceled"}', error: /^the Docker daemon reported: context canceled$/ },
  ])('throws the daemon\'s error from a line like $line', ({ line, error }) => {
    expect(() => parseEventStream(`${JSON.stringify(die)}\n${line}\n`)).toThrow(error);
  });
});

describe('readFirstTarEntry', () => {
  let dir: string;
  const longName = `${'a-very-long-folder-name/'.repeat(5)}notes.txt`;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'docker-kata-tar-'));
    writeFileSync(join(dir, 'hello.txt'), 'hello from the container\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    mkdirSync(join(dir, 'etc', 'app'), { recursive: true });
    writeFileSync(join(dir, 'etc', 'app', 'inside.conf'), 'x=1\n');
    mkdirSync(join(dir, longName, '..'), { recursive: true });
    writeFileSync(join(dir, longName), 'long\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** What the archive endpoint sends for `path`: a tar stream, here cut into chunks of `chunkSize` bytes. */
  function archive(path: string, { format = 'ustar', chunkSize = 64 * 1024 } = {}): Readable {
    const tar = execFileSync('tar', ['-c', `--format=${format}`, '-f', '-', '-C', dir, path]);
    const chunks: Buffer[] = [];
    for (let start = 0; start < tar.length; start += chunkSize) chunks.push(tar.subarray(start, start + chunkSize));
    return Readable.from(chunks);
  }

  it.each([
    { name: 'a small file, with its content', path: 'hello.txt', options: {}, reading: { exists: true, type: 'file', size: 25, content: Buffer.from('hello from the container\n') } },
    { name: 'a small file arriving in 100-byte chunks', path: 'hello.txt', options: { chunkSize: 100 }, reading: { exists: true, type: 'file', size: 25, content: Buffer.from('hello from the container\n') } },
    { name: 'an empty file', path: 'empty.txt', options: {}, reading: { exists: true, type: 'file', size: 0, content: Buffer.alloc(0) } },
    { name: 'a directory, without reading on', path: 'etc', options: {}, reading: { exists: true, type: 'directory', size: 0 } },
    { name: 'a file behind a PAX header', path: 'hello.txt', options: { format: 'pax' }, reading: { exists: true, type: 'file', size: 25, content: Buffer.from('hello from the container\n') } },
    { name: 'a file behind a GNU long-name header, in small chunks', path: longName, options: { format: 'gnu', chunkSize: 100 }, reading: { exists: true, type: 'file', size: 5, content: Buffer.from('long\n') } },
  ])('reads $name', async ({ path, options, reading }) => {
    expect(await readFirstTarEntry(archive(path, options), 1024)).toEqual(reading);
  });

  it('gives the size but not the content of a file larger than maxBytes', async () => {
    expect(await readFirstTarEntry(archive('hello.txt'), 10)).toEqual({ exists: true, type: 'file', size: 25 });
  });

  it('says nothing exists for an empty stream', async () => {
    expect(await readFirstTarEntry(Readable.from([]), 1024)).toEqual({ exists: false });
  });

  it('reads a hand-made header for a symbolic link', async () => {
    const header = Buffer.alloc(512);
    header.write('link', 0);
    header.write('0000000\0', 124); // size 0
    header.write('2', 156); // symlink
    header.write('/etc/hostname', 157);
    const stream = Readable.from([Buffer.concat([header, Buffer.alloc(1024)])]);
    expect(await readFirstTarEntry(stream, 1024)).toEqual({ exists: true, type: 'link', size: 0 });
  });
});

describe('dockerFor', () => {
  it('talks to the endpoint it was given, whatever DOCKER_HOST says (even a malformed one)', () => {
    const saved = process.env.DOCKER_HOST;
    try {
      for (const value of ['tcp://127.0.0.1:9', 'bogus:::']) {
        process.env.DOCKER_HOST = value;
        const modem = (dockerFor({ kind: 'unix', socketPath: '/run/kata.sock' }) as unknown as { modem: { socketPath?: string; host?: string } }).modem;
        expect(modem).toMatchObject({ socketPath: '/run/kata.sock', host: undefined });
        expect(process.env.DOCKER_HOST).toBe(value);
      }
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });

  it('uses the local user name for ssh without a user, as ssh and the probe do', () => {
    const modem = (dockerFor({ kind: 'ssh', host: 'example.invalid' }) as unknown as { modem: { username?: string } }).modem;
    expect(modem.username).toBe(userInfo().username);
  });
});
