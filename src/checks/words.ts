import { localized, type Translation } from '../i18n/catalogue.js';

/**
 * Every phrase the checks say to the learner: what a check expects and what the daemon actually has. Norwegian and
 * Dutch build their own sentences from the same facts as English. Data is never translated: container names, image
 * references, paths, inspect paths, values, regexes and flags go in as they are. Engine event actions (destroy,
 * exec_start) and exit codes are said in words ("removed", "killed"), as a learner would say them.
 */

/** Which containers a check looks at, as the exercise names them (see describeSelector). */
export interface SelectorWords {
  name?: string;
  /** The image reference; with anyTag, the repository whose every tag counts (`python:*` → python). */
  image?: string;
  anyTag?: boolean;
  network?: string;
  state?: string;
  /** Labels as key=value. */
  labels?: string[];
  /** Whether the sentence speaks of several containers ("at least 2 containers"). */
  plural?: boolean;
  /** The learner's own container from this earlier exercise (number and title). */
  yoursFrom?: string;
  /** The container that passed another check of this exercise. */
  sameAs?: boolean;
}

/** A mount a container check asks for: the volume name or host path (when given) and where it goes. */
export interface MountWords {
  what?: string;
  destination: string;
}

/** The kinds of thing a path in a container can be (PathReading.type), or what a file check asks for. */
export type PathKind = 'file' | 'directory' | 'link' | 'other' | 'something';

// ---------------------------------------------------------------------------------------------------------------
// English.

const enSelector = (s: SelectorWords): string => {
  if (s.sameAs) return 'container, the same one as in the check above';
  if (s.yoursFrom) return `container you used in exercise ${s.yoursFrom}`;
  const parts = ['container'];
  if (s.name) parts.push(`named ${s.name}`);
  if (s.image) parts.push(`from ${s.anyTag ? `any ${s.image} image` : s.image}`);
  if (s.network) parts.push(`on network ${s.network}`);
  if (s.state) parts.push(`that is ${s.state}`);
  if (s.labels) parts.push(`labelled ${s.labels.join(', ')}`);
  return parts.join(' ');
};

function enCount(min: number, max: number): string {
  if (min === max) return min === 0 ? 'no' : `exactly ${min}`;
  if (max === Infinity) return min <= 1 ? 'a' : `at least ${min}`;
  return `${min} to ${max}`;
}

/** Before which moment: this exercise's start or an earlier exercise's. */
const enBeforeStart = (earlierExercise: string | undefined) =>
  earlierExercise !== undefined ? `you started exercise "${earlierExercise}"` : 'you started this exercise';

const enTooOld = (container: string, created: string, earlierExercise: string | undefined, start: string) =>
  `found ${container}, but it was created at ${created}, before ${enBeforeStart(earlierExercise)} (${start}), so it does not count: do this step again now`;

const enEventObject = (type: string, about: { name?: string; image?: string; labels?: string[] }) =>
  [
    type === 'image' && about.name ? `the image ${about.name}` : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`,
    about.name && type !== 'image' ? `named ${about.name}` : '',
    about.image ? `from ${about.image}` : '',
    about.labels ? `labelled ${about.labels.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');

/**
 * What an Engine event action means, as a learner would say it happened to the object ("removed"); the Engine's
 * own names (destroy, exec_start) are internals. Unknown actions get a neutral phrase that still names them.
 */
const enActions: Record<string, string> = {
  create: 'created',
  start: 'started',
  restart: 'restarted',
  stop: 'stopped with `docker stop`',
  die: 'stopped',
  kill: 'killed',
  oom: 'stopped for lack of memory',
  pause: 'paused',
  unpause: 'unpaused',
  destroy: 'removed',
  rename: 'renamed',
  commit: 'saved as an image (`docker commit`)',
  exec_start: 'a command run in it with `docker exec`',
  exec_die: 'a command from `docker exec` ended in it',
  pull: 'pulled',
  push: 'pushed',
  tag: 'tagged',
  untag: 'untagged',
  delete: 'deleted',
  build: 'built',
  load: 'loaded',
  save: 'saved',
  import: 'imported',
  connect: 'connected',
  disconnect: 'disconnected',
  mount: 'mounted',
  unmount: 'unmounted',
};
const enAction = (action: string) => (Object.hasOwn(enActions, action) ? enActions[action] : `the "${action}" event`);
const enActionChain = (actions: string[]) => actions.map(enAction).join(', then ');

/** Why a container exited, from its exit code: the codes `docker stop`, `docker kill` and Ctrl-C leave. */
const enExited = (exitCode: number) =>
  ({
    0: 'it exited normally (exit code 0)',
    130: 'it was ended by Ctrl-C (exit code 130)',
    137: 'it was killed (exit code 137: `docker kill`, or `docker stop` gave up after 10 s)',
    143: 'it was stopped by `docker stop` (exit code 143)',
  })[exitCode] ?? `it has exited (exit code ${exitCode})`;

const en = {
  /** What a path of an object holds when it holds nothing. */
  nothing: 'nothing',
  notCountedOnPodman: (observed: string, reason: string) => `${observed} (not counted on Podman: ${reason})`,
  since: {
    exercise: ', created during this exercise',
    earlier: (exercise: string) => `, created since exercise "${exercise}"`,
  },
  selector: enSelector,
  /** The learner's container from an earlier exercise no longer exists. */
  removed: (name: string, exercise: string) =>
    `the container \`${name}\` you used in exercise ${exercise} has been removed since (it is no longer in \`docker ps -a\`)`,
  /** How an exercise is named in a sentence: its number and title. */
  exerciseName: (number: number, title: string) => `${number} ("${title}")`,
  /** "container `jolly_lamport` from ubuntu". */
  container: (name: string, image: string) => `container \`${name}\` from ${image}`,
  tooOld: enTooOld,
  /** "image ubuntu, created during this exercise: Config.Cmd is ["bash"]": a head and what is wanted of it. */
  wanted: (head: string, wanted: string[]) => `${head}${wanted.length ? `: ${wanted.join(', ')}` : ''}`,
  condition: {
    isSet: 'is set',
    isNotSet: 'is not set',
    is: (value: string) => `is ${value}`,
    matches: (regex: string) => `matches /${regex}/`,
    contains: (value: string) => `contains ${value}`,
    atLeast: (limit: number) => `is at least ${limit}`,
    atMost: (limit: number) => `is at most ${limit}`,
    describe: (path: string, parts: string[]) => `${path} ${parts.join(' and ')}`,
    /** How a condition falls short: the values found (already shown as JSON), or none at all. */
    actual: (path: string, shown: string) => `${path} is ${shown}`,
    noValue: (path: string) => `${path} is nothing`,
    notSet: (path: string) => `${path} is not set`,
  },
  containers: {
    expected: (min: number, max: number, selector: SelectorWords, since: string, wanted: string[]) =>
      `${enCount(min, max)} ${enSelector(selector)}${since}${wanted.length ? `: ${wanted.join(', ')}` : ''}`,
    noneFound: 'none found',
    found: (container: string) => `found ${container}`,
    foundSeveral: (names: string[]) => `found containers ${names.join(', ')}`,
    tooMany: (count: number, names: string[]) => `found ${count}: ${names.join(', ')}`,
    /** None may be left, and some are: running or stopped, they are there until removed. */
    stillThere: (names: string[]) => `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} still there (see \`docker ps -a\`): stopping is not removing`,
    nearMiss: (container: string, reasons: string[]) => `found ${container}, but ${reasons.join(', and ')}`,
    tooFew: (count: number, names: string[]) => `found only ${count}: ${names.join(', ')}`,
    absent: (selector: SelectorWords, missingImage: string | undefined) =>
      `there is no ${enSelector(selector)}${missingImage !== undefined ? ` (the image ${missingImage} is not on this machine yet)` : ''}`,
  },
  /** What a container check asks for, one expectation at a time. */
  want: {
    state: (state: string) => state,
    exitCode: (code: number) => `exited with code ${code}`,
    tty: (tty: boolean) => (tty ? 'with a terminal (-t)' : 'without a terminal'),
    stdin: (stdin: boolean) => (stdin ? 'with stdin open (-i)' : 'without -i'),
    detached: (detached: boolean) => (detached ? 'in the background (-d)' : 'attached to your terminal'),
    autoRemove: (autoRemove: boolean) => (autoRemove ? 'with --rm' : 'without --rm'),
    killed: (killed: boolean) => (killed ? 'stopped from outside (docker stop or docker kill)' : 'ended from inside, not stopped or killed from outside'),
    memory: (limit: string) => `with at most ${limit} of memory (--memory)`,
    cpus: (cpus: number) => `with at most ${cpus} CPU${cpus === 1 ? '' : 's'} (--cpus)`,
    stoppedDuringExercise: 'stopped during this exercise',
    command: (command: string) => `running ${command}`,
    networks: (networks: string[]) => `on network ${networks.join(', ')}`,
    mounts: (mounts: MountWords[]) => `with ${mounts.map((mount) => `${mount.what ?? 'a mount'} at ${mount.destination}`).join(', ')}`,
    ports: (ports: string[]) => `publishing ${ports.join(', ')}`,
    logsContain: (text: string) => `whose logs contain "${text}"`,
    logsMatch: (regex: string) => `whose logs match /${regex}/`,
    labels: (labels: string[]) => `labelled ${labels.join(', ')}`,
  },
  /** Why a container falls short of one expectation. */
  short: {
    state: (status: string, exitCode: number) => (status === 'exited' ? enExited(exitCode) : `it is ${status}`),
    tty: (wanted: boolean) => (wanted ? 'it was started without a terminal (-t)' : 'it has a terminal (-t)'),
    stdin: (wanted: boolean) => (wanted ? 'it was started without keeping stdin open (-i)' : 'it was started with -i'),
    detached: (wanted: boolean) =>
      wanted ? 'it was started attached to your terminal, not in the background (-d)' : 'it was started in the background (-d)',
    autoRemove: (wanted: boolean) => (wanted ? 'it was started without --rm' : 'it was started with --rm'),
    stillRunning: 'it is still running',
    stoppedBefore: 'it had already stopped before this exercise started',
    command: (command: string) => `it runs ${command}`,
    networks: (actual: string[], missing: string[]) => `it is on ${actual.join(', ') || 'no network'}, not on ${missing.join(', ')}`,
    nothingMounted: (destination: string) => `nothing is mounted at ${destination}`,
    mountType: (destination: string, actual: string, wanted: string) => `${destination} is a ${actual} mount, not a ${wanted} mount`,
    mountVolume: (destination: string, actual: string, wanted: string) => `${destination} has volume ${actual}, not ${wanted}`,
    mountSource: (destination: string, actual: string, wanted: string) => `${destination} comes from ${actual}, not ${wanted}`,
    portNotPublished: (port: number) => `container port ${port} is not published (-p)`,
    portElsewhere: (port: number, hostPorts: string[], wanted: number) =>
      `container port ${port} is published on ${hostPorts.join(', ')}, not ${wanted}`,
    logsLack: (lastLine: string) => `its logs do not (last line: "${lastLine}")`,
    memory: (actual: string | undefined) => (actual === undefined ? 'its memory is not limited (--memory)' : `its memory is limited to ${actual}`),
    cpus: (actual: number | undefined) => (actual === undefined ? 'its CPUs are not limited (--cpus)' : `it may use ${actual} CPUs`),
    logsEmpty: 'its logs are empty',
    label: (key: string, actual: string | undefined) => `its label ${key} is ${actual ?? 'missing'}`,
  },
  file: {
    expected: (kind: PathKind, path: string, selector: SelectorWords, contains: string | undefined, matches: string | undefined) =>
      `${[kind, contains !== undefined ? `containing "${contains}"` : '', matches ? `matching /${matches}/` : '']
        .filter(Boolean)
        .join(' ')} at ${path} in a ${enSelector(selector)}`,
    noContainer: (selector: SelectorWords) => `there is no ${enSelector(selector)} to look in`,
    missing: (path: string, container: string) => `${path} does not exist in ${container}`,
    wrongKind: (path: string, container: string, actual: PathKind, wanted: PathKind) =>
      `${path} in ${container} is a ${actual}, not a ${wanted}`,
    tooLarge: (path: string, container: string) => `${path} in ${container} is too large to read`,
    holds: (path: string, container: string, content: string) => `${path} in ${container} holds ${content}`,
    found: (path: string, container: string) => `found ${path} in ${container}`,
  },
  http: {
    answer: (status: number, contains: string | undefined) => `HTTP ${status}${contains !== undefined ? ` with "${contains}"` : ''}`,
    fromContainer: (answer: string, port: number, selector: SelectorWords) =>
      `${answer} from port ${port} of a ${enSelector(selector)}, published on this machine`,
    fromAddress: (answer: string, address: string) => `${answer} from ${address}`,
    noContainer: (selector: SelectorWords) => `there is no ${enSelector(selector)}`,
    notPublished: (container: string, port: number, status: string | undefined) =>
      `found ${container}, but its port ${port} is not published${status !== undefined ? ` (it is ${status})` : ''}: use -p`,
    noAnswer: (address: string, error: string) => `${address} did not answer: ${error}`,
    answered: (address: string, status: number) => `${address} answered HTTP ${status}`,
    answeredWithout: (address: string, status: number, contains: string, start: string) =>
      `${address} answered HTTP ${status}, but without "${contains}" (it begins: "${start}")`,
    timeout: (seconds: number) => `no answer within ${seconds} s`,
    refused: 'nothing listens on that port',
  },
  image: {
    head: (reference: string) => `image ${reference}`,
    history: (steps: string[]) => `with build steps matching ${steps.map((step) => `/${step}/`).join(', ')}`,
    sharesLayers: (count: number, reference: string) => `sharing its first ${count} layers with ${reference}`,
    absent: (reference: string) => `there is no image ${reference} on this machine (see \`docker images\`)`,
    tooOld: (reference: string, built: string) =>
      `image ${reference} was built at ${built}, before this step started: build it (or tag it) again now`,
    butNot: (reference: string, problems: string[]) => `image ${reference} is there, but ${problems.join(', and ')}`,
    found: (reference: string, id: string) => `found image ${reference} (${id})`,
    noStep: (step: string, reference: string) => `no build step matches /${step}/ (see \`docker history ${reference}\`)`,
    noOther: (reference: string) => `there is no image ${reference} to compare with`,
    sameImage: (reference: string) => `it is the very same image as ${reference}: change a line and build again`,
    fewLayers: (count: number, reference: string) =>
      count === 0
        ? `it shares no layer at all with ${reference}`
        : count === 1
          ? `it shares only its first layer with ${reference}`
          : `it shares only its first ${count} layers with ${reference}`,
  },
  network: {
    head: (name: string) => `network ${name}`,
    driver: (driver: string) => `driver ${driver}`,
    members: (members: string[]) => `with ${members.join(', ')} attached`,
    absent: (name: string) => `there is no network ${name} (see \`docker network ls\`)`,
    tooOld: (name: string, created: string) => `network ${name} was created at ${created}, before this step started`,
    wrongDriver: (driver: string) => `its driver is ${driver}`,
    notAttached: (missing: string[], attached: string[]) =>
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not attached (attached: ${attached.join(', ') || 'none'})`,
    butNot: (name: string, problems: string[]) => `network ${name} is there, but ${problems.join(', and ')}`,
    found: (name: string) => `found network ${name}`,
  },
  volume: {
    head: (name: string) => `volume ${name}`,
    mountedAt: (path: string, container: string | undefined) => `mounted at ${path}${container ? ` in ${container}` : ''}`,
    absent: (name: string) => `there is no volume ${name} (see \`docker volume ls\`)`,
    undated: (name: string) =>
      `volume ${name} is there, but its driver does not say when it was made, so it cannot be told from an old one`,
    tooOld: (name: string, created: string) => `volume ${name} was created at ${created}, before this step started`,
    notMounted: (path: string, container: string | undefined, places: Array<{ path: string; container: string }>) =>
      `it is not mounted at ${path}${container ? ` in ${container}` : ''} (mounted: ${
        places.map((place) => `${place.path} in ${place.container}`).join(', ') || 'nowhere'
      })`,
    butNot: (name: string, problems: string[]) => `volume ${name} is there, but ${problems.join(', and ')}`,
    found: (name: string) => `found volume ${name}`,
  },
  service: {
    head: (name: string) => `service ${name}`,
    image: (image: string) => `running ${image}`,
    replicas: (count: number) => `${count} replica${count === 1 ? '' : 's'}`,
    running: (count: number) => `${count} running`,
    absent: (name: string, swarmActive: boolean) =>
      `there is no service ${name}${swarmActive ? '' : ' (this daemon is not in swarm mode: docker swarm init)'}`,
    tooOld: (name: string, created: string) => `service ${name} was created at ${created}, before this step started`,
    wrongImage: (image: string) => `it runs ${image}`,
    wrongReplicas: (count: number | undefined) => `it asks for ${count ?? 'global'} replica${count === 1 ? '' : 's'}`,
    wrongRunning: (count: number) => `${count} of its tasks run`,
    butNot: (name: string, problems: string[]) => `service ${name} is there, but ${problems.join(', and ')}`,
    found: (name: string) => `found service ${name}`,
  },
  daemon: {
    expected: (conditions: string[]) => `the Docker daemon: ${conditions.join(', ')}`,
    reports: (mismatches: string[]) => `the daemon reports ${mismatches.join(', and ')}`,
    agrees: 'the daemon reports so',
  },
  event: {
    expected: (actions: string[], type: string, about: { name?: string; image?: string; labels?: string[] }, start: string) =>
      `${enEventObject(type, about)}: ${enActionChain(actions)}, since you started this exercise (${start})`,
    saw: (actions: string[], object: string) => `the daemon reported this for ${object}: ${enActionChain(actions)}`,
    sawPart: (actions: string[], object: string, next: string) =>
      `the daemon reported this for ${object}: ${enActionChain(actions)}, but not what should follow: ${enAction(next)}`,
    /** The last action came, but seconds later: a command the learner typed, not Docker's own doing (as --rm). */
    late: (actions: string[], object: string, seconds: number) =>
      `the daemon reported this for ${object}: ${enActionChain(actions)}, but the last came ${seconds} s after the one before: by a command you typed, not by Docker at once`,
    none: (
      action: string,
      type: string,
      about: { name?: string; image?: string; labels?: string[] },
      start: string,
      others: number,
    ) =>
      `since ${start}, the daemon has not reported this for ${enEventObject(type, about)}: ${enAction(action)}${
        others > 0 ? ` (it did for ${others === 1 ? 'another object' : `${others} other objects`})` : ''
      }`,
    forgotten: (memory: number) =>
      `. The daemon keeps only its last ${memory} events and has had more since then, so an earlier action may be forgotten: do the step again and verify at once`,
  },
  answer: {
    expected: 'the right answer, given with `docker-kata answer <text>`',
    none: 'no answer yet',
    right: (answer: string) => `you answered "${answer}": right`,
    wrong: (answer: string) => `you answered "${answer}", which is not it`,
    aboutContainer: (selector: SelectorWords) => `a ${enSelector(selector)} to answer about`,
    noContainer: (selector: SelectorWords) => `there is no ${enSelector(selector)} to ask about yet`,
    logsOf: (selector: SelectorWords) => `a ${enSelector(selector)} whose logs to read`,
    noLogs: (selector: SelectorWords) => `there is no ${enSelector(selector)} yet`,
    aboutImage: (reference: string) => `image ${reference} to answer about`,
    noImage: (reference: string) => `there is no image ${reference} on this machine`,
    // What a wrong answer is instead, when docker-kata can tell; never the right answer. `listing` is the command
    // that shows the container: `docker ps`, or `docker ps -a` for one that is not running.
    idNotName: (answer: string, listing: string) =>
      `you answered "${answer}", which is the ID of the container; the question asks for its name (the last column of \`${listing}\`)`,
    imageNotName: (answer: string, listing: string) =>
      `you answered "${answer}", which is the image the container was made from; the question asks for its name (the last column of \`${listing}\`)`,
    nameNotId: (answer: string, listing: string) =>
      `you answered "${answer}", which is the name of the container; the question asks for its ID (the first column of \`${listing}\`)`,
    imageNameNotId: (answer: string) =>
      `you answered "${answer}", which is the name of the image; the question asks for its ID (\`docker images\` shows it)`,
    tooShort: (answer: string, minimum: number) =>
      `you answered "${answer}": too little of the ID to be sure which one it is; give at least ${minimum} characters`,
    otherName: (answer: string, name: string, during: boolean) =>
      `you answered "${answer}", which is the name of another container, \`${name}\`, made ${during ? 'during' : 'before'} this exercise`,
    otherId: (answer: string, name: string, during: boolean) =>
      `you answered "${answer}", which is the ID of another container, \`${name}\`, made ${during ? 'during' : 'before'} this exercise`,
    /** What a value of `docker version` or `docker info` is, for an answer that gave another one than asked. */
    daemonValues: {
      Version: "the Engine's version",
      ServerVersion: "the Engine's version",
      ApiVersion: 'the API version',
      MinAPIVersion: 'the oldest API version the Engine still accepts',
      KernelVersion: "the kernel's version",
      GoVersion: 'the version of Go the Engine was built with',
      Os: 'the operating system',
      OSType: 'the operating system',
      Arch: "the processor's architecture",
      Architecture: "the processor's architecture",
      OperatingSystem: 'the name of the operating system',
      Name: "the machine's name",
      DockerRootDir: 'where the Engine keeps its data',
    },
    daemonValue: (answer: string, what: string) => `you answered "${answer}", which is ${what}; the question asks for something else`,
    nameNotValue: (answer: string) => `you answered "${answer}", which is the container's name; the question asks for something else about it`,
    otherValue: (answer: string, name: string, during: boolean) =>
      `you answered "${answer}", which belongs to another container, \`${name}\`, made ${during ? 'during' : 'before'} this exercise; the question is about yours`,
    otherImage: (answer: string, image: string) => `you answered "${answer}", which is the ID of another image, ${image}`,
    oldContainer: (answer: string, container: string, created: string, earlierExercise: string | undefined, start: string) =>
      `you answered "${answer}", which is right for ${container}, but that one was created at ${created}, before ${enBeforeStart(
        earlierExercise,
      )} (${start}); the question is about a container made since then`,
    /** After `removed` (the learner's container from that exercise is gone): what it means here and what to do. */
    removed: (removed: string, exercise: string) =>
      `${removed}, so the answer can no longer be read from it: do that exercise's step again (\`docker-kata goto ${exercise}\`), then come back`,
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Norsk bokmål.

/** "a, b og c". */
const nbList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`);
/** Whole clauses: "den …, og den …". */
const nbClauses = (clauses: string[]) => (clauses.length <= 1 ? clauses.join('') : `${clauses.slice(0, -1).join(', ')}, og ${clauses.at(-1)}`);

/** A state as an attribute ("kjørende") and as what a container does or is ("kjører", "er satt på pause"). */
const nbStates: Record<string, { attribute: string; predicate: string }> = {
  created: { attribute: 'opprettet, men ikke startet', predicate: 'er opprettet, men ikke startet' },
  running: { attribute: 'kjørende', predicate: 'kjører' },
  paused: { attribute: 'satt på pause', predicate: 'er satt på pause' },
  restarting: { attribute: 'i ferd med å starte på nytt', predicate: 'holder på å starte på nytt' },
  exited: { attribute: 'stoppet', predicate: 'har stoppet' },
  dead: { attribute: 'død', predicate: 'er død' },
};
const nbState = (status: string) => nbStates[status] ?? { attribute: `med status ${status}`, predicate: `har status ${status}` };

const nbLabels = (labels: string[]) => `med ${labels.length === 1 ? 'labelen' : 'labelene'} ${nbList(labels)}`;

const nbSelector = (s: SelectorWords): string => {
  if (s.sameAs) return 'container, den samme som i kontrollen over';
  if (s.yoursFrom) return `container du brukte i oppgave ${s.yoursFrom}`;
  const parts = [s.plural ? 'containere' : 'container'];
  if (s.name) parts.push(`med navnet ${s.name}`);
  if (s.image) parts.push(s.anyTag ? `fra et hvilket som helst ${s.image}-image` : `fra ${s.image}`);
  if (s.network) parts.push(`på nettverket ${s.network}`);
  if (s.labels) parts.push(nbLabels(s.labels));
  if (s.state) parts.push(`som ${nbState(s.state).predicate}`);
  return parts.join(' ');
};

function nbCount(min: number, max: number): { words: string; plural: boolean } {
  if (min === max) return min === 0 ? { words: 'ingen', plural: false } : { words: `nøyaktig ${min === 1 ? 'én' : min}`, plural: min > 1 };
  if (max === Infinity) return min <= 1 ? { words: 'en', plural: false } : { words: `minst ${min}`, plural: true };
  return { words: `${min} til ${max}`, plural: true };
}

const nbAbout = (type: string, about: { name?: string; image?: string; labels?: string[] }) => {
  const objects: Record<string, string> = { container: 'en container', image: 'et image', network: 'et nettverk', volume: 'et volum' };
  return [
    type === 'image' && about.name ? `imaget ${about.name}` : (objects[type] ?? `en ${type}`),
    about.name && type !== 'image' ? `med navnet ${about.name}` : '',
    about.image ? `fra ${about.image}` : '',
    about.labels ? nbLabels(about.labels) : '',
  ]
    .filter(Boolean)
    .join(' ');
};

/** Engine event actions in words (see enActions). */
const nbActions: Record<string, string> = {
  create: 'opprettet',
  start: 'startet',
  restart: 'startet på nytt',
  stop: 'stoppet med `docker stop`',
  die: 'stoppet',
  kill: 'drept',
  oom: 'stoppet fordi minnet tok slutt',
  pause: 'satt på pause',
  unpause: 'tatt av pause',
  destroy: 'fjernet',
  rename: 'gitt nytt navn',
  commit: 'lagret som image (`docker commit`)',
  exec_start: 'en kommando kjørt i den med `docker exec`',
  exec_die: 'en kommando fra `docker exec` avsluttet i den',
  pull: 'hentet',
  push: 'pushet',
  tag: 'tagget',
  untag: 'fått en tag fjernet',
  delete: 'slettet',
  build: 'bygd',
  load: 'lastet inn',
  save: 'lagret',
  import: 'importert',
  connect: 'koblet til',
  disconnect: 'koblet fra',
  mount: 'montert',
  unmount: 'avmontert',
};
const nbAction = (action: string) => (Object.hasOwn(nbActions, action) ? nbActions[action] : `hendelsen "${action}"`);
const nbActionChain = (actions: string[]) => actions.map(nbAction).join(', deretter ');

const nbExited = (exitCode: number) =>
  ({
    0: 'den avsluttet normalt (exitkode 0)',
    130: 'den ble avbrutt med Ctrl-C (exitkode 130)',
    137: 'den ble drept (exitkode 137: `docker kill`, eller `docker stop` ga opp etter 10 s)',
    143: 'den ble stoppet av `docker stop` (exitkode 143)',
  })[exitCode] ?? `den har stoppet (exitkode ${exitCode})`;

const nbBeforeStart = (earlierExercise: string | undefined) =>
  earlierExercise !== undefined ? `oppgaven "${earlierExercise}"` : 'denne oppgaven';

const nbPathKinds: Record<PathKind, string> = {
  file: 'en fil',
  directory: 'en katalog',
  link: 'en symbolsk lenke',
  other: 'noe annet',
  something: 'noe',
};

const nb: Translation<typeof en> = {
  nothing: 'ingenting',
  notCountedOnPodman: (observed, reason) => `${observed} (teller ikke på Podman: ${reason})`,
  since: {
    exercise: ', opprettet i denne oppgaven',
    earlier: (exercise) => `, opprettet etter at du startet oppgaven "${exercise}"`,
  },
  selector: nbSelector,
  removed: (name, exercise) => `containeren \`${name}\` som du brukte i oppgave ${exercise}, er fjernet siden (den står ikke lenger i \`docker ps -a\`)`,
  exerciseName: (number, title) => `${number} («${title}»)`,
  container: (name, image) => `containeren \`${name}\` fra ${image}`,
  tooOld: (container, created, earlierExercise, start) =>
    `fant ${container}, men den ble opprettet kl. ${created}, før du startet ${nbBeforeStart(earlierExercise)} (${start}), så den teller ikke: gjør dette steget på nytt nå`,
  wanted: (head, wanted) => `${head}${wanted.length ? `: ${nbList(wanted)}` : ''}`,
  condition: {
    isSet: 'er satt',
    isNotSet: 'er ikke satt',
    is: (value) => `er ${value}`,
    matches: (regex) => `samsvarer med /${regex}/`,
    contains: (value) => `inneholder ${value}`,
    atLeast: (limit) => `er minst ${limit}`,
    atMost: (limit) => `er høyst ${limit}`,
    describe: (path, parts) => `${path} ${nbList(parts)}`,
    actual: (path, shown) => `${path} er ${shown}`,
    noValue: (path) => `${path} har ingen verdi`,
    notSet: (path) => `${path} er ikke satt`,
  },
  containers: {
    expected: (min, max, selector, since, wanted) => {
      const count = nbCount(min, max);
      return `${count.words} ${nbSelector({ ...selector, plural: count.plural })}${since}${wanted.length ? `: ${nbList(wanted)}` : ''}`;
    },
    noneFound: 'fant ingen',
    found: (container) => `fant ${container}`,
    foundSeveral: (names) => `fant containerne ${nbList(names)}`,
    tooMany: (count, names) => `fant ${count}: ${nbList(names)}`,
    stillThere: (names) => `${nbList(names)} finnes fortsatt (se \`docker ps -a\`): å stoppe er ikke å fjerne`,
    nearMiss: (container, reasons) => `fant ${container}, men ${nbClauses(reasons)}`,
    tooFew: (count, names) => `fant bare ${count}: ${names.join(', ')}`,
    absent: (selector, missingImage) =>
      `det finnes ingen ${nbSelector(selector)}${
        missingImage !== undefined ? ` (imaget ${missingImage} finnes ikke på denne maskinen ennå)` : ''
      }`,
  },
  want: {
    state: (state) => nbState(state).attribute,
    exitCode: (code) => `avsluttet med kode ${code}`,
    tty: (tty) => (tty ? 'med terminal (-t)' : 'uten terminal'),
    stdin: (stdin) => (stdin ? 'med stdin åpen (-i)' : 'uten -i'),
    detached: (detached) => (detached ? 'i bakgrunnen (-d)' : 'koblet til terminalen din'),
    autoRemove: (autoRemove) => (autoRemove ? 'med --rm' : 'uten --rm'),
    killed: (killed) => (killed ? 'stoppet utenfra (docker stop eller docker kill)' : 'avsluttet innenfra, ikke stoppet eller drept utenfra'),
    memory: (limit) => `med maks ${limit} minne (--memory)`,
    cpus: (cpus) => `med maks ${cpus} CPU (--cpus)`,
    stoppedDuringExercise: 'stoppet i løpet av denne oppgaven',
    command: (command) => `med kommandoen ${command}`,
    networks: (networks) => `på ${networks.length === 1 ? 'nettverket' : 'nettverkene'} ${nbList(networks)}`,
    mounts: (mounts) => `med ${nbList(mounts.map((mount) => `${mount.what ?? 'noe'} montert på ${mount.destination}`))}`,
    ports: (ports) => (ports.length === 1 ? `med port ${ports[0]} publisert` : `med portene ${nbList(ports)} publisert`),
    logsContain: (text) => `med logger som inneholder "${text}"`,
    logsMatch: (regex) => `med logger som samsvarer med /${regex}/`,
    labels: nbLabels,
  },
  short: {
    state: (status, exitCode) => (status === 'exited' ? nbExited(exitCode) : `den ${nbState(status).predicate}`),
    tty: (wanted) => (wanted ? 'den ble startet uten terminal (-t)' : 'den har en terminal (-t)'),
    stdin: (wanted) => (wanted ? 'den ble startet uten å holde stdin åpen (-i)' : 'den ble startet med -i'),
    detached: (wanted) =>
      wanted ? 'den ble startet koblet til terminalen din, ikke i bakgrunnen (-d)' : 'den ble startet i bakgrunnen (-d)',
    autoRemove: (wanted) => (wanted ? 'den ble startet uten --rm' : 'den ble startet med --rm'),
    stillRunning: 'den kjører fortsatt',
    stoppedBefore: 'den hadde allerede stoppet før denne oppgaven startet',
    command: (command) => `den kjører ${command}`,
    networks: (actual, missing) =>
      actual.length
        ? `den er på ${nbList(actual)}, ikke på ${nbList(missing)}`
        : `den er ikke koblet til noe nettverk, altså heller ikke til ${nbList(missing)}`,
    nothingMounted: (destination) => `ingenting er montert på ${destination}`,
    mountType: (destination, actual, wanted) => `${destination} er en ${actual}-mount, ikke ${wanted}`,
    mountVolume: (destination, actual, wanted) => `${destination} har volumet ${actual}, ikke ${wanted}`,
    mountSource: (destination, actual, wanted) => `${destination} kommer fra ${actual}, ikke fra ${wanted}`,
    portNotPublished: (port) => `port ${port} i containeren er ikke publisert (-p)`,
    portElsewhere: (port, hostPorts, wanted) => `port ${port} i containeren er publisert på ${nbList(hostPorts)}, ikke på ${wanted}`,
    logsLack: (lastLine) => `det står ikke i loggene (siste linje: "${lastLine}")`,
    memory: (actual) => (actual === undefined ? 'minnet er ikke begrenset (--memory)' : `minnet er begrenset til ${actual}`),
    cpus: (actual) => (actual === undefined ? 'CPU-ene er ikke begrenset (--cpus)' : `den kan bruke ${actual} CPU`),
    logsEmpty: 'loggene er tomme',
    label: (key, actual) => (actual === undefined ? `den mangler labelen ${key}` : `labelen ${key} er ${actual}`),
  },
  file: {
    expected: (kind, path, selector, contains, matches) => {
      const content = [contains !== undefined ? `inneholder "${contains}"` : '', matches ? `samsvarer med /${matches}/` : ''].filter(Boolean);
      return `${nbPathKinds[kind]} på ${path} i en ${nbSelector(selector)}${content.length ? `, som ${nbList(content)}` : ''}`;
    },
    noContainer: (selector) => `det finnes ingen ${nbSelector(selector)} å se i`,
    missing: (path, container) => `${path} finnes ikke i ${container}`,
    wrongKind: (path, container, actual, wanted) => `${path} i ${container} er ${nbPathKinds[actual]}, ikke ${nbPathKinds[wanted]}`,
    tooLarge: (path, container) => `${path} i ${container} er for stor til å leses`,
    holds: (path, container, content) => `${path} i ${container} inneholder ${content}`,
    found: (path, container) => `fant ${path} i ${container}`,
  },
  http: {
    answer: (status, contains) => `HTTP ${status}${contains !== undefined ? ` med "${contains}" i svaret` : ''}`,
    fromContainer: (answer, port, selector) => `${answer} fra port ${port} på en ${nbSelector(selector)}, publisert på denne maskinen`,
    fromAddress: (answer, address) => `${answer} fra ${address}`,
    noContainer: (selector) => `det finnes ingen ${nbSelector(selector)}`,
    notPublished: (container, port, status) =>
      `fant ${container}, men port ${port} er ikke publisert${status !== undefined ? ` (den ${nbState(status).predicate})` : ''}: bruk -p`,
    noAnswer: (address, error) => `${address} svarte ikke: ${error}`,
    answered: (address, status) => `${address} svarte med HTTP ${status}`,
    answeredWithout: (address, status, contains, start) =>
      `${address} svarte med HTTP ${status}, men uten "${contains}" (svaret begynner slik: "${start}")`,
    timeout: (seconds) => `ikke noe svar innen ${seconds} s`,
    refused: 'ingenting lytter på den porten',
  },
  image: {
    head: (reference) => `imaget ${reference}`,
    history: (steps) => `med byggesteg som samsvarer med ${nbList(steps.map((step) => `/${step}/`))}`,
    sharesLayers: (count, reference) =>
      count === 1 ? `med det samme første laget som ${reference}` : `med de samme ${count} første lagene som ${reference}`,
    absent: (reference) => `det finnes ikke noe image ${reference} på denne maskinen (se \`docker images\`)`,
    tooOld: (reference, built) =>
      `imaget ${reference} ble bygd kl. ${built}, før dette steget startet: bygg det (eller tag det) på nytt nå`,
    butNot: (reference, problems) => `imaget ${reference} finnes, men ${nbClauses(problems)}`,
    found: (reference, id) => `fant imaget ${reference} (${id})`,
    noStep: (step, reference) => `ingen byggesteg samsvarer med /${step}/ (se \`docker history ${reference}\`)`,
    noOther: (reference) => `det finnes ikke noe image ${reference} å sammenligne med`,
    sameImage: (reference) => `det er nøyaktig samme image som ${reference}: endre en linje og bygg på nytt`,
    fewLayers: (count, reference) =>
      count === 0
        ? `det deler ikke et eneste lag med ${reference}`
        : count === 1
          ? `det deler bare det første laget med ${reference}`
          : `det deler bare de første ${count} lagene med ${reference}`,
  },
  network: {
    head: (name) => `nettverket ${name}`,
    driver: (driver) => `driver ${driver}`,
    members: (members) => `med ${nbList(members)} koblet til`,
    absent: (name) => `det finnes ikke noe nettverk med navnet ${name} (se \`docker network ls\`)`,
    tooOld: (name, created) => `nettverket ${name} ble opprettet kl. ${created}, før dette steget startet`,
    wrongDriver: (driver) => `driveren er ${driver}`,
    notAttached: (missing, attached) =>
      `${nbList(missing)} er ikke koblet til (koblet til: ${attached.length ? nbList(attached) : 'ingen'})`,
    butNot: (name, problems) => `nettverket ${name} finnes, men ${nbClauses(problems)}`,
    found: (name) => `fant nettverket ${name}`,
  },
  volume: {
    head: (name) => `volumet ${name}`,
    mountedAt: (path, container) => `montert på ${path}${container ? ` i ${container}` : ''}`,
    absent: (name) => `det finnes ikke noe volum med navnet ${name} (se \`docker volume ls\`)`,
    undated: (name) =>
      `volumet ${name} finnes, men driveren sier ikke når det ble laget, så det kan ikke skilles fra et gammelt volum`,
    tooOld: (name, created) => `volumet ${name} ble opprettet kl. ${created}, før dette steget startet`,
    notMounted: (path, container, places) =>
      `det er ikke montert på ${path}${container ? ` i ${container}` : ''} (montert: ${
        places.length ? nbList(places.map((place) => `${place.path} i ${place.container}`)) : 'ingen steder'
      })`,
    butNot: (name, problems) => `volumet ${name} finnes, men ${nbClauses(problems)}`,
    found: (name) => `fant volumet ${name}`,
  },
  service: {
    head: (name) => `tjenesten ${name}`,
    image: (image) => `med imaget ${image}`,
    replicas: (count) => `${count} ${count === 1 ? 'replika' : 'replikaer'}`,
    running: (count) => `${count} ${count === 1 ? 'task' : 'tasks'} som kjører`,
    absent: (name, swarmActive) =>
      `det finnes ingen tjeneste med navnet ${name}${swarmActive ? '' : ' (denne daemonen er ikke i swarm-modus: docker swarm init)'}`,
    tooOld: (name, created) => `tjenesten ${name} ble opprettet kl. ${created}, før dette steget startet`,
    wrongImage: (image) => `den kjører ${image}`,
    wrongReplicas: (count) =>
      count === undefined ? 'den kjører i global-modus, ikke med et fast antall replikaer' : `den ber om ${count} ${count === 1 ? 'replika' : 'replikaer'}`,
    wrongRunning: (count) => `${count} ${count === 1 ? 'task' : 'tasks'} kjører`,
    butNot: (name, problems) => `tjenesten ${name} finnes, men ${nbClauses(problems)}`,
    found: (name) => `fant tjenesten ${name}`,
  },
  daemon: {
    expected: (conditions) => `Docker-daemonen: ${nbList(conditions)}`,
    reports: (mismatches) => `daemonen rapporterer: ${nbList(mismatches)}`,
    agrees: 'daemonen bekrefter det',
  },
  event: {
    expected: (actions, type, about, start) =>
      `${nbAbout(type, about)}: ${nbActionChain(actions)}, etter at du startet denne oppgaven (${start})`,
    saw: (actions, object) => `daemonen meldte dette for ${object}: ${nbActionChain(actions)}`,
    sawPart: (actions, object, next) =>
      `daemonen meldte dette for ${object}: ${nbActionChain(actions)}, men ikke det som skulle følge: ${nbAction(next)}`,
    late: (actions, object, seconds) =>
      `daemonen meldte dette for ${object}: ${nbActionChain(actions)}, men det siste kom ${seconds} s etter det forrige: fra en kommando du skrev, ikke fra Docker selv med en gang`,
    none: (action, type, about, start, others) =>
      `siden ${start} har daemonen ikke meldt dette for ${nbAbout(type, about)}: ${nbAction(action)}${
        others > 0 ? ` (bare for ${others === 1 ? 'et annet objekt' : `${others} andre objekter`})` : ''
      }`,
    forgotten: (memory) =>
      `. Daemonen husker bare de siste ${memory} hendelsene og har hatt flere siden da, så en tidligere handling kan være glemt: gjør steget på nytt og kjør docker-kata verify med en gang`,
  },
  answer: {
    expected: 'det riktige svaret, gitt med `docker-kata answer <tekst>`',
    none: 'ikke noe svar ennå',
    right: (answer) => `du svarte "${answer}": riktig`,
    wrong: (answer) => `du svarte "${answer}", og det er ikke riktig`,
    aboutContainer: (selector) => `en ${nbSelector(selector)} å svare om`,
    noContainer: (selector) => `det finnes ingen ${nbSelector(selector)} å spørre om ennå`,
    logsOf: (selector) => `en ${nbSelector(selector)} å lese loggene til`,
    noLogs: (selector) => `det finnes ingen ${nbSelector(selector)} ennå`,
    aboutImage: (reference) => `imaget ${reference} å svare om`,
    noImage: (reference) => `det finnes ikke noe image ${reference} på denne maskinen`,
    idNotName: (answer, listing) =>
      `du svarte "${answer}", som er ID-en til containeren; spørsmålet gjelder navnet (den siste kolonnen i \`${listing}\`)`,
    imageNotName: (answer, listing) =>
      `du svarte "${answer}", som er imaget containeren ble laget fra; spørsmålet gjelder navnet (den siste kolonnen i \`${listing}\`)`,
    nameNotId: (answer, listing) =>
      `du svarte "${answer}", som er navnet på containeren; spørsmålet gjelder ID-en (den første kolonnen i \`${listing}\`)`,
    imageNameNotId: (answer) => `du svarte "${answer}", som er navnet på imaget; spørsmålet gjelder ID-en (\`docker images\` viser den)`,
    tooShort: (answer, minimum) =>
      `du svarte "${answer}": det er for lite av ID-en til å vite sikkert hvilken det er; gi minst ${minimum} tegn`,
    otherName: (answer, name, during) =>
      `du svarte "${answer}", som er navnet på en annen container, \`${name}\`, laget ${during ? 'i løpet av' : 'før'} denne oppgaven`,
    otherId: (answer, name, during) =>
      `du svarte "${answer}", som er ID-en til en annen container, \`${name}\`, laget ${during ? 'i løpet av' : 'før'} denne oppgaven`,
    daemonValues: {
      Version: 'versjonen av Engine',
      ServerVersion: 'versjonen av Engine',
      ApiVersion: 'API-versjonen',
      MinAPIVersion: 'den eldste API-versjonen Engine fortsatt godtar',
      KernelVersion: 'versjonen av kjernen',
      GoVersion: 'Go-versjonen Engine er bygd med',
      Os: 'operativsystemet',
      OSType: 'operativsystemet',
      Arch: 'prosessorarkitekturen',
      Architecture: 'prosessorarkitekturen',
      OperatingSystem: 'navnet på operativsystemet',
      Name: 'navnet på maskinen',
      DockerRootDir: 'der Engine lagrer dataene sine',
    },
    daemonValue: (answer, what) => `du svarte "${answer}", som er ${what}; spørsmålet gjelder noe annet`,
    nameNotValue: (answer) => `du svarte "${answer}", som er navnet på containeren; spørsmålet gjelder noe annet ved den`,
    otherValue: (answer, name, during) =>
      `du svarte "${answer}", som hører til en annen container, \`${name}\`, laget ${during ? 'i løpet av' : 'før'} denne oppgaven; spørsmålet gjelder din`,
    otherImage: (answer, image) => `du svarte "${answer}", som er ID-en til et annet image, ${image}`,
    oldContainer: (answer, container, created, earlierExercise, start) =>
      `du svarte "${answer}", som stemmer for ${container}, men den ble opprettet kl. ${created}, før du startet ${nbBeforeStart(
        earlierExercise,
      )} (${start}); spørsmålet gjelder en container laget etter det`,
    removed: (removed, exercise) =>
      `${removed}, så svaret kan ikke lenger leses fra den: gjør steget i den oppgaven på nytt (\`docker-kata goto ${exercise}\`), og kom så tilbake`,
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Nederlands.

/** "a, b en c". */
const nlList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

/**
 * A state as an attribute ("draaiend", "gestopt"), in a main clause ("hij draait", "hij is gestopt") and in a
 * relative clause, verb last ("die draait", "die gestopt is", "die gestopt zijn").
 */
const nlState = (status: string) => {
  const adjectives: Record<string, string> = {
    created: 'aangemaakt maar nog niet gestart',
    paused: 'gepauzeerd',
    restarting: 'aan het herstarten',
    exited: 'gestopt',
    dead: 'dood',
  };
  if (status === 'running') {
    return { attribute: 'draaiend', main: 'draait', relative: (plural: boolean) => (plural ? 'draaien' : 'draait') };
  }
  const adjective = adjectives[status];
  if (adjective === undefined) {
    return {
      attribute: `met status ${status}`,
      main: `heeft status ${status}`,
      relative: (plural: boolean) => `status ${status} ${plural ? 'hebben' : 'heeft'}`,
    };
  }
  return { attribute: adjective, main: `is ${adjective}`, relative: (plural: boolean) => `${adjective} ${plural ? 'zijn' : 'is'}` };
};

const nlLabels = (labels: string[]) => (labels.length === 1 ? `met het label ${labels[0]}` : `met de labels ${nlList(labels)}`);

const nlSelector = (s: SelectorWords): string => {
  if (s.sameAs) return 'container, dezelfde als bij de controle hierboven';
  if (s.yoursFrom) return `container die je in oefening ${s.yoursFrom} gebruikte`;
  const parts = [s.plural ? 'containers' : 'container'];
  if (s.name) parts.push(`met de naam ${s.name}`);
  if (s.image) parts.push(s.anyTag ? `van een willekeurige ${s.image}-image` : `van ${s.image}`);
  if (s.network) parts.push(`op het netwerk ${s.network}`);
  if (s.labels) parts.push(nlLabels(s.labels));
  if (s.state) parts.push(`die ${nlState(s.state).relative(s.plural ?? false)}`);
  return parts.join(' ');
};

function nlCount(min: number, max: number): { words: string; plural: boolean } {
  if (min === max) return min === 0 ? { words: 'geen', plural: false } : { words: `precies ${min === 1 ? 'één' : min}`, plural: min > 1 };
  if (max === Infinity) return min <= 1 ? { words: 'een', plural: false } : { words: `minstens ${min}`, plural: true };
  return { words: `${min} tot ${max}`, plural: true };
}

const nlAbout = (type: string, about: { name?: string; image?: string; labels?: string[] }) => {
  const objects: Record<string, string> = { container: 'een container', image: 'een image', network: 'een netwerk', volume: 'een volume' };
  return [
    type === 'image' && about.name ? `image ${about.name}` : (objects[type] ?? `een ${type}`),
    about.name && type !== 'image' ? `met de naam ${about.name}` : '',
    about.image ? `van ${about.image}` : '',
    about.labels ? nlLabels(about.labels) : '',
  ]
    .filter(Boolean)
    .join(' ');
};

/** Engine event actions in words (see enActions). */
const nlActions: Record<string, string> = {
  create: 'aangemaakt',
  start: 'gestart',
  restart: 'herstart',
  stop: 'gestopt met `docker stop`',
  die: 'gestopt',
  kill: 'geforceerd gestopt',
  oom: 'gestopt omdat het geheugen op was',
  pause: 'gepauzeerd',
  unpause: 'hervat',
  destroy: 'verwijderd',
  rename: 'hernoemd',
  commit: 'als image opgeslagen (`docker commit`)',
  exec_start: 'een commando erin uitgevoerd met `docker exec`',
  exec_die: 'een commando van `docker exec` erin beëindigd',
  pull: 'opgehaald',
  push: 'gepusht',
  tag: 'getagd',
  untag: 'een tag verwijderd',
  delete: 'verwijderd',
  build: 'gebouwd',
  load: 'geladen',
  save: 'opgeslagen',
  import: 'geïmporteerd',
  connect: 'verbonden',
  disconnect: 'losgekoppeld',
  mount: 'gemount',
  unmount: 'ontkoppeld',
};
const nlAction = (action: string) => (Object.hasOwn(nlActions, action) ? nlActions[action] : `het event "${action}"`);
const nlActionChain = (actions: string[]) => actions.map(nlAction).join(', daarna ');

const nlExited = (exitCode: number) =>
  ({
    0: 'hij is normaal beëindigd (exitcode 0)',
    130: 'hij is onderbroken met Ctrl-C (exitcode 130)',
    137: 'hij is geforceerd gestopt (exitcode 137: `docker kill`, of `docker stop` gaf het na 10 s op)',
    143: 'hij is gestopt door `docker stop` (exitcode 143)',
  })[exitCode] ?? `hij is gestopt (exitcode ${exitCode})`;

const nlBeforeStart = (earlierExercise: string | undefined) =>
  earlierExercise !== undefined ? `oefening "${earlierExercise}"` : 'deze oefening';

/** With an article ("is een map") and without ("geen bestand"). */
const nlPathKinds: Record<PathKind, { a: string; no: string }> = {
  file: { a: 'een bestand', no: 'geen bestand' },
  directory: { a: 'een map', no: 'geen map' },
  link: { a: 'een symbolische link', no: 'geen symbolische link' },
  other: { a: 'iets anders', no: 'niet iets anders' },
  something: { a: 'iets', no: 'niets' },
};

const nl: Translation<typeof en> = {
  nothing: 'niets',
  notCountedOnPodman: (observed, reason) => `${observed} (telt niet op Podman: ${reason})`,
  since: {
    exercise: ', aangemaakt tijdens deze oefening',
    earlier: (exercise) => `, aangemaakt sinds je aan oefening "${exercise}" begon`,
  },
  selector: nlSelector,
  removed: (name, exercise) => `de container \`${name}\` die je in oefening ${exercise} gebruikte, is inmiddels verwijderd (hij staat niet meer in \`docker ps -a\`)`,
  exerciseName: (number, title) => `${number} ("${title}")`,
  container: (name, image) => `container \`${name}\` van ${image}`,
  tooOld: (container, created, earlierExercise, start) =>
    `${container} gevonden, maar hij is om ${created} aangemaakt, voordat je aan ${nlBeforeStart(earlierExercise)} begon (${start}), dus hij telt niet mee: doe deze stap nu opnieuw`,
  wanted: (head, wanted) => `${head}${wanted.length ? `: ${nlList(wanted)}` : ''}`,
  condition: {
    isSet: 'is ingesteld',
    isNotSet: 'is niet ingesteld',
    is: (value) => `is ${value}`,
    matches: (regex) => `komt overeen met /${regex}/`,
    contains: (value) => `bevat ${value}`,
    atLeast: (limit) => `is minstens ${limit}`,
    atMost: (limit) => `is hoogstens ${limit}`,
    describe: (path, parts) => `${path} ${nlList(parts)}`,
    actual: (path, shown) => `${path} is ${shown}`,
    noValue: (path) => `${path} heeft geen waarde`,
    notSet: (path) => `${path} is niet ingesteld`,
  },
  containers: {
    expected: (min, max, selector, since, wanted) => {
      const count = nlCount(min, max);
      return `${count.words} ${nlSelector({ ...selector, plural: count.plural })}${since}${wanted.length ? `: ${nlList(wanted)}` : ''}`;
    },
    noneFound: 'geen gevonden',
    found: (container) => `${container} gevonden`,
    foundSeveral: (names) => `containers ${nlList(names)} gevonden`,
    tooMany: (count, names) => `${count} gevonden: ${nlList(names)}`,
    stillThere: (names) => `${nlList(names)} ${names.length === 1 ? 'is' : 'zijn'} er nog (zie \`docker ps -a\`): stoppen is niet verwijderen`,
    nearMiss: (container, reasons) => `${container} gevonden, maar ${nlList(reasons)}`,
    tooFew: (count, names) => `slechts ${count} gevonden: ${names.join(', ')}`,
    absent: (selector, missingImage) =>
      `er is geen ${nlSelector(selector)}${missingImage !== undefined ? ` (de image ${missingImage} staat nog niet op deze machine)` : ''}`,
  },
  want: {
    state: (state) => nlState(state).attribute,
    exitCode: (code) => `gestopt met exitcode ${code}`,
    tty: (tty) => (tty ? 'met een terminal (-t)' : 'zonder terminal'),
    stdin: (stdin) => (stdin ? 'met stdin open (-i)' : 'zonder -i'),
    detached: (detached) => (detached ? 'op de achtergrond (-d)' : 'gekoppeld aan je terminal'),
    autoRemove: (autoRemove) => (autoRemove ? 'met --rm' : 'zonder --rm'),
    killed: (killed) => (killed ? 'van buitenaf gestopt (docker stop of docker kill)' : 'van binnenuit beëindigd, niet van buitenaf gestopt of geforceerd'),
    memory: (limit) => `met hoogstens ${limit} geheugen (--memory)`,
    cpus: (cpus) => `met hoogstens ${cpus} CPU${cpus === 1 ? '' : "'s"} (--cpus)`,
    stoppedDuringExercise: 'gestopt tijdens deze oefening',
    command: (command) => `met het commando ${command}`,
    networks: (networks) => (networks.length === 1 ? `op het netwerk ${networks[0]}` : `op de netwerken ${nlList(networks)}`),
    mounts: (mounts) => `met ${nlList(mounts.map((mount) => `${mount.what ?? 'iets'} gemount op ${mount.destination}`))}`,
    ports: (ports) => (ports.length === 1 ? `met poort ${ports[0]} gepubliceerd` : `met de poorten ${nlList(ports)} gepubliceerd`),
    logsContain: (text) => `waarvan de logs "${text}" bevatten`,
    logsMatch: (regex) => `waarvan de logs overeenkomen met /${regex}/`,
    labels: nlLabels,
  },
  short: {
    state: (status, exitCode) => (status === 'exited' ? nlExited(exitCode) : `hij ${nlState(status).main}`),
    tty: (wanted) => (wanted ? 'hij is gestart zonder terminal (-t)' : 'hij heeft een terminal (-t)'),
    stdin: (wanted) => (wanted ? 'hij is gestart zonder stdin open te houden (-i)' : 'hij is gestart met -i'),
    detached: (wanted) =>
      wanted ? 'hij is gekoppeld aan je terminal gestart, niet op de achtergrond (-d)' : 'hij is op de achtergrond gestart (-d)',
    autoRemove: (wanted) => (wanted ? 'hij is gestart zonder --rm' : 'hij is gestart met --rm'),
    stillRunning: 'hij draait nog',
    stoppedBefore: 'hij was al gestopt voordat deze oefening begon',
    command: (command) => `hij voert ${command} uit`,
    networks: (actual, missing) =>
      actual.length ? `hij zit op ${nlList(actual)}, niet op ${nlList(missing)}` : `hij zit op geen enkel netwerk, dus ook niet op ${nlList(missing)}`,
    nothingMounted: (destination) => `er is niets gemount op ${destination}`,
    mountType: (destination, actual, wanted) => `${destination} is een ${actual}-mount, geen ${wanted}-mount`,
    mountVolume: (destination, actual, wanted) => `op ${destination} zit volume ${actual}, niet ${wanted}`,
    mountSource: (destination, actual, wanted) => `${destination} komt van ${actual}, niet van ${wanted}`,
    portNotPublished: (port) => `poort ${port} van de container is niet gepubliceerd (-p)`,
    portElsewhere: (port, hostPorts, wanted) =>
      `poort ${port} van de container is gepubliceerd op ${nlList(hostPorts)}, niet op ${wanted}`,
    logsLack: (lastLine) => `dat staat niet in de logs (laatste regel: "${lastLine}")`,
    memory: (actual) => (actual === undefined ? 'zijn geheugen is niet beperkt (--memory)' : `zijn geheugen is beperkt tot ${actual}`),
    cpus: (actual) => (actual === undefined ? "zijn CPU's zijn niet beperkt (--cpus)" : `hij mag ${actual} CPU's gebruiken`),
    logsEmpty: 'de logs zijn leeg',
    label: (key, actual) => (actual === undefined ? `het label ${key} ontbreekt` : `het label ${key} is ${actual}`),
  },
  file: {
    expected: (kind, path, selector, contains, matches) => {
      const content = [contains !== undefined ? `"${contains}" bevat` : '', matches ? `overeenkomt met /${matches}/` : ''].filter(Boolean);
      return `${nlPathKinds[kind].a} op ${path} in een ${nlSelector(selector)}${content.length ? `, waarvan de inhoud ${nlList(content)}` : ''}`;
    },
    noContainer: (selector) => `er is geen ${nlSelector(selector)} om in te kijken`,
    missing: (path, container) => `${path} bestaat niet in ${container}`,
    wrongKind: (path, container, actual, wanted) => `${path} in ${container} is ${nlPathKinds[actual].a}, ${nlPathKinds[wanted].no}`,
    tooLarge: (path, container) => `${path} in ${container} is te groot om te lezen`,
    holds: (path, container, content) => `${path} in ${container} bevat ${content}`,
    found: (path, container) => `${path} gevonden in ${container}`,
  },
  http: {
    answer: (status, contains) => `HTTP ${status}${contains !== undefined ? ` met "${contains}" in het antwoord` : ''}`,
    fromContainer: (answer, port, selector) =>
      `${answer} van poort ${port} van een ${nlSelector(selector)}, gepubliceerd op deze machine`,
    fromAddress: (answer, address) => `${answer} van ${address}`,
    noContainer: (selector) => `er is geen ${nlSelector(selector)}`,
    notPublished: (container, port, status) =>
      `${container} gevonden, maar poort ${port} is niet gepubliceerd${status !== undefined ? ` (hij ${nlState(status).main})` : ''}: gebruik -p`,
    noAnswer: (address, error) => `${address} gaf geen antwoord: ${error}`,
    answered: (address, status) => `${address} antwoordde met HTTP ${status}`,
    answeredWithout: (address, status, contains, start) =>
      `${address} antwoordde met HTTP ${status}, maar zonder "${contains}" (het antwoord begint met: "${start}")`,
    timeout: (seconds) => `geen antwoord binnen ${seconds} s`,
    refused: 'er luistert niets op die poort',
  },
  image: {
    head: (reference) => `image ${reference}`,
    history: (steps) => `met bouwstappen die overeenkomen met ${nlList(steps.map((step) => `/${step}/`))}`,
    sharesLayers: (count, reference) =>
      count === 1 ? `met dezelfde eerste laag als ${reference}` : `met dezelfde eerste ${count} lagen als ${reference}`,
    absent: (reference) => `er is geen image ${reference} op deze machine (zie \`docker images\`)`,
    tooOld: (reference, built) =>
      `image ${reference} is om ${built} gebouwd, voordat deze stap begon: bouw (of tag) hem nu opnieuw`,
    butNot: (reference, problems) => `image ${reference} is er, maar ${nlList(problems)}`,
    found: (reference, id) => `image ${reference} gevonden (${id})`,
    noStep: (step, reference) => `geen enkele bouwstap komt overeen met /${step}/ (zie \`docker history ${reference}\`)`,
    noOther: (reference) => `er is geen image ${reference} om mee te vergelijken`,
    sameImage: (reference) => `het is precies dezelfde image als ${reference}: verander een regel en bouw opnieuw`,
    fewLayers: (count, reference) =>
      count === 0
        ? `hij deelt geen enkele laag met ${reference}`
        : count === 1
          ? `hij deelt alleen de eerste laag met ${reference}`
          : `hij deelt alleen de eerste ${count} lagen met ${reference}`,
  },
  network: {
    head: (name) => `het netwerk ${name}`,
    driver: (driver) => `driver ${driver}`,
    members: (members) => `met ${nlList(members)} erop aangesloten`,
    absent: (name) => `er is geen netwerk met de naam ${name} (zie \`docker network ls\`)`,
    tooOld: (name, created) => `het netwerk ${name} is om ${created} aangemaakt, voordat deze stap begon`,
    wrongDriver: (driver) => `de driver is ${driver}`,
    notAttached: (missing, attached) =>
      `${nlList(missing)} ${missing.length === 1 ? 'is' : 'zijn'} niet aangesloten (aangesloten: ${attached.length ? nlList(attached) : 'geen'})`,
    butNot: (name, problems) => `het netwerk ${name} is er, maar ${nlList(problems)}`,
    found: (name) => `netwerk ${name} gevonden`,
  },
  volume: {
    head: (name) => `het volume ${name}`,
    mountedAt: (path, container) => `gemount op ${path}${container ? ` in ${container}` : ''}`,
    absent: (name) => `er is geen volume met de naam ${name} (zie \`docker volume ls\`)`,
    undated: (name) =>
      `het volume ${name} is er, maar de driver vermeldt niet wanneer het is aangemaakt, dus het is niet van een oud volume te onderscheiden`,
    tooOld: (name, created) => `het volume ${name} is om ${created} aangemaakt, voordat deze stap begon`,
    notMounted: (path, container, places) =>
      `het is niet gemount op ${path}${container ? ` in ${container}` : ''} (gemount: ${
        places.length ? nlList(places.map((place) => `${place.path} in ${place.container}`)) : 'nergens'
      })`,
    butNot: (name, problems) => `het volume ${name} is er, maar ${nlList(problems)}`,
    found: (name) => `volume ${name} gevonden`,
  },
  service: {
    head: (name) => `de service ${name}`,
    image: (image) => `met image ${image}`,
    replicas: (count) => `${count} ${count === 1 ? 'replica' : "replica's"}`,
    running: (count) => `${count} ${count === 1 ? 'draaiende taak' : 'draaiende taken'}`,
    absent: (name, swarmActive) =>
      `er is geen service met de naam ${name}${swarmActive ? '' : ' (deze daemon draait niet in swarm-modus: docker swarm init)'}`,
    tooOld: (name, created) => `de service ${name} is om ${created} aangemaakt, voordat deze stap begon`,
    wrongImage: (image) => `hij draait ${image}`,
    wrongReplicas: (count) =>
      count === undefined
        ? "hij draait in global-modus, niet met een vast aantal replica's"
        : `hij vraagt om ${count} ${count === 1 ? 'replica' : "replica's"}`,
    wrongRunning: (count) => `${count} ${count === 1 ? 'taak draait' : 'taken draaien'}`,
    butNot: (name, problems) => `de service ${name} is er, maar ${nlList(problems)}`,
    found: (name) => `service ${name} gevonden`,
  },
  daemon: {
    expected: (conditions) => `de Docker-daemon: ${nlList(conditions)}`,
    reports: (mismatches) => `de daemon meldt: ${nlList(mismatches)}`,
    agrees: 'de daemon bevestigt dat',
  },
  event: {
    expected: (actions, type, about, start) =>
      `${nlAbout(type, about)}: ${nlActionChain(actions)}, sinds je aan deze oefening begon (${start})`,
    saw: (actions, object) => `de daemon meldde dit voor ${object}: ${nlActionChain(actions)}`,
    sawPart: (actions, object, next) =>
      `de daemon meldde dit voor ${object}: ${nlActionChain(actions)}, maar niet wat daarna moest komen: ${nlAction(next)}`,
    late: (actions, object, seconds) =>
      `de daemon meldde dit voor ${object}: ${nlActionChain(actions)}, maar het laatste kwam ${seconds} s na het vorige: door een commando dat je typte, niet meteen door Docker zelf`,
    none: (action, type, about, start, others) =>
      `sinds ${start} heeft de daemon dit niet gemeld voor ${nlAbout(type, about)}: ${nlAction(action)}${
        others > 0 ? ` (wel voor ${others === 1 ? 'een ander object' : `${others} andere objecten`})` : ''
      }`,
    forgotten: (memory) =>
      `. De daemon onthoudt alleen zijn laatste ${memory} events en heeft er sindsdien meer gehad, dus een eerdere actie kan vergeten zijn: doe de stap opnieuw en voer meteen docker-kata verify uit`,
  },
  answer: {
    expected: 'het juiste antwoord, gegeven met `docker-kata answer <tekst>`',
    none: 'nog geen antwoord',
    right: (answer) => `je antwoordde "${answer}": goed`,
    wrong: (answer) => `je antwoordde "${answer}", en dat is het niet`,
    aboutContainer: (selector) => `een ${nlSelector(selector)} om over te antwoorden`,
    noContainer: (selector) => `er is nog geen ${nlSelector(selector)} om naar te vragen`,
    logsOf: (selector) => `een ${nlSelector(selector)} om de logs van te lezen`,
    noLogs: (selector) => `er is nog geen ${nlSelector(selector)}`,
    aboutImage: (reference) => `image ${reference} om over te antwoorden`,
    noImage: (reference) => `er is geen image ${reference} op deze machine`,
    idNotName: (answer, listing) =>
      `je antwoordde "${answer}", en dat is de ID van de container; de vraag is naar zijn naam (de laatste kolom van \`${listing}\`)`,
    imageNotName: (answer, listing) =>
      `je antwoordde "${answer}", en dat is de image waarvan de container is gemaakt; de vraag is naar zijn naam (de laatste kolom van \`${listing}\`)`,
    nameNotId: (answer, listing) =>
      `je antwoordde "${answer}", en dat is de naam van de container; de vraag is naar zijn ID (de eerste kolom van \`${listing}\`)`,
    imageNameNotId: (answer) => `je antwoordde "${answer}", en dat is de naam van de image; de vraag is naar zijn ID (\`docker images\` toont die)`,
    tooShort: (answer, minimum) =>
      `je antwoordde "${answer}": dat is te weinig van de ID om zeker te weten welke het is; geef minstens ${minimum} tekens`,
    otherName: (answer, name, during) =>
      `je antwoordde "${answer}", en dat is de naam van een andere container, \`${name}\`, gemaakt ${during ? 'tijdens' : 'vóór'} deze oefening`,
    otherId: (answer, name, during) =>
      `je antwoordde "${answer}", en dat is de ID van een andere container, \`${name}\`, gemaakt ${during ? 'tijdens' : 'vóór'} deze oefening`,
    daemonValues: {
      Version: 'de versie van de Engine',
      ServerVersion: 'de versie van de Engine',
      ApiVersion: 'de API-versie',
      MinAPIVersion: 'de oudste API-versie die de Engine nog accepteert',
      KernelVersion: 'de versie van de kernel',
      GoVersion: 'de Go-versie waarmee de Engine gebouwd is',
      Os: 'het besturingssysteem',
      OSType: 'het besturingssysteem',
      Arch: 'de processorarchitectuur',
      Architecture: 'de processorarchitectuur',
      OperatingSystem: 'de naam van het besturingssysteem',
      Name: 'de naam van de machine',
      DockerRootDir: 'waar de Engine zijn gegevens bewaart',
    },
    daemonValue: (answer, what) => `je antwoordde "${answer}", en dat is ${what}; de vraag gaat over iets anders`,
    nameNotValue: (answer) => `je antwoordde "${answer}", en dat is de naam van de container; de vraag gaat over iets anders ervan`,
    otherValue: (answer, name, during) =>
      `je antwoordde "${answer}", en dat hoort bij een andere container, \`${name}\`, gemaakt ${during ? 'tijdens' : 'vóór'} deze oefening; de vraag gaat over de jouwe`,
    otherImage: (answer, image) => `je antwoordde "${answer}", en dat is de ID van een andere image, ${image}`,
    oldContainer: (answer, container, created, earlierExercise, start) =>
      `je antwoordde "${answer}", en dat klopt voor ${container}, maar die is om ${created} aangemaakt, voordat je aan ${nlBeforeStart(
        earlierExercise,
      )} begon (${start}); de vraag gaat over een container die daarna is gemaakt`,
    removed: (removed, exercise) =>
      `${removed}, dus het antwoord is er niet meer uit te lezen: doe de stap van die oefening opnieuw (\`docker-kata goto ${exercise}\`) en kom dan terug`,
  },
};

export const words = localized({ en, nb, nl });
