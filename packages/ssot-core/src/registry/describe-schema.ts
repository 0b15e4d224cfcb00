/** Puts what a schema expects into words for error messages: `one of "error", "warn", "off"`. */
import type { ErrorObject } from 'ajv';

/**
 * The schema keywords read here. Ajv types schema objects loosely (every member `any`), so this
 * interface is what gives them a shape.
 */
export interface SchemaNode {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  /** Annotation, also shown by VS Code: the words for a failed `not`. */
  errorMessage?: string;
  /** Annotation, also shown by VS Code: the words for a failed `pattern`. */
  patternErrorMessage?: string;
  /** Other keywords, unread. */
  [keyword: string]: unknown;
}

export function describeError(error: ErrorObject): string {
  const schema: SchemaNode = error.parentSchema ?? {};
  const params: Record<string, unknown> = error.params;
  const limit = typeof params.limit === 'number' ? params.limit : 1;
  switch (error.keyword) {
    case 'type':
    case 'enum':
    case 'const':
      return describeSchema(schema);
    case 'required': {
      const property = typeof params.missingProperty === 'string' ? schema.properties?.[params.missingProperty] : undefined;
      return property ? describeSchema(property) : 'a value';
    }
    case 'additionalProperties':
      return describeKnownFields(Object.keys(schema.properties ?? {}), String(params.additionalProperty));
    case 'minLength':
      return limit === 1 ? 'a non-empty string' : `a string of at least ${limit} characters`;
    case 'minItems':
      return limit === 1 ? 'a non-empty list' : `a list of at least ${limit} items`;
    case 'minimum':
    case 'maximum':
      return describeNumber(schema);
    case 'format':
      return describeFormat(String(params.format));
    case 'pattern':
      return schema.patternErrorMessage ?? `a string matching /${schema.pattern ?? ''}/`;
    case 'not':
      return schema.errorMessage ?? 'a different value';
    case 'oneOf':
      return describeAlternatives(schema.oneOf ?? []);
    case 'anyOf':
      return describeAlternatives(schema.anyOf ?? []);
    default:
      return error.message ?? 'a valid value';
  }
}

export function describeSchema(schema: SchemaNode): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (schema.oneOf) return describeAlternatives(schema.oneOf);
  if (schema.anyOf) return describeAlternatives(schema.anyOf);
  const types = schema.type === undefined ? [] : [schema.type].flat();
  return types.length === 0 ? 'a value' : joinWords(types.map((t) => describeType(t, schema)), 'or');
}

function describeType(type: string, schema: SchemaNode): string {
  switch (type) {
    case 'string':
      if (schema.patternErrorMessage) return schema.patternErrorMessage;
      if (schema.format) return describeFormat(schema.format);
      return (schema.minLength ?? 0) >= 1 ? 'a non-empty string' : 'a string';
    case 'array':
      return (schema.minItems ?? 0) >= 1 ? 'a non-empty list' : 'a list';
    case 'object':
      return 'an object';
    case 'number':
    case 'integer':
      return describeNumber(schema);
    case 'boolean':
      return 'true or false';
    default:
      return type;
  }
}

function describeNumber(schema: SchemaNode): string {
  const noun = schema.type === 'integer' ? 'a whole number' : 'a number';
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined) return `${noun} from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return `${noun} of at least ${minimum}`;
  if (maximum !== undefined) return `${noun} of at most ${maximum}`;
  return noun;
}

function describeFormat(format: string): string {
  return format === 'date' ? 'a real calendar date, YYYY-MM-DD' : `a ${format}`;
}

/** Objects told apart by one required key read as "exactly one of"; anything else as a list of options. */
function describeAlternatives(branches: readonly SchemaNode[]): string {
  const keys = branches.map((b) => (b.type === 'object' && b.required?.length === 1 ? b.required[0] : undefined));
  if (keys.length > 0 && keys.every((k) => k !== undefined)) {
    return `an object with exactly one of ${joinWords(keys.map((k) => `"${k}"`), 'or')}`;
  }
  return joinWords(branches.map(describeSchema), 'or');
}

function describeKnownFields(known: readonly string[], unknown: string): string {
  const close = known.filter((k) => editDistance(k.toLowerCase(), unknown.toLowerCase()) <= 2);
  if (close.length === 1) return `a known field (did you mean "${close[0]}"?)`;
  return `one of the known fields ${joinWords(known.map((k) => `"${k}"`), 'or')}`;
}

function joinWords(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** Levenshtein distance, for "did you mean" on short field names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
