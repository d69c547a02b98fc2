import type { ObjectSchema, Schema } from './schema.js';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a schema written in our schema language: what editors use to complete and
 * check exercise files as instructors type. Generated, never written by hand, so it cannot drift from the
 * validator.
 */
export function toJsonSchema(schema: Schema): JsonSchema {
  const described = (body: JsonSchema): JsonSchema => (schema.description ? { description: schema.description, ...body } : body);
  switch (schema.type) {
    case 'string':
      return described({
        type: 'string',
        ...(schema.enum ? { enum: [...schema.enum] } : {}),
        ...(schema.minLength ? { minLength: schema.minLength, pattern: '\\S' } : {}),
        ...(schema.regex ? { format: 'regex' } : {}),
      });
    case 'integer':
      return described({ type: schema.fractions ? 'number' : 'integer', ...(schema.minimum !== undefined ? { minimum: schema.minimum } : {}) });
    case 'boolean':
      return described({ type: 'boolean' });
    case 'any':
      return described({});
    case 'array':
      return described({
        type: 'array',
        items: toJsonSchema(schema.items),
        ...(schema.minItems !== undefined ? { minItems: schema.minItems } : {}),
      });
    case 'record':
      return described({ type: 'object', additionalProperties: toJsonSchema(schema.values) });
    case 'union':
      return described({ anyOf: (schema.options as Schema[]).map(toJsonSchema) });
    case 'object':
      return described(objectSchema(schema.properties, schema.requireOneOf));
    case 'tagged':
      // One branch per value of the tag, so an editor shows the right keys as soon as `kind:` is typed.
      return described({
        type: 'object',
        required: [schema.tag],
        properties: { [schema.tag]: { enum: Object.keys(schema.variants) } },
        allOf: Object.entries(schema.variants as Record<string, ObjectSchema>).map(([name, variant]) => ({
          if: { properties: { [schema.tag]: { const: name } } },
          then: objectSchema({ ...variant.properties, [schema.tag]: { schema: { type: 'string', enum: [name] }, required: true } }, variant.requireOneOf),
        })),
      });
  }
}

function objectSchema(properties: Record<string, { schema: Schema; required: boolean }>, requireOneOf?: readonly string[]): JsonSchema {
  const required = Object.entries(properties)
    .filter(([, property]) => property.required)
    .map(([key]) => key);
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, toJsonSchema(property.schema)])),
    additionalProperties: false,
    ...(required.length ? { required } : {}),
    ...(requireOneOf ? { anyOf: requireOneOf.map((key) => ({ required: [key] })) } : {}),
  };
}

/** A complete schema document, with its identity and title. */
export function jsonSchemaDocument(schema: Schema, id: string, title: string): JsonSchema {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: id, title, ...toJsonSchema(schema) };
}
