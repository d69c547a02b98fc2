import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContainerInspect, ImageInspect, ImageSummary } from '../engine/reader.js';
import { readerWith, summaryOf } from '../engine/reader.testing.js';
import { answerCheck, clean, isRightAnswer, matchModes } from './answer.js';
import { selectContainers } from './select.js';
import type { CheckContext } from './types.js';
import { nothingRecorded } from './context.testing.js';

// The real selection, except where a test stands in a selection of its own (a recorded container since removed).
vi.mock('./select.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./select.js')>();
  return { ...actual, selectContainers: vi.fn(actual.selectContainers) };
});

type Mode = (typeof matchModes)[number];
const imageId = 'sha256:2b7412e6465c3c7fc5bb21d3e6f1917c167358449fecac8176c6e496e5c1f05f';

describe('clean', () => {
  it.each([
    { text: '  Jolly_Lamport ', cleaned: 'jolly_lamport' },
    { text: '"jolly_lamport"', cleaned: 'jolly_lamport' },
    { text: "'/bin/bash'", cleaned: '/bin/bash' },
    { text: '`docker ps`', cleaned: 'docker ps' },
    { text: 'Up   2\tminutes', cleaned: 'up 2 minutes' },
    { text: '["/bin/bash"]', cleaned: '["/bin/bash"]' },
    { text: '" jolly_lamport "', cleaned: 'jolly_lamport' },
  ])('$text → $cleaned', ({ text, cleaned }) => {
    expect(clean(text)).toBe(cleaned);
  });
});

describe('isRightAnswer', () => {
  it.each<{ what: string; values: unknown[]; mode: Mode; right: string[]; wrong: string[] }>([
    {
      what: 'Config.Cmd ["/bin/bash"] as a command',
      values: [['/bin/bash']],
      mode: 'command',
      right: ['/bin/bash', 'bash', '["/bin/bash"]', '[/bin/bash]', '`bash`', 'BASH'],
      wrong: ['sh', '/bin/sh', 'bash -l', ''],
    },
    {
      what: 'a command with arguments (its program alone also counts)',
      values: [['/usr/local/bin/python3', '-m', 'http.server']],
      mode: 'command',
      right: ['python3', 'python3 -m http.server', '/usr/local/bin/python3 -m http.server', '["/usr/local/bin/python3","-m","http.server"]', '[/usr/local/bin/python3, -m, http.server]'],
      wrong: ['http.server', '-m http.server', 'python'],
    },
    {
      what: 'a container Name, which the Engine writes with a leading /',
      values: ['/jolly_lamport'],
      mode: 'text',
      right: ['jolly_lamport', '"jolly_lamport"', '/jolly_lamport', 'Jolly_Lamport'],
      wrong: ['jolly', 'lamport', 'jolly-lamport'],
    },
    {
      what: 'State.Status running, the way docker ps words it',
      values: ['running'],
      mode: 'state',
      right: ['running', 'Running', 'up', 'Up 2 minutes', 'Up About an hour', 'started'],
      wrong: ['exited', 'Exited (0) 5 seconds ago', 'created', 'upp'],
    },
    {
      what: 'State.Status exited',
      values: ['exited'],
      mode: 'state',
      right: ['exited', 'Exited (0) 5 seconds ago', 'stopped'],
      wrong: ['running', 'Up 2 minutes'],
    },
    {
      what: 'an image ID',
      values: [imageId],
      mode: 'id',
      right: ['2b7412e6465c', 'sha256:2b7412e6465c', '2B7412E6465C3C7F', imageId, imageId.slice(7)],
      wrong: ['2b7412e6', 'sha256:2b7412e6', '2b7412e6465d', 'latest'],
    },
    {
      what: 'an IP address as text',
      values: ['172.17.0.2'],
      mode: 'text',
      right: ['172.17.0.2', ' 172.17.0.2 ', '"172.17.0.2"', '172.17.0.2/16'],
      wrong: ['172.17.0.3', '172.17.0', '172.17.0.3/16'],
    },
    {
      what: 'any one of several values (a wildcard path)',
      values: ['172.17.0.2', '172.18.0.5'],
      mode: 'text',
      right: ['172.18.0.5', '172.17.0.2'],
      wrong: ['172.19.0.1'],
    },
    {
      what: 'a name recorded without the leading /',
      values: ['jolly_lamport'],
      mode: 'text',
      right: ['jolly_lamport', '/jolly_lamport', '`/Jolly_Lamport`'],
      wrong: ['//jolly_lamport', '/bin/jolly_lamport'],
    },
    {
      what: 'a daemon version as Debian packages it',
      values: ['20.10.24+dfsg1'],
      mode: 'text',
      right: ['20.10.24+dfsg1', '20.10.24', '"20.10.24"'],
      wrong: ['20.10', '20.10.2', '20.10.25'],
    },
    {
      what: 'versions with other distribution suffixes',
      values: ['26.1.5~ds1', '24.0.7-0ubuntu4'],
      mode: 'text',
      right: ['26.1.5', '24.0.7', '24.0.7-0ubuntu4'],
      wrong: ['26.1', '24.0.7-0'],
    },
    {
      what: 'a kernel version, whose "-18-amd64" is no distribution suffix',
      values: ['6.1.0-18-amd64'],
      mode: 'text',
      right: ['6.1.0-18-amd64'],
      wrong: ['6.1.0', '6.1.0-18'],
    },
    {
      what: 'an ID read as text: the full ID is compared as an ID',
      values: [imageId],
      mode: 'text',
      right: ['2b7412e6465c', imageId.slice(7)],
      wrong: ['2b7412e6'],
    },
    {
      what: 'no values at all',
      values: [null, undefined],
      mode: 'text',
      right: [],
      wrong: ['null', 'undefined', ''],
    },
  ])('$what', ({ values, mode, right, wrong }) => {
    for (const answer of right) expect(isRightAnswer(answer, values, mode), `"${answer}" should be right`).toBe(true);
    for (const answer of wrong) expect(isRightAnswer(answer, values, mode), `"${answer}" should be wrong`).toBe(false);
  });
});

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const ubuntuId = 'sha256:a04dc4851cbcbb42b0cd2d4b8e0cf2f4f7a3ff63c4ab0e64e2e7d0c3c3b1d0a1';
const nginxId = 'sha256:'.padEnd(71, 'e');
const pythonId = 'sha256:'.padEnd(71, '3');
const ubuntuImage: ImageInspect = { Id: ubuntuId, RepoTags: ['ubuntu:latest'], Created: '2025-02-10T00:00:00Z', Config: { Cmd: ['/bin/bash'] } };

/** A container as `docker container inspect` shows it (trimmed). */
function container(name: string, id: string, created: string, more: { image?: string; running?: boolean; ip?: string } = {}): ContainerInspect {
  const running = more.running ?? true;
  return {
    Id: id.padEnd(64, '0'),
    Name: `/${name}`,
    Created: created,
    Image: more.image === 'nginx:1.27' ? nginxId : ubuntuId,
    Path: '/bin/bash',
    Args: [],
    State: { Status: running ? 'running' : 'exited', Running: running, ExitCode: 0, StartedAt: created, FinishedAt: created },
    Config: { Image: more.image ?? 'ubuntu:latest', Tty: true, OpenStdin: true, AttachStdin: true, AttachStdout: true, Cmd: ['/bin/bash'] },
    HostConfig: {},
    Mounts: [],
    NetworkSettings: { Networks: { bridge: { IPAddress: more.ip ?? '172.17.0.9' } } },
  };
}

/** The learner's container, made during the exercise; one made before it; two others from another image. */
const jolly = container('jolly_lamport', 'a1b2c3d4e5f6a7b8', '2025-03-01T10:02:00Z', { ip: '172.17.0.3' });
const oldTimer = container('old_timer', 'b0b0b0b0b0b0', '2025-03-01T09:30:00Z', { running: false, ip: '172.17.0.2' });
const web = container('web', 'c0ffee1', '2025-03-01T10:01:00Z', { image: 'nginx:1.27' });
const db = container('db', 'c0ffee2', '2025-03-01T08:00:00Z', { image: 'nginx:1.27' });

const imageList: ImageSummary[] = [
  { Id: ubuntuId, RepoTags: ['ubuntu:latest'], Created: 0 },
  { Id: pythonId, RepoTags: ['python:3.12'], Created: 0 },
  { Id: 'sha256:'.padEnd(71, '4'), RepoTags: ['<none>:<none>'], Created: 0 },
  { Id: 'sha256:4444aaaa'.padEnd(71, '5'), RepoTags: null, Created: 0 },
];

function contextWith(answer: string, containers: ContainerInspect[] = [jolly, oldTimer, web, db]) {
  const engine = readerWith({
    listContainers: vi.fn(async (_filters?: Record<string, string[]>) => containers.map(summaryOf)),
    inspectContainer: vi.fn(async (id: string) => containers.find((candidate) => candidate.Id === id)),
    inspectImage: vi.fn(async (reference: string) => (['ubuntu', 'ubuntu:latest'].includes(reference) ? ubuntuImage : undefined)),
    listImages: vi.fn(async (_filters?: Record<string, string[]>) => imageList),
    version: vi.fn(async () => ({ Version: '20.10.24+dfsg1', ApiVersion: '1.41' })),
  });
  const context: CheckContext = {
    engine,
    exerciseStart,
    startOf: () => undefined,
    recordedPass: () => undefined,
    exerciseName: (id) => (id === 'run-detached' ? '3 ("Run in the background")' : id),
    tiedTo: () => undefined,
    now: new Date('2025-03-01T10:05:00Z'),
    answer,
  };
  return { context, engine };
}

const nameOfUbuntuContainer = { container: { image: 'ubuntu:latest', path: 'Name' } };
const idOfUbuntuContainer = { container: { image: 'ubuntu:latest', path: 'Id' } };
const ipOfUbuntuContainer = { container: { image: 'ubuntu:latest', path: 'NetworkSettings.Networks.*.IPAddress' } };
const idOfUbuntuImage = { image: { reference: 'ubuntu:latest', path: 'Id' }, match: 'id' } as const;

describe('answerCheck: what a wrong answer is, never what the right one is', () => {
  afterEach(() => vi.mocked(selectContainers).mockClear());

  it.each<{ what: string; definition: Parameters<typeof answerCheck.run>[0]; answer: string; observed: string }>([
    {
      what: "the container's ID where its name is asked",
      definition: nameOfUbuntuContainer,
      answer: jolly.Id,
      observed: `you answered "${jolly.Id}", which is the ID of the container; the question asks for its name (the last column of \`docker ps\`)`,
    },
    {
      what: 'a short prefix of its ID where its name is asked',
      definition: nameOfUbuntuContainer,
      answer: 'A1B2C3',
      observed: 'you answered "A1B2C3", which is the ID of the container; the question asks for its name (the last column of `docker ps`)',
    },
    {
      what: 'the image the container was made from, where its name is asked',
      definition: nameOfUbuntuContainer,
      answer: 'ubuntu',
      observed: 'you answered "ubuntu", which is the image the container was made from; the question asks for its name (the last column of `docker ps`)',
    },
    {
      what: 'the name of a container made before the exercise',
      definition: nameOfUbuntuContainer,
      answer: 'old_timer',
      observed: 'you answered "old_timer", which is the name of another container, `old_timer`, made before this exercise',
    },
    {
      what: 'the name of another container made during the exercise, with the leading /',
      definition: nameOfUbuntuContainer,
      answer: '/web',
      observed: 'you answered "/web", which is the name of another container, `web`, made during this exercise',
    },
    {
      what: "another container's ID",
      definition: nameOfUbuntuContainer,
      answer: web.Id.slice(0, 12),
      observed: `you answered "${web.Id.slice(0, 12)}", which is the ID of another container, \`web\`, made during this exercise`,
    },
    {
      what: 'an ID prefix that fits two other containers',
      definition: nameOfUbuntuContainer,
      answer: 'c0ffee',
      observed: 'you answered "c0ffee": too little of the ID to be sure which one it is; give at least 12 characters',
    },
    {
      what: "the container's name where its ID is asked",
      definition: idOfUbuntuContainer,
      answer: 'jolly_lamport',
      observed: 'you answered "jolly_lamport", which is the name of the container; the question asks for its ID (the first column of `docker ps`)',
    },
    {
      what: 'too short a prefix of its ID',
      definition: idOfUbuntuContainer,
      answer: jolly.Id.slice(0, 8),
      observed: `you answered "${jolly.Id.slice(0, 8)}": too little of the ID to be sure which one it is; give at least 12 characters`,
    },
    {
      what: 'the value of a container made before the exercise',
      definition: ipOfUbuntuContainer,
      answer: '172.17.0.2',
      observed: 'you answered "172.17.0.2", which is right for container `old_timer` from ubuntu:latest, but that one was created at ',
    },
    {
      what: "the image's name where its ID is asked",
      definition: idOfUbuntuImage,
      answer: 'ubuntu',
      observed: 'you answered "ubuntu", which is the name of the image; the question asks for its ID (`docker images` shows it)',
    },
    {
      what: 'too short a prefix of the image ID, with sha256:',
      definition: idOfUbuntuImage,
      answer: 'sha256:a04dc485',
      observed: 'you answered "sha256:a04dc485": too little of the ID to be sure which one it is; give at least 12 characters',
    },
    {
      what: "another image's ID",
      definition: idOfUbuntuImage,
      answer: pythonId.slice(7, 19),
      observed: `you answered "${pythonId.slice(7, 19)}", which is the ID of another image, python:3.12`,
    },
    {
      what: "an untagged image's ID",
      definition: idOfUbuntuImage,
      answer: '4444aaaa5555',
      observed: 'you answered "4444aaaa5555", which is the ID of another image, 4444aaaa5555',
    },
    {
      what: 'a prefix that fits two other images',
      definition: idOfUbuntuImage,
      answer: '4444',
      observed: 'you answered "4444": too little of the ID to be sure which one it is; give at least 12 characters',
    },
    {
      what: 'anything else',
      definition: nameOfUbuntuContainer,
      answer: 'lamport',
      observed: 'you answered "lamport", which is not it',
    },
  ])('$what', async ({ definition, answer, observed }) => {
    const { context, engine } = contextWith(answer);
    const verdict = await answerCheck.run(definition, context);
    expect(verdict.passed).toBe(false);
    expect(verdict.observed.startsWith(observed), verdict.observed).toBe(true);
    for (const secret of ['jolly_lamport', jolly.Id.slice(0, 12), ubuntuId.slice(7, 19), '172.17.0.3']) {
      if (!answer.toLowerCase().includes(secret)) expect(verdict.observed).not.toContain(secret);
    }
    // Cheap: the selection's list and inspects, then at most one more list and one more inspect.
    expect(engine.listContainers.mock.calls.length).toBeLessThanOrEqual(definition.container ? 2 : 0);
    expect(engine.listImages.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it.each([
    { definition: nameOfUbuntuContainer, answer: '/Jolly_Lamport' },
    { definition: idOfUbuntuContainer, answer: jolly.Id.slice(0, 12) },
    { definition: ipOfUbuntuContainer, answer: '172.17.0.3/16' },
    { definition: idOfUbuntuImage, answer: `sha256:${ubuntuId.slice(7, 19)}` },
    { definition: { daemon: { read: 'version', path: 'Version' } } as const, answer: '20.10.24' },
  ])('$answer is right', async ({ definition, answer }) => {
    const verdict = await answerCheck.run(definition, contextWith(answer).context);
    expect(verdict).toMatchObject({ passed: true, observed: `you answered "${answer}": right` });
  });

  it('says what the mistake is in the language of the run', async () => {
    const { setLanguage } = await import('../i18n/current.js');
    try {
      setLanguage('nb');
      expect((await answerCheck.run(nameOfUbuntuContainer, contextWith(jolly.Id.slice(0, 12)).context)).observed).toBe(
        `du svarte "${jolly.Id.slice(0, 12)}", som er ID-en til containeren; spørsmålet gjelder navnet (den siste kolonnen i \`docker ps\`)`,
      );
      setLanguage('nl');
      expect((await answerCheck.run(nameOfUbuntuContainer, contextWith('old_timer').context)).observed).toBe(
        'je antwoordde "old_timer", en dat is de naam van een andere container, `old_timer`, gemaakt vóór deze oefening',
      );
    } finally {
      setLanguage('en');
    }
  });
});

describe('answerCheck: a recorded container that was removed since', () => {
  const removed = { type: 'container' as const, id: jolly.Id, name: 'jolly_lamport', exercise: 'run-detached' };
  const yours = (path: string) => ({ container: { evidence: 'run-detached', path } });
  const runWithRemoved = async (path: string, answer: string) => {
    vi.mocked(selectContainers).mockResolvedValueOnce({ matching: [], tooOld: [], removed });
    return answerCheck.run(yours(path), contextWith(answer, []).context);
  };

  it('judges its name against the recorded name', async () => {
    expect(await runWithRemoved('Name', 'jolly_lamport')).toMatchObject({ passed: true });
    expect(await runWithRemoved('Name', 'Jolly_Lamport')).toMatchObject({ passed: true });
    expect(await runWithRemoved('Name', 'wrong_name')).toMatchObject({ passed: false, observed: 'you answered "wrong_name", which is not it' });
  });

  it('judges its ID against the recorded ID, and knows the name given for it', async () => {
    expect(await runWithRemoved('Id', jolly.Id.slice(0, 12))).toMatchObject({ passed: true });
    expect(await runWithRemoved('Id', 'jolly_lamport')).toMatchObject({
      passed: false,
      observed: 'you answered "jolly_lamport", which is the name of the container; the question asks for its ID (the first column of `docker ps -a`)',
    });
  });

  it('says that anything else can no longer be read, and how to make it again', async () => {
    const verdict = await runWithRemoved('State.Status', 'running');
    expect(verdict.passed).toBe(false);
    expect(verdict.observed).toContain('jolly_lamport');
    expect(verdict.observed).toContain('3 ("Run in the background")');
    expect(verdict.observed).toMatch(
      /, so the answer can no longer be read from it: do that exercise's step again \(`docker-kata goto run-detached`\), then come back$/,
    );
  });
});

describe('answerCheck: another value of the same daemon answer', () => {
  const engine = readerWith({
    version: vi.fn(async () => ({ Version: '20.10.24+dfsg1', ApiVersion: '1.41', MinAPIVersion: '1.12', KernelVersion: '6.1.0-18-amd64' })),
  });
  const context = (answer: string) => ({
    ...nothingRecorded,
    engine,
    exerciseStart: new Date('2025-03-01T10:00:00Z'),
    now: new Date('2025-03-01T10:05:00Z'),
    startOf: () => undefined,
    answer,
  });

  it('says which value a wrong answer is, in words, never the one asked for', async () => {
    const verdict = await answerCheck.run({ daemon: { read: 'version', path: 'Version' } }, context('1.41'));
    expect(verdict).toMatchObject({ passed: false, observed: 'you answered "1.41", which is the API version; the question asks for something else' });
    expect(verdict.observed).not.toContain('20.10');
    expect((await answerCheck.run({ daemon: { read: 'version', path: 'Version' } }, context('20.10.24'))).passed).toBe(true);
  });
});
