// The record schema read as a table: one walk over schemas/article.schema.json gives a tree of typed fields
// that every warehouse dialect (ddl.ts) and every loader (load.ts) is printed from. Nothing here is written
// by hand per field, so a field added to the schema reaches every table definition.
//
// Dates: a string with `format: date-time` or `date` (or an anyOf of them, like DateOrNull) is a
// `timestamp` field. It becomes two columns: `<name>` (TIMESTAMPTZ, the instant; a date alone is
// midnight UTC of that day) and `<name>Text` (the string as the record has it, so the page's offset and
// the fact that only a day was known are kept). See README "Warehouses".

export type FieldType =
  | { kind: 'string' | 'integer' | 'number' | 'boolean' }
  /** ISO 8601 date-time with offset (or a date alone when `dateOnly`) loaded as an instant. */
  | { kind: 'timestamp'; dateOnly: boolean }
  /** The original string of the timestamp column named `of`, at the same level. */
  | { kind: 'text'; of: string }
  /** An object with free keys (additionalProperties only), e.g. provenance. */
  | { kind: 'map'; values: FieldType }
  | { kind: 'struct'; name: string; fields: Field[] }
  | { kind: 'list'; items: FieldType }
  /** Anything the walk cannot type (a union of different shapes): stored as JSON. */
  | { kind: 'json' };

export interface Field {
  name: string;
  type: FieldType;
  /** May be null or absent in a record. */
  nullable: boolean;
  description: string | null;
}

type Node = Record<string, unknown>;

/** Suffix of the column that keeps a timestamp field's original string. */
export const TEXT_SUFFIX = 'Text';

/**
 * The table's columns, in the schema's property order (required first, as the schema lists them, then
 * the optional ones), with a `<name>Text` column after each timestamp.
 */
export function tableModel(schema: Node): Field[] {
  const root = schema;
  const type = walk(root, root, 'Article', new Set());
  if (type.t.kind !== 'struct') throw new Error('Expected the record schema to describe an object');
  return type.t.fields;
}

interface Walked {
  t: FieldType;
  nullable: boolean;
  description: string | null;
}

function resolve(root: Node, node: Node): { node: Node; name: string | null } {
  const ref = node.$ref;
  if (typeof ref !== 'string') return { node, name: null };
  const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const defs = root.$defs as Record<string, Node> | undefined;
  const target = m && defs ? defs[m[1]!] : undefined;
  if (!target) throw new Error(`Expected a local reference #/$defs/<name>, got \`${ref}\``);
  return { node: target, name: m![1]! };
}

function walk(root: Node, raw: Node, nameHint: string, seen: Set<string>): Walked {
  const { node, name } = resolve(root, raw);
  if (name) {
    if (seen.has(name)) return { t: { kind: 'json' }, nullable: true, description: null }; // recursive type
    seen = new Set(seen).add(name);
  }
  const description = (raw.description as string | undefined) ?? (node.description as string | undefined) ?? null;
  const typeName = name ?? nameHint;

  if (Array.isArray(node.anyOf) || Array.isArray(node.oneOf)) {
    const all = (node.anyOf ?? node.oneOf) as Node[];
    const nonNull = all.filter((b) => !isNullSchema(resolve(root, b).node)).map((b) => walk(root, b, typeName, seen));
    const nullable = nonNull.length < all.length || nonNull.some((b) => b.nullable);
    if (nonNull.length === 0) return { t: { kind: 'json' }, nullable: true, description };
    if (nonNull.every((b) => b.t.kind === 'timestamp')) {
      const dateOnly = nonNull.some((b) => b.t.kind === 'timestamp' && b.t.dateOnly);
      return { t: { kind: 'timestamp', dateOnly }, nullable, description };
    }
    const first = nonNull[0]!;
    if (nonNull.every((b) => sameType(b.t, first.t))) return { t: first.t, nullable, description };
    return { t: { kind: 'json' }, nullable, description };
  }

  let types: string[];
  if (Array.isArray(node.type)) types = node.type as string[];
  else if (typeof node.type === 'string') types = [node.type];
  else if ('const' in node) types = [jsonType(node.const)];
  else if (Array.isArray(node.enum)) types = [...new Set((node.enum as unknown[]).map(jsonType))];
  else types = [];
  const nullable = types.includes('null');
  const rest = types.filter((t) => t !== 'null');
  if (rest.length === 0) return { t: { kind: 'json' }, nullable: true, description };
  if (rest.length > 1) {
    if (rest.every((t) => t === 'integer' || t === 'number')) return { t: { kind: 'number' }, nullable, description };
    return { t: { kind: 'json' }, nullable, description };
  }
  const t = rest[0]!;
  switch (t) {
    case 'string': {
      if (node.format === 'date-time' || node.format === 'date') {
        return { t: { kind: 'timestamp', dateOnly: node.format === 'date' }, nullable, description };
      }
      return { t: { kind: 'string' }, nullable, description };
    }
    case 'integer':
    case 'number':
    case 'boolean':
      return { t: { kind: t }, nullable, description };
    case 'array': {
      const items = node.items && typeof node.items === 'object' ? walk(root, node.items as Node, singular(typeName), seen) : null;
      if (!items || items.nullable) return { t: { kind: 'json' }, nullable, description };
      return { t: { kind: 'list', items: items.t }, nullable, description };
    }
    case 'object': {
      const props = node.properties as Record<string, Node> | undefined;
      if (props && Object.keys(props).length) {
        const required = new Set((node.required as string[] | undefined) ?? []);
        const fields: Field[] = [];
        for (const [key, sub] of Object.entries(props)) {
          const w = walk(root, sub, pascal(key), seen);
          fields.push({ name: key, type: w.t, nullable: w.nullable || !required.has(key), description: w.description });
          if (w.t.kind === 'timestamp') {
            const textName = key + TEXT_SUFFIX;
            if (textName in props) throw new Error(`Expected no property \`${textName}\` beside the timestamp \`${key}\`: the table uses that name for the original string`);
            fields.push({
              name: textName,
              type: { kind: 'text', of: key },
              nullable: true,
              description: `${key} as written in the record: ISO 8601 with the page's offset${w.t.dateOnly ? ', or a date alone' : ''}.`,
            });
          }
        }
        return { t: { kind: 'struct', name: typeName, fields }, nullable, description };
      }
      const ap = node.additionalProperties;
      if (ap && typeof ap === 'object') {
        const values = walk(root, ap as Node, typeName + 'Value', seen);
        if (!values.nullable && isScalar(values.t)) return { t: { kind: 'map', values: values.t }, nullable, description };
      }
      return { t: { kind: 'json' }, nullable, description };
    }
    default:
      return { t: { kind: 'json' }, nullable, description };
  }
}

function isNullSchema(node: Node): boolean {
  return node.type === 'null' || ('const' in node && node.const === null);
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function sameType(a: FieldType, b: FieldType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function isScalar(t: FieldType): boolean {
  return t.kind === 'string' || t.kind === 'integer' || t.kind === 'number' || t.kind === 'boolean';
}

/** True when the type holds a timestamp somewhere, so a loader must rebuild it rather than copy it. */
export function hasTimestamp(t: FieldType): boolean {
  if (t.kind === 'timestamp') return true;
  if (t.kind === 'struct') return t.fields.some((f) => hasTimestamp(f.type));
  if (t.kind === 'list') return hasTimestamp(t.items);
  return false;
}

function pascal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function singular(s: string): string {
  return s.endsWith('ies') ? s.slice(0, -3) + 'y' : s.endsWith('s') ? s.slice(0, -1) : s;
}
