import { array, integer, object, optional, required, string } from '../track/schema.js';
import type { CheckContext } from './types.js';
import type { ImageInspect } from '../engine/reader.js';
import { conditionMismatch, describeCondition, whereSchema } from './inspect-path.js';
import { isNewer, sinceMoment, sinceSchema, sinceWordsFor } from './select.js';
import { clock } from '../ui/time.js';
import { defineCheck, fail, pass } from './types.js';
import { words } from './words.js';

export const imageCheck = defineCheck({
  kind: 'image',
  summary: 'An image present by reference (tag or ID), with conditions on its config such as Config.Cmd.',
  schema: object({
    reference: required(string({ minLength: 1, description: 'e.g. ubuntu, ubuntu:24.04, my-app:1.0' })),
    since: optional(sinceSchema),
    expect: optional(
      object({
        history: optional(
          array(string({ regex: true }), {
            description: 'Regular expressions that must each match a step of `docker history` (CreatedBy), e.g. COPY, CMD.',
          }),
        ),
        sharesLayersWith: optional(
          object({
            reference: required(string({ minLength: 1 })),
            atLeast: required(integer({ minimum: 1, description: 'How many of its first layers must be the very same.' })),
          }, { description: 'Built on the same first layers as another image: the build cache at work.' }),
        ),
      }),
    ),
    where: optional(whereSchema),
  }),
  async run(definition, context) {
    const where = definition.where ?? [];
    const { history = [], sharesLayersWith } = definition.expect ?? {};
    const wanted = [
      ...(history.length ? [words.image.history(history)] : []),
      ...(sharesLayersWith ? [words.image.sharesLayers(sharesLayersWith.atLeast, sharesLayersWith.reference)] : []),
      ...where.map(describeCondition),
    ];
    const expected = words.wanted(`${words.image.head(definition.reference)}${sinceWordsFor(definition.since)}`, wanted);
    const image = await context.engine.inspectImage(definition.reference);
    if (!image) return fail(expected, words.image.absent(definition.reference));
    // Created is when the image was built, which a cached rebuild or a pull keeps old; LastTagTime is when a
    // name was last put on it here (build, tag, commit). Either being new enough counts.
    const since = sinceMoment(definition.since, context);
    const lastTagged = (image.Metadata as { LastTagTime?: string } | undefined)?.LastTagTime;
    // Layers first: "the very same image" says more than "built before this step" about a rebuild that changed
    // nothing, and Podman keeps no LastTagTime to date a cached rebuild by.
    const layerProblems = sharesLayersWith ? await layerMismatch(image, sharesLayersWith, context) : [];
    if (layerProblems.includes(words.image.sameImage(sharesLayersWith?.reference ?? ''))) {
      return fail(expected, words.image.butNot(definition.reference, layerProblems));
    }
    if (!isNewer(image.Created, since) && !isNewer(lastTagged, since)) {
      return fail(expected, words.image.tooOld(definition.reference, clock(image.Created)));
    }
    const mismatches = [
      ...(await historyMismatches(definition.reference, history, context)),
      ...layerProblems,
      ...where.map((condition) => conditionMismatch(image, condition)).filter((reason): reason is string => !!reason),
    ];
    if (mismatches.length) return fail(expected, words.image.butNot(definition.reference, mismatches));
    return pass(expected, words.image.found(definition.reference, image.Id.replace('sha256:', '').slice(0, 12)), [
      { type: 'image', id: image.Id, name: definition.reference },
    ]);
  },
});

async function historyMismatches(reference: string, steps: string[], context: CheckContext): Promise<string[]> {
  if (steps.length === 0) return [];
  const history = (await context.engine.imageHistory(reference)) ?? [];
  return steps
    .filter((step) => !history.some((entry) => new RegExp(step).test(entry.CreatedBy)))
    .map((step) => words.image.noStep(step, reference));
}

/** Layers are content-addressed: the same digest at the same place means the layer was reused, not rebuilt. */
async function layerMismatch(
  image: ImageInspect,
  other: { reference: string; atLeast: number },
  context: CheckContext,
): Promise<string[]> {
  const otherImage = await context.engine.inspectImage(other.reference);
  if (!otherImage) return [words.image.noOther(other.reference)];
  if (otherImage.Id === image.Id) return [words.image.sameImage(other.reference)];
  const mine = layersOf(image);
  const theirs = layersOf(otherImage);
  let shared = 0;
  while (shared < mine.length && shared < theirs.length && mine[shared] === theirs[shared]) shared++;
  return shared >= other.atLeast ? [] : [words.image.fewLayers(shared, other.reference)];
}

const layersOf = (image: ImageInspect) => ((image.RootFS as { Layers?: string[] } | undefined)?.Layers ?? []);
