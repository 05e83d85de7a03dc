// Table definitions derived from the record schema: no field lost in any dialect, BigQuery's output checked
// against its documented shape (TableFieldSchema), ClickHouse's against its type rules. DuckDB and Postgres
// DDL are executed in test/e2e/warehouse-*.test.ts.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { type BigQueryField, tableDefinition } from '../../src/schema/ddl.js';
import { tableModel } from '../../src/schema/model.js';
import { articleSchema } from '../../src/validate/index.js';

type Node = Record<string, any>;

/** Every property path of the schema, e.g. `quotes.speaker.name`, following $ref and anyOf. */
function schemaPaths(node: Node, root: Node = node, prefix = '', depth = 0): string[] {
  if (depth > 10) return [];
  if (node.$ref) return schemaPaths(root.$defs[node.$ref.split('/').pop()], root, prefix, depth + 1);
  if (node.anyOf) return [...new Set(node.anyOf.flatMap((b: Node) => schemaPaths(b, root, prefix, depth + 1)))] as string[];
  if (node.items) return schemaPaths(node.items, root, prefix, depth + 1);
  if (!node.properties) return [];
  return Object.entries(node.properties as Record<string, Node>).flatMap(([k, v]) => [prefix + k, ...schemaPaths(v, root, `${prefix}${k}.`, depth + 1)]);
}

const paths = schemaPaths(articleSchema);

// BigQuery's TableFieldSchema as documented (cloud.google.com/bigquery/docs/schemas, REST TableFieldSchema):
// a column name starts with a letter or underscore, holds letters, digits and underscores, at most 300
// characters; a description is at most 1,024 characters; RECORD fields carry `fields`, other types do not;
// nesting at most 15 levels.
const bigqueryShape = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'array',
  minItems: 1,
  items: { $ref: '#/$defs/field' },
  $defs: {
    field: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'type', 'mode'],
      properties: {
        name: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,299}$' },
        type: { enum: ['STRING', 'BYTES', 'INTEGER', 'INT64', 'FLOAT', 'FLOAT64', 'NUMERIC', 'BIGNUMERIC', 'BOOLEAN', 'BOOL', 'TIMESTAMP', 'DATE', 'TIME', 'DATETIME', 'GEOGRAPHY', 'JSON', 'RECORD', 'STRUCT', 'RANGE'] },
        mode: { enum: ['NULLABLE', 'REQUIRED', 'REPEATED'] },
        description: { type: 'string', maxLength: 1024 },
        fields: { type: 'array', minItems: 1, items: { $ref: '#/$defs/field' } },
      },
      if: { properties: { type: { enum: ['RECORD', 'STRUCT'] } } },
      then: { required: ['fields'] },
      else: { not: { required: ['fields'] } },
    },
  },
};

function bqPaths(fields: BigQueryField[], prefix = ''): string[] {
  return fields.flatMap((f) => [prefix + f.name, ...(f.fields ? bqPaths(f.fields, `${prefix}${f.name}.`) : [])]);
}

function depth(fields: BigQueryField[]): number {
  return 1 + Math.max(0, ...fields.map((f) => (f.fields ? depth(f.fields) : 0)));
}

describe('copydesk schema --format bigquery', () => {
  const bq = JSON.parse(tableDefinition(articleSchema, 'bigquery')) as BigQueryField[];

  it('has the documented shape of a BigQuery JSON schema', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(bigqueryShape);
    expect(validate(bq), JSON.stringify(validate.errors)).toBe(true);
    expect(depth(bq)).toBeLessThanOrEqual(15);
    const names = bq.map((f) => f.name.toLowerCase()); // BigQuery column names are case-insensitive
    expect(new Set(names).size).toBe(names.length);
  });

  it('loses no field, and adds only the Text column beside each timestamp', () => {
    const got = bqPaths(bq);
    for (const p of paths) expect(got).toContain(p);
    expect(got.filter((p) => !paths.includes(p)).sort()).toEqual(['dateModifiedText', 'datePublishedText', 'input.fetchedAtText']);
  });

  it('types nested and repeated fields as RECORD / REPEATED, dates as TIMESTAMP', () => {
    const f = (name: string) => bq.find((x) => x.name === name)!;
    expect(f('quotes')).toMatchObject({ type: 'RECORD', mode: 'REPEATED' });
    expect(f('quotes').fields!.find((x) => x.name === 'speaker')).toMatchObject({ type: 'RECORD', mode: 'NULLABLE' });
    expect(f('images').fields!.find((x) => x.name === 'agencies')).toMatchObject({ type: 'STRING', mode: 'REPEATED' });
    expect(f('authors')).toMatchObject({ type: 'RECORD', mode: 'REPEATED' });
    expect(f('copyright')).toMatchObject({ type: 'RECORD', mode: 'NULLABLE' });
    expect(f('datePublished')).toMatchObject({ type: 'TIMESTAMP', mode: 'NULLABLE' });
    expect(f('datePublishedText')).toMatchObject({ type: 'STRING', mode: 'NULLABLE' });
    expect(f('id')).toMatchObject({ type: 'STRING', mode: 'REQUIRED' });
    expect(f('wordCount')).toMatchObject({ type: 'INTEGER', mode: 'NULLABLE' });
    expect(f('provenance')).toMatchObject({ type: 'JSON' });
  });
});

describe('copydesk schema --format clickhouse | duckdb | postgres', () => {
  const leaves = paths.map((p) => p.split('.').pop()!);

  it.each(['clickhouse', 'duckdb', 'postgres'] as const)('%s: names every field of the schema', (format) => {
    const ddl = tableDefinition(articleSchema, format);
    const quote = format === 'clickhouse' ? '`' : '"';
    for (const name of new Set(leaves)) expect(ddl, name).toContain(`${quote}${name}${quote}`);
    expect(ddl).toMatch(/CREATE TABLE IF NOT EXISTS .articles. \(/);
  });

  it('ClickHouse: balanced, no Nullable around Tuple, Array or Map, ReplacingMergeTree on id', () => {
    const ddl = tableDefinition(articleSchema, 'clickhouse');
    const body = ddl.replace(/^--.*$/gm, '');
    let open = 0;
    for (const c of body) {
      if (c === '(') open++;
      if (c === ')') open--;
      expect(open).toBeGreaterThanOrEqual(0);
    }
    expect(open).toBe(0);
    expect(body).not.toMatch(/Nullable\((Tuple|Array|Map)/);
    expect(body).toMatch(/`datePublished` Nullable\(DateTime64\(3, 'UTC'\)\)/);
    expect(body).toMatch(/`quotes` Array\(Tuple\(/);
    expect(body).toMatch(/ENGINE = ReplacingMergeTree\nORDER BY id;/);
  });

  it('uses the table name given, and refuses one that is not an identifier', () => {
    expect(tableDefinition(articleSchema, 'postgres', { table: 'news_2025' })).toMatch(/CREATE TYPE "news_2025_quote"/);
    expect(() => tableDefinition(articleSchema, 'duckdb', { table: 'x; DROP TABLE y' })).toThrow(/Expected a table name/);
  });
});

describe('tableModel', () => {
  it('reads nullable unions, maps, timestamps and untypeable unions', () => {
    const fields = tableModel({
      type: 'object',
      required: ['a'],
      properties: {
        a: { type: ['integer', 'null'] },
        m: { type: 'object', additionalProperties: { type: 'string' } },
        t: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
        u: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
        l: { type: 'array', items: { type: 'array', items: { type: 'number' } } },
      },
    });
    expect(fields.map((f) => [f.name, f.type.kind, f.nullable])).toEqual([
      ['a', 'integer', true],
      ['m', 'map', true],
      ['t', 'timestamp', true],
      ['tText', 'text', true],
      ['u', 'json', true],
      ['l', 'list', true],
    ]);
  });

  it('refuses a property that would clash with a Text column', () => {
    expect(() => tableModel({ type: 'object', properties: { d: { type: 'string', format: 'date' }, dText: { type: 'string' } } })).toThrow(/dText/);
  });
});

describe('schemaText (copydesk schema)', () => {
  it('prints the record schema by default, byte for byte what schemas/ holds once parsed', async () => {
    const { schemaText } = await import('../../src/schema/index.js');
    expect(JSON.parse(schemaText('json-schema'))).toEqual(articleSchema);
    expect(schemaText('duckdb', { load: 'out/a.ndjson' })).toMatch(/INSERT OR REPLACE INTO "articles"[\s\S]*read_json\('out\/a\.ndjson'/);
    expect(schemaText('postgres', { load: "it's.ndjson" })).toMatch(/\\copy copydesk_load \(line\) FROM 'it''s\.ndjson'/);
    expect(() => schemaText('bigquery', { load: 'x' })).toThrow(/Expected --load with --format duckdb or postgres/);
  });
});
