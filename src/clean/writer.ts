/**
 * The writes `clean` makes to the Docker Engine, kept apart from the read-only EngineReader so that checks can
 * never reach them: verify, answer, next, hint, list and goto see only the reader.
 *
 * This interface (implemented over dockerode in dockerode-writer.ts, with DELETE requests only) and dev check's
 * clean-up (src/dev/daemon-state.ts, with the docker CLI) are THE ONLY PLACES WHERE DOCKER-KATA CHANGES THE
 * DAEMON. Nothing here creates, starts or changes an object: it removes, and `clean` hands it only the objects a
 * track declares by name (see plan.ts).
 */
export interface EngineWriter {
  /** DELETE /services/{id}: the swarm then removes the service's task containers. */
  removeService(id: string): Promise<void>;
  /** DELETE /containers/{id}?force=true: a running container is stopped first. Its volumes are left alone. */
  removeContainer(id: string): Promise<void>;
  /** DELETE /networks/{id}: refused by the daemon while containers are connected. */
  removeNetwork(id: string): Promise<void>;
  /** DELETE /volumes/{name}: refused by the daemon while a container (even a stopped one) uses it. */
  removeVolume(name: string): Promise<void>;
  /**
   * DELETE /images/{tag}?noprune=true, without force: removes the tag; the image goes too only when that was its
   * last tag and no container uses it (else the daemon refuses). Untagged parent images are never pruned.
   */
  removeImageTag(tag: string): Promise<{ imageDeleted: boolean }>;
}
