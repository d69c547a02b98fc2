import type { EngineReader } from './reader.js';

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
