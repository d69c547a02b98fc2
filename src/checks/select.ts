import type { ContainerInspect, ContainerSummary } from '../engine/reader.js';
import { boolean, object, oneOf, optional, record, required, string, union, type Infer } from '../track/schema.js';
import type { CheckContext } from './types.js';
import { clock } from '../ui/time.js';
import { stringsUnder } from '../track/walk.js';
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

/**
 * "The container you made in exercise x": the object that satisfied a check of that exercise when it passed, by
 * ID (a rename does not lose it). A string is the exercise id; `check` names one of its checks by id (default: its
 * first check that recorded a container); `replaceable` lets a container made during this exercise stand in when
 * the recorded one is gone or no longer running (the learner left it and, as the hints say, started a new one).
 */
export const evidenceSchema = union(
  [
    string({ minLength: 1 }),
    object({
      exercise: required(string({ minLength: 1, description: 'The id of an earlier exercise of the track.' })),
      check: optional(string({ minLength: 1, description: 'The id of one of its checks.' })),
      replaceable: optional(
        boolean('A container made during this exercise counts too when the recorded one is removed or not running.'),
      ),
    }),
  ],
  'The learner\'s own object from an earlier exercise: an exercise id, or { exercise, check, replaceable }.',
);
export type EvidenceReference = Infer<typeof evidenceSchema>;
export const evidenceParts = (reference: EvidenceReference) =>
  typeof reference === 'string' ? { exercise: reference, check: undefined, replaceable: false } : { replaceable: false, ...reference };

export const containerSelectorSchema = object({
  name: optional(string({ minLength: 1, description: 'The exact container name (without the leading /).' })),
  image: optional(
    string({ minLength: 1, description: 'Image reference, compared by image ID; repo:* for any tag of a repository.' }),
  ),
  label: optional(record(string(), 'Labels the container must carry, e.g. com.docker.compose.service: web.')),
  network: optional(string({ minLength: 1, description: 'A network the container is attached to.' })),
  state: optional(oneOf(containerStates, 'Only containers in this state (State.Status).')),
  since: optional(sinceSchema),
  evidence: optional(evidenceSchema),
  sameAs: optional(string({ minLength: 1, description: 'The id of another check of this exercise: the same container that passed it.' })),
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
  /**
   * Set when the selector names the learner's own container from an earlier exercise (evidence) and that
   * container no longer exists: what was recorded about it when that exercise passed.
   */
  removed?: RecordedObject;
}

/** An object as the progress file records it when an exercise passes: what satisfied a check. */
export interface RecordedObject {
  type: 'container' | 'image' | 'network' | 'volume' | 'service';
  id: string;
  name?: string;
  /** The exercise whose pass recorded it. */
  exercise?: string;
}

/** Every `evidence` a check definition names, at any depth, in order. */
export function evidenceReferencesIn(definition: unknown): Array<{ exercise: string; check?: string }> {
  if (Array.isArray(definition)) return definition.flatMap(evidenceReferencesIn);
  if (!definition || typeof definition !== 'object') return [];
  return Object.entries(definition).flatMap(([key, value]) => {
    if (key === 'evidence' && value !== null && (typeof value === 'string' || typeof value === 'object')) {
      const { exercise, check } = evidenceParts(value as EvidenceReference);
      return [{ exercise, ...(check ? { check } : {}) }];
    }
    return evidenceReferencesIn(value);
  });
}

/** The earlier exercises a check definition refers to, at any depth: `since: <id>` and `evidence`. */
export function sinceValues(definition: unknown): string[] {
  const since = stringsUnder(definition, ['since']).map(({ value }) => value).filter((value) => value !== 'exercise' && value !== 'any');
  return [...since, ...evidenceReferencesIn(definition).map((reference) => reference.exercise)];
}

/**
 * The objects a reference names: for `sameAs`, what passed that check of this exercise; for `evidence`, what the
 * earlier exercise's pass recorded on this daemon. Undefined when nothing was recorded (the exercise was skipped,
 * the tied check failed, or the pass was on another engine): the caller then judges without the tie.
 */
export async function recordedObjects(
  reference: { evidence?: EvidenceReference; sameAs?: string },
  type: RecordedObject['type'],
  context: CheckContext,
): Promise<RecordedObject[] | undefined> {
  if (reference.sameAs) return context.tiedTo(reference.sameAs)?.filter((object) => object.type === type);
  if (!reference.evidence) return undefined;
  let { exercise, check } = evidenceParts(reference.evidence);
  // An exercise skipped with goto recorded nothing: what it would have judged is what its own evidence names.
  const seen = new Set<string>();
  let recorded = context.recordedPass(exercise);
  while (!recorded && !seen.has(exercise)) {
    seen.add(exercise);
    const named = context.evidenceNamedBy?.(exercise);
    if (!named) return undefined;
    ({ exercise, check } = named);
    recorded = context.recordedPass(exercise);
  }
  if (!recorded) return undefined;
  if (recorded.daemon && recorded.daemon !== (await context.engine.engineId())) return undefined;
  const checks = check ? recorded.checks.filter((entry) => entry.id === check) : recorded.checks;
  const objects = checks.map((entry) => entry.objects.filter((object) => object.type === type)).find((found) => found.length > 0);
  const from = exercise;
  return objects?.map((object) => ({ ...object, exercise: from }));
}


/**
 * Finds containers (stopped ones too) with server-side filters first, so a daemon holding a thousand unrelated
 * containers costs one small list, and inspects only the few that remain. A selector that names the learner's own
 * container (evidence, sameAs) judges that container alone, whatever has been made since.
 */
export async function selectContainers(selector: ContainerSelector, context: CheckContext): Promise<ContainerSelection> {
  const recorded = await recordedObjects(selector, 'container', context);
  if (recorded === undefined) {
    const since = selector.evidence ? sinceMoment(evidenceParts(selector.evidence).exercise, context) : sinceMoment(selector.since, context);
    return selectByFilters(selector, since, context, selector.evidence ? evidenceParts(selector.evidence).exercise : selector.since);
  }
  const inspected = await Promise.all(recorded.map((object) => context.engine.inspectContainer(object.id)));
  const present = inspected.filter((container): container is ContainerInspect => container !== undefined);
  const selection: ContainerSelection = { matching: present, tooOld: [] };
  if (present.length === 0) selection.removed = recorded[0];
  const replaceable = selector.evidence !== undefined && evidenceParts(selector.evidence).replaceable;
  if (replaceable && !present.some((container) => container.State.Running)) {
    const { evidence: _evidence, sameAs: _sameAs, ...rest } = selector;
    const replacements = await selectByFilters(rest, context.exerciseStart, context, undefined);
    selection.matching = [...present, ...replacements.matching.filter((container) => !present.some((kept) => kept.Id === container.Id))];
  }
  return selection;
}

async function selectByFilters(
  selector: ContainerSelector,
  since: Date | undefined,
  context: CheckContext,
  sinceName: string | undefined,
): Promise<ContainerSelection> {
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
  const listed = await newestFirst(filters, since, context);
  const summaries = listed.filter((summary) => !imageIds || imageIds.has(withDigestPrefix(summary.ImageID)));
  // The list's Created has whole seconds only, so only what may be new is inspected for the exact moment, plus the
  // newest older one to say why it does not count: a learner's thousand old ubuntu containers cost one short list.
  const mayBeNew = (summary: ContainerSummary) => since === undefined || summary.Created * 1000 >= since.getTime() - 1000;
  const candidates = summaries.filter(mayBeNew);
  const newestOld = summaries.find((summary) => !mayBeNew(summary));
  const inspected = await Promise.all([...candidates, ...(newestOld ? [newestOld] : [])].map((summary) => context.engine.inspectContainer(summary.Id)));
  const found = inspected
    .filter((container): container is ContainerInspect => container !== undefined)
    .sort((a, b) => Date.parse(b.Created) - Date.parse(a.Created));
  return {
    matching: found.filter((container) => isNewer(container.Created, since)),
    tooOld: found.filter((container) => !isNewer(container.Created, since)),
    since,
    sinceWasStarted: sinceName !== undefined && context.startOf(sinceName) !== undefined,
  };
}

/** How many containers the first list asks for: more than a learner makes during one exercise. */
const firstPage = 16;

/**
 * The containers matching the filters, newest first, down to the first one made before `since` (or all of them).
 * Docker lists newest first and honours a limit, so a daemon holding a course's worth of old containers of the
 * same image answers with a short page; the page grows while everything on it is new. Podman lists in no
 * particular order: it is asked for all.
 */
async function newestFirst(filters: Record<string, string[]>, since: Date | undefined, context: CheckContext): Promise<ContainerSummary[]> {
  if (since === undefined || context.podman) return [...(await context.engine.listContainers(filters))].sort((a, b) => b.Created - a.Created);
  for (let limit = firstPage; ; limit *= 8) {
    const page = await context.engine.listContainers(filters, limit);
    const oldest = page[page.length - 1];
    if (page.length < limit || oldest.Created * 1000 < since.getTime() - 1000) return [...page].sort((a, b) => b.Created - a.Created);
  }
}

/** "container from ubuntu on network app", in the learner's language; plural for "at least 2 containers ...". */
export function describeSelector(selector: ContainerSelector, plural = false): string {
  return words.selector(selectorWords(selector, plural));
}

/** The facts of a selector, for the words of each language to put in their own order. */
export function selectorWords(selector: ContainerSelector, plural = false, context?: Pick<CheckContext, 'exerciseName'>): SelectorWords {
  const anyTag = selector.image?.endsWith(':*') ?? false;
  if (selector.sameAs) return { sameAs: true, plural };
  if (selector.evidence) {
    const { exercise } = evidenceParts(selector.evidence);
    return { yoursFrom: context?.exerciseName(exercise) ?? exercise, plural };
  }
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

/** The evidence a container leaves when it satisfies a check. */
export const recordContainer = (container: ContainerInspect): RecordedObject => ({ type: 'container', id: container.Id, name: nameOf(container) });

/** "container `jolly_lamport` from ubuntu" — the name and the image as the learner typed it. */
export const nameOf = (container: ContainerInspect) => container.Name.replace(/^\//, '');
export const describeContainer = (container: ContainerInspect) => words.container(nameOf(container), container.Config.Image);

/** Says that the closest container is left over from before, which is why it does not count. */
export function tooOldMessage(selection: ContainerSelection, selector: ContainerSelector | string | undefined): string {
  const newest = selection.tooOld[0];
  const since = typeof selector === 'object' ? (selector.evidence ? evidenceParts(selector.evidence).exercise : selector.since) : selector;
  const namesEarlierExercise = since && since !== 'exercise' && since !== 'any';
  return words.tooOld(
    describeContainer(newest),
    clock(newest.Created),
    namesEarlierExercise && selection.sinceWasStarted ? since : undefined,
    clock(selection.since!),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
