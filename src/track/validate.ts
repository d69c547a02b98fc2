import type { Document, Node, Pair } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from './yaml-lazy.js';
import { describeType, type Schema } from './schema.js';

/** Where a problem is, as an offset into the source, and which field it concerns ("checks[0].expect.tty"). */
export interface NodeProblem {
  offset: number;
  field: string;
  message: string;
}

/**
 * Validates a YAML syntax tree against a schema and collects every problem (not just the first), each at the
 * offset of the node it concerns, so the caller can print file:line:column.
 */
export function validateDocument(document: Document, schema: Schema): NodeProblem[] {
  const problems: NodeProblem[] = [];
  visit(document, document.contents as Node | null, schema, '', 0, problems);
  return problems;
}

function visit(
  document: Document,
  rawNode: Node | null | undefined,
  schema: Schema,
  field: string,
  fallbackOffset: number,
  problems: NodeProblem[],
): void {
  const node = isAlias(rawNode) ? (rawNode.resolve(document) as Node | undefined) : rawNode;
  const offset = node?.range?.[0] ?? fallbackOffset;
  const report = (message: string, at = offset, where = field): void => {
    problems.push({ offset: at, field: where, message });
  };
  const value = isScalar(node) ? node.value : undefined;
  const wrongType = () => report(`expected ${describeType(schema)}, found ${describeNode(node)}`);

  switch (schema.type) {
    case 'any':
      return;
    case 'string':
      if (!isScalar(node) || typeof value !== 'string') {
        // YAML has already turned an unquoted 1.0 or yes into a number or boolean: tell the author to quote it.
        if (isScalar(node) && (typeof value === 'number' || typeof value === 'boolean')) {
          report(`expected ${describeType(schema)}, found ${describeNode(node)}; put it in quotes to make it text`);
        } else wrongType();
        return;
      }
      if (schema.enum && !schema.enum.includes(value)) {
        report(`"${value}" is not allowed here; expected ${describeType(schema)}${suggestion(value, schema.enum)}`);
      } else if (schema.minLength !== undefined && value.trim().length < schema.minLength) {
        report('must not be empty');
      } else if (schema.regex) {
        try {
          new RegExp(value);
        } catch (error) {
          report(`not a valid regular expression: ${(error as Error).message}`);
        }
      }
      return;
    case 'integer':
      if (!isScalar(node) || typeof value !== 'number' || !Number.isFinite(value) || (!schema.fractions && !Number.isInteger(value))) return wrongType();
      if (schema.minimum !== undefined && value < schema.minimum) report(`must be at least ${schema.minimum}`);
      return;
    case 'boolean':
      if (!isScalar(node) || typeof value !== 'boolean') wrongType();
      return;
    case 'array':
      if (!isSeq(node)) return wrongType();
      if (schema.minItems !== undefined && node.items.length < schema.minItems) {
        report(`needs at least ${schema.minItems} ${schema.minItems === 1 ? 'entry' : 'entries'}, found ${node.items.length}`);
      }
      node.items.forEach((item, index) =>
        visit(document, item as Node, schema.items, `${field}[${index}]`, offset, problems),
      );
      return;
    case 'record':
      if (!isMap(node)) return wrongType();
      for (const pair of node.items as Pair<Node, Node>[]) {
        visit(document, pair.value, schema.values, join(field, keyText(pair)), keyOffset(pair, offset), problems);
      }
      return;
    case 'union': {
      const option = (schema.options as Schema[]).find((candidate) => shapeMatches(candidate, node));
      if (!option) return wrongType();
      return visit(document, node, option, field, offset, problems);
    }
    case 'tagged': {
      if (!isMap(node)) return wrongType();
      const tagPair = (node.items as Pair<Node, Node>[]).find((pair) => keyText(pair) === schema.tag);
      const tagValue = isScalar(tagPair?.value) ? String(tagPair.value.value) : undefined;
      const names = Object.keys(schema.variants);
      if (tagValue === undefined) {
        return report(`missing "${schema.tag}"; expected one of ${names.join(', ')}`, offset, join(field, schema.tag));
      }
      // Own keys only: a kind or key named like an Object method (toString, valueOf) is just unknown.
      const variant = Object.hasOwn(schema.variants, tagValue) ? schema.variants[tagValue] : undefined;
      if (!variant) {
        const at = tagPair?.value?.range?.[0] ?? offset;
        return report(
          `unknown ${schema.tag} "${tagValue}"${suggestion(tagValue, names)}; valid: ${names.join(', ')}`,
          at,
          join(field, schema.tag),
        );
      }
      return visitObject(document, node, variant.properties, variant.requireOneOf, field, offset, problems, schema.tag);
    }
    case 'object':
      if (!isMap(node)) return wrongType();
      return visitObject(document, node, schema.properties, schema.requireOneOf, field, offset, problems);
  }
}

function visitObject(
  document: Document,
  node: Node,
  properties: Record<string, { schema: Schema; required: boolean }>,
  requireOneOf: readonly string[] | undefined,
  field: string,
  offset: number,
  problems: NodeProblem[],
  tagKey?: string,
): void {
  if (!isMap(node)) return;
  const known = Object.keys(properties);
  const seen = new Set<string>();
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = keyText(pair);
    const at = keyOffset(pair, offset);
    if (seen.has(key)) problems.push({ offset: at, field: join(field, key), message: `"${key}" appears twice` });
    seen.add(key);
    if (key === tagKey) continue;
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (!property) {
      problems.push({
        offset: at,
        field: join(field, key),
        message: `unknown key "${key}"${suggestion(key, known)}; allowed here: ${known.join(', ')}`,
      });
      continue;
    }
    visit(document, pair.value, property.schema, join(field, key), at, problems);
  }
  for (const [key, property] of Object.entries(properties)) {
    if (property.required && !seen.has(key)) {
      problems.push({ offset, field: join(field, key), message: `missing required key "${key}"` });
    }
  }
  if (requireOneOf && !requireOneOf.some((key) => seen.has(key))) {
    problems.push({ offset, field: field || '(top level)', message: `needs one of: ${requireOneOf.join(', ')}` });
  }
}

function shapeMatches(schema: Schema, node: Node | null | undefined): boolean {
  switch (schema.type) {
    case 'array':
      return isSeq(node);
    case 'object':
    case 'record':
    case 'tagged':
      return isMap(node);
    case 'any':
      return true;
    case 'string':
      return isScalar(node) && typeof node.value === 'string';
    case 'integer':
      return isScalar(node) && typeof node.value === 'number';
    case 'boolean':
      return isScalar(node) && typeof node.value === 'boolean';
    case 'union':
      return (schema.options as Schema[]).some((option) => shapeMatches(option, node));
  }
}

function describeNode(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) {
    if (node.value === null) return 'nothing (null)';
    if (typeof node.value === 'string') return `the text "${truncate(node.value)}"`;
    return `${typeof node.value} ${String(node.value)}`;
  }
  return 'something else';
}

const truncate = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);
const join = (field: string, key: string) => (field ? `${field}.${key}` : key);
const keyText = (pair: Pair<unknown, unknown>) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
const keyOffset = (pair: Pair<unknown, unknown>, fallback: number) =>
  (pair.key as Node | null)?.range?.[0] ?? fallback;

/** ` (did you mean "image"?)` when a known name is a likely typo of what was written. */
export function suggestion(written: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(written.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

/** Edits between two words, a swap of neighbouring letters counting as one (titel → title). */
function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
      }
    }
    [beforePrevious, previous] = [previous, current];
  }
  return previous[b.length];
}
