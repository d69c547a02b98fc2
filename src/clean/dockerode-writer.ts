/**
 * The EngineWriter over dockerode: DELETE requests, nothing else. Loaded only when `clean` (or `reset --clean`)
 * is about to remove something, never by --dry-run. See writer.ts for why this is kept apart from the reader.
 */
import type { EngineEndpoint } from '../engine/endpoint.js';
import { dockerFor } from '../engine/dockerode-reader.js';
import type { EngineWriter } from './writer.js';

export function dockerodeWriter(endpoint: EngineEndpoint): EngineWriter {
  const docker = dockerFor(endpoint);
  return {
    async removeService(id) {
      await docker.getService(id).remove();
    },
    async removeContainer(id) {
      await docker.getContainer(id).remove({ force: true, v: false });
    },
    async removeNetwork(id) {
      await docker.getNetwork(id).remove();
    },
    async removeVolume(name) {
      await docker.getVolume(name).remove();
    },
    async removeImageTag(tag) {
      const answer = (await docker.getImage(tag).remove({ force: false, noprune: true })) as Array<{ Untagged?: string; Deleted?: string }>;
      return { imageDeleted: (answer ?? []).some((entry) => entry.Deleted) };
    },
  };
}
