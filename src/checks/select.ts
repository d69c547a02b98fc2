import type { ContainerInspect } from '../engine/reader.js';
import { object, oneOf, optional, record, string, type Infer } from '../track/schema.js';
import type { CheckContext } from './types.js';
import { clock } from '../ui/time.js';
import { words, type SelectorWords } from './words.js';

/**
 * Which moment an object must be newer than. "exercise" (the default) is when the learner first saw the current
 * exercise; an exercise id names an earlier one of the track ("the container you started in run-detached");
 * "any" accepts objects of any age, for what the learner may have had before the course.
 */
export const sinceSchema = string({
  minLength: 1,
  description: 'exercise (default): made since this exercise started; an exercise id: since that one started; any: no limit',
});

export function sinceMoment(since: string | undefined, context: CheckContext): Date | undefined {
  if (since === undefined || since === 'exercise') return context.exerciseStart;
  if (since === 'any') return undefined;
  return context.startOf(since) ?? context.exerciseStart;
}

/** ", created during this exercise" and the like, for the expected text of a check. */
export const sinceWordsFor = (since: string | undefined) =>
  since === 'any' ? '' : !since || since === 'exercise' ? words.since.exercise : words.since.earlier(since);

export const isNewer = (created: string | number | undefined, moment: Date | undefined): boolean =>
  moment === undefined || (created !== undefined && new Date(created).getTime() >= moment.getTime());

/** "ubuntu" → "ubuntu:latest"; "docker.io/library/ubuntu" → "ubuntu:latest"; digests and IDs unchanged. */
export function normalizeReference(reference: string): string {
  let name = reference.replace(/^(docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
  if (name.includes('@') || /^sha256:/.test(name)) return name;
  const lastSlash = name.lastIndexOf('/');
  if (!name.slice(lastSlash + 1).includes(':')) name += ':latest';
  return name;
}

/** The image IDs a reference stands for right now. `python:*` means every tag of the python repository. */
export async function resolveImageIds(reference: string, context: CheckContext): Promise<Set<string>> {
  if (reference.endsWith(':*')) {
    const repository = reference.slice(0, -2);
    const images = await context.engine.listImages({ reference: [repository] });
    return new Set(images.map((image) => withDigestPrefix(image.Id)));
  }
  const image = await context.engine.inspectImage(reference);
  return new Set(image ? [withDigestPrefix(image.Id)] : []);
}

/** Podman before 4.0 gives image IDs without `sha256:`; compare them in one form. */
export const withDigestPrefix = (id: string) => (id.includes(':') ? id : `sha256:${id}`);

export const containerStates = ['created', 'running', 'paused', 'restarting', 'exited', 'dead'] as const;

export const containerSelectorSchema = object({
  name: optional(string({ minLength: 1, description: 'The exact container name (without the leading /).' })),
  image: optional(
    string({ minLength: 1, description: 'Image reference, compared by image ID; repo:* for any tag of a repository.' }),
  ),
  label: optional(record(string(), 'Labels the container must carry, e.g. com.docker.compose.service: web.')),
  network: optional(string({ minLength: 1, description: 'A network the container is attached to.' })),
  state: optional(oneOf(containerStates, 'Only containers in this state (State.Status).')),
  since: optional(sinceSchema),
});
export type ContainerSelector = Infer<typeof containerSelectorSchema>;

export interface ContainerSelection {
  /** Containers matching the selector, newest first. */
  matching: ContainerInspect[];
  /** Containers that match in every way but are older than the `since` moment. */
  tooOld: ContainerInspect[];
  /** The `since` moment used. */
  since?: Date;
  /** Whether a named earlier exercise was really started (else the current exercise's start stood in). */
  sinceWasStarted?: boolean;
}

/**
 * Finds containers (stopped ones too) with server-side filters first, so a daemon holding a thousand unrelated
 * containers costs one small list, and inspects only the few that remain.
 */
export async function selectContainers(selector: ContainerSelector, context: CheckContext): Promise<ContainerSelection> {
  const since = sinceMoment(selector.since, context);
  const filters: Record<string, string[]> = {};
  // Docker matches the name with its leading slash, Podman without: the slash is optional.
  if (selector.name) filters.name = [`^/?${escapeRegExp(selector.name)}$`];
  if (selector.label) filters.label = Object.entries(selector.label).map(([key, value]) => `${key}=${value}`);
  if (selector.network) filters.network = [selector.network];
  if (selector.state) filters.status = [selector.state];
  let imageIds: Set<string> | undefined;
  if (selector.image) {
    imageIds = await resolveImageIds(selector.image, context);
    if (imageIds.size === 0) return { matching: [], tooOld: [], since };
    // Containers of these images and of images built on them; the exact image is compared below. Podman 4 knows
    // only the bare ID. (Each value costs Docker a walk over every container, so Docker gets one.)
    filters.ancestor = [...imageIds].map((id) => (context.podman ? id.replace(/^sha256:/, '') : id));
  }
  const summaries = (await context.engine.listContainers(filters)).filter(
    (summary) => !imageIds || imageIds.has(withDigestPrefix(summary.ImageID)),
  );
  // The list's Created has whole seconds only: inspect for the exact moment.
  const inspected = await Promise.all(summaries.map((summary) => context.engine.inspectContainer(summary.Id)));
  const found = inspected
    .filter((container): container is ContainerInspect => container !== undefined)
    .sort((a, b) => Date.parse(b.Created) - Date.parse(a.Created));
  return {
    matching: found.filter((container) => isNewer(container.Created, since)),
    tooOld: found.filter((container) => !isNewer(container.Created, since)),
    since,
    sinceWasStarted: selector.since !== undefined && context.startOf(selector.since) !== undefined,
  };
}

/** "container from ubuntu on network app", in the learner's language; plural for "at least 2 containers ...". */
export function describeSelector(selector: ContainerSelector, plural = false): string {
  return words.selector(selectorWords(selector, plural));
}

/** The facts of a selector, for the words of each language to put in their own order. */
export function selectorWords(selector: ContainerSelector, plural = false): SelectorWords {
  const anyTag = selector.image?.endsWith(':*') ?? false;
  return {
    ...(selector.name ? { name: selector.name } : {}),
    ...(selector.image ? { image: anyTag ? selector.image.slice(0, -2) : selector.image, anyTag } : {}),
    ...(selector.network ? { network: selector.network } : {}),
    ...(selector.state ? { state: selector.state } : {}),
    ...(selector.label ? { labels: labelList(selector.label) } : {}),
    plural,
  };
}

/** Labels as the learner types them: key=value. */
export const labelList = (labels: Record<string, string>) => Object.entries(labels).map(([key, value]) => `${key}=${value}`);

/** "container `jolly_lamport` from ubuntu" — the name and the image as the learner typed it. */
export const nameOf = (container: ContainerInspect) => container.Name.replace(/^\//, '');
export const describeContainer = (container: ContainerInspect) => words.container(nameOf(container), container.Config.Image);

/** Says that the closest container is left over from before, which is why it does not count. */
export function tooOldMessage(selection: ContainerSelection, since: string | undefined): string {
  const newest = selection.tooOld[0];
  const namesEarlierExercise = since && since !== 'exercise' && since !== 'any';
  return words.tooOld(
    describeContainer(newest),
    clock(newest.Created),
    namesEarlierExercise && selection.sinceWasStarted ? since : undefined,
    clock(selection.since!),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
