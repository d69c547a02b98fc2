import type { ContainerInspect, ContainerSummary, ImageInspect } from '../engine/reader.js';
import { array, object, oneOf, optional, required, string, type Infer } from '../track/schema.js';
import { clock } from '../ui/time.js';
import { valuesAtPath } from './inspect-path.js';
import {
  containerSelectorSchema,
  describeContainer,
  isNewer,
  nameOf,
  normalizeReference,
  recordContainer,
  selectContainers,
  selectorWords,
  tooOldMessage,
  type ContainerSelection,
  type RecordedObject,
} from './select.js';
import { defineCheck, fail, pass, type CheckContext, type Verdict } from './types.js';
import { words } from './words.js';

/**
 * How an answer is compared. Each turns a value into the set of spellings a learner may reasonably type.
 * - text: the value itself, case, surrounding quotes and a name's leading / ignored; a version also without its
 *   distribution suffix (20.10.24+dfsg1 answered as 20.10.24);
 * - command: also the program's base name (`/bin/bash` → `bash`) and a list written as JSON or with spaces;
 * - id: an image or container ID, from 12 characters on, with or without `sha256:` (a value that is a full ID is
 *   compared so in every mode);
 * - state: a container state the way `docker ps` words it ("Up 3 minutes" for running);
 * - count: the number of items of a list (e.g. an image's layers).
 */
export const matchModes = ['text', 'command', 'id', 'state', 'count'] as const;
type MatchMode = (typeof matchModes)[number];

const answerSchema = object(
    {
      container: optional(
        object({
          ...containerSelectorSchema.properties,
          path: required(string({ minLength: 1, description: 'Inspect path of the value, e.g. Name or NetworkSettings.Networks.*.IPAddress' })),
        }),
      ),
      image: optional(
        object({
          reference: required(string({ minLength: 1 })),
          path: required(string({ minLength: 1, description: 'Inspect path of the value, e.g. Config.Cmd' })),
        }),
      ),
      logs: optional(
        object({
          ...containerSelectorSchema.properties,
          pattern: required(string({ regex: true, description: 'Finds the value in the logs: its first group, or the whole match.' })),
        }),
      ),
      daemon: optional(
        object({
          read: required(oneOf(['info', 'version', 'address'] as const, 'GET /info, GET /version, or the address docker-kata reached the engine at')),
          path: optional(string({ minLength: 1, description: 'Path in the answer of /info or /version, e.g. KernelVersion' })),
        }),
      ),
      accept: optional(array(string(), { minItems: 1, description: 'Fixed answers that count as right.' })),
      pattern: optional(string({ regex: true, description: 'A regular expression a right answer matches (case-insensitive).' })),
      match: optional(oneOf(matchModes, 'How to compare; default text.')),
    },
    { requireOneOf: ['container', 'image', 'logs', 'daemon', 'accept', 'pattern'] },
);
type Definition = Infer<typeof answerSchema>;

export const answerCheck = defineCheck({
  kind: 'answer',
  summary: 'The learner\'s `docker-kata answer`, compared with a value read live from the daemon, or with fixed text.',
  schema: answerSchema,
  async run(definition, context) {
    const expected = words.answer.expected;
    const answer = context.answer?.trim() ?? '';
    if (answer === '') return fail(expected, words.answer.none);
    const source = await liveValues(definition, context);
    if ('verdict' in source) return source.verdict;
    const patternOk = definition.pattern !== undefined && new RegExp(definition.pattern, 'i').test(answer);
    const mode = definition.match ?? 'text';
    if (patternOk || isRightAnswer(answer, source.values, mode)) return pass(expected, words.answer.right(answer), answeredAbout(answer, mode, source));
    // Never print the right answer: the learner asked to check theirs, not to be told. Say only what theirs is.
    return fail(expected, (await mistakeIn(answer, mode, source, context)) ?? words.answer.wrong(answer));
  },
});

/**
 * The objects a right answer was about, recorded as the pass's evidence: the containers whose value it is (the
 * recorded one, when it was removed), or the image asked about.
 */
function answeredAbout(answer: string, mode: MatchMode, source: { subject?: Subject }): RecordedObject[] {
  const subject = source.subject;
  if (!subject || subject.type === 'daemon') return [];
  if (subject.type === 'image') return [{ type: 'image', id: subject.image.Id }];
  const { matching, removed } = subject.selection;
  const right = matching.filter((container) => isRightAnswer(answer, valuesAtPath(container, subject.path), mode));
  if (right.length > 0) return right.map(recordContainer);
  if (removed && matching.length === 0) return [removed];
  return matching.map(recordContainer);
}

/** What a question reads its value from, for telling what a wrong answer is instead. */
type Subject =
  | { type: 'container'; path: string; asked: AskedContainer[]; selection: ContainerSelection; since?: string }
  | { type: 'image'; path: string; image: ImageInspect }
  | { type: 'daemon'; path?: string; response: Record<string, unknown> };

/** A container a question is about: one that is there, or one recorded before it was removed. */
interface AskedContainer {
  id: string;
  name: string;
  image?: string;
  running: boolean;
}

type LiveValues = { values: unknown[]; subject?: Subject } | { verdict: Verdict };

async function liveValues(definition: Definition, context: CheckContext): Promise<LiveValues> {
  const fixed: unknown[] = definition.accept ?? [];
  if (definition.container) {
    const { path, ...selector } = definition.container;
    const selection = await selectContainers(selector, context);
    const { removed } = selection;
    const recorded = removed && recordedValue(removed, path);
    if (selection.matching.length === 0 && recorded === undefined) {
      const why = removed?.exercise
        ? words.answer.removed(words.removed(removed.name ?? removed.id.slice(0, shortestId), context.exerciseName(removed.exercise)), removed.exercise)
        : selection.tooOld.length
          ? tooOldMessage(selection, selector)
          : words.answer.noContainer(selectorWords(selector, false, context));
      return { verdict: fail(words.answer.aboutContainer(selectorWords(selector, false, context)), why) };
    }
    const asked = [...selection.matching.map(askedOf), ...(removed ? [{ id: removed.id, name: removed.name ?? '', running: false }] : [])];
    return {
      values: [...fixed, ...(recorded !== undefined ? [recorded] : []), ...selection.matching.flatMap((container) => valuesAtPath(container, path))],
      subject: { type: 'container', path, asked, selection, since: selector.since },
    };
  }
  if (definition.logs) {
    const { pattern, ...selector } = definition.logs;
    const selection = await selectContainers(selector, context);
    if (selection.matching.length === 0) {
      const why = selection.tooOld.length ? tooOldMessage(selection, selector) : words.answer.noLogs(selectorWords(selector, false, context));
      return { verdict: fail(words.answer.logsOf(selectorWords(selector, false, context)), why) };
    }
    const texts = await Promise.all(selection.matching.map((container) => context.engine.containerLogs(container.Id, logLines)));
    const found = texts.flatMap((text) => [...text.matchAll(new RegExp(pattern, 'gm'))].map((match) => match[1] ?? match[0]));
    return { values: [...fixed, ...found] };
  }
  if (definition.daemon) {
    const { read, path } = definition.daemon;
    if (read === 'address') return { values: [...fixed, ...addressSpellings(context.engineAddress)] };
    const answer = read === 'info' ? await context.engine.info() : await context.engine.version();
    return { values: [...fixed, ...(path ? valuesAtPath(answer, path) : [answer])], subject: { type: 'daemon', path, response: answer } };
  }
  if (definition.image) {
    const { reference, path } = definition.image;
    const image = await context.engine.inspectImage(reference);
    if (!image) return { verdict: fail(words.answer.aboutImage(reference), words.answer.noImage(reference)) };
    return { values: [...fixed, ...valuesAtPath(image, path)], subject: { type: 'image', path, image } };
  }
  return { values: fixed };
}

/** A removed container's name and ID are known from the record; nothing else about it is. */
const recordedValue = (removed: RecordedObject, path: string): string | undefined =>
  path === 'Name' ? removed.name : path === 'Id' ? removed.id : undefined;

const askedOf = (container: ContainerInspect): AskedContainer => ({
  id: container.Id,
  name: nameOf(container),
  image: container.Config.Image,
  running: container.State.Running,
});

/** Whether the learner's answer is one of the spellings of any of the values. */
export function isRightAnswer(answer: string, values: unknown[], mode: MatchMode): boolean {
  const given = clean(answer);
  if (mode === 'count') return values.some((value) => Array.isArray(value) && String(value.length) === given);
  const accepted = new Set(values.flatMap((value) => spellings(value, mode)));
  const forms = [
    given,
    // A container name typed with the leading / the Engine writes (but not a path such as /bin/bash).
    /^\/[^/]+$/.test(given) ? given.slice(1) : undefined,
    // `ip address` prints 172.17.0.2/16: the address with its prefix length is the same answer.
    given.match(/^(\d{1,3}(?:\.\d{1,3}){3})\/\d{1,2}$/)?.[1],
    // "Up 2 minutes" → "up"
    mode === 'state' ? given.split(/[\s(]/)[0] : undefined,
  ];
  if (forms.some((form) => form !== undefined && accepted.has(form))) return true;
  return (mode === 'id' || values.some(isFullId)) && idMatches(given, values);
}

/** The fewest characters of an ID that `docker ps` and `docker images` show, and that docker-kata accepts. */
const shortestId = 12;

/**
 * What a wrong answer is, when that can be told without giving the right one away: an ID where a name is asked or
 * the other way round, too short an ID, another container's name or ID, the value of a container made too early.
 * Costs at most one list and one inspect.
 */
async function mistakeIn(
  answer: string,
  mode: MatchMode,
  { values, subject }: { values: unknown[]; subject?: Subject },
  context: CheckContext,
): Promise<string | undefined> {
  const given = clean(answer);
  if (subject?.type === 'container') return containerMistake(answer, given, mode, subject, context);
  if (subject?.type === 'image') return imageMistake(answer, given, subject, context);
  if (subject?.type === 'daemon') return daemonMistake(answer, subject);
  const hex = idPrefix(given);
  const tooShort = hex !== undefined && values.some((value) => isFullId(value) && bareId(value).startsWith(hex));
  return tooShort ? words.answer.tooShort(answer, shortestId) : undefined;
}

async function containerMistake(
  answer: string,
  given: string,
  mode: MatchMode,
  subject: Extract<Subject, { type: 'container' }>,
  context: CheckContext,
): Promise<string | undefined> {
  const { path, asked, selection } = subject;
  const hex = idPrefix(given);
  const ownId = hex !== undefined && asked.some((container) => container.id.startsWith(hex));
  const listing = asked.every((container) => container.running) ? 'docker ps' : 'docker ps -a';
  if (path === 'Name' && ownId) return words.answer.idNotName(answer, listing);
  if (path === 'Name' && asked.some((container) => container.image && sameImage(given, container.image))) {
    return words.answer.imageNotName(answer, listing);
  }
  if (path === 'Id' && asked.some((container) => sameName(given, container.name))) return words.answer.nameNotId(answer, listing);
  // A prefix of the right ID that isRightAnswer refused: shorter than shortestId.
  if (path === 'Id' && ownId) return words.answer.tooShort(answer, shortestId);
  const others = async () => (await context.engine.listContainers({})).filter((summary) => !asked.some((container) => container.id === summary.Id));
  if (path !== 'Name' && path !== 'Id') {
    if (asked.some((container) => sameName(given, container.name))) return words.answer.nameNotValue(answer);
    const old = selection.tooOld.find((container) => isRightAnswer(answer, valuesAtPath(container, path), mode));
    if (old) return words.answer.oldContainer(answer, describeContainer(old), clock(old.Created), earlierExercise(subject), clock(selection.since!));
    // The list holds some values of every container (its IP addresses, say): the answer may be another's.
    const owner = (await others()).find((summary) => isRightAnswer(answer, valuesAtPath(summary, path), mode));
    return owner && words.answer.otherValue(answer, owner.Names[0]?.replace(/^\//, '') ?? owner.Id.slice(0, shortestId), await madeDuring(owner, context));
  }
  const candidates = await others();
  const byName = candidates.find((summary) => summary.Names.some((name) => sameName(given, name)));
  const byId = hex === undefined ? [] : candidates.filter((summary) => summary.Id.startsWith(hex));
  if (!byName && byId.length > 1) return words.answer.tooShort(answer, shortestId);
  const other = byName ?? byId[0];
  if (!other) return undefined;
  const during = await madeDuring(other, context);
  const name = other.Names[0]?.replace(/^\//, '') ?? other.Id.slice(0, shortestId);
  return byName ? words.answer.otherName(answer, name, during) : words.answer.otherId(answer, name, during);
}

/** Whether a container was made during this exercise: the list dates to the second, the inspect to the moment. */
async function madeDuring(summary: ContainerSummary, context: CheckContext): Promise<boolean> {
  const created = (await context.engine.inspectContainer(summary.Id))?.Created ?? summary.Created * 1000;
  return isNewer(created, context.exerciseStart);
}

/**
 * Another value of the same daemon answer: the API version for the Engine's, the kernel for the OS. Said in words
 * for the values learners mix up; never the field names.
 */
function daemonMistake(answer: string, { path, response }: Extract<Subject, { type: 'daemon' }>): string | undefined {
  const [field] = Object.entries(response).find(
    ([key, value]) => key !== path && Object.hasOwn(words.answer.daemonValues, key) && isRightAnswer(answer, [value], 'text'),
  ) ?? [];
  return field && words.answer.daemonValue(answer, words.answer.daemonValues[field as keyof typeof words.answer.daemonValues]);
}

async function imageMistake(
  answer: string,
  given: string,
  subject: Extract<Subject, { type: 'image' }>,
  context: CheckContext,
): Promise<string | undefined> {
  const { path, image } = subject;
  if (path !== 'Id') return undefined;
  if ((image.RepoTags ?? []).some((tag) => sameImage(given, tag))) return words.answer.imageNameNotId(answer);
  const hex = idPrefix(given);
  if (hex === undefined) return undefined;
  if (bareId(image.Id).startsWith(hex)) return words.answer.tooShort(answer, shortestId);
  const matches = (await context.engine.listImages({})).filter((other) => bareId(other.Id).startsWith(hex));
  if (matches.length > 1) return words.answer.tooShort(answer, shortestId);
  const [other] = matches;
  return other && words.answer.otherImage(answer, other.RepoTags?.find((tag) => tag !== '<none>:<none>') ?? bareId(other.Id).slice(0, shortestId));
}

/** The earlier exercise a container question's `since` names, as tooOld words it, when that exercise was started. */
function earlierExercise(subject: Extract<Subject, { type: 'container' }>): string | undefined {
  const { since, selection } = subject;
  return since && since !== 'exercise' && since !== 'any' && selection.sinceWasStarted ? since : undefined;
}

/** An answer that is a container's name, typed with or without the Engine's leading /. */
const sameName = (given: string, name: string) => name !== '' && given.replace(/^\//, '') === name.replace(/^\//, '').toLowerCase();

/** An answer that names an image the way a learner types it: ubuntu for ubuntu:latest, or the repository alone. */
const sameImage = (given: string, reference: string) =>
  normalizeReference(given) === normalizeReference(reference.toLowerCase()) || given === reference.toLowerCase().replace(/:[^:/]+$/, '');

/** The hexadecimal part of an answer that looks like an ID or an ID prefix, with or without sha256:. */
function idPrefix(given: string): string | undefined {
  const hex = given.replace(/^sha256:/, '');
  return /^[0-9a-f]{4,64}$/.test(hex) ? hex : undefined;
}

const isFullId = (value: unknown): value is string => typeof value === 'string' && /^(sha256:)?[0-9a-f]{64}$/.test(value);
const bareId = (id: string) => id.replace(/^sha256:/, '');

/** How many log lines an answer reads: the most recent ones. */
const logLines = 1000;

/** unix:///var/run/docker.sock may be answered as the URL or as the socket path alone. */
function addressSpellings(address: string | undefined): string[] {
  if (!address) return [];
  return [address, address.replace(/^unix:\/\//, ''), address.replace(/^npipe:\/\//, '')];
}

/** Lower case, no surrounding quotes or backticks, single spaces. */
export function clean(text: string): string {
  return text
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ',')
    .toLowerCase();
}

/**
 * A version as a distribution packages it, e.g. Debian's 20.10.24+dfsg1, 26.1.5~ds1 or Ubuntu's 24.0.7-0ubuntu4:
 * the upstream version before the suffix. A kernel's 6.1.0-18-amd64 is not one (its "-18" is no package revision).
 */
const distributionSuffix = /^(\d+(?:\.\d+)+)(?:[+~][0-9a-z.+~-]*|-\d+(?:ubuntu|debian|deb|build|\.el|\.fc)[0-9a-z.+~-]*)$/i;

export function spellings(value: unknown, mode: MatchMode): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    const items = value.map(String);
    const forms = [JSON.stringify(items), items.join(' '), `[${items.join(', ')}]`, `[${items.join(' ')}]`];
    if (mode === 'command' && items.length > 0) forms.push(...spellings(items.join(' '), 'command'));
    return forms.map(clean);
  }
  const text = String(value).replace(/^\//, ''); // container names come as "/jolly_lamport"
  const forms = [String(value), text];
  const upstreamVersion = text.match(distributionSuffix)?.[1];
  if (mode === 'text' && upstreamVersion) forms.push(upstreamVersion);
  if (mode === 'command') {
    const [program, ...rest] = String(value).split(' ');
    const base = program.split('/').pop() ?? program;
    forms.push(base, [base, ...rest].join(' '));
  }
  if (mode === 'state') forms.push(...stateWords(text));
  return forms.map(clean);
}

/** `docker ps` says "Up 2 minutes" for running and "Exited (0) 5 seconds ago" for exited. */
function stateWords(status: string): string[] {
  const words: Record<string, string[]> = {
    running: ['up', 'running', 'started'],
    exited: ['exited', 'stopped', 'exit'],
    paused: ['paused', 'up (paused)'],
    created: ['created'],
  };
  return words[status] ?? [];
}

function idMatches(given: string, values: unknown[]): boolean {
  const hex = given.replace(/^sha256:/, '');
  if (!new RegExp(`^[0-9a-f]{${shortestId},64}$`).test(hex)) return false;
  return values.some((value) => typeof value === 'string' && bareId(value).startsWith(hex));
}
