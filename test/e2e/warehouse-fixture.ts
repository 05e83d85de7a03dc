// Shared by the warehouse load tests: a run of the built CLI on samples/, plus one record that fills every
// optional field (WARC input, a date alone, offsets, text credits, outlets cited), so each column type is
// loaded whatever the extractors find today. Expectations are computed from the NDJSON itself.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticle } from '../../src/validate/index.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = join(root, 'dist/cli.js');

export function runCli(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28 });
}

export type Rec = Record<string, any>;

export const fullRecord = (): Rec => ({
  schemaVersion: '1.0',
  id: 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0',
  input: { path: 'crawl/2025-06.warc.gz', offset: 123456, recordId: '<urn:uuid:7c0e0c1e-0000-4000-8000-000000000001>', fetchedAt: '2025-06-12T10:31:07Z' },
  url: 'https://news.example/world/2025/06/12/summit',
  headline: 'Leaders meet at the summit',
  description: 'A standfirst.',
  authors: [{ name: 'Jane Doe', kind: 'person', url: 'https://news.example/authors/jane' }, { name: 'AFP', kind: 'organization' }],
  byline: 'By Jane Doe with AFP',
  datePublished: '2025-06-12T08:30:00-04:00',
  dateModified: '2025-06-13',
  language: 'en-GB',
  siteName: 'News Example',
  section: 'World',
  articleBody: '"We will meet again," the minister said.\n\nThe talks ended, De Standaard reports.',
  wordCount: 12,
  quotes: [
    { text: 'We will meet again,', speaker: { name: 'Anna Berg', mention: 'the minister', descriptor: 'minister', kind: 'person' }, cue: 'said', medium: null, partial: false, where: 'body', paragraph: 0, start: 1, end: 20 },
    { text: 'meet', speaker: null, cue: null, medium: null, partial: true, where: 'headline', paragraph: null, start: null, end: null },
  ],
  images: [
    { url: 'https://news.example/img/1.jpg', caption: 'The summit hall', credit: 'John Smith/AFP', alt: 'A hall', photographer: 'John Smith', agencies: ['AFP'], lead: true },
    { url: null, caption: null, credit: 'Reuters / AFP', alt: null, photographer: null, agencies: ['Reuters', 'AFP'] },
  ],
  textCredits: [{ name: 'AFP', role: 'wire', kind: 'organization', text: 'with AFP', paragraph: null }],
  outletsCited: [{ name: 'De Standaard', cue: 'reports', paragraph: 1 }],
  copyright: { notice: '© 2025 News Example', holder: 'News Example', year: 2025, source: 'footer' },
  provenance: { headline: 'h1', datePublished: 'jsonld' },
  warnings: ['JSON-LD block 2 is not valid JSON'],
});

/** Extracts samples/ into a fresh folder and appends the full record; returns the file and its records. */
export function samplesRun(prefix: string): { dir: string; file: string; records: Rec[] } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'articles.ndjson');
  const r = runCli(['extract', 'samples', '--out', file, '--workers', '2', '-q']);
  if (r.status !== 0) throw new Error(`extract failed (${r.status}): ${r.stderr}`);
  const full = fullRecord();
  const problems = checkArticle(full);
  if (problems.length) throw new Error(`the full record is invalid: ${JSON.stringify(problems)}`);
  appendFileSync(file, JSON.stringify(full) + '\n');
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
  return { dir, file, records };
}

/** [id, quote text, speaker name or null] for every quote, sorted. */
export function expectedQuotes(records: Rec[]): Array<[string, string, string | null]> {
  return records.flatMap((r) => r.quotes.map((q: Rec) => [r.id, q.text, q.speaker?.name ?? null] as [string, string, string | null])).sort(cmp);
}

/** Image credits counted per agency, sorted by agency. */
export function expectedAgencies(records: Rec[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const r of records) for (const img of r.images) for (const a of img.agencies ?? []) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort(cmp);
}

export function cmp(a: unknown, b: unknown): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The instant of an ISO 8601 string as the table stores it: a date alone is midnight UTC. */
export function instantMs(s: string): number {
  return Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
}

export function dropNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropNulls);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, dropNulls(x)]));
  return v;
}

/** A table row (to_json) back in the record's shape: `<name>Text` replaces the TIMESTAMPTZ `<name>`. */
export function asRecord(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(asRecord);
  if (!v || typeof v !== 'object') return v;
  const o = { ...(v as Rec) };
  for (const k of Object.keys(o)) {
    if (k.endsWith('Text') && k.slice(0, -4) in o) {
      o[k.slice(0, -4)] = o[k];
      delete o[k];
    }
  }
  return dropNulls(Object.fromEntries(Object.entries(o).map(([k, x]) => [k, asRecord(x)])));
}
