/**
 * The oldest Engine API docker-kata reads. 1.24 is Docker 1.12 (2016): the first with the filters, the
 * `/containers/{id}/archive` endpoint and the event fields the checks rely on. docker-kata sends unversioned
 * requests, so the daemon answers in its own API version; `doctor` compares that with this one.
 */
export const minimumApiVersion = '1.24';

/** Compares two API versions ("1.9" < "1.24" < "1.41"): negative, zero or positive. */
export function compareApiVersions(a: string, b: string): number {
  const parts = (version: string) => version.trim().split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [left, right] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** True when the daemon's API version is at least docker-kata's minimum; an unknown version passes. */
export const apiVersionSupported = (apiVersion: string | undefined) =>
  apiVersion === undefined || compareApiVersions(apiVersion, minimumApiVersion) >= 0;
