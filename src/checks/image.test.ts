import { describe, expect, it, vi } from 'vitest';
import type { EngineReader, ImageInspect } from '../engine/reader.js';
import { imageCheck } from './image.js';
import { clock } from '../ui/time.js';
import type { CheckContext } from './types.js';
import { nothingRecorded } from './context.testing.js';

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const now = new Date('2025-03-01T10:05:00.000Z');
const ubuntuId = 'sha256:a04dc4851cbcbb42b0cd2d4b8e0cf2f4f7a3ff63c4ab0e64e2e7d0c3c3b1d0a1';
const myAppId = 'sha256:3b1e6e6e43b6c1a7cf5b2a0b0e0b5b7c5e6f5f7c6a1e2d3c4b5a6978695a4b3c';

// The Engine's Config holds more than the reader types name; `where` conditions read any of it.
const ubuntuConfig = { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/bash'], Entrypoint: null, Labels: null };
const myAppConfig = { Cmd: ['python3', 'app.py'], Entrypoint: null, WorkingDir: '/app', Labels: { maintainer: 'learner' } };

/** `docker pull ubuntu`, as `docker image inspect ubuntu` shows it (trimmed): built upstream weeks ago. */
const ubuntuImage: ImageInspect = {
  Id: ubuntuId,
  RepoTags: ['ubuntu:latest'],
  RepoDigests: ['ubuntu@sha256:72297848456d5d37d1262630108ab308d3e9ec7ed1c3286a32fe09856619a782'],
  Created: '2025-02-10T07:26:51.432155418Z',
  Os: 'linux',
  Architecture: 'amd64',
  Config: ubuntuConfig,
};

/** `docker build -t my-app:1.0 .` during the exercise, with `CMD ["python3", "app.py"]`. */
const myAppImage: ImageInspect = {
  Id: myAppId,
  RepoTags: ['my-app:1.0'],
  RepoDigests: [],
  Created: '2025-03-01T10:03:12.987654321Z',
  Os: 'linux',
  Architecture: 'amd64',
  Config: myAppConfig,
};

/** A reader with only the reads this check makes; any other read fails the test ("… is not a function"). */
const readerWith = <T extends Partial<EngineReader>>(reads: T) => reads as T & EngineReader;

/** An EngineReader that knows only images, by the reference the learner would type. */
function fakeEngine(images: Record<string, ImageInspect>) {
  return readerWith({ inspectImage: vi.fn(async (reference: string) => images[reference]) });
}

function contextFor(engine: EngineReader, startOf: (id: string) => Date | undefined = () => undefined): CheckContext {
  return { ...nothingRecorded, engine, exerciseStart, startOf, now };
}

type Definition = Parameters<typeof imageCheck.run>[0];

describe('imageCheck', () => {
  it('counts an old image that was tagged here during the exercise (a cached rebuild, docker tag)', async () => {
    const retagged = { ...ubuntuImage, Metadata: { LastTagTime: '2025-03-01T10:02:00.000000000Z' } };
    const pulledOnly = { ...ubuntuImage, Metadata: { LastTagTime: '0001-01-01T00:00:00Z' } };
    expect((await imageCheck.run({ reference: 'ubuntu' }, contextFor(fakeEngine({ ubuntu: retagged })))).passed).toBe(true);
    expect((await imageCheck.run({ reference: 'ubuntu' }, contextFor(fakeEngine({ ubuntu: pulledOnly })))).passed).toBe(false);
  });

  it('passes for an image built during the exercise, naming it with its short ID', async () => {
    const engine = fakeEngine({ 'my-app:1.0': myAppImage });
    const verdict = await imageCheck.run({ reference: 'my-app:1.0' }, contextFor(engine));
    expect(verdict).toMatchObject({
      passed: true,
      expected: 'image my-app:1.0, created during this exercise',
      observed: 'found image my-app:1.0 (3b1e6e6e43b6)',
    });
    expect(engine.inspectImage).toHaveBeenCalledExactlyOnceWith('my-app:1.0');
  });

  it('fails when the image is not on the machine, and points at `docker images`', async () => {
    const verdict = await imageCheck.run({ reference: 'ubuntu:24.04' }, contextFor(fakeEngine({ ubuntu: ubuntuImage })));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toBe('there is no image ubuntu:24.04 on this machine (see `docker images`)');
  });

  it.each<{ since: string | undefined; passed: boolean; expected: string }>([
    { since: undefined, passed: false, expected: 'image ubuntu, created during this exercise' },
    { since: 'exercise', passed: false, expected: 'image ubuntu, created during this exercise' },
    { since: 'any', passed: true, expected: 'image ubuntu' },
    // An earlier exercise that started before the image was made: it counts.
    { since: 'pull-ubuntu', passed: true, expected: 'image ubuntu, created since exercise "pull-ubuntu"' },
    // An exercise id with no recorded start falls back to this exercise's start.
    { since: 'never-opened', passed: false, expected: 'image ubuntu, created since exercise "never-opened"' },
  ])('an image made before the exercise with since: $since → passed $passed', async ({ since, passed, expected }) => {
    const startOf = vi.fn((id: string) => (id === 'pull-ubuntu' ? new Date('2025-02-01T00:00:00Z') : undefined));
    const definition: Definition = since === undefined ? { reference: 'ubuntu' } : { reference: 'ubuntu', since };
    const verdict = await imageCheck.run(definition, contextFor(fakeEngine({ ubuntu: ubuntuImage }), startOf));
    expect(verdict.passed).toBe(passed);
    expect(verdict.expected).toBe(expected);
    if (passed) expect(verdict.observed).toBe('found image ubuntu (a04dc4851cbc)');
    else {
      expect(verdict.observed).toBe(
        `image ubuntu was built at ${clock(ubuntuImage.Created)}, before this step started: build it (or tag it) again now`,
      );
    }
  });

  it('accepts an image made at the very moment the exercise started', async () => {
    const atStart = { ...myAppImage, Created: exerciseStart.toISOString() };
    const verdict = await imageCheck.run({ reference: 'my-app:1.0' }, contextFor(fakeEngine({ 'my-app:1.0': atStart })));
    expect(verdict.passed).toBe(true);
  });

  it.each<{ name: string; where: NonNullable<Definition['where']>; image: ImageInspect; passed: boolean; observed: string }>([
    {
      name: 'Config.Cmd equal to the CMD of the Dockerfile passes',
      where: [{ path: 'Config.Cmd', equals: ['python3', 'app.py'] }],
      image: myAppImage,
      passed: true,
      observed: 'found image my-app:1.0 (3b1e6e6e43b6)',
    },
    {
      name: 'Config.Cmd containing app.py passes',
      where: [{ path: 'Config.Cmd', contains: 'app.py' }],
      image: myAppImage,
      passed: true,
      observed: 'found image my-app:1.0 (3b1e6e6e43b6)',
    },
    {
      name: 'a different Config.Cmd fails and shows what the image runs',
      where: [{ path: 'Config.Cmd', equals: ['python3', 'app.py'] }],
      image: { ...myAppImage, Config: { Cmd: ['/bin/sh', '-c', 'python3 app.py'], Entrypoint: null } },
      passed: false,
      observed: 'image my-app:1.0 is there, but Config.Cmd is ["/bin/sh","-c","python3 app.py"]',
    },
    {
      name: 'an image without a Config at all shows nothing',
      where: [{ path: 'Config.Cmd', exists: true }],
      image: { ...myAppImage, Config: null },
      passed: false,
      observed: 'image my-app:1.0 is there, but Config.Cmd is not set',
    },
    {
      name: 'several mismatches are all reported',
      where: [
        { path: 'Config.Cmd', equals: ['python3', 'app.py', '--debug'] },
        { path: 'Config.WorkingDir', equals: '/srv' },
        { path: 'Config.Labels.maintainer', equals: 'learner' },
      ],
      image: myAppImage,
      passed: false,
      observed: 'image my-app:1.0 is there, but Config.Cmd is ["python3","app.py"], and Config.WorkingDir is "/app"',
    },
  ])('where: $name', async ({ where, image, passed, observed }) => {
    const verdict = await imageCheck.run({ reference: 'my-app:1.0', where }, contextFor(fakeEngine({ 'my-app:1.0': image })));
    expect(verdict).toMatchObject({ passed, observed });
    expect(verdict.expected).toMatch(/^image my-app:1\.0, created during this exercise: Config\./);
  });

  it('describes the where conditions in what it expects', async () => {
    const verdict = await imageCheck.run(
      { reference: 'my-app:1.0', since: 'any', where: [{ path: 'Config.Cmd', equals: ['python3', 'app.py'] }] },
      contextFor(fakeEngine({ 'my-app:1.0': myAppImage })),
    );
    expect(verdict.expected).toBe('image my-app:1.0: Config.Cmd is ["python3","app.py"]');
  });

  it('reports the age before the conditions: an old image is not worth inspecting further', async () => {
    const verdict = await imageCheck.run(
      { reference: 'ubuntu', where: [{ path: 'Config.Cmd', equals: ['python3'] }] },
      contextFor(fakeEngine({ ubuntu: ubuntuImage })),
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toContain('before this step started');
    expect(verdict.observed).not.toContain('Config.Cmd');
  });
});
