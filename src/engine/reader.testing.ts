import type { ContainerInspect, ContainerSummary, EngineReader } from './reader.js';

/**
 * For unit tests: a reader with the reads a test provides; any other read fails the test loudly, so a check that
 * starts reading something new is noticed.
 */
export function readerWith<T extends Partial<EngineReader>>(reads: T): T & EngineReader {
  return new Proxy(reads, {
    get: (target, key) =>
      key in target
        ? target[key as keyof T]
        : () => {
            throw new Error(`this test's fake engine has no ${String(key)}()`);
          },
  }) as T & EngineReader;
}

/** The list entry (GET /containers/json) the Engine gives for a container it would inspect like this. */
export const summaryOf = (container: ContainerInspect): ContainerSummary => ({
  Id: container.Id,
  Names: [container.Name],
  Image: container.Config.Image,
  ImageID: container.Image,
  Created: Math.floor(Date.parse(container.Created) / 1000),
  State: container.State.Status,
});
