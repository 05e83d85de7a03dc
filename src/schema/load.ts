// The statements that load an NDJSON file of records into the tables of ddl.ts, printed from the same
// model: DuckDB reads the file with read_json and the record's own types; Postgres copies each line into
// a jsonb staging table and builds the typed row from it. Both fill `<name>Text` beside each timestamp and
// replace a row whose id is already there, so loading the same run twice gives no duplicates.
import { duckdbType, postgresType, postgresTypeName } from './ddl.js';
import { type Field, type FieldType, hasTimestamp, tableModel } from './model.js';

type Schema = Record<string, unknown>;

const dq = (s: string) => `"${s.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Record fields as they are in the NDJSON (no Text columns, timestamps still strings). */
function recordFields(fields: Field[]): Field[] {
  return fields.filter((f) => f.type.kind !== 'text');
}

// ---------------------------------------------------------------- DuckDB

/** The DuckDB type of a field as it is in the JSON line (timestamps are the strings they are written as). */
function duckdbRecordType(t: FieldType): string {
  switch (t.kind) {
    case 'timestamp':
      return 'VARCHAR';
    case 'struct':
      return `STRUCT(${recordFields(t.fields).map((f) => `${dq(f.name)} ${duckdbRecordType(f.type)}`).join(', ')})`;
    case 'list':
      return `${duckdbRecordType(t.items)}[]`;
    default:
      return duckdbType(t);
  }
}

const duckTs = (s: string) => `CASE WHEN length(${s}) = 10 THEN CAST(${s} || 'T00:00:00Z' AS TIMESTAMPTZ) ELSE CAST(${s} AS TIMESTAMPTZ) END`;

function duckdbExpr(t: FieldType, ref: string, sibling: (name: string) => string, depth: number): string {
  switch (t.kind) {
    case 'timestamp':
      return duckTs(ref);
    case 'text':
      return sibling(t.of);
    case 'struct': {
      if (!hasTimestamp(t)) return ref;
      const get = (n: string) => `struct_extract(${ref}, ${lit(n)})`;
      const members = t.fields.map((f) => `${dq(f.name)} := ${duckdbExpr(f.type, f.type.kind === 'text' ? '' : get(f.name), get, depth + 1)}`);
      return `CASE WHEN ${ref} IS NULL THEN NULL ELSE struct_pack(${members.join(', ')}) END`;
    }
    case 'list': {
      if (!hasTimestamp(t)) return ref;
      const x = `x${depth}`;
      return `list_transform(${ref}, lambda ${x}: ${duckdbExpr(t.items, x, sibling, depth + 1)})`;
    }
    default:
      return ref;
  }
}

/** SELECT list that turns read_json's columns into the table's columns. */
function duckdbSelect(fields: Field[]): string {
  return fields.map((f) => `  ${duckdbExpr(f.type, dq(f.name), dq, 0)} AS ${dq(f.name)}`).join(',\n');
}

/** read_json over NDJSON files (plain or .gz), with the record's own column types. */
export function duckdbReadJson(file: string, schema: Schema): string {
  const cols = recordFields(tableModel(schema)).map((f) => `${dq(f.name)}: ${lit(duckdbRecordType(f.type))}`);
  return `read_json(${lit(file)}, format = 'newline_delimited', records = true, maximum_object_size = 1073741824, columns = {\n    ${cols.join(',\n    ')}\n  })`;
}

/** The table rows from an NDJSON file, as a DuckDB SELECT (for INSERT, or COPY … TO 'x.parquet'). */
export function duckdbSelectFrom(file: string, schema: Schema): string {
  return `SELECT\n${duckdbSelect(tableModel(schema))}\nFROM ${duckdbReadJson(file, schema)}`;
}

export function duckdbLoad(file: string, schema: Schema, table = 'articles'): string {
  const fields = tableModel(schema);
  return `INSERT OR REPLACE INTO ${dq(table)} (${fields.map((f) => dq(f.name)).join(', ')})\n${duckdbSelectFrom(file, schema)};\n`;
}

// ---------------------------------------------------------------- PostgreSQL

const pgText = (v: string) => `(${v} #>> '{}')`;
const pgTs = (v: string) => `CASE WHEN length(${pgText(v)}) = 10 THEN (${pgText(v)} || 'T00:00:00Z')::timestamptz ELSE ${pgText(v)}::timestamptz END`;

function postgresExpr(t: FieldType, v: string, sibling: (name: string) => string, table: string, depth: number): string {
  switch (t.kind) {
    case 'string':
      return pgText(v);
    case 'text':
      return pgText(sibling(t.of));
    case 'integer':
      return `${pgText(v)}::bigint`;
    case 'number':
      return `${pgText(v)}::double precision`;
    case 'boolean':
      return `${pgText(v)}::boolean`;
    case 'timestamp':
      return pgTs(v);
    case 'map':
    case 'json':
      return `NULLIF(${v}, 'null'::jsonb)`;
    case 'struct': {
      const get = (n: string) => `(${v} -> ${lit(n)})`;
      const members = t.fields.map((f) => postgresExpr(f.type, get(f.name), get, table, depth + 1));
      return `CASE WHEN jsonb_typeof(${v}) = 'object' THEN ROW(${members.join(', ')})::${dq(postgresTypeName(table, t.name))} END`;
    }
    case 'list': {
      if (t.items.kind === 'list') return `NULLIF(${v}, 'null'::jsonb)`; // kept as jsonb, see ddl.ts
      const e = `e${depth}`;
      const item = postgresExpr(t.items, `${e}.value`, sibling, table, depth + 1);
      return `CASE WHEN jsonb_typeof(${v}) = 'array' THEN ARRAY(SELECT ${item} FROM jsonb_array_elements(${v}) WITH ORDINALITY AS ${e}(value, n) ORDER BY ${e}.n)::${postgresType(t, table)} END`;
    }
  }
}

/**
 * psql script: copies the NDJSON file (client side, `\copy`) into a temporary jsonb table, then inserts
 * typed rows, replacing those whose id is already there. Run with `psql -v ON_ERROR_STOP=1 -f`.
 */
export function postgresLoad(file: string, schema: Schema, table = 'articles'): string {
  const fields = tableModel(schema);
  const get = (n: string) => `(line -> ${lit(n)})`;
  const exprs = fields.map((f) => `  ${postgresExpr(f.type, get(f.name), get, table, 0)}`);
  const updates = fields.filter((f) => f.name !== 'id').map((f) => `${dq(f.name)} = EXCLUDED.${dq(f.name)}`);
  return [
    'CREATE TEMP TABLE IF NOT EXISTS copydesk_load (line jsonb);',
    'TRUNCATE copydesk_load;',
    // CSV with quote and delimiter bytes that JSON never holds raw: each line arrives whole, backslashes untouched.
    `\\copy copydesk_load (line) FROM ${lit(file)} WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')`,
    `INSERT INTO ${dq(table)} (${fields.map((f) => dq(f.name)).join(', ')})`,
    'SELECT',
    exprs.join(',\n'),
    'FROM copydesk_load WHERE line IS NOT NULL',
    `ON CONFLICT (${dq('id')}) DO UPDATE SET ${updates.join(', ')};`,
    '',
  ].join('\n');
}
