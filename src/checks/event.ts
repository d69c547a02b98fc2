import type { EngineEvent } from '../engine/reader.js';
import { baseAction } from '../engine/wire.js';
import { array, object, oneOf, optional, record, required, string } from '../track/schema.js';
import { evidenceSchema, labelList, normalizeReference, recordedObjects, resolveImageIds, withDigestPrefix, type RecordedObject } from './select.js';
import { clock } from '../ui/time.js';
import { defineCheck, fail, pass, type CheckContext } from './types.js';
import { words } from './words.js';

/** How soon after the action before it Docker does an action of its own (a --rm container's destroy after its die). */
const immediateSeconds = 3;

/**
 * Something the learner did that leaves no lasting trace in inspect output: `docker exec` (a finished exec is
 * gone from ExecIDs), a container removed by `--rm`, a pull. Read from the daemon's event history since the
 * exercise started. The daemon keeps only its last 256 events, so an exercise must be verifiable soon after the
 * action; the docs say so.
 */
export const eventCheck = defineCheck({
  kind: 'event',
  summary: 'Actions the daemon reported since the exercise started (exec_start, die then destroy, pull, ...).',
  schema: object({
    type: optional(oneOf(['container', 'image', 'network', 'volume'] as const, 'Object type; default container.')),
    actions: required(
      array(string({ minLength: 1 }), {
        minItems: 1,
        description: 'Actions that must all happen to the same object, in this order (e.g. [die, destroy]).',
      }),
    ),
    immediately: optional(
      array(string({ minLength: 1 }), {
        description: `Of those actions, the ones Docker does itself right after the one before (within ${immediateSeconds} s), not a later command: destroy after die, for --rm.`,
      }),
    ),
    actor: optional(
      object({
        name: optional(string({ description: 'Container, network or volume name; for images the reference.' })),
        image: optional(string({ description: 'For container events: the image it runs.' })),
        label: optional(record(string(), 'Labels the object carries, e.g. com.docker.compose.project: shop.')),
        evidence: optional(evidenceSchema),
        sameAs: optional(string({ minLength: 1, description: 'The id of an earlier check of this exercise: the same container that passed it.' })),
      }),
    ),
  }),
  async run(definition, context) {
    const type = definition.type ?? 'container';
    const actions = definition.actions;
    const actor = definition.actor ?? {};
    // The learner's own object (evidence, sameAs) is known by ID, which a rename does not change.
    const recorded = await recordedObjects(actor, type, context);
    const recordedIds = recorded && new Set(recorded.map((object) => object.id));
    const recordedNames = recorded?.flatMap((object) => (object.name ? [object.name] : [])) ?? [];
    const about = {
      ...(actor.name ? { name: actor.name } : recordedNames.length ? { name: recordedNames.join(', ') } : {}),
      ...(actor.image ? { image: actor.image } : {}),
      ...(actor.label ? { labels: labelList(actor.label) } : {}),
    };
    const expected = words.event.expected(actions, type, about, clock(context.exerciseStart));

    const events = await context.engine.events({
      since: context.exerciseStart,
      until: context.now,
      filters: { type: [type], event: [...new Set(actions)] },
    });
    const imageIds = actor.image ? await resolveImageIds(actor.image, context) : undefined;
    const namedIds = type === 'image' && actor.name ? await resolveImageIds(actor.name, context) : undefined;
    // A container event names its image as typed (ubuntu:24.04, 17ae…): what ID that stands for decides.
    const typedImageIds = new Map<string, string | undefined>();
    if (actor.image) {
      for (const typed of new Set(events.map((event) => event.Actor.Attributes?.image).filter(Boolean) as string[])) {
        typedImageIds.set(typed, (await context.engine.inspectImage(typed))?.Id);
      }
    }
    const relevant = events.filter((event) =>
      recordedIds ? recordedIds.has(event.Actor.ID) : actorMatches(event, actor, imageIds, namedIds, typedImageIds),
    );

    // Per object, how far along the wanted sequence its events got, and when the last step came.
    const progress = new Map<string, number>();
    const lastStep = new Map<string, number>();
    const late = new Map<string, number>();
    for (const event of relevant) {
      const id = event.Actor.ID;
      const done = progress.get(id) ?? 0;
      if (done >= actions.length || baseAction(event.Action) !== actions[done]) continue;
      const gap = (event.timeNano - (lastStep.get(id) ?? event.timeNano)) / 1e9;
      if (done > 0 && definition.immediately?.includes(actions[done]) && gap > immediateSeconds) {
        late.set(id, Math.round(gap));
        continue;
      }
      progress.set(id, done + 1);
      lastStep.set(id, event.timeNano);
    }
    const complete = [...progress].find(([, done]) => done === actions.length);
    if (complete) return pass(expected, words.event.saw(actions, labelOf(relevant, complete[0])), [recordActor(relevant, complete[0], type)]);
    const tooLate = [...late].find(([id]) => progress.get(id) === actions.length - 1);
    if (tooLate) return fail(expected, words.event.late(actions, labelOf(relevant, tooLate[0]), tooLate[1]));

    const furthest = [...progress].sort((a, b) => b[1] - a[1])[0];
    if (furthest) {
      const [id, done] = furthest;
      return fail(expected, words.event.sawPart(actions.slice(0, done), labelOf(relevant, id), actions[done]));
    }
    const others = new Set(events.filter((event) => !relevant.includes(event)).map((event) => event.Actor.ID)).size;
    return fail(expected, `${words.event.none(actions[0], type, about, clock(context.exerciseStart), others)}${await ringNote(context)}`);
  },
});

/** The daemon keeps its last 256 events in memory; older ones are gone for good. */
const eventMemory = 256;

/** When the daemon's event memory has rolled over since the exercise started, say so: the action may be lost. */
async function ringNote(context: CheckContext): Promise<string> {
  const all = await context.engine.events({ since: context.exerciseStart, until: context.now });
  return all.length >= eventMemory ? words.event.forgotten(eventMemory) : '';
}


function actorMatches(
  event: EngineEvent,
  actor: { name?: string; image?: string; label?: Record<string, string> },
  imageIds: Set<string> | undefined,
  namedIds?: Set<string>,
  typedImageIds: Map<string, string | undefined> = new Map(),
): boolean {
  const attributes = event.Actor.Attributes ?? {};
  // Container events carry the container's labels among their attributes.
  if (actor.label && Object.entries(actor.label).some(([key, value]) => attributes[key] !== value)) return false;
  if (actor.name) {
    if (event.Type === 'image' ? !imageNameMatches(event, actor.name, namedIds) : attributes.name !== actor.name) return false;
  }
  if (actor.image) {
    const typed = attributes.image ?? '';
    const typedId = typedImageIds.get(typed);
    const sameId = typedId !== undefined && (imageIds?.has(withDigestPrefix(typedId)) ?? false);
    // The image may be gone by now (a removed --rm container's image): then the name as typed decides.
    const sameName = typedId === undefined && normalizeReference(typed) === normalizeReference(actor.image);
    if (!sameId && !sameName) return false;
  }
  return true;
}

/**
 * Image events name their image in two ways. pull and push carry the reference as Actor.ID ("alpine:latest",
 * with only the repository in Attributes.name). tag, untag and delete carry the image ID as Actor.ID and the
 * reference in Attributes.name; the classic image store (graph drivers, Docker 20.10 to today) puts the image ID
 * there too for untag and delete, and then the best one can say is that the reference now stands for that image.
 */
function imageNameMatches(event: EngineEvent, name: string, namedIds: Set<string> | undefined): boolean {
  const wanted = normalizeReference(name);
  if (normalizeReference(event.Actor.ID) === wanted) return true;
  if (!isImageId(event.Actor.ID)) return false;
  const named = event.Actor.Attributes?.name ?? '';
  return isImageId(named) ? (namedIds?.has(event.Actor.ID) ?? false) : normalizeReference(named) === wanted;
}

const isImageId = (text: string) => /^(sha256:)?[0-9a-f]{64}$/.test(text);

function recordActor(events: EngineEvent[], id: string, type: RecordedObject['type']): RecordedObject {
  const name = events.find((candidate) => candidate.Actor.ID === id)?.Actor.Attributes?.name;
  return { type, id, ...(name && !isImageId(name) ? { name } : {}) };
}

function labelOf(events: EngineEvent[], id: string): string {
  const event = events.find((candidate) => candidate.Actor.ID === id);
  const name = event?.Actor.Attributes?.name || id;
  return `\`${isImageId(name) ? name.replace('sha256:', '').slice(0, 12) : name}\``;
}
