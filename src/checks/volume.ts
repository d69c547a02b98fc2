import { array, object, optional, required, string } from '../track/schema.js';
import { conditionMismatch, describeCondition, whereSchema } from './inspect-path.js';
import { isNewer, sinceMoment, sinceSchema, sinceWordsFor } from './select.js';
import { clock } from '../ui/time.js';
import { defineCheck, fail, pass, type CheckContext } from './types.js';
import { words } from './words.js';

const mountedAtSchema = array(
  object({
    path: required(string({ minLength: 1, description: 'Where the volume is mounted inside the container.' })),
    container: optional(string({ description: 'The container name; any container when absent.' })),
  }),
  { description: 'Where the volume is mounted, in containers running or stopped.' },
);

export const volumeCheck = defineCheck({
  kind: 'volume',
  summary: 'A volume by name and where it is mounted (stopped containers too).',
  schema: object({
    name: required(string({ minLength: 1 })),
    since: optional(sinceSchema),
    expect: optional(object({ mountedAt: optional(mountedAtSchema) })),
    where: optional(whereSchema),
  }),
  async run(definition, context) {
    const mountedAt = definition.expect?.mountedAt ?? [];
    const where = definition.where ?? [];
    const wanted = [
      ...mountedAt.map((mount) => words.volume.mountedAt(mount.path, mount.container)),
      ...where.map(describeCondition),
    ];
    const expected = words.wanted(`${words.volume.head(definition.name)}${sinceWordsFor(definition.since)}`, wanted);
    const volume = await context.engine.inspectVolume(definition.name);
    if (!volume) return fail(expected, words.volume.absent(definition.name));
    const since = sinceMoment(definition.since, context);
    if (since && !volume.CreatedAt) {
      return fail(expected, words.volume.undated(definition.name));
    }
    if (!(await createdSince(definition.name, volume.CreatedAt, since, context))) {
      return fail(expected, words.volume.tooOld(definition.name, clock(volume.CreatedAt!)));
    }
    const problems: string[] = [];
    if (mountedAt.length) {
      const users = await context.engine.listContainers({ volume: [definition.name] });
      const inspected = await Promise.all(users.map((user) => context.engine.inspectContainer(user.Id)));
      const places = inspected.flatMap((container) =>
        (container?.Mounts ?? [])
          .filter((mount) => mount.Name === definition.name)
          .map((mount) => ({ container: container!.Name.replace(/^\//, ''), path: mount.Destination })),
      );
      for (const wantedMount of mountedAt) {
        const found = places.some(
          (place) => place.path === wantedMount.path && (!wantedMount.container || place.container === wantedMount.container),
        );
        if (!found) problems.push(words.volume.notMounted(wantedMount.path, wantedMount.container, places));
      }
    }
    problems.push(...where.map((condition) => conditionMismatch(volume, condition)).filter((reason): reason is string => !!reason));
    if (problems.length) return fail(expected, words.volume.butNot(definition.name, problems));
    return pass(expected, words.volume.found(definition.name), [{ type: 'volume', id: volume.Name, name: volume.Name }]);
  },
});

/**
 * A volume's CreatedAt has whole seconds only. Within the second the step started, the daemon's `create` event
 * (nanoseconds) tells whether it was made before or after.
 */
async function createdSince(name: string, createdAt: string | undefined, since: Date | undefined, context: CheckContext): Promise<boolean> {
  if (isNewer(createdAt, since)) return true;
  if (!since || !createdAt || Math.floor(Date.parse(createdAt) / 1000) !== Math.floor(since.getTime() / 1000)) return false;
  const events = await context.engine.events({ since, until: context.now, filters: { type: ['volume'], event: ['create'], volume: [name] } });
  return events.some((event) => event.Actor.ID === name);
}
