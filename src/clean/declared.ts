/**
 * What a track says the learner makes: every exercise's `creates`, by name. This is the whole of what `clean`
 * may remove; a container Docker named at random, a Compose project, anything else on the daemon is not in it.
 */
import { normalizeReference } from '../checks/select.js';
import type { Exercise } from '../track/load.js';

export type ObjectKind = 'container' | 'service' | 'network' | 'volume' | 'image';

/** How `clean` lists what it found. */
export const listingOrder: readonly ObjectKind[] = ['container', 'service', 'network', 'volume', 'image'];

/**
 * How `clean` removes it: services before their task containers come back, containers before the networks,
 * volumes and images they hold on to.
 */
export const removalOrder: readonly ObjectKind[] = ['service', 'container', 'network', 'volume', 'image'];

export interface DeclaredBy {
  number: number;
  id: string;
}

export interface DeclaredObject {
  kind: ObjectKind;
  /** As the track names it; an image as the full tag (`kata-committed` becomes `kata-committed:latest`). */
  name: string;
  /** The exercises that ask for it, in track order. */
  declaredBy: DeclaredBy[];
}

const fields = { containers: 'container', services: 'service', networks: 'network', volumes: 'volume', images: 'image' } as const;

/** The objects the given exercises declare, each once, in track order within its kind. Pure. */
export function declaredObjects(exercises: readonly Exercise[]): DeclaredObject[] {
  const byKey = new Map<string, DeclaredObject>();
  for (const exercise of exercises) {
    const creates = exercise.definition.creates ?? {};
    for (const [field, kind] of Object.entries(fields) as Array<[keyof typeof fields, ObjectKind]>) {
      for (const written of creates[field] ?? []) {
        const name = kind === 'image' ? normalizeReference(written) : written;
        const key = `${kind} ${name}`;
        const object = byKey.get(key) ?? { kind, name, declaredBy: [] };
        if (!object.declaredBy.some((by) => by.id === exercise.id)) object.declaredBy.push({ number: exercise.number, id: exercise.id });
        byKey.set(key, object);
      }
    }
  }
  const objects = [...byKey.values()];
  return listingOrder.flatMap((kind) => objects.filter((object) => object.kind === kind));
}

/** The images the track needs (`uses.images`), as full tags: clean never removes one of these, declared or not. */
export function usedImages(exercises: readonly Exercise[]): Set<string> {
  return new Set(exercises.flatMap((exercise) => exercise.definition.uses?.images ?? []).map(normalizeReference));
}
