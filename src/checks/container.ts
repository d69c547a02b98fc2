import type { ContainerInspect } from '../engine/reader.js';
import {
  array,
  boolean,
  integer,
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
  describeSelector,
  nameOf,
  selectContainers,
  sinceWordsFor,
  tooOldMessage,
} from './select.js';
import { defineCheck, fail, pass, type CheckContext } from './types.js';

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
    wanted: (state) => state,
    shortfall: (c, state) => (c.State.Status === state ? undefined : `it is ${describeState(c)}`),
  },
  exitCode: {
    wanted: (code) => `exited with code ${code}`,
    shortfall: (c, code) =>
      c.State.Status === 'exited' && c.State.ExitCode === code ? undefined : `it is ${describeState(c)}`,
  },
  tty: {
    wanted: (tty) => (tty ? 'with a terminal (-t)' : 'without a terminal'),
    shortfall: (c, tty) => (c.Config.Tty === tty ? undefined : tty ? 'it was started without a terminal (-t)' : 'it has a terminal (-t)'),
  },
  stdin: {
    wanted: (stdin) => (stdin ? 'with stdin open (-i)' : 'without -i'),
    shortfall: (c, stdin) =>
      c.Config.OpenStdin === stdin ? undefined : stdin ? 'it was started without keeping stdin open (-i)' : 'it was started with -i',
  },
  detached: {
    wanted: (detached) => (detached ? 'in the background (-d)' : 'attached to your terminal'),
    shortfall: (c, detached) =>
      isDetached(c) === detached
        ? undefined
        : detached
          ? 'it was started attached to your terminal, not in the background (-d)'
          : 'it was started in the background (-d)',
  },
  autoRemove: {
    wanted: (autoRemove) => (autoRemove ? 'with --rm' : 'without --rm'),
    shortfall: (c, autoRemove) =>
      Boolean(c.HostConfig.AutoRemove) === autoRemove ? undefined : autoRemove ? 'it was started without --rm' : 'it was started with --rm',
  },
  stoppedDuringExercise: {
    wanted: () => 'stopped during this exercise',
    shortfall: (c, _wanted, context) => {
      if (c.State.Running) return 'it is still running';
      const finished = Date.parse(c.State.FinishedAt);
      return finished >= context.exerciseStart.getTime() ? undefined : 'it had already stopped before this exercise started';
    },
  },
  command: {
    wanted: (command) => `running ${showCommand(command)}`,
    shortfall: (c, command) => {
      // Config.Cmd, not Path and Args: images such as nginx put an entrypoint script in front of the command.
      const actual = c.Config.Cmd ?? [];
      const matches = Array.isArray(command) ? sameValue(actual, command) : actual.join(' ') === command;
      return matches ? undefined : `it runs ${showCommand(actual)}`;
    },
  },
  networks: {
    wanted: (networks) => `on network ${networks.join(', ')}`,
    shortfall: (c, networks) => {
      const actual = Object.keys(c.NetworkSettings.Networks ?? {});
      const missing = networks.filter((network) => !actual.includes(network));
      return missing.length === 0 ? undefined : `it is on ${actual.join(', ') || 'no network'}, not on ${missing.join(', ')}`;
    },
  },
  mounts: {
    wanted: (mounts) => `with ${mounts.map((mount) => `${mount.name ?? mount.source ?? 'a mount'} at ${mount.destination}`).join(', ')}`,
    shortfall: (c, mounts) => {
      for (const wanted of mounts) {
        const mount = c.Mounts.find((candidate) => candidate.Destination === wanted.destination);
        if (!mount) return `nothing is mounted at ${wanted.destination}`;
        if (wanted.type && mount.Type !== wanted.type) return `${wanted.destination} is a ${mount.Type} mount, not ${wanted.type}`;
        if (wanted.name && mount.Name !== wanted.name) return `${wanted.destination} has volume ${mount.Name ?? mount.Source}, not ${wanted.name}`;
        if (wanted.source && mount.Source !== wanted.source) return `${wanted.destination} comes from ${mount.Source}, not ${wanted.source}`;
      }
      return undefined;
    },
  },
  ports: {
    wanted: (ports) => `publishing ${ports.map(showPort).join(', ')}`,
    shortfall: (c, ports) => {
      // What was asked for (-p) and, while it runs, what is published (also -P's random ports).
      const bindings = { ...(c.HostConfig.PortBindings ?? {}), ...(c.NetworkSettings.Ports ?? {}) };
      for (const port of ports) {
        const hosts = bindings[`${port.container}/${port.protocol ?? 'tcp'}`] ?? [];
        if (hosts.length === 0) return `container port ${port.container} is not published (-p)`;
        if (port.host && !hosts.some((binding) => Number(binding.HostPort) === port.host)) {
          return `container port ${port.container} is published on ${hosts.map((binding) => binding.HostPort).join(', ')}, not ${port.host}`;
        }
      }
      return undefined;
    },
  },
  logs: {
    wanted: (logs) => `whose logs ${logs.contains !== undefined ? `contain "${logs.contains}"` : `match /${logs.matches}/`}`,
    shortfall: async (c, logs, context) => {
      const text = await context.engine.containerLogs(c.Id, 1000);
      const ok = logs.contains !== undefined ? text.includes(logs.contains) : new RegExp(logs.matches!, 'm').test(text);
      if (ok) return undefined;
      const last = text.trim().split('\n').pop();
      return text.trim() ? `its logs do not (last line: "${last!.length > 60 ? `${last!.slice(0, 57)}...` : last}")` : 'its logs are empty';
    },
  },
  labels: {
    wanted: (labels) => `labelled ${Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    shortfall: (c, labels) => {
      const actual = c.Config.Labels ?? {};
      const wrong = Object.entries(labels).find(([key, value]) => actual[key] !== value);
      return wrong ? `its label ${wrong[0]} is ${actual[wrong[0]] ?? 'missing'}` : undefined;
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
    const expected = `${countWords(min, max)} ${describeSelector(definition)}${sinceWordsFor(definition.since)}${
      wantedParts.length ? `: ${wantedParts.join(', ')}` : ''
    }`;

    const selection = await selectContainers(definition, context);
    const shortfalls = async (container: ContainerInspect) => [
      ...(await Promise.all(entries.map(([key, value]) => (rules[key] as Rule<typeof key>).shortfall(container, value, context)))).filter(
        (reason): reason is string => reason !== undefined,
      ),
      ...where.map((condition) => conditionMismatch(container, condition)).filter((reason): reason is string => !!reason),
    ];
    const judged = await Promise.all(selection.matching.map(async (container) => ({ container, reasons: await shortfalls(container) })));
    const good = judged.filter((entry) => entry.reasons.length === 0);

    if (good.length >= min && good.length <= max) {
      const names = good.map((entry) => `\`${nameOf(entry.container)}\``).join(', ');
      return pass(expected, good.length === 0 ? 'none found' : `found ${good.length === 1 ? describeContainer(good[0].container) : `containers ${names}`}`);
    }
    if (good.length > max) {
      return fail(expected, `found ${good.length}: ${good.map((entry) => `\`${nameOf(entry.container)}\``).join(', ')}`);
    }
    const closest = judged.sort((a, b) => a.reasons.length - b.reasons.length)[0];
    if (closest) return fail(expected, `found ${describeContainer(closest.container)}, but ${closest.reasons.join(', and ')}`);
    if (selection.tooOld.length > 0) return fail(expected, tooOldMessage(selection, definition.since));
    return fail(expected, `there is no ${describeSelector(definition)}${definition.image ? await imageAbsence(definition.image, context) : ''}`);
  },
});

export function countRange(count: Infer<typeof countSchema> | undefined): { min: number; max: number } {
  if (count === undefined) return { min: 1, max: Infinity };
  if (typeof count === 'number') return { min: count, max: count };
  return { min: count.min ?? 0, max: count.max ?? Infinity };
}

function countWords(min: number, max: number): string {
  if (min === max) return min === 0 ? 'no' : `exactly ${min}`;
  if (max === Infinity) return min <= 1 ? 'a' : `at least ${min}`;
  return `${min} to ${max}`;
}

async function imageAbsence(image: string, context: CheckContext): Promise<string> {
  if (image.endsWith(':*')) return '';
  return (await context.engine.inspectImage(image)) ? '' : ` (the image ${image} is not on this machine yet)`;
}

const isDetached = (c: ContainerInspect) => !c.Config.AttachStdin && !c.Config.AttachStdout;

function describeState(c: ContainerInspect): string {
  if (c.State.Status === 'exited') return `exited (exit code ${c.State.ExitCode})`;
  return c.State.Status;
}

const showCommand = (command: string | string[]) => `\`${Array.isArray(command) ? command.join(' ') : command}\``;
const showPort = (port: { container: number; host?: number; protocol?: string }) =>
  `${port.host ? `${port.host}:` : ''}${port.container}${port.protocol && port.protocol !== 'tcp' ? `/${port.protocol}` : ''}`;
