import { integer, object, optional, required, string } from '../track/schema.js';
import { conditionMismatch, describeCondition, whereSchema } from './inspect-path.js';
import { isNewer, normalizeReference, sinceMoment, sinceSchema, sinceWordsFor } from './select.js';
import { clock } from '../ui/time.js';
import { defineCheck, fail, pass } from './types.js';
import { words } from './words.js';

/** A swarm service and its tasks: how many replicas it asks for and how many really run. */
export const serviceCheck = defineCheck({
  kind: 'service',
  summary: 'A swarm service by name: its image, the replicas it asks for and the tasks that run.',
  schema: object({
    name: required(string({ minLength: 1 })),
    since: optional(sinceSchema),
    expect: optional(
      object({
        image: optional(string({ description: 'Image reference the service runs (compared by name, digest ignored).' })),
        replicas: optional(integer({ minimum: 0, description: 'Spec.Mode.Replicated.Replicas' })),
        running: optional(integer({ minimum: 0, description: 'Tasks that are running now.' })),
      }),
    ),
    where: optional(whereSchema),
  }),
  async run(definition, context) {
    const { image, replicas, running } = definition.expect ?? {};
    const where = definition.where ?? [];
    const wanted = [
      ...(image ? [words.service.image(image)] : []),
      ...(replicas !== undefined ? [words.service.replicas(replicas)] : []),
      ...(running !== undefined ? [words.service.running(running)] : []),
      ...where.map(describeCondition),
    ];
    const expected = words.wanted(`${words.service.head(definition.name)}${sinceWordsFor(definition.since)}`, wanted);
    const service = await context.engine.inspectService(definition.name);
    if (!service || service.Spec.Name !== definition.name) {
      const swarm = (await context.engine.info()).Swarm as { LocalNodeState?: string } | undefined;
      return fail(expected, words.service.absent(definition.name, swarm?.LocalNodeState === 'active'));
    }
    if (!isNewer(service.CreatedAt, sinceMoment(definition.since, context))) {
      return fail(expected, words.service.tooOld(definition.name, clock(service.CreatedAt)));
    }
    const problems: string[] = [];
    const actualImage = (service.Spec.TaskTemplate?.ContainerSpec?.Image ?? '').split('@')[0];
    if (image && normalizeReference(actualImage) !== normalizeReference(image)) problems.push(words.service.wrongImage(actualImage));
    const actualReplicas = service.Spec.Mode?.Replicated?.Replicas;
    if (replicas !== undefined && actualReplicas !== replicas) problems.push(words.service.wrongReplicas(actualReplicas));
    if (running !== undefined) {
      const tasks = await context.engine.listTasks({ service: [service.ID], 'desired-state': ['running'] });
      const actuallyRunning = tasks.filter((task) => task.Status.State === 'running').length;
      if (actuallyRunning !== running) problems.push(words.service.wrongRunning(actuallyRunning));
    }
    problems.push(...where.map((condition) => conditionMismatch(service, condition)).filter((reason): reason is string => !!reason));
    if (problems.length) return fail(expected, words.service.butNot(definition.name, problems));
    return pass(expected, words.service.found(definition.name), [{ type: 'service', id: service.ID, name: definition.name }]);
  },
});
