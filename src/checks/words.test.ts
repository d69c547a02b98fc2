import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContainerInspect, EngineReader, ImageInspect } from '../engine/reader.js';
import { readerWith } from '../engine/reader.testing.js';
import { setLanguage } from '../i18n/current.js';
import type { Language } from '../i18n/language.js';
import { containerCheck } from './container.js';
import { eventCheck } from './event.js';
import { imageCheck } from './image.js';
import { conditionMismatch, describeCondition } from './inspect-path.js';
import type { CheckContext } from './types.js';
import { words } from './words.js';

/** Example arguments for every message function of the catalogue; TypeScript insists on one for each. */
type Samples<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string ? A : T[K] extends string ? null : Samples<T[K]>;
};

const selector = { name: 'web-1', image: 'nginx:1.27', network: 'net-a', state: 'paused', labels: ['tier=front', 'team=blue'] };
const about = { name: 'jolly_lamport', image: 'ubuntu:24.04', labels: ['kata=yes'] };

const samples: Samples<typeof words> = {
  nothing: null,
  notCountedOnPodman: ['no stop event', 'Podman 4 does not always report it'],
  since: { exercise: null, earlier: ['run-detached'] },
  selector: [{ ...selector, plural: true }],
  removed: ['jolly_lamport', '3 ("Run in the background")'],
  exerciseName: [3, 'Run in the background'],
  container: ['jolly_lamport', 'ubuntu:24.04'],
  tooOld: ['container `x1`', '09:59:58', 'run-detached', '10:00:00'],
  wanted: ['image kata-app:1', ['Config.Cmd is ["node"]', 'driver bridge']],
  condition: {
    isSet: null,
    isNotSet: null,
    is: ['"abc"'],
    matches: ['^a.*z$'],
    contains: ['"needle"'],
    atLeast: [3],
    atMost: [7],
    describe: ['State.ExitCode', ['p-one', 'p-two']],
    actual: ['State.ExitCode', '137'],
    noValue: ['Config.Healthcheck'],
    notSet: ['Config.User'],
  },
  containers: {
    expected: [2, 5, selector, ', since-x', ['want-a', 'want-b']],
    noneFound: null,
    found: ['container `x1`'],
    foundSeveral: [['`a1`', '`b2`']],
    tooMany: [3, ['`a1`', '`b2`', '`c3`']],
    stillThere: [['`kata-shop_web_1`']],
    nearMiss: ['container `x1`', ['reason-a', 'reason-b']],
    tooFew: [1, ['`web-1`']],
    absent: [selector, 'redis:7'],
  },
  want: {
    state: ['exited'],
    exitCode: [42],
    tty: [true],
    stdin: [false],
    detached: [true],
    autoRemove: [false],
    stoppedDuringExercise: null,
    killed: [true],
    memory: ['256 MiB'],
    cpus: [0.5],
    command: ['`sleep 60`'],
    networks: [['net-a', 'net-b']],
    mounts: [[{ what: 'kata-data', destination: '/data' }, { destination: '/cache' }]],
    ports: [['8080:80', '53/udp']],
    logsContain: ['Ready to accept'],
    logsMatch: ['^listening on \\d+'],
    labels: [['tier=front']],
  },
  short: {
    state: ['exited', 137],
    tty: [true],
    stdin: [true],
    detached: [false],
    autoRemove: [true],
    stillRunning: null,
    stoppedBefore: null,
    command: ['`/bin/bash`'],
    networks: [['bridge'], ['net-a', 'net-b']],
    nothingMounted: ['/data'],
    mountType: ['/data', 'bind', 'volume'],
    mountVolume: ['/data', 'vol-x', 'vol-y'],
    mountSource: ['/app', '/home/me/src', '/srv/app'],
    portNotPublished: [443],
    portElsewhere: [80, ['8081', '8082'], 8080],
    logsLack: ['last words'],
    memory: ['512 MiB'],
    cpus: [2],
    logsEmpty: null,
    label: ['tier', 'back'],
  },
  file: {
    expected: ['file', '/root/hello.txt', selector, 'hello there', '^h'],
    noContainer: [selector],
    missing: ['/root/hello.txt', '`x1`'],
    wrongKind: ['/etc', '`x1`', 'directory', 'file'],
    tooLarge: ['/var/log/big', '`x1`'],
    holds: ['/etc/hostname', '`x1`', '"abc\\n"'],
    found: ['/etc/hostname', '`x1`'],
  },
  http: {
    answer: [404, 'Welcome to nginx'],
    fromContainer: ['HTTP 404', 8443, selector],
    fromAddress: ['HTTP 404', 'http://127.0.0.1:8080/'],
    noContainer: [selector],
    notPublished: ['container `x1`', 8443, 'exited'],
    noAnswer: ['http://127.0.0.1:8080/', 'socket hang up'],
    answered: ['http://127.0.0.1:8080/', 502],
    answeredWithout: ['http://127.0.0.1:8080/', 200, 'Welcome', '<html>It works'],
    timeout: [3],
    refused: null,
  },
  image: {
    head: ['kata-app:1'],
    history: [['COPY', 'RUN apt-get']],
    sharesLayers: [3, 'kata-app:1'],
    absent: ['kata-app:1'],
    tooOld: ['kata-app:1', '09:59:58'],
    butNot: ['kata-app:1', ['problem-a', 'problem-b']],
    found: ['kata-app:1', '0123456789ab'],
    noStep: ['CMD', 'kata-app:1'],
    noOther: ['kata-app:0'],
    sameImage: ['kata-app:0'],
    fewLayers: [2, 'kata-app:0'],
  },
  network: {
    head: ['net-a'],
    driver: ['overlay'],
    members: [['web-1', 'db-1']],
    absent: ['net-a'],
    tooOld: ['net-a', '09:59:58'],
    wrongDriver: ['macvlan'],
    notAttached: [['db-1', 'cache-1'], ['web-1']],
    butNot: ['net-a', ['problem-a', 'problem-b']],
    found: ['net-a'],
  },
  volume: {
    head: ['kata-data'],
    mountedAt: ['/data', 'writer-1'],
    absent: ['kata-data'],
    undated: ['kata-data'],
    tooOld: ['kata-data', '09:59:58'],
    notMounted: ['/data', 'reader-1', [{ path: '/srv', container: 'writer-1' }]],
    butNot: ['kata-data', ['problem-a', 'problem-b']],
    found: ['kata-data'],
  },
  service: {
    head: ['kata-web'],
    image: ['nginx:1.27'],
    replicas: [4],
    running: [3],
    absent: ['kata-web', false],
    tooOld: ['kata-web', '09:59:58'],
    wrongImage: ['httpd:2'],
    wrongReplicas: [2],
    wrongRunning: [1],
    butNot: ['kata-web', ['problem-a', 'problem-b']],
    found: ['kata-web'],
  },
  daemon: {
    expected: [['Swarm.LocalNodeState is "active"', 'Driver is "overlay2"']],
    reports: [['Swarm.LocalNodeState is "inactive"']],
    agrees: null,
  },
  event: {
    expected: [['die', 'destroy'], 'container', about, '10:00:00'],
    saw: [['die', 'destroy'], '`jolly_lamport`'],
    sawPart: [['die'], '`jolly_lamport`', 'destroy'],
    late: [['die', 'destroy'], '`jolly_lamport`', 9],
    none: ['exec_start', 'container', about, '10:00:00', 2],
    forgotten: [256],
  },
  answer: {
    expected: null,
    none: null,
    right: ['172.17.0.2'],
    wrong: ['172.17.0.9'],
    aboutContainer: [selector],
    noContainer: [selector],
    logsOf: [selector],
    noLogs: [selector],
    aboutImage: ['kata-app:1'],
    noImage: ['kata-app:1'],
    idNotName: ['0123456789ab', 'docker ps -a'],
    imageNotName: ['ubuntu', 'docker ps'],
    nameNotId: ['jolly_lamport', 'docker ps'],
    imageNameNotId: ['ubuntu:24.04'],
    tooShort: ['01234567', 12],
    otherName: ['web-1', 'web-1', true],
    otherId: ['0123456789ab', 'web-1', false],
    otherValue: ['172.17.0.3', 'web-1', false],
    nameNotValue: ['web-1'],
    daemonValue: ['1.41', 'WHAT'],
    daemonValues: { Version: null, ServerVersion: null, ApiVersion: null, MinAPIVersion: null, KernelVersion: null, GoVersion: null, Os: null, OSType: null, Arch: null, Architecture: null, OperatingSystem: null, Name: null, DockerRootDir: null },
    otherImage: ['0123456789ab', 'python:3.12'],
    oldContainer: ['172.17.0.2', 'container `x1`', '09:59:58', 'run-detached', '10:00:00'],
    removed: ['the container `jolly_lamport` you used in exercise 3 has been removed', 'run-detached'],
  },
};

/**
 * Arguments that are words each language says its own way (states, kinds of path, Engine event actions), not data
 * shown as is.
 */
const saidInOwnWords = new Set<unknown>(['paused', 'exited', 'file', 'directory', 'container', 'die', 'destroy', 'exec_start']);

/** The texts and numbers an argument carries, which the message must show unchanged. */
function dataIn(value: unknown): string[] {
  if (typeof value === 'string') return saidInOwnWords.has(value) ? [] : [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(dataIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(dataIn);
  return [];
}

/** Every entry of the catalogue as [dotted key, entry, sample arguments]. */
function entries(catalogue: object, sampled: object, prefix = ''): Array<[string, unknown, unknown]> {
  return Object.keys(catalogue).flatMap((key) => {
    const value = (catalogue as Record<string, unknown>)[key];
    const sample = (sampled as Record<string, unknown>)[key];
    return value !== null && typeof value === 'object'
      ? entries(value, sample as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value, sample] as [string, unknown, unknown]];
  });
}

const languages: Language[] = ['en', 'nb', 'nl'];

describe('words', () => {
  afterEach(() => setLanguage('en'));

  it('has every entry in nb and nl, of the same kind as in English, and none is empty', () => {
    const english = entries(words, samples).map(([key, value]) => [key, typeof value]);
    for (const language of ['nb', 'nl'] as const) {
      setLanguage(language);
      const found = entries(words, samples);
      expect(found.map(([key, value]) => [key, typeof value])).toEqual(english);
      for (const [key, value, sample] of found) {
        const text = typeof value === 'function' ? value(...(sample as unknown[])) : value;
        expect(text, `${language} ${key}`).toEqual(expect.any(String));
        expect((text as string).trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('shows the data it is given unchanged, in every language', () => {
    for (const language of languages) {
      setLanguage(language);
      for (const [key, value, sample] of entries(words, samples)) {
        if (typeof value !== 'function') continue;
        const text = value(...(sample as unknown[])) as string;
        for (const data of dataIn(sample)) expect(text, `${language} ${key}`).toContain(data);
      }
    }
  });

  it('says it in the language of the run, not in English', () => {
    const render = ([, value, sample]: [string, unknown, unknown]) =>
      typeof value === 'function' ? value(...(sample as unknown[])) : value;
    setLanguage('en');
    const english = new Map(entries(words, samples).map((entry) => [entry[0], render(entry)]));
    // Entries that are nearly all data may read the same ("driver overlay"; Dutch "image kata-app:1").
    const same: Record<'nb' | 'nl', string[]> = {
      nb: ['network.driver'],
      nl: ['exerciseName', 'condition.is', 'condition.actual', 'image.head', 'network.driver'],
    };
    for (const language of ['nb', 'nl'] as const) {
      setLanguage(language);
      const alike = entries(words, samples)
        .filter((entry) => render(entry) === english.get(entry[0]))
        .map(([key]) => key);
      expect(alike, language).toEqual(same[language]);
    }
  });
});

const exerciseStart = new Date('2025-03-01T10:00:00.000Z');
const ubuntuId = 'sha256:a04dc4851cbcbb42b0cd2d4b8e0cf2f4f7a3ff63c4ab0e64e2e7d0c3c3b1d0a1';
const ubuntuImage: ImageInspect = { Id: ubuntuId, RepoTags: ['ubuntu:latest'], Created: '2025-02-10T00:00:00Z', Config: { Cmd: ['/bin/bash'] } };

/** `docker run --name jolly_lamport ubuntu` without -it: it finds no terminal and exits at once. */
function withoutTerminal(created = '2025-03-01T10:02:13.456789012Z'): ContainerInspect {
  return {
    Id: '5f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
    Name: '/jolly_lamport',
    Created: created,
    Image: ubuntuId,
    Path: '/bin/bash',
    Args: [],
    State: { Status: 'exited', Running: false, ExitCode: 0, StartedAt: '2025-03-01T10:02:13.9Z', FinishedAt: '2025-03-01T10:02:14Z' },
    Config: { Image: 'ubuntu', Tty: false, OpenStdin: false, AttachStdin: false, AttachStdout: true, Cmd: ['/bin/bash'], Labels: {} },
    HostConfig: { AutoRemove: false, PortBindings: {} },
    Mounts: [],
    NetworkSettings: { Networks: { bridge: { IPAddress: '172.17.0.2' } } },
  };
}

function contextWith(containers: ContainerInspect[], images: Record<string, ImageInspect> = { ubuntu: ubuntuImage }): CheckContext {
  const engine: Partial<EngineReader> = {
    listContainers: vi.fn(async () =>
      containers.map((c) => ({ Id: c.Id, Names: [c.Name], Image: c.Config.Image, ImageID: c.Image, Created: 0, State: c.State.Status })),
    ),
    inspectContainer: vi.fn(async (id: string) => containers.find((container) => container.Id === id)),
    inspectImage: vi.fn(async (reference: string) => images[reference]),
    events: vi.fn(async () => []),
  };
  return {
    engine: readerWith(engine),
    exerciseStart,
    startOf: () => undefined,
    recordedPass: () => undefined,
    exerciseName: (id) => id,
    tiedTo: () => undefined,
    now: new Date('2025-03-01T10:05:00Z'),
  };
}

const runUbuntuIt = { image: 'ubuntu', expect: { state: 'running', tty: true, stdin: true } } as const;

describe('verdicts in the language of the run', () => {
  afterEach(() => setLanguage('en'));

  it('a container started without -it: the near miss in Norwegian', async () => {
    setLanguage('nb');
    const verdict = await containerCheck.run(runUbuntuIt, contextWith([withoutTerminal()]));
    expect(verdict.passed).toBe(false);
    expect(verdict.expected).toBe(
      'en container fra ubuntu, opprettet i denne oppgaven: kjørende, med terminal (-t) og med stdin åpen (-i)',
    );
    expect(verdict.observed).toBe(
      'fant containeren `jolly_lamport` fra ubuntu, men den avsluttet normalt (exitkode 0), den ble startet uten terminal (-t), ' +
        'og den ble startet uten å holde stdin åpen (-i)',
    );
    expect(verdict.observed).toContain('jolly_lamport');
    expect(verdict.observed).toContain('startet uten terminal (-t)');
  });

  it('the same near miss in Dutch', async () => {
    setLanguage('nl');
    const verdict = await containerCheck.run(runUbuntuIt, contextWith([withoutTerminal()]));
    expect(verdict.expected).toBe(
      'een container van ubuntu, aangemaakt tijdens deze oefening: draaiend, met een terminal (-t) en met stdin open (-i)',
    );
    expect(verdict.observed).toContain('container `jolly_lamport` van ubuntu gevonden, maar');
    expect(verdict.observed).toContain('hij is gestart zonder terminal (-t)');
    expect(verdict.observed).toContain('hij is normaal beëindigd (exitcode 0)');
  });

  it('and in English', async () => {
    const verdict = await containerCheck.run(runUbuntuIt, contextWith([withoutTerminal()]));
    expect(verdict.observed).toBe(
      'found container `jolly_lamport` from ubuntu, but it exited normally (exit code 0), and it was started without a terminal (-t), ' +
        'and it was started without keeping stdin open (-i)',
    );
  });

  it('a container left over from before the exercise, in Dutch and Norwegian', async () => {
    const old = [withoutTerminal('2025-03-01T09:59:58.000Z')];
    setLanguage('nl');
    const dutch = await containerCheck.run({ image: 'ubuntu' }, contextWith(old));
    expect(dutch.observed).toMatch(/^container `jolly_lamport` van ubuntu gevonden, maar hij is om .+ aangemaakt, voordat je aan deze oefening begon/);
    expect(dutch.observed).toContain('dus hij telt niet mee: doe deze stap nu opnieuw');
    setLanguage('nb');
    const norwegian = await containerCheck.run({ image: 'ubuntu' }, contextWith(old));
    expect(norwegian.observed).toContain('før du startet denne oppgaven');
    expect(norwegian.observed).toContain('så den teller ikke: gjør dette steget på nytt nå');
  });

  it('no container at all, and an image that is not there yet', async () => {
    setLanguage('nb');
    const norwegian = await containerCheck.run({ image: 'redis:7', count: { min: 2 } }, contextWith([], {}));
    expect(norwegian.expected).toBe('minst 2 containere fra redis:7, opprettet i denne oppgaven');
    expect(norwegian.observed).toBe('det finnes ingen container fra redis:7 (imaget redis:7 finnes ikke på denne maskinen ennå)');
    setLanguage('nl');
    const dutch = await containerCheck.run({ name: 'web', state: 'running', count: 2 }, contextWith([]));
    expect(dutch.expected).toBe('precies 2 containers met de naam web die draaien, aangemaakt tijdens deze oefening');
    expect(dutch.observed).toBe('er is geen container met de naam web die draait');
  });

  it('conditions on inspect paths keep the path and the values, in Norwegian word order', () => {
    setLanguage('nb');
    expect(describeCondition({ path: 'State.ExitCode', atLeast: 1, atMost: 3 })).toBe('State.ExitCode er minst 1 og er høyst 3');
    expect(conditionMismatch({ Config: { User: 'root' } }, { path: 'Config.User', equals: 'app' })).toBe('Config.User er "root"');
    expect(conditionMismatch({}, { path: 'Config.User', exists: true })).toBe('Config.User er ikke satt');
    setLanguage('nl');
    expect(describeCondition({ path: 'Config.Cmd', contains: 'bash', exists: true })).toBe('Config.Cmd is ingesteld en bevat "bash"');
  });

  it('an image that is not there, in Dutch', async () => {
    setLanguage('nl');
    const verdict = await imageCheck.run({ reference: 'kata-app:1' }, contextWith([], {}));
    expect(verdict.expected).toBe('image kata-app:1, aangemaakt tijdens deze oefening');
    expect(verdict.observed).toBe('er is geen image kata-app:1 op deze machine (zie `docker images`)');
  });

  it('an event the daemon did not report, in Norwegian', async () => {
    setLanguage('nb');
    const verdict = await eventCheck.run({ actions: ['die', 'destroy'], actor: { image: 'ubuntu' } }, contextWith([]));
    expect(verdict.expected).toMatch(/^en container fra ubuntu: stoppet, deretter fjernet, etter at du startet denne oppgaven \(.+\)$/);
    expect(verdict.observed).toMatch(/^siden .+ har daemonen ikke meldt dette for en container fra ubuntu: stoppet$/);
  });

  it('event actions and exit codes in words, not as the Engine names them', () => {
    const about = { image: 'ubuntu:24.04' };
    expect(words.event.expected(['exec_start'], 'container', about, '10:00:00')).toBe(
      'a container from ubuntu:24.04: a command run in it with `docker exec`, since you started this exercise (10:00:00)',
    );
    expect(words.event.saw(['die', 'destroy'], '`web`')).toBe('the daemon reported this for `web`: stopped, then removed');
    expect(words.event.sawPart(['die'], '`web`', 'destroy')).toBe('the daemon reported this for `web`: stopped, but not what should follow: removed');
    expect(words.event.none('pull', 'image', { name: 'alpine:3' }, '10:00:00', 0)).toBe(
      'since 10:00:00, the daemon has not reported this for the image alpine:3: pulled',
    );
    expect(words.event.none('pull', 'image', {}, '10:00:00', 2)).toBe(
      'since 10:00:00, the daemon has not reported this for an image: pulled (it did for 2 other objects)',
    );
    expect(words.event.saw(['health_status'], '`web`')).toBe('the daemon reported this for `web`: the "health_status" event');
    expect([0, 130, 137, 143, 2].map((code) => words.short.state('exited', code))).toEqual([
      'it exited normally (exit code 0)',
      'it was ended by Ctrl-C (exit code 130)',
      'it was killed (exit code 137: `docker kill`, or `docker stop` gave up after 10 s)',
      'it was stopped by `docker stop` (exit code 143)',
      'it has exited (exit code 2)',
    ]);
    for (const language of ['nb', 'nl'] as const) {
      setLanguage(language);
      for (const text of [words.event.saw(['exec_start', 'exec_die', 'kill'], '`web`'), words.short.state('exited', 137)]) {
        expect(text, language).not.toMatch(/exec_start|exec_die|kill(?!`)|\bexited\b/);
      }
    }
  });
});
