// The real load test: a run on samples/ loaded into embedded DuckDB with the DDL and load statement that
// `copydesk schema --format duckdb --load` prints, then queried the way a warehouse user would.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asRecord, cmp, dropNulls, expectedAgencies, expectedQuotes, instantMs, type Rec, runCli, samplesRun } from './warehouse-fixture.js';

let db: DuckDBInstance;
let conn: DuckDBConnection;
let run: { dir: string; file: string; records: Rec[] };

const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Rec[];

beforeAll(async () => {
  run = samplesRun('copydesk-duckdb-');
  db = await DuckDBInstance.create(':memory:');
  conn = await db.connect();
  const ddl = runCli(['schema', '--format', 'duckdb', '--load', run.file]);
  expect(ddl.status, ddl.stderr).toBe(0);
  await conn.run(ddl.stdout);
}, 120_000); // an extract run of samples/ first: slow on a loaded 2-core machine

afterAll(() => {
  conn?.closeSync();
  db?.closeSync();
});

describe('DuckDB load of a samples/ run', () => {
  it('gives one row per record, and a second load of the same run adds none (ids are stable keys)', async () => {
    expect(run.records.length).toBe(8); // 7 samples + the full record
    expect(await rows('SELECT count(*)::INTEGER AS n, count(DISTINCT id)::INTEGER AS ids FROM articles')).toEqual([{ n: 8, ids: 8 }]);
    const again = runCli(['schema', '--format', 'duckdb', '--load', run.file]);
    await conn.run(again.stdout); // CREATE TABLE IF NOT EXISTS + INSERT OR REPLACE
    expect(await rows('SELECT count(*)::INTEGER AS n FROM articles')).toEqual([{ n: 8 }]);
    const ids = (await rows('SELECT id FROM articles ORDER BY id')).map((r) => r.id);
    expect(ids).toEqual(run.records.map((r) => r.id).sort());
  });

  it('unnests quotes with their speakers', async () => {
    const got = await rows(`
      SELECT a.id, q.text, q.speaker.name AS speaker
      FROM articles a, UNNEST(a.quotes) AS t(q)`);
    const table = got.map((r) => [r.id, r.text, r.speaker] as [string, string, string | null]).sort(cmp);
    expect(table).toEqual(expectedQuotes(run.records));
    expect(table.length).toBeGreaterThan(8);
    expect(table).toContainEqual(['f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0', 'We will meet again,', 'Anna Berg']);
    expect(table).toContainEqual(['f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0', 'meet', null]);
  });

  it('counts image credits per agency', async () => {
    const got = await rows(`
      SELECT agency, count(*)::INTEGER AS n
      FROM articles, UNNEST(images) AS i(img), UNNEST(img.agencies) AS g(agency)
      GROUP BY agency ORDER BY agency`);
    expect(got.map((r) => [r.agency, r.n]).sort(cmp)).toEqual(expectedAgencies(run.records));
    expect(got).toContainEqual({ agency: 'AFP', n: expect.any(Number) });
  });

  it('keeps timestamps with their offsets: the instant in TIMESTAMPTZ, the string as written beside it', async () => {
    const got = await rows(`
      SELECT id, epoch_ms(datePublished) AS pub, datePublishedText AS pubText,
             epoch_ms(dateModified) AS mod, dateModifiedText AS modText,
             epoch_ms(input.fetchedAt) AS fetched, input.fetchedAtText AS fetchedText,
             typeof(datePublished) AS type
      FROM articles`);
    const byId = new Map(got.map((r) => [r.id, r]));
    let offsets = 0;
    for (const rec of run.records) {
      const row = byId.get(rec.id)!;
      expect(row.pubText).toBe(rec.datePublished);
      expect(row.modText).toBe(rec.dateModified);
      expect(row.pub === null ? null : Number(row.pub)).toBe(rec.datePublished ? instantMs(rec.datePublished) : null);
      expect(row.mod === null ? null : Number(row.mod)).toBe(rec.dateModified ? instantMs(rec.dateModified) : null);
      if (rec.datePublished && /[+-]\d\d:\d\d$/.test(rec.datePublished) && !rec.datePublished.endsWith('+00:00')) offsets++;
    }
    expect(offsets).toBeGreaterThan(0);
    const full = byId.get('f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0')!;
    expect(full.type).toBe('TIMESTAMP WITH TIME ZONE');
    expect(full.pubText).toBe('2025-06-12T08:30:00-04:00');
    expect(Number(full.pub)).toBe(Date.UTC(2025, 5, 12, 12, 30));
    expect(full.modText).toBe('2025-06-13'); // a date alone stays a date alone in the text column
    expect(Number(full.mod)).toBe(Date.UTC(2025, 5, 13));
    expect(Number(full.fetched)).toBe(Date.UTC(2025, 5, 12, 10, 31, 7));
    expect(full.fetchedText).toBe('2025-06-12T10:31:07Z');
  });

  it('keeps every field of the record: the table read back as JSON gives the records again', async () => {
    const back = await rows(`SELECT to_json(a)::VARCHAR AS j FROM articles a`);
    const tables = new Map(back.map((r) => [JSON.parse(r.j).id, JSON.parse(r.j)]));
    for (const rec of run.records) {
      // The table's nulls stand for absent optional fields too, and each date is its Text column.
      expect(asRecord(tables.get(rec.id))).toEqual(dropNulls(rec));
    }
    const full = tables.get('f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0');
    expect(full.textCredits).toEqual([{ name: 'AFP', role: 'wire', kind: 'organization', text: 'with AFP', paragraph: null }]);
    expect(full.outletsCited).toEqual([{ name: 'De Standaard', cue: 'reports', paragraph: 1 }]);
    expect(full.copyright).toEqual({ notice: '© 2025 News Example', holder: 'News Example', year: 2025, source: 'footer' });
    expect(full.input).toMatchObject({ path: 'crawl/2025-06.warc.gz', offset: 123456 });
  });

  it('converts the run to Parquet with nested columns (lists of structs, not JSON strings)', async () => {
    const parquet = join(run.dir, 'articles.parquet');
    const r = runCli(['convert', run.file, parquet]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/8 records/);
    const cols = await rows(`DESCRIBE SELECT * FROM read_parquet('${parquet}')`);
    const type = (name: string) => cols.find((c) => c.column_name === name)?.column_type;
    expect(type('quotes')).toMatch(/^STRUCT\(.*speaker STRUCT\(.*\)\[\]$/);
    expect(type('images')).toMatch(/agencies VARCHAR\[\]/);
    expect(type('datePublished')).toBe('TIMESTAMP WITH TIME ZONE');
    expect(type('provenance')).toBe('MAP(VARCHAR, VARCHAR)');
    const n = await rows(`SELECT count(*)::INTEGER AS n, sum(len(quotes))::INTEGER AS q FROM read_parquet('${parquet}')`);
    expect(n).toEqual([{ n: 8, q: expectedQuotes(run.records).length }]);
  });

  it('convert refuses an invalid input and writes nothing', () => {
    const bad = join(run.dir, 'bad.ndjson');
    const out = join(run.dir, 'bad.parquet');
    writeFileSync(bad, '{"id":"x"}\n');
    const r = runCli(['convert', bad, out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.ndjson:1: \/ is missing required property/);
    expect(existsSync(out)).toBe(false);
  });
});
