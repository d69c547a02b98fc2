import { array, object, optional, required, string } from '../track/schema.js';
import { conditionMismatch, describeCondition, whereSchema } from './inspect-path.js';
import { clock, isNewer, sinceMoment, sinceSchema, sinceWordsFor } from './select.js';
import { defineCheck, fail, pass } from './types.js';

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
      ...(driver ? [`driver ${driver}`] : []),
      ...(members.length ? [`with ${members.join(', ')} attached`] : []),
      ...where.map(describeCondition),
    ];
    const expected = `network ${definition.name}${sinceWordsFor(definition.since)}${wanted.length ? `: ${wanted.join(', ')}` : ''}`;
    const network = await context.engine.inspectNetwork(definition.name);
    if (!network || network.Name !== definition.name) {
      return fail(expected, `there is no network ${definition.name} (see \`docker network ls\`)`);
    }
    if (!isNewer(network.Created, sinceMoment(definition.since, context))) {
      return fail(expected, `network ${definition.name} was created at ${clock(network.Created)}, before this step started`);
    }
    const problems: string[] = [];
    if (driver && network.Driver !== driver) problems.push(`its driver is ${network.Driver}`);
    if (members.length) {
      // The network's own Containers field lists running members only; the container list sees stopped ones too.
      const attached = await context.engine.listContainers({ network: [network.Id] });
      const names = attached.flatMap((container) => container.Names.map((name) => name.replace(/^\//, '')));
      const missing = members.filter((member) => !names.includes(member));
      if (missing.length) problems.push(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not attached (attached: ${names.join(', ') || 'none'})`);
    }
    problems.push(...where.map((condition) => conditionMismatch(network, condition)).filter((reason): reason is string => !!reason));
    if (problems.length) return fail(expected, `network ${definition.name} is there, but ${problems.join(', and ')}`);
    return pass(expected, `found network ${definition.name}`);
  },
});
