import type { ContainerInspect } from '../engine/reader.js';
import {
  array,
  boolean,
  integer,
  number,
  object,
  oneOf,
  optional,
  record,
  required,
  string,
  union,
  type Infer,
} from '../track/schema.js';
import { conditionMismatch, describeCondition, sameValue, whereSchema } from './inspect-path.js';
import {
  containerSelectorSchema,
  containerStates,
  describeContainer,
  labelList,
  nameOf,
  recordContainer,
  selectContainers,
  selectorWords,
  sinceWordsFor,
  tooOldMessage,
} from './select.js';
import { defineCheck, fail, pass, type CheckContext } from './types.js';
import { words } from './words.js';

export const countSchema = union([
  integer({ minimum: 0 }),
  object({ min: optional(integer({ minimum: 0 })), max: optional(integer({ minimum: 0 })) }),
], 'How many containers must match: a number, or { min, max }. Default: at least one.');

const expectSchema = object({
  state: optional(oneOf(containerStates, 'State.Status')),
  exitCode: optional(integer({ description: 'State.ExitCode' })),
  tty: optional(boolean('Started with a terminal (-t).')),
  stdin: optional(boolean('Started with stdin kept open (-i).')),
  detached: optional(boolean('Started in the background (-d): not attached to the terminal.')),
  autoRemove: optional(boolean('Started with --rm.')),
  memory: optional(
    union([integer({ minimum: 1 }), string({ minLength: 2 })], 'At most this much memory (--memory): bytes, or as docker takes it: 256m, 1g.'),
  ),
  cpus: optional(number({ minimum: 0.01, description: 'At most this many CPUs (--cpus), e.g. 0.5.' })),
  killed: optional(boolean('Ended by a signal from outside: `docker stop` or `docker kill` (exit code 137 or 143), not by its own main process ending.')),
  stoppedDuringExercise: optional(boolean('Stopped since the exercise started (State.FinishedAt).')),
  command: optional(union([string(), array(string())], 'The command given after the image name, or the image default (Config.Cmd); an ENTRYPOINT is not part of it.')),
  networks: optional(array(string(), { description: 'Networks it is attached to.' })),
  mounts: optional(
    array(
      object({
        destination: required(string({ minLength: 1 })),
        type: optional(oneOf(['bind', 'volume', 'tmpfs'] as const)),
        source: optional(string({ description: 'Host path of a bind mount.' })),
        name: optional(string({ description: 'Volume name.' })),
      }),
      { description: 'Mounts, by destination inside the container.' },
    ),
  ),
  ports: optional(
    array(
      object({
        container: required(integer({ minimum: 1 })),
        host: optional(integer({ minimum: 1 })),
        protocol: optional(oneOf(['tcp', 'udp', 'sctp'] as const)),
      }),
      { description: 'Published ports (-p host:container).' },
    ),
  ),
  labels: optional(record(string(), 'Labels it must carry.')),
  logs: optional(
    object({
      contains: optional(string({ description: 'Text its logs (stdout and stderr) must contain.' })),
      matches: optional(string({ regex: true, description: 'A regular expression its logs must match.' })),
    }, { requireOneOf: ['contains', 'matches'] }),
  ),
});
type Expectations = Infer<typeof expectSchema>;

/**
 * Each expectation: how to say what is wanted, and why a container falls short ("started without a terminal
 * (-t)"), or undefined when it does not. The runner keeps the container with the fewest shortfalls to report.
 */
type Rule<K extends keyof Expectations> = {
  wanted: (value: NonNullable<Expectations[K]>) => string;
  shortfall: (
    container: ContainerInspect,
    value: NonNullable<Expectations[K]>,
    context: CheckContext,
  ) => string | undefined | Promise<string | undefined>;
};
const rules: { [K in keyof Expectations]-?: Rule<K> } = {
  state: {
    wanted: (state) => words.want.state(state),
    shortfall: (c, state) => (c.State.Status === state ? undefined : describeState(c)),
  },
  exitCode: {
    wanted: (code) => words.want.exitCode(code),
    shortfall: (c, code) => (c.State.Status === 'exited' && c.State.ExitCode === code ? undefined : describeState(c)),
  },
  tty: {
    wanted: (tty) => words.want.tty(tty),
    shortfall: (c, tty) => (c.Config.Tty === tty ? undefined : words.short.tty(tty)),
  },
  stdin: {
    wanted: (stdin) => words.want.stdin(stdin),
    shortfall: (c, stdin) => (c.Config.OpenStdin === stdin ? undefined : words.short.stdin(stdin)),
  },
  detached: {
    wanted: (detached) => words.want.detached(detached),
    shortfall: async (c, detached, context) =>
      ((context.podman ? await startedDetachedOnPodman(c, context) : isDetached(c)) === detached ? undefined : words.short.detached(detached)),
  },
  autoRemove: {
    wanted: (autoRemove) => words.want.autoRemove(autoRemove),
    shortfall: (c, autoRemove) => (Boolean(c.HostConfig.AutoRemove) === autoRemove ? undefined : words.short.autoRemove(autoRemove)),
  },
  memory: {
    wanted: (memory) => words.want.memory(showBytes(memoryBytes(memory))),
    shortfall: (c, memory) => {
      const actual = Number(c.HostConfig.Memory ?? 0);
      return actual === memoryBytes(memory) ? undefined : words.short.memory(actual > 0 ? showBytes(actual) : undefined);
    },
  },
  cpus: {
    wanted: (cpus) => words.want.cpus(cpus),
    shortfall: (c, cpus) => {
      const actual = Number(c.HostConfig.NanoCpus ?? 0) / 1e9;
      return Math.abs(actual - cpus) < 0.005 ? undefined : words.short.cpus(actual > 0 ? actual : undefined);
    },
  },
  killed: {
    wanted: (killed) => words.want.killed(killed),
    shortfall: (c, killed) => (isKilled(c) === killed ? undefined : describeState(c)),
  },
  stoppedDuringExercise: {
    wanted: () => words.want.stoppedDuringExercise,
    shortfall: (c, _wanted, context) => {
      if (c.State.Running) return words.short.stillRunning;
      const finished = Date.parse(c.State.FinishedAt);
      return finished >= context.exerciseStart.getTime() ? undefined : words.short.stoppedBefore;
    },
  },
  command: {
    wanted: (command) => words.want.command(showCommand(command)),
    shortfall: (c, command) => {
      // Config.Cmd, not Path and Args: images such as nginx put an entrypoint script in front of the command.
      const actual = c.Config.Cmd ?? [];
      const matches = Array.isArray(command) ? sameValue(actual, command) : actual.join(' ') === command;
      return matches ? undefined : words.short.command(showCommand(actual));
    },
  },
  networks: {
    wanted: (networks) => words.want.networks(networks),
    shortfall: async (c, networks, context) => {
      const actual = Object.keys(c.NetworkSettings.Networks ?? {});
      const unnamed = networks.filter((network) => !actual.includes(network));
      if (unnamed.length === 0) return undefined;
      // One network may go by two names: Podman calls its default network `podman` in a container, and `bridge`
      // is another name for it. So a network not found by name is looked for by ID.
      const idOf = async (network: string) => (await context.engine.inspectNetwork(network))?.Id;
      const actualIds = new Set(await Promise.all(actual.map(idOf)));
      const missing: string[] = [];
      for (const network of unnamed) {
        const id = await idOf(network);
        if (id === undefined || !actualIds.has(id)) missing.push(network);
      }
      return missing.length === 0 ? undefined : words.short.networks(actual, missing);
    },
  },
  mounts: {
    wanted: (mounts) =>
      words.want.mounts(mounts.map((mount) => ({ what: mount.name ?? mount.source, destination: mount.destination }))),
    shortfall: (c, mounts) => {
      for (const wanted of mounts) {
        const mount = c.Mounts.find((candidate) => candidate.Destination === wanted.destination);
        if (!mount) return words.short.nothingMounted(wanted.destination);
        if (wanted.type && mount.Type !== wanted.type) return words.short.mountType(wanted.destination, mount.Type, wanted.type);
        if (wanted.name && mount.Name !== wanted.name) {
          return words.short.mountVolume(wanted.destination, String(mount.Name ?? mount.Source), wanted.name);
        }
        if (wanted.source && mount.Source !== wanted.source) return words.short.mountSource(wanted.destination, mount.Source, wanted.source);
      }
      return undefined;
    },
  },
  ports: {
    wanted: (ports) => words.want.ports(ports.map(showPort)),
    shortfall: (c, ports) => {
      // What was asked for (-p) and, while it runs, what is published (also -P's random ports).
      const bindings = { ...(c.HostConfig.PortBindings ?? {}), ...(c.NetworkSettings.Ports ?? {}) };
      for (const port of ports) {
        const hosts = bindings[`${port.container}/${port.protocol ?? 'tcp'}`] ?? [];
        if (hosts.length === 0) return words.short.portNotPublished(port.container);
        if (port.host && !hosts.some((binding) => Number(binding.HostPort) === port.host)) {
          // IPv4 and IPv6 bindings of one host port are one port to the learner.
          return words.short.portElsewhere(port.container, [...new Set(hosts.map((binding) => binding.HostPort))], port.host);
        }
      }
      return undefined;
    },
  },
  logs: {
    wanted: (logs) => (logs.contains !== undefined ? words.want.logsContain(logs.contains) : words.want.logsMatch(logs.matches!)),
    shortfall: async (c, logs, context) => {
      const text = await context.engine.containerLogs(c.Id, 1000);
      const ok = logs.contains !== undefined ? text.includes(logs.contains) : new RegExp(logs.matches!, 'm').test(text);
      if (ok) return undefined;
      const last = text.trim().split('\n').pop();
      return text.trim() ? words.short.logsLack(last!.length > 60 ? `${last!.slice(0, 57)}...` : last!) : words.short.logsEmpty;
    },
  },
  labels: {
    wanted: (labels) => words.want.labels(labelList(labels)),
    shortfall: (c, labels) => {
      const actual = c.Config.Labels ?? {};
      const wrong = Object.entries(labels).find(([key, value]) => actual[key] !== value);
      return wrong ? words.short.label(wrong[0], actual[wrong[0]]) : undefined;
    },
  },
};

export const containerCheck = defineCheck({
  kind: 'container',
  summary: 'Containers (stopped ones too) chosen by name, image, label or network, with their state and settings.',
  schema: object({
    ...containerSelectorSchema.properties,
    expect: optional(expectSchema),
    where: optional(whereSchema),
    count: optional(countSchema),
  }),
  async run(definition, context) {
    const expectations = definition.expect ?? {};
    const where = definition.where ?? [];
    const { min, max } = countRange(definition.count);
    const entries = Object.entries(expectations) as Array<[keyof Expectations, never]>;
    const wantedParts = entries.map(([key, value]) => (rules[key] as Rule<typeof key>).wanted(value));
    wantedParts.push(...where.map(describeCondition));
    const tied = definition.evidence !== undefined || definition.sameAs !== undefined;
    const expected = words.containers.expected(min, max, selectorWords(definition, false, context), tied ? '' : sinceWordsFor(definition.since), wantedParts);

    const selection = await selectContainers(definition, context);
    const shortfalls = async (container: ContainerInspect) => {
      const reasons = [
        ...(await Promise.all(entries.map(([key, value]) => (rules[key] as Rule<typeof key>).shortfall(container, value, context)))).filter(
          (reason): reason is string => reason !== undefined,
        ),
        ...where.map((condition) => conditionMismatch(container, condition)).filter((reason): reason is string => !!reason),
      ];
      // One reason said once: "it is running" and "it is still running" are the same news.
      return [...new Set(reasons.includes(words.short.stillRunning) ? reasons.filter((reason) => reason !== describeState(container)) : reasons)];
    };
    const judged = await Promise.all(selection.matching.map(async (container) => ({ container, reasons: await shortfalls(container) })));
    const good = judged.filter((entry) => entry.reasons.length === 0);
    const names = good.map((entry) => `\`${nameOf(entry.container)}\``);

    if (good.length >= min && good.length <= max) {
      if (good.length === 0) return pass(expected, words.containers.noneFound);
      const objects = good.map((entry) => recordContainer(entry.container));
      return pass(expected, good.length === 1 ? words.containers.found(describeContainer(good[0].container)) : words.containers.foundSeveral(names), objects);
    }
    if (good.length > max) return fail(expected, max === 0 ? words.containers.stillThere(names) : words.containers.tooMany(good.length, names));
    // Too few good ones: name the one that came closest among the others, or say how many are good so far.
    const closest = judged.filter((entry) => entry.reasons.length > 0).sort((a, b) => a.reasons.length - b.reasons.length)[0];
    if (closest) return fail(expected, words.containers.nearMiss(describeContainer(closest.container), closest.reasons));
    if (good.length > 0) return fail(expected, words.containers.tooFew(good.length, names));
    if (selection.removed) return fail(expected, words.removed(selection.removed.name ?? selection.removed.id, context.exerciseName(selection.removed.exercise!)));
    if (selection.tooOld.length > 0) return fail(expected, tooOldMessage(selection, definition));
    return fail(
      expected,
      words.containers.absent(selectorWords(definition, false, context), definition.image ? await missingImage(definition.image, context) : undefined),
    );
  },
});

export function countRange(count: Infer<typeof countSchema> | undefined): { min: number; max: number } {
  if (count === undefined) return { min: 1, max: Infinity };
  if (typeof count === 'number') return { min: count, max: count };
  return { min: count.min ?? 0, max: count.max ?? Infinity };
}

/** The image a selector names, when it is not on this machine (which is why no container runs it). */
async function missingImage(image: string, context: CheckContext): Promise<string | undefined> {
  if (image.endsWith(':*')) return undefined;
  return (await context.engine.inspectImage(image)) ? undefined : image;
}

/** 256m, 1g, 512k, 268435456 → bytes, as `docker run --memory` reads them (binary units). */
export function memoryBytes(memory: number | string): number {
  if (typeof memory === 'number') return memory;
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(memory.trim());
  if (!match) return Number.NaN;
  const unit = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2].toLowerCase() as '' | 'b' | 'k' | 'm' | 'g'];
  return Math.round(Number(match[1]) * unit);
}

/** 268435456 → "256 MiB", as docker stats shows it. */
export const showBytes = (bytes: number) => {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size && bytes % (size / 16) === 0) return `${Math.round((bytes / size) * 100) / 100} ${unit}`;
  }
  return `${bytes} bytes`;
};

/** 137 is SIGKILL (docker kill, or docker stop after its grace period), 143 is SIGTERM (docker stop). */
const isKilled = (c: ContainerInspect) => c.State.Status === 'exited' && (c.State.ExitCode === 137 || c.State.ExitCode === 143);

const isDetached = (c: ContainerInspect) => !c.Config.AttachStdin && !c.Config.AttachStdout;

/**
 * Podman records no Attach* settings (a foreground `run -it` reads like `run -itd`), but a foreground run attaches
 * before the container starts, and that `attach` event is kept: detached means no attach before the first start.
 * (A later `docker attach` comes after the start, and does not undo -d.)
 */
async function startedDetachedOnPodman(c: ContainerInspect, context: CheckContext): Promise<boolean> {
  const since = new Date(Date.parse(c.Created) - 1000);
  const events = await context.engine.events({ since, until: context.now, filters: { type: ['container'], container: [c.Id] } });
  const firstStart = events.find((event) => event.Action === 'start')?.timeNano ?? Infinity;
  return !events.some((event) => event.Action === 'attach' && event.timeNano <= firstStart);
}

/** "it exited normally (exit code 0)", "it is running". */
const describeState = (c: ContainerInspect): string => words.short.state(c.State.Status, c.State.ExitCode);

/** A command as a shell would take it: `nginx -g 'daemon off;'`, so a lost quote or semicolon shows. */
const showCommand = (command: string | string[]) =>
  `\`${Array.isArray(command) ? command.map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ') : command}\``;
const showPort = (port: { container: number; host?: number; protocol?: string }) =>
  `${port.host ? `${port.host}:` : ''}${port.container}${port.protocol && port.protocol !== 'tcp' ? `/${port.protocol}` : ''}`;
