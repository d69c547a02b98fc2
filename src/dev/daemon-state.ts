/**
 * What `dev check` leaves behind: nothing. Before the run it notes what the daemon holds (containers, images and
 * their tags, networks, volumes, swarm state, services); afterwards it removes exactly what appeared meanwhile,
 * and nothing that was there before.
 *
 * Reading goes through the Engine API (GET only). Removing goes through the docker CLI (see applyCleanUp): with
 * `clean` (src/clean/writer.ts), the only places where docker-kata changes the daemon.
 */
import { execFile } from 'node:child_process';
import type { EngineEndpoint } from '../engine/endpoint.js';

export interface DaemonState {
  containers: Array<{ id: string; name: string; image: string }>;
  /** Every image, intermediate ones too, with its tags (none for a dangling image). */
  images: Array<{ id: string; tags: string[]; created: number }>;
  networks: Array<{ id: string; name: string }>;
  volumes: Array<{ name: string }>;
  /** Swarm.LocalNodeState from GET /info: inactive, pending, active, error, locked. */
  swarm: string;
  services: Array<{ id: string; name: string }>;
}

/** Reads the daemon's state through the Engine API (GET requests only). */
export async function readDaemonState(endpoint: EngineEndpoint): Promise<DaemonState> {
  const [{ default: Docker }, { dockerodeOptions }] = await Promise.all([import('dockerode'), import('../engine/dockerode-reader.js')]);
  const docker = new Docker(dockerodeOptions(endpoint));
  const [containers, images, networks, volumes, info] = await Promise.all([
    docker.listContainers({ all: true }),
    docker.listImages({ all: true }),
    docker.listNetworks(),
    docker.listVolumes(),
    docker.info() as Promise<{ Swarm?: { LocalNodeState?: string } }>,
  ]);
  const swarm = info.Swarm?.LocalNodeState || 'inactive';
  let services: DaemonState['services'] = [];
  if (swarm !== 'inactive') {
    // A worker node, or a swarm that is still forming, answers 503: it has no services of its own to list.
    services = await docker
      .listServices()
      .then((list) => list.map((service) => ({ id: service.ID, name: service.Spec?.Name ?? service.ID })))
      .catch(() => []);
  }
  return {
    containers: containers.map((container) => ({
      id: container.Id,
      name: (container.Names?.[0] ?? container.Id.slice(0, 12)).replace(/^\//, ''),
      image: container.Image,
    })),
    images: images.map((image) => ({
      id: image.Id,
      tags: (image.RepoTags ?? []).filter((tag) => !tag.startsWith('<none>')),
      created: image.Created,
    })),
    networks: networks.map((network) => ({ id: network.Id, name: network.Name })),
    volumes: (volumes.Volumes ?? []).map((volume) => ({ name: volume.Name })),
    swarm,
    services,
  };
}

export interface CleanUpPlan {
  containers: DaemonState['containers'];
  services: DaemonState['services'];
  /** The swarm was inactive before and is not now. */
  leaveSwarm: boolean;
  networks: DaemonState['networks'];
  volumes: DaemonState['volumes'];
  /** Tags that appeared during the run and can go without taking an older image with them. */
  untag: string[];
  /** Images that appeared during the run, newest first (children before their parents). */
  images: string[];
  /** What is left on purpose, and why. */
  kept: string[];
}

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);
/** A container's image as listed: its name, or a short ID once the name has gone elsewhere. */
const describeImage = (image: string) => (image.startsWith('sha256:') ? `image ${short(image)}` : image);

/** What to remove so that the daemon holds what `before` held: only objects absent from `before`. Pure. */
export function planCleanUp(before: DaemonState, after: DaemonState): CleanUpPlan {
  const had = <T>(list: T[], key: (item: T) => string) => {
    const keys = new Set(list.map(key));
    return (item: T) => keys.has(key(item));
  };
  const hadContainer = had(before.containers, (container) => container.id);
  const hadService = had(before.services, (service) => service.id);
  const hadNetwork = had(before.networks, (network) => network.id);
  const hadVolume = had(before.volumes, (volume) => volume.name);

  const beforeImageIds = new Set(before.images.map((image) => image.id));
  const tagsBefore = new Set(before.images.flatMap((image) => image.tags));
  const kept: string[] = [];
  const untag: string[] = [];
  const images: Array<{ id: string; created: number }> = [];
  for (const image of after.images) {
    const oldTags = image.tags.filter((tag) => tagsBefore.has(tag));
    const newTags = image.tags.filter((tag) => !tagsBefore.has(tag));
    if (!beforeImageIds.has(image.id)) {
      // A new image. One that took over a tag from before (a rebuild, a pull of a newer version) keeps that tag,
      // and so stays: a tag that existed before is never removed, nor moved back.
      untag.push(...newTags);
      if (oldTags.length === 0) images.push(image);
      else kept.push(`image ${short(image.id)}: it is new, but now holds ${oldTags.join(', ')}, which existed before`);
    } else if (newTags.length > 0) {
      // An image from before with new tags: untagging is safe while a tag from before keeps the image alive.
      if (oldTags.length > 0) untag.push(...newTags);
      else kept.push(`tag ${newTags.join(', ')}: removing it would remove image ${short(image.id)}, which was there before`);
    }
  }

  return {
    containers: after.containers.filter((container) => !hadContainer(container)),
    services: after.services.filter((service) => !hadService(service)),
    leaveSwarm: before.swarm === 'inactive' && after.swarm !== 'inactive',
    networks: after.networks.filter((network) => !hadNetwork(network)),
    volumes: after.volumes.filter((volume) => !hadVolume(volume)),
    untag,
    images: images.sort((a, b) => b.created - a.created).map((image) => image.id),
    kept,
  };
}

export interface CleanUpReport {
  removed: string[];
  /** Left on purpose, or could not be removed (with the docker CLI's words). */
  kept: string[];
}

/**
 * Removes what appeared since `before`. These are dev check's own fixtures (the objects the reference solutions
 * made), removed with the docker CLI. With `clean`, the only writers in docker-kata; everything else only reads.
 *
 * Containers and services go first, then the swarm is left; the daemon is read again before networks, volumes and
 * images, since leaving a swarm and removing containers change those.
 */
export async function applyCleanUp(
  before: DaemonState,
  readState: () => Promise<DaemonState>,
  dockerEnv: Record<string, string>,
): Promise<CleanUpReport> {
  const report: CleanUpReport = { removed: [], kept: [] };
  const run = async (args: string[], done: string) => {
    const result = await dockerCli(args, dockerEnv);
    if (result.ok) report.removed.push(done);
    else if (!/no such|not found|not exist/i.test(result.output)) report.kept.push(`could not run \`docker ${args.join(' ')}\`: ${result.output}`);
  };

  const first = planCleanUp(before, await readState());
  for (const container of first.containers) await run(['rm', '-f', container.id], `container ${container.name} (${describeImage(container.image)})`);
  for (const service of first.services) await run(['service', 'rm', service.id], `service ${service.name}`);
  if (first.leaveSwarm) await run(['swarm', 'leave', '--force'], 'swarm mode (the daemon was not in a swarm before)');

  const plan = planCleanUp(before, await readState());
  for (const container of plan.containers) await run(['rm', '-f', container.id], `container ${container.name} (${describeImage(container.image)})`);
  for (const network of plan.networks) await run(['network', 'rm', network.id], `network ${network.name}`);
  for (const volume of plan.volumes) await run(['volume', 'rm', '--force', volume.name], `volume ${volume.name}`);
  // --no-prune: an untagged parent layer may be older than the run; new ones are in plan.images themselves.
  for (const tag of plan.untag) await run(['rmi', '--no-prune', tag], `tag ${tag}`);
  // Newest first, so children go before their parents; images made within the same second may still come in the
  // wrong order ("image has dependent child images"), so what failed is tried again while each pass removes some.
  let remaining = plan.images;
  for (let pass = 0; remaining.length > 0 && pass < plan.images.length; pass++) {
    const failed: Array<{ image: string; output: string }> = [];
    for (const image of remaining) {
      const exists = await dockerCli(['image', 'inspect', '--format', '{{.Id}}', image], dockerEnv);
      if (!exists.ok) continue;
      const result = await dockerCli(['rmi', '--no-prune', image], dockerEnv);
      if (result.ok) report.removed.push(`image ${short(image)}`);
      else failed.push({ image, output: result.output });
    }
    if (failed.length === remaining.length) {
      report.kept.push(...failed.map(({ image, output }) => `could not run \`docker rmi --no-prune ${image}\`: ${output}`));
      break;
    }
    remaining = failed.map(({ image }) => image);
  }
  report.kept.push(...plan.kept);
  return report;
}

function dockerCli(args: string[], env: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile('docker', args, { env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ ok: !error, output: (stderr.trim() || stdout.trim() || error?.message || '').split('\n')[0] });
    });
  });
}
