import { describe, expect, it, vi } from 'vitest';
import { readerWith } from '../engine/reader.testing.js';
import type { EngineEvent, ImageInspect } from '../engine/reader.js';
import { eventCheck } from './event.js';
import type { CheckContext } from './types.js';
import { nothingRecorded } from './context.testing.js';

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const now = new Date('2025-03-01T10:05:00.000Z');
const ubuntuId = 'sha256:a04dc4851cbcbb42b0cd2d4b8e0cf2f4f7a3ff63c4ab0e64e2e7d0c3c3b1d0a1';
const web = 'c0ffee'.padEnd(64, '1');
const db = 'deadbe'.padEnd(64, '2');

let clockNano = Date.parse('2025-03-01T10:01:00Z') * 1e6;
/** One line of `GET /events`, as the Engine sends it (trimmed). */
function event(action: string, id: string, attributes: Record<string, string>, type = 'container'): EngineEvent {
  clockNano += 1e9;
  return { Type: type, Action: action, Actor: { ID: id, Attributes: attributes }, timeNano: clockNano };
}
const onWeb = (action: string, image = 'ubuntu') => event(action, web, { name: 'web', image });
const onDb = (action: string, image = 'postgres:16') => event(action, db, { name: 'db', image });

const pushedTag = 'localhost:5000/kata/ubuntu:1';
const otherId = 'sha256:'.padEnd(71, '9');
const ubuntuImage: ImageInspect = { Id: ubuntuId, RepoTags: ['ubuntu:latest'], Created: '2025-02-10T00:00:00Z', Config: null };

/** An EngineReader whose event history is the recorded list (already filtered by the daemon, oldest first). */
function contextWith(events: EngineEvent[]): CheckContext & { engine: { events: ReturnType<typeof vi.fn>; inspectImage: ReturnType<typeof vi.fn> } } {
  const engine = {
    listContainers: vi.fn(async () => []),
    inspectContainer: vi.fn(async () => undefined),
    // As the daemon does: a name, a full ID or an ID prefix all find the image.
    inspectImage: vi.fn(async (reference: string) =>
      ['ubuntu', 'ubuntu:latest', pushedTag].includes(reference) || (reference.length >= 4 && ubuntuId.replace('sha256:', '').startsWith(reference.replace('sha256:', '')))
        ? ubuntuImage
        : undefined,
    ),
    listImages: vi.fn(async () => []),
    inspectNetwork: vi.fn(async () => undefined),
    inspectVolume: vi.fn(async () => undefined),
    events: vi.fn(async () => events),
    readPath: vi.fn(async () => ({ exists: false as const })),
  };
  return { ...nothingRecorded, engine: readerWith(engine), exerciseStart, now, startOf: () => undefined };
}

describe('eventCheck', () => {
  it('asks the daemon only for the exercise window, the type and the wanted actions', async () => {
    const context = contextWith([]);
    await eventCheck.run({ actions: ['die', 'destroy', 'die'] }, context);
    expect(context.engine.events).toHaveBeenCalledWith({
      since: exerciseStart,
      until: now,
      filters: { type: ['container'], event: ['die', 'destroy'] },
    });
  });

  it.each<{ name: string; definition: Parameters<typeof eventCheck.run>[0]; events: EngineEvent[]; passed: boolean; observed: RegExp }>([
    {
      name: 'die then destroy on the same container passes',
      definition: { actions: ['die', 'destroy'] },
      events: [onDb('die'), onWeb('die'), onWeb('destroy')],
      passed: true,
      observed: /^the daemon reported this for `web`: stopped, then removed$/,
    },
    {
      name: 'destroy before die does not count as the sequence',
      definition: { actions: ['die', 'destroy'] },
      events: [onWeb('destroy'), onWeb('die')],
      passed: false,
      observed: /^the daemon reported this for `web`: stopped, but not what should follow: removed$/,
    },
    {
      name: 'die and destroy on two different containers do not make a sequence',
      definition: { actions: ['die', 'destroy'] },
      events: [onWeb('die'), onDb('destroy')],
      passed: false,
      observed: /^the daemon reported this for `web`: stopped, but not what should follow: removed$/,
    },
    {
      name: 'an exec_start action carrying its command ("exec_start: bash ") matches exec_start',
      definition: { actions: ['exec_start'], actor: { name: 'web' } },
      events: [onWeb('exec_create: bash '), onWeb('exec_start: bash ')],
      passed: true,
      observed: /^the daemon reported this for `web`: a command run in it with `docker exec`$/,
    },
    {
      name: 'an actor name filter ignores other containers and says so',
      definition: { actions: ['exec_start'], actor: { name: 'web' } },
      events: [onDb('exec_start: psql')],
      passed: false,
      observed: /^since .*, the daemon has not reported this for a container named web: a command run in it with `docker exec` \(it did for another object\)$/,
    },
    {
      name: 'an actor image filter accepts the image by name, normalised (ubuntu:latest is ubuntu)',
      definition: { actions: ['die', 'destroy'], actor: { image: 'ubuntu' } },
      events: [onDb('die'), onDb('destroy'), onWeb('die', 'ubuntu:latest'), onWeb('destroy', 'ubuntu:latest')],
      passed: true,
      observed: /for `web`: stopped, then removed$/,
    },
    {
      name: 'an actor image filter accepts a container started by image ID prefix',
      definition: { actions: ['die'], actor: { image: 'ubuntu' } },
      events: [onWeb('die', ubuntuId.slice(7, 19))],
      passed: true,
      observed: /^the daemon reported this for `web`: stopped$/,
    },
    {
      name: 'an actor image filter rejects containers from other images',
      definition: { actions: ['die', 'destroy'], actor: { image: 'ubuntu' } },
      events: [onDb('die'), onDb('destroy')],
      passed: false,
      observed: /for a container from ubuntu: stopped \(it did for another object\)$/,
    },
    {
      name: 'nothing at all reports the first wanted action',
      definition: { actions: ['die', 'destroy'] },
      events: [],
      passed: false,
      observed: /^since \d\d:\d\d:\d\d, the daemon has not reported this for a container: stopped$/,
    },
    {
      name: 'image events match the reference normalised (docker.io/library/alpine is alpine:latest)',
      definition: { type: 'image', actions: ['pull'], actor: { name: 'docker.io/library/alpine' } },
      events: [event('pull', 'python:3.12', { name: 'python' }, 'image'), event('pull', 'alpine:latest', { name: 'alpine' }, 'image')],
      passed: true,
      observed: /^the daemon reported this for `alpine`: pulled$/,
    },
    {
      name: 'docker rmi: an untag naming the removed tag in Attributes.name (containerd image store) matches by that name',
      definition: { type: 'image', actions: ['untag'], actor: { name: pushedTag } },
      events: [event('untag', otherId, { name: 'ubuntu:latest' }, 'image'), event('untag', otherId, { name: pushedTag }, 'image')],
      passed: true,
      observed: /^the daemon reported this for `localhost:5000\/kata\/ubuntu:1`: untagged$/,
    },
    {
      name: 'docker rmi: an untag of another tag does not match, even of the same image',
      definition: { type: 'image', actions: ['untag'], actor: { name: pushedTag } },
      events: [event('untag', ubuntuId, { name: 'localhost:5000/kata/ubuntu:2' }, 'image')],
      passed: false,
      observed: /^since .*, the daemon has not reported this for the image localhost:5000\/kata\/ubuntu:1: untagged \(it did for another object\)$/,
    },
    {
      name: 'docker rmi: an untag naming only the image ID (classic image store) matches the image the tag stands for now',
      definition: { type: 'image', actions: ['untag'], actor: { name: pushedTag } },
      events: [event('untag', otherId, { name: otherId }, 'image'), event('untag', ubuntuId, { name: ubuntuId }, 'image')],
      passed: true,
      observed: /^the daemon reported this for `a04dc4851cbc`: untagged$/,
    },
    {
      name: 'docker rmi: an image-ID-only untag does not match a reference that is on no image now',
      definition: { type: 'image', actions: ['untag'], actor: { name: 'localhost:5000/kata/ubuntu:2' } },
      events: [event('untag', ubuntuId, { name: ubuntuId }, 'image')],
      passed: false,
      observed: /\(it did for another object\)$/,
    },
    {
      name: 'a pull is matched by its reference, not by the repository alone in Attributes.name',
      definition: { type: 'image', actions: ['pull'], actor: { name: 'ubuntu' } },
      events: [event('pull', 'ubuntu:22.04', { name: 'ubuntu' }, 'image')],
      passed: false,
      observed: /\(it did for another object\)$/,
    },
    {
      name: 'a pull from a registry on localhost matches with its port and tag',
      definition: { type: 'image', actions: ['pull'], actor: { name: pushedTag } },
      events: [event('pull', pushedTag, { name: 'localhost:5000/kata/ubuntu' }, 'image')],
      passed: true,
      observed: /^the daemon reported this for `localhost:5000\/kata\/ubuntu`: pulled$/,
    },
  ])('$name', async ({ definition, events, passed, observed }) => {
    const verdict = await eventCheck.run(definition, contextWith(events));
    expect(verdict.passed).toBe(passed);
    expect(verdict.observed).toMatch(observed);
  });
});

describe('eventCheck image matching and the event memory', () => {
  it('accepts a container started from another tag of the same image, judged by image ID', async () => {
    const context = contextWith([event('exec_start: bash ', 'c1', { name: 'web', image: 'ubuntu:24.04' })]);
    context.engine.inspectImage.mockImplementation(async (reference: string) => (['ubuntu', 'ubuntu:24.04'].includes(reference) ? ubuntuImage : undefined));
    expect((await eventCheck.run({ actions: ['exec_start'], actor: { image: 'ubuntu' } }, context)).passed).toBe(true);
  });

  it('says when the daemon had more events than it keeps since the exercise started', async () => {
    const noise = Array.from({ length: 256 }, (_, index) => event('health_status: healthy', `c${index}`, { name: `busy${index}` }));
    const context = contextWith([]);
    context.engine.events.mockImplementation(async (query: { filters?: unknown }) => (query.filters ? [] : noise));
    const verdict = await eventCheck.run({ actions: ['exec_start'] }, context);
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toContain('keeps only its last 256 events');
  });
});

describe('eventCheck: immediately', () => {
  const at = (seconds: number) => Date.parse('2025-03-01T10:01:00Z') * 1e6 + seconds * 1e9;
  const timed = (action: string, seconds: number): EngineEvent => ({
    Type: 'container',
    Action: action,
    Actor: { ID: web, Attributes: { name: 'quirky_wu', image: 'ubuntu' } },
    timeNano: at(seconds),
  });
  const definition = { actions: ['create', 'die', 'destroy'], immediately: ['destroy'] };

  it('passes when Docker removed the container as it stopped (--rm)', async () => {
    const verdict = await eventCheck.run(definition, contextWith([timed('create', 0), timed('die', 5), timed('destroy', 5.2)]));
    expect(verdict.passed).toBe(true);
  });

  it('says so when it was removed by a command seconds later (docker rm after the exit)', async () => {
    const verdict = await eventCheck.run(definition, contextWith([timed('create', 0), timed('die', 5), timed('destroy', 14)]));
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toBe(
      'the daemon reported this for `quirky_wu`: created, then stopped, then removed, but the last came 9 s after the one before: by a command you typed, not by Docker at once',
    );
  });
});
