import { array, object, required } from '../track/schema.js';
import { conditionMismatch, conditionSchema, describeCondition } from './inspect-path.js';
import { defineCheck, fail, pass } from './types.js';
import { words } from './words.js';

/** Conditions on the daemon itself, as GET /info reports it: swarm mode, its kernel, its storage driver. */
export const daemonCheck = defineCheck({
  kind: 'daemon',
  summary: 'Conditions on the daemon itself (GET /info), e.g. Swarm.LocalNodeState is active.',
  schema: object({ where: required(array(conditionSchema, { minItems: 1 })) }),
  async run(definition, context) {
    const expected = words.daemon.expected(definition.where.map(describeCondition));
    const info = await context.engine.info();
    const mismatches = definition.where
      .map((condition) => conditionMismatch(info, condition))
      .filter((reason): reason is string => !!reason);
    return mismatches.length ? fail(expected, words.daemon.reports(mismatches)) : pass(expected, words.daemon.agrees);
  },
});
