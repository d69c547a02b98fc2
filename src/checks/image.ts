import { array, integer, object, optional, required, string } from '../track/schema.js';
import type { CheckContext } from './types.js';
import type { ImageInspect } from '../engine/reader.js';
import { conditionMismatch, describeCondition, whereSchema } from './inspect-path.js';
import { clock, isNewer, sinceMoment, sinceSchema, sinceWordsFor } from './select.js';
import { defineCheck, fail, pass } from './types.js';

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
      ...(history.length ? [`with build steps matching ${history.map((step) => `/${step}/`).join(', ')}`] : []),
      ...(sharesLayersWith ? [`sharing its first ${sharesLayersWith.atLeast} layers with ${sharesLayersWith.reference}`] : []),
      ...where.map(describeCondition),
    ];
    const expected = `image ${definition.reference}${sinceWordsFor(definition.since)}${wanted.length ? `: ${wanted.join(', ')}` : ''}`;
    const image = await context.engine.inspectImage(definition.reference);
    if (!image) return fail(expected, `there is no image ${definition.reference} on this machine (see \`docker images\`)`);
    // Created is when the image was built, which a cached rebuild or a pull keeps old; LastTagTime is when a
    // name was last put on it here (build, tag, commit). Either being new enough counts.
    const since = sinceMoment(definition.since, context);
    const lastTagged = (image.Metadata as { LastTagTime?: string } | undefined)?.LastTagTime;
    if (!isNewer(image.Created, since) && !isNewer(lastTagged, since)) {
      return fail(expected, `image ${definition.reference} was built at ${clock(image.Created)}, before this step started: build it (or tag it) again now`);
    }
    const mismatches = [
      ...(await historyMismatches(definition.reference, history, context)),
      ...(sharesLayersWith ? await layerMismatch(image, sharesLayersWith, context) : []),
      ...where.map((condition) => conditionMismatch(image, condition)).filter((reason): reason is string => !!reason),
    ];
    if (mismatches.length) return fail(expected, `image ${definition.reference} is there, but ${mismatches.join(', and ')}`);
    return pass(expected, `found image ${definition.reference} (${image.Id.replace('sha256:', '').slice(0, 12)})`);
  },
});

async function historyMismatches(reference: string, steps: string[], context: CheckContext): Promise<string[]> {
  if (steps.length === 0) return [];
  const history = (await context.engine.imageHistory(reference)) ?? [];
  return steps
    .filter((step) => !history.some((entry) => new RegExp(step).test(entry.CreatedBy)))
    .map((step) => `no build step matches /${step}/ (see \`docker history ${reference}\`)`);
}

/** Layers are content-addressed: the same digest at the same place means the layer was reused, not rebuilt. */
async function layerMismatch(
  image: ImageInspect,
  other: { reference: string; atLeast: number },
  context: CheckContext,
): Promise<string[]> {
  const otherImage = await context.engine.inspectImage(other.reference);
  if (!otherImage) return [`there is no image ${other.reference} to compare with`];
  if (otherImage.Id === image.Id) return [`it is the very same image as ${other.reference}: change a line and build again`];
  const mine = layersOf(image);
  const theirs = layersOf(otherImage);
  let shared = 0;
  while (shared < mine.length && shared < theirs.length && mine[shared] === theirs[shared]) shared++;
  return shared >= other.atLeast ? [] : [`it shares only its first ${shared} layers with ${other.reference}`];
}

const layersOf = (image: ImageInspect) => ((image.RootFS as { Layers?: string[] } | undefined)?.Layers ?? []);
