import { object, optional, required, string } from '../track/schema.js';
import { conditionMismatch, describeCondition, whereSchema } from './inspect-path.js';
import { clock, isNewer, sinceMoment, sinceSchema } from './select.js';
import { sinceWordsFor } from './container.js';
import { defineCheck, fail, pass } from './types.js';

export const imageCheck = defineCheck({
  kind: 'image',
  summary: 'An image present by reference (tag or ID), with conditions on its config such as Config.Cmd.',
  schema: object({
    reference: required(string({ minLength: 1, description: 'e.g. ubuntu, ubuntu:24.04, my-app:1.0' })),
    since: optional(sinceSchema),
    where: optional(whereSchema),
  }),
  async run(definition, context) {
    const where = definition.where ?? [];
    const expected = `image ${definition.reference}${sinceWordsFor(definition.since)}${
      where.length ? `: ${where.map(describeCondition).join(', ')}` : ''
    }`;
    const image = await context.engine.inspectImage(definition.reference);
    if (!image) return fail(expected, `there is no image ${definition.reference} on this machine (see \`docker images\`)`);
    const since = sinceMoment(definition.since, context);
    if (!isNewer(image.Created, since)) {
      return fail(expected, `image ${definition.reference} was made at ${clock(image.Created)}, before this step started: build or tag it again`);
    }
    const mismatches = where.map((condition) => conditionMismatch(image, condition)).filter(Boolean);
    if (mismatches.length) return fail(expected, `image ${definition.reference} is there, but ${mismatches.join(', and ')}`);
    return pass(expected, `found image ${definition.reference} (${image.Id.replace('sha256:', '').slice(0, 12)})`);
  },
});
