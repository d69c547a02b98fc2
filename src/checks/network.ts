import { array, object, optional, required, string } from '../track/schema.js';
import { conditionMismatch, describeCondition, whereSchema } from './inspect-path.js';
import { isNewer, sinceMoment, sinceSchema, sinceWordsFor } from './select.js';
import { clock } from '../ui/time.js';
import { defineCheck, fail, pass } from './types.js';
import { words } from './words.js';

export const networkCheck = defineCheck({
  kind: 'network',
  summary: 'A network by name, its driver and its members (stopped containers too).',
  schema: object({
    name: required(string({ minLength: 1 })),
    since: optional(sinceSchema),
    expect: optional(
      object({
        driver: optional(string({ description: 'e.g. bridge, overlay' })),
        members: optional(array(string(), { description: 'Names of containers attached to it, running or not.' })),
      }),
    ),
    where: optional(whereSchema),
  }),
  async run(definition, context) {
    const { driver, members = [] } = definition.expect ?? {};
    const where = definition.where ?? [];
    const wanted = [
      ...(driver ? [words.network.driver(driver)] : []),
      ...(members.length ? [words.network.members(members)] : []),
      ...where.map(describeCondition),
    ];
    const expected = words.wanted(`${words.network.head(definition.name)}${sinceWordsFor(definition.since)}`, wanted);
    const network = await context.engine.inspectNetwork(definition.name);
    if (!network || network.Name !== definition.name) {
      return fail(expected, words.network.absent(definition.name));
    }
    if (!isNewer(network.Created, sinceMoment(definition.since, context))) {
      return fail(expected, words.network.tooOld(definition.name, clock(network.Created)));
    }
    const problems: string[] = [];
    if (driver && network.Driver !== driver) problems.push(words.network.wrongDriver(network.Driver));
    if (members.length) {
      // The network's own Containers field lists running members only; the container list sees stopped ones too.
      const attached = await context.engine.listContainers({ network: [network.Id] });
      const names = attached.flatMap((container) => container.Names.map((name) => name.replace(/^\//, '')));
      const missing = members.filter((member) => !names.includes(member));
      if (missing.length) problems.push(words.network.notAttached(missing, names));
    }
    problems.push(...where.map((condition) => conditionMismatch(network, condition)).filter((reason): reason is string => !!reason));
    if (problems.length) return fail(expected, words.network.butNot(definition.name, problems));
    return pass(expected, words.network.found(definition.name), [{ type: 'network', id: network.Id, name: network.Name }]);
  },
});
