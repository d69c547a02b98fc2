/**
 * A small schema language for exercise files. One definition gives three things: the TypeScript type of a
 * parsed exercise (`Infer`), validation of the YAML syntax tree with exact positions, and (later) the
 * published JSON Schema. Keeping them in one place is what keeps them from drifting apart.
 */

export interface Described {
  description?: string;
}
export interface StringSchema extends Described {
  type: 'string';
  enum?: readonly string[];
  minLength?: number;
  /** Checked with `new RegExp(value)` when true: the string itself must be a valid regular expression. */
  regex?: boolean;
}
export interface IntegerSchema extends Described {
  type: 'integer';
  minimum?: number;
  /** A number with a fraction is allowed too (0.5 CPUs). */
  fractions?: boolean;
}
export interface BooleanSchema extends Described {
  type: 'boolean';
}
/** Any YAML value (used where a check compares with whatever the Engine returns). */
export interface AnySchema extends Described {
  type: 'any';
}
export interface ArraySchema<I extends Schema = Schema> extends Described {
  type: 'array';
  items: I;
  minItems?: number;
}
export interface Property<S extends Schema = Schema> {
  schema: S;
  required: boolean;
}
export type Properties = Record<string, Property>;
export interface ObjectSchema<P extends Properties = Properties> extends Described {
  type: 'object';
  properties: P;
  /** At least one of these keys must be present. */
  requireOneOf?: readonly string[];
}
export interface RecordSchema<V extends Schema = Schema> extends Described {
  type: 'record';
  values: V;
}
/** Alternatives told apart by the YAML node's shape: scalar, sequence or mapping. */
export interface UnionSchema<O extends readonly Schema[] = readonly Schema[]> extends Described {
  type: 'union';
  options: O;
}
/** Mappings told apart by one key, e.g. `kind: container`. */
export interface TaggedSchema<V extends Record<string, ObjectSchema> = Record<string, ObjectSchema>> extends Described {
  type: 'tagged';
  tag: string;
  variants: V;
}

export type Schema =
  | StringSchema
  | IntegerSchema
  | BooleanSchema
  | AnySchema
  | ArraySchema<any>
  | ObjectSchema<any>
  | RecordSchema<any>
  | UnionSchema<any>
  | TaggedSchema<any>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type InferObject<P extends Properties> = Simplify<
  { [K in keyof P as P[K]['required'] extends true ? K : never]: Infer<P[K]['schema']> } & {
    [K in keyof P as P[K]['required'] extends true ? never : K]?: Infer<P[K]['schema']>;
  }
>;
type InferTagged<Tag extends string, V extends Record<string, ObjectSchema>> = {
  [K in keyof V & string]: { [T in Tag]: K } & Infer<V[K]>;
}[keyof V & string];

/** The TypeScript type of a value that passed validation against schema S. */
export type Infer<S> = S extends StringSchema
  ? S['enum'] extends readonly (infer E)[]
    ? E
    : string
  : S extends IntegerSchema
    ? number
    : S extends BooleanSchema
      ? boolean
      : S extends AnySchema
        ? unknown
        : S extends ArraySchema<infer I>
          ? Infer<I>[]
          : S extends ObjectSchema<infer P>
            ? InferObject<P>
            : S extends RecordSchema<infer V>
              ? Record<string, Infer<V>>
              : S extends UnionSchema<infer O>
                ? Infer<O[number]>
                : S extends TaggedSchema<infer V>
                  ? InferTagged<S['tag'], V>
                  : never;

// Builders, so definitions read like the YAML they describe.
export const string = (options: Omit<StringSchema, 'type'> = {}): StringSchema => ({ type: 'string', ...options });
export const oneOf = <const E extends readonly string[]>(values: E, description?: string) =>
  ({ type: 'string', enum: values, description }) as const;
export const integer = (options: Omit<IntegerSchema, 'type'> = {}): IntegerSchema => ({ type: 'integer', ...options });
export const number = (options: Omit<IntegerSchema, 'type' | 'fractions'> = {}): IntegerSchema => ({ type: 'integer', fractions: true, ...options });
export const boolean = (description?: string): BooleanSchema => ({ type: 'boolean', description });
export const anyValue = (description?: string): AnySchema => ({ type: 'any', description });
export const array = <I extends Schema>(items: I, options: Omit<ArraySchema, 'type' | 'items'> = {}): ArraySchema<I> => ({
  type: 'array',
  items,
  ...options,
});
export const object = <P extends Properties>(
  properties: P,
  options: Omit<ObjectSchema, 'type' | 'properties'> = {},
): ObjectSchema<P> => ({ type: 'object', properties, ...options });
export const record = <V extends Schema>(values: V, description?: string): RecordSchema<V> => ({
  type: 'record',
  values,
  description,
});
export const union = <const O extends readonly Schema[]>(options: O, description?: string): UnionSchema<O> => ({
  type: 'union',
  options,
  description,
});
export const tagged = <const T extends string, V extends Record<string, ObjectSchema>>(
  tag: T,
  variants: V,
  description?: string,
) => ({ type: 'tagged', tag, variants, description }) as TaggedSchema<V> & { tag: T };
export const required = <S extends Schema>(schema: S): Property<S> & { required: true } => ({ schema, required: true });
export const optional = <S extends Schema>(schema: S): Property<S> & { required: false } => ({ schema, required: false });

/** A few words for "expected …" in messages. */
export function describeType(schema: Schema): string {
  switch (schema.type) {
    case 'string':
      return schema.enum ? `one of ${schema.enum.map((value) => `"${value}"`).join(', ')}` : 'a string';
    case 'integer':
      return schema.fractions ? 'a number' : 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'any':
      return 'any value';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
    case 'tagged':
      return 'a mapping (key: value)';
    case 'union':
      return schema.options.map(describeType).join(' or ');
  }
}
