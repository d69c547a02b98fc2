/**
 * What `clean` would remove: the declared objects that exist under exactly their declared name, in the order
 * they can be removed in. Pure: the daemon's answers come in as observations (see observe.ts), so every rule
 * here is tested without a daemon.
 */
import { listingOrder, removalOrder, type DeclaredBy, type DeclaredObject, type ObjectKind } from './declared.js';
import { cleanWords as say } from './words.js';

/** What the daemon answered when asked for a declared name (inspect by name); absent when it has nothing. */
export type Found =
  | { kind: 'container'; id: string; name: string; image: string; state: string }
  | { kind: 'service'; id: string; name: string; image?: string; replicas?: number }
  | { kind: 'network'; id: string; name: string; driver: string; members: string[] }
  | { kind: 'volume'; name: string; driver: string; usedBy: string[] }
  /** `tags` are all the image's tags: the declared one is among them when the tag exists. */
  | { kind: 'image'; id: string; tags: string[] };

export interface Observation {
  declared: DeclaredObject;
  found?: Found;
}

export interface CleanTarget {
  kind: ObjectKind;
  name: string;
  /** What to remove: the ID seen when listing (so a look-alike made meanwhile is not hit); a volume's and a tag's name. */
  id: string;
  /** What it is, for the listing: "from ubuntu, running", "bridge network", "tag of image 1a2b3c4d5e6f". */
  description: string;
  declaredBy: DeclaredBy[];
  /** Containers that hold on to it now (a network's members, a volume's users). */
  usedBy: string[];
  /** A running container, removed with force: it is stopped first. */
  running?: boolean;
  /** For an image tag: the image it named when listed. */
  imageId?: string;
  /** For an image tag: the image keeps these other tags, so only the tag goes. */
  otherTags?: string[];
}

export interface CleanPlan {
  /** What exists, grouped in listing order: containers, services, networks, volumes, images. */
  targets: CleanTarget[];
  /** The same objects in removal order: services, containers, networks, volumes, image tags. */
  removal: CleanTarget[];
  /** Declared and present, but left on purpose, with the reason. */
  kept: Array<{ kind: ObjectKind; name: string; reason: string }>;
  /** How many objects the scope declares in all. */
  declaredCount: number;
}

/** Networks every daemon has; no track may have them removed. */
const builtInNetworks = new Set(['bridge', 'host', 'none', 'ingress', 'docker_gwbridge']);

export const shortId = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

/**
 * Keeps only what answers to its declared name exactly. Inspecting by name also matches an ID prefix
 * (`db` is a valid one): an object found that way has another name and is someone else's.
 */
function matchesName(declared: DeclaredObject, found: Found): boolean {
  if (found.kind !== declared.kind) return false;
  if (found.kind === 'image') return found.tags.includes(declared.name);
  return found.name === declared.name;
}

function describe(found: Found, declaredName: string): Omit<CleanTarget, 'kind' | 'name' | 'declaredBy'> {
  switch (found.kind) {
    case 'container':
      return {
        id: found.id,
        description: say.container(found.image, found.state, found.state === 'running'),
        usedBy: [],
        running: found.state === 'running',
      };
    case 'service':
      return {
        id: found.id,
        description: say.service(found.image?.replace(/@sha256:.*$/, ''), found.replicas),
        usedBy: [],
      };
    case 'network':
      return {
        id: found.id,
        description: say.network(found.driver, found.members),
        usedBy: found.members,
      };
    case 'volume':
      return {
        id: found.name,
        description: say.volume(found.driver === 'local' ? undefined : found.driver, found.usedBy),
        usedBy: found.usedBy,
      };
    case 'image': {
      const otherTags = found.tags.filter((tag) => tag !== declaredName);
      return { id: declaredName, description: say.image(shortId(found.id), otherTags), usedBy: [], imageId: found.id, otherTags };
    }
  }
}

/**
 * The plan for the declared objects the daemon has. Never anything else: an object is a target only when the
 * track declares it by name and the daemon has one under exactly that name.
 */
export function planClean(observations: readonly Observation[], options: { protectedImages?: ReadonlySet<string> } = {}): CleanPlan {
  const targets: CleanTarget[] = [];
  const kept: CleanPlan['kept'] = [];
  for (const { declared, found } of observations) {
    if (!found || !matchesName(declared, found)) continue;
    if (declared.kind === 'image' && options.protectedImages?.has(declared.name)) {
      kept.push({ kind: 'image', name: declared.name, reason: say.keptImage });
      continue;
    }
    if (declared.kind === 'network' && builtInNetworks.has(declared.name)) {
      kept.push({ kind: 'network', name: declared.name, reason: say.keptNetwork });
      continue;
    }
    if (targets.some((target) => target.kind === declared.kind && target.name === declared.name)) continue;
    targets.push({ kind: declared.kind, name: declared.name, declaredBy: declared.declaredBy, ...describe(found, declared.name) });
  }
  const inOrder = (order: readonly ObjectKind[]) => order.flatMap((kind) => targets.filter((target) => target.kind === kind));
  return { targets: inOrder(listingOrder), removal: inOrder(removalOrder), kept, declaredCount: observations.length };
}
