/**
 * Asks the daemon, read-only, which declared objects exist: one inspect by name each, through the EngineReader
 * (GET only). `clean --dry-run` does nothing else.
 */
import type { EngineReader } from '../engine/reader.js';
import type { DeclaredObject } from './declared.js';
import type { Found, Observation } from './plan.js';

const bare = (name: string) => name.replace(/^\//, '');

async function find(reader: EngineReader, declared: DeclaredObject): Promise<Found | undefined> {
  switch (declared.kind) {
    case 'container': {
      const container = await reader.inspectContainer(declared.name);
      if (!container) return undefined;
      return { kind: 'container', id: container.Id, name: bare(container.Name), image: container.Config.Image, state: container.State.Status };
    }
    case 'service': {
      const service = await reader.inspectService(declared.name);
      if (!service) return undefined;
      return {
        kind: 'service',
        id: service.ID,
        name: service.Spec.Name,
        image: service.Spec.TaskTemplate?.ContainerSpec?.Image,
        replicas: service.Spec.Mode?.Replicated?.Replicas,
      };
    }
    case 'network': {
      const network = await reader.inspectNetwork(declared.name);
      if (!network) return undefined;
      const members = Object.values(network.Containers ?? {}).map((member) => bare(member.Name));
      return { kind: 'network', id: network.Id, name: network.Name, driver: network.Driver, members };
    }
    case 'volume': {
      const volume = await reader.inspectVolume(declared.name);
      if (!volume) return undefined;
      const users = await reader.listContainers({ volume: [volume.Name] });
      return { kind: 'volume', name: volume.Name, driver: volume.Driver, usedBy: users.map((user) => bare(user.Names[0] ?? user.Id.slice(0, 12))) };
    }
    case 'image': {
      const image = await reader.inspectImage(declared.name);
      if (!image) return undefined;
      return { kind: 'image', id: image.Id, tags: image.RepoTags ?? [] };
    }
  }
}

/** One observation per declared object, in the same order. */
export function observe(reader: EngineReader, declared: readonly DeclaredObject[]): Promise<Observation[]> {
  return Promise.all(declared.map(async (object) => ({ declared: object, found: await find(reader, object) })));
}
