import { array, object, oneOf, optional, required, string, type Infer } from '../track/schema.js';
import { valuesAtPath } from './inspect-path.js';
import { containerSelectorSchema, selectContainers, selectorWords, tooOldMessage } from './select.js';
import { defineCheck, fail, pass, type CheckContext, type Verdict } from './types.js';
import { words } from './words.js';

/**
 * How an answer is compared. Each turns a value into the set of spellings a learner may reasonably type.
 * - text: the value itself, case and surrounding quotes ignored;
 * - command: also the program's base name (`/bin/bash` → `bash`) and a list written as JSON or with spaces;
 * - id: an image or container ID, from 12 characters on, with or without `sha256:`;
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
    if (context.answer === undefined || context.answer.trim() === '') {
      return fail(expected, words.answer.none);
    }
    const source = await liveValues(definition, context);
    if ('verdict' in source) return source.verdict;
    const patternOk = definition.pattern !== undefined && new RegExp(definition.pattern, 'i').test(context.answer.trim());
    const right = patternOk || isRightAnswer(context.answer, source.values, definition.match ?? 'text');
    // Never print the right answer: the learner asked to check theirs, not to be told.
    return right ? pass(expected, words.answer.right(context.answer.trim())) : fail(expected, words.answer.wrong(context.answer.trim()));
  },
});

async function liveValues(definition: Definition, context: CheckContext): Promise<{ values: unknown[] } | { verdict: Verdict }> {
  const fixed: unknown[] = definition.accept ?? [];
  if (definition.container) {
    const selection = await selectContainers(definition.container, context);
    if (selection.matching.length === 0) {
      const why = selection.tooOld.length
        ? tooOldMessage(selection, definition.container.since)
        : words.answer.noContainer(selectorWords(definition.container));
      return { verdict: fail(words.answer.aboutContainer(selectorWords(definition.container)), why) };
    }
    return { values: [...fixed, ...selection.matching.flatMap((container) => valuesAtPath(container, definition.container!.path))] };
  }
  if (definition.logs) {
    const { pattern, ...selector } = definition.logs;
    const selection = await selectContainers(selector, context);
    if (selection.matching.length === 0) {
      return { verdict: fail(words.answer.logsOf(selectorWords(selector)), words.answer.noLogs(selectorWords(selector))) };
    }
    const texts = await Promise.all(selection.matching.map((container) => context.engine.containerLogs(container.Id, logLines)));
    const found = texts.flatMap((text) => [...text.matchAll(new RegExp(pattern, 'gm'))].map((match) => match[1] ?? match[0]));
    return { values: [...fixed, ...found] };
  }
  if (definition.daemon) {
    const { read, path } = definition.daemon;
    if (read === 'address') return { values: [...fixed, ...addressSpellings(context.engineAddress)] };
    const answer = read === 'info' ? await context.engine.info() : await context.engine.version();
    return { values: [...fixed, ...(path ? valuesAtPath(answer, path) : [answer])] };
  }
  if (definition.image) {
    const image = await context.engine.inspectImage(definition.image.reference);
    if (!image) {
      return { verdict: fail(words.answer.aboutImage(definition.image.reference), words.answer.noImage(definition.image.reference)) };
    }
    return { values: [...fixed, ...valuesAtPath(image, definition.image.path)] };
  }
  return { values: fixed };
}

/** Whether the learner's answer is one of the spellings of any of the values. */
export function isRightAnswer(answer: string, values: unknown[], mode: MatchMode): boolean {
  const given = clean(answer);
  if (mode === 'count') return values.some((value) => Array.isArray(value) && String(value.length) === given);
  const accepted = new Set(values.flatMap((value) => spellings(value, mode)));
  if (accepted.has(given)) return true;
  // `ip address` prints 172.17.0.2/16: the address with its prefix length is the same answer.
  const address = given.match(/^(\d{1,3}(?:\.\d{1,3}){3})\/\d{1,2}$/);
  if (address && accepted.has(address[1])) return true;
  if (mode === 'state') return accepted.has(given.split(/[\s(]/)[0]); // "Up 2 minutes" → "up"
  if (mode === 'id') return idMatches(given, values);
  return false;
}

/** How many log lines an answer reads: the most recent ones. */
const logLines = 1000;

/** unix:///var/run/docker.sock may be answered as the URL or as the socket path alone. */
function addressSpellings(address: string | undefined): string[] {
  if (!address) return [];
  return [address, address.replace(/^unix:\/\//, ''), address.replace(/^npipe:\/\//, '')];
}

/** Lower case, no surrounding quotes or backticks, single spaces. */
export function clean(text: string): string {
  return text.trim().replace(/^["'`]+|["'`]+$/g, '').replace(/\s+/g, ' ').replace(/\s*,\s*/g, ',').toLowerCase();
}

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
  if (!/^[0-9a-f]{12,64}$/.test(hex)) return false;
  return values.some((value) => typeof value === 'string' && value.replace(/^sha256:/, '').startsWith(hex));
}
