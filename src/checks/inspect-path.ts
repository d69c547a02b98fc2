import { words } from './words.js';
import { anyValue, array, boolean, integer, object, optional, required, string, type Infer } from '../track/schema.js';

/**
 * Reading values out of Engine API JSON by path, e.g. `Config.Cmd`, `NetworkSettings.Networks.*.IPAddress` or
 * `Config.Labels["com.docker.compose.project"]`. `*` stands for every entry of a mapping or list, so a path can
 * yield several values; a condition holds when any of them satisfies it.
 */
export function valuesAtPath(root: unknown, path: string): unknown[] {
  let values: unknown[] = [root];
  for (const segment of parsePath(path)) {
    const next: unknown[] = [];
    for (const value of values) {
      if (value === null || typeof value !== 'object') continue;
      if (segment === '*') next.push(...Object.values(value));
      else if (segment in value) next.push((value as Record<string, unknown>)[segment]);
    }
    values = next;
  }
  return values;
}

export function parsePath(path: string): string[] {
  const segments: string[] = [];
  const pattern = /\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g;
  for (const match of path.matchAll(pattern)) segments.push(match[1] ?? match[2]);
  return segments;
}

export const conditionSchema = object(
  {
    path: required(string({ minLength: 1, description: 'Inspect path, e.g. Config.Cmd or NetworkSettings.Networks.*.IPAddress' })),
    equals: optional(anyValue('The value must equal this (lists and mappings compared as a whole).')),
    matches: optional(string({ regex: true, description: 'The value, as text, must match this regular expression.' })),
    contains: optional(anyValue('A list must contain this item, or text this substring.')),
    exists: optional(boolean('true: the path must have a value; false: it must not.')),
    atLeast: optional(integer({ description: 'A number that must be at least this.' })),
    atMost: optional(integer({ description: 'A number that must be at most this.' })),
  },
  { description: 'A condition on any field of the inspected object.' },
);
export type Condition = Infer<typeof conditionSchema>;
export const whereSchema = array(conditionSchema, {
  description: 'Conditions on any inspect path, for what the named fields do not cover.',
});

/** Why a condition does not hold for this object, or undefined when it does. */
export function conditionMismatch(object: unknown, condition: Condition): string | undefined {
  const values = valuesAtPath(object, condition.path);
  const found = () =>
    values.length === 0 ? words.condition.noValue(condition.path) : words.condition.actual(condition.path, values.map(show).join(', '));
  if (condition.exists !== undefined) {
    const present = values.some((value) => value !== undefined && value !== null);
    if (present !== condition.exists) return present ? found() : words.condition.notSet(condition.path);
  }
  const tests: Array<[unknown, (value: unknown) => boolean]> = [
    [condition.equals, (value) => sameValue(value, condition.equals)],
    [condition.matches, (value) => value !== undefined && new RegExp(condition.matches!).test(asText(value))],
    [condition.contains, (value) => containsValue(value, condition.contains)],
    [condition.atLeast, (value) => typeof value === 'number' && value >= condition.atLeast!],
    [condition.atMost, (value) => typeof value === 'number' && value <= condition.atMost!],
  ];
  for (const [wanted, test] of tests) {
    if (wanted !== undefined && !values.some(test)) return found();
  }
  return undefined;
}

export function describeCondition(condition: Condition): string {
  const say = words.condition;
  const parts: string[] = [];
  if (condition.exists !== undefined) parts.push(condition.exists ? say.isSet : say.isNotSet);
  if (condition.equals !== undefined) parts.push(say.is(show(condition.equals)));
  if (condition.matches !== undefined) parts.push(say.matches(condition.matches));
  if (condition.contains !== undefined) parts.push(say.contains(show(condition.contains)));
  if (condition.atLeast !== undefined) parts.push(say.atLeast(condition.atLeast));
  if (condition.atMost !== undefined) parts.push(say.atMost(condition.atMost));
  return say.describe(condition.path, parts);
}

/** A value as JSON, text in quotes: data, never translated (only "nothing" is a word). */
export const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? words.nothing);
export const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}

function containsValue(haystack: unknown, needle: unknown): boolean {
  if (Array.isArray(haystack)) return haystack.some((item) => sameValue(item, needle));
  if (typeof haystack === 'string') return haystack.includes(asText(needle));
  if (haystack && typeof haystack === 'object' && typeof needle === 'string') return needle in haystack;
  return false;
}
