// The Postgres DDL executed against a real server: `copydesk schema --format postgres --load` run by psql
// on a throwaway cluster (see postgres-server.ts), then the same queries as the DuckDB load test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPgBin, type PgServer, startPostgres } from './postgres-server.js';
import { asRecord, cmp, dropNulls, expectedAgencies, expectedQuotes, instantMs, type Rec, runCli, samplesRun } from './warehouse-fixture.js';

const bin = findPgBin();
const required = Boolean(process.env.CI);
const why = 'PostgreSQL is not installed here (apt-get install -y postgresql; .ci/run installs it)';
if (!bin && !required) console.warn(`warehouse-postgres: skipped: ${why}`);

describe.skipIf(!bin && !required)(`Postgres load of a samples/ run${bin ? '' : ` (skipped: ${why})`}`, () => {
  let pg: PgServer;
  let run: { dir: string; file: string; records: Rec[] };
  const json = (sql: string): Rec[] => JSON.parse(pg.psql(`SELECT coalesce(json_agg(copydesk_row), '[]') FROM (${sql}) copydesk_row`, ['-A', '-t']));

  beforeAll(async () => {
    if (!bin) throw new Error(`CI is set and ${why}`);
    run = samplesRun('copydesk-pg-load-');
    pg = await startPostgres(bin);
  }, 120_000);

  afterAll(() => pg?.stop());

  it('executes the generated DDL and load script; running it again adds no row (ON CONFLICT on the stable id)', () => {
    const ddl = runCli(['schema', '--format', 'postgres', '--load', run.file]);
    expect(ddl.status, ddl.stderr).toBe(0);
    pg.psql(ddl.stdout);
    expect(json('SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM articles')).toEqual([{ n: 8, ids: 8 }]);
    pg.psql(runCli(['schema', '--format', 'postgres', '--load', run.file]).stdout); // the same script again
    expect(json('SELECT count(*)::int AS n FROM articles')).toEqual([{ n: 8 }]);
    const types = json(`SELECT column_name AS c, data_type AS t, udt_name AS u FROM information_schema.columns WHERE table_name = 'articles'`);
    const type = (c: string) => types.find((x) => x.c === c);
    expect(type('datePublished')).toMatchObject({ t: 'timestamp with time zone' });
    expect(type('quotes')).toMatchObject({ t: 'ARRAY', u: '_articles_quote' });
    expect(type('provenance')).toMatchObject({ t: 'jsonb' });
  });

  it('unnests quotes with their speakers', () => {
    const got = json(`SELECT a.id, q.text, (q.speaker).name AS speaker FROM articles a, unnest(a.quotes) AS q`);
    expect(got.map((r) => [r.id, r.text, r.speaker]).sort(cmp)).toEqual(expectedQuotes(run.records));
  });

  it('counts image credits per agency', () => {
    const got = json(`SELECT g.agency, count(*)::int AS n FROM articles a, unnest(a.images) AS i, unnest(i.agencies) AS g(agency) GROUP BY g.agency`);
    expect(got.map((r) => [r.agency, r.n]).sort(cmp)).toEqual(expectedAgencies(run.records));
  });

  it('keeps timestamps with their offsets: the instant in timestamptz, the string as written beside it', () => {
    const got = json(`SELECT id, (extract(epoch FROM "datePublished") * 1000)::bigint AS pub, "datePublishedText" AS "pubText",
                             (extract(epoch FROM "dateModified") * 1000)::bigint AS mod, "dateModifiedText" AS "modText"
                      FROM articles`);
    const byId = new Map(got.map((r) => [r.id, r]));
    for (const rec of run.records) {
      const row = byId.get(rec.id)!;
      expect(row.pubText).toBe(rec.datePublished);
      expect(row.pub).toBe(rec.datePublished ? instantMs(rec.datePublished) : null);
      expect(row.modText).toBe(rec.dateModified);
      expect(row.mod).toBe(rec.dateModified ? instantMs(rec.dateModified) : null);
    }
    expect(byId.get('f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0')).toMatchObject({ pubText: '2025-06-12T08:30:00-04:00', pub: Date.UTC(2025, 5, 12, 12, 30), modText: '2025-06-13', mod: Date.UTC(2025, 5, 13) });
  });

  it('keeps every field of the record: each row read back as JSON gives the record again', () => {
    const back = json(`SELECT to_jsonb(a) AS j FROM articles a`).map((r) => r.j as Rec);
    const byId = new Map(back.map((r) => [r.id, r]));
    for (const rec of run.records) expect(asRecord(byId.get(rec.id))).toEqual(dropNulls(rec));
  });
});
