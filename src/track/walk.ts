/** A place in a parsed exercise, as keys and list indexes: ['checks', 0, 'since']. */
export type FieldPath = Array<string | number>;

/**
 * Every string stored under one of `keys`, at any depth, with where it is: a key holding a string gives it, a key
 * holding a list gives its strings; anything else is searched further (answer's `image: { reference }`).
 */
export function stringsUnder(value: unknown, keys: readonly string[], path: FieldPath = []): Array<{ path: FieldPath; value: string }> {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const innerPath = [...path, Array.isArray(value) ? Number(key) : key];
    if (keys.includes(key) && typeof inner === 'string') return [{ path: innerPath, value: inner }];
    if (keys.includes(key) && Array.isArray(inner)) {
      return inner.flatMap((item, index) => (typeof item === 'string' ? [{ path: [...innerPath, index], value: item }] : []));
    }
    return stringsUnder(inner, keys, innerPath);
  });
}

/** ['checks', 0, 'since'] → "checks[0].since", as problems name their field. */
export const fieldName = (path: FieldPath): string =>
  path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`)).join('');
