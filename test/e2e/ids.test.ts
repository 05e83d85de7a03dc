// Stable ids: the same article gets the same `id` on every run, from any folder, under any input path or
// compression, on any machine (the hash is pinned); different articles get different ids. This is what
// lets a warehouse MERGE re-runs without duplicates.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { canonicalKey, stableId } from '../../src/article.js';
import { cli, root } from './warehouse-fixture.js';

const extract = (cwd: string, args: string[]) => {
  const out = join(mkdtempSync(join(tmpdir(), 'copydesk-ids-')), 'articles.ndjson');
  const r = spawnSync(process.execPath, [cli, 'extract', ...args, '--out', out, '--workers', '2', '-q'], { cwd, encoding: 'utf8', env: { ...process.env, TZ: cwd === root ? 'UTC' : 'Asia/Kathmandu', LANG: 'C' } });
  if (r.status !== 0) throw new Error(`extract failed (${r.status}): ${r.stderr}`);
  return readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; url: string | null; input: { path: string } });
};
const byPage = (recs: Array<{ id: string; input: { path: string } }>) =>
  Object.fromEntries(recs.map((r) => [r.input.path.split('/').pop()!.replace(/\.gz$/, ''), r.id]));

describe('stable ids', () => {
  it('are the same across two runs from different folders, time zones and paths, and distinct per article', () => {
    const first = extract(root, ['samples']);
    const elsewhere = mkdtempSync(join(tmpdir(), 'copydesk-ids-cwd-'));
    const second = extract(elsewhere, [join(root, 'samples')]); // absolute path, another cwd and TZ
    expect(byPage(second)).toEqual(byPage(first));
    const ids = first.map((r) => r.id);
    expect(new Set(ids).size).toBe(readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.html')).length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('are the same for the same page under two paths, one of them gzipped, with or without a URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-ids-copies-'));
    for (const name of ['og-only-harbour.html', 'no-metadata.html']) {
      mkdirSync(join(dir, 'a'), { recursive: true });
      mkdirSync(join(dir, 'b', 'deeper'), { recursive: true });
      copyFileSync(join(root, 'samples', name), join(dir, 'a', name));
      writeFileSync(join(dir, 'b', 'deeper', `${name}.gz`), gzipSync(readFileSync(join(root, 'samples', name))));
    }
    const recs = extract(dir, ['a', 'b']);
    expect(recs).toHaveLength(4);
    const ids = (name: string) => recs.filter((r) => r.input.path.includes(name)).map((r) => r.id);
    expect(ids('og-only-harbour')).toHaveLength(2);
    expect(new Set(ids('og-only-harbour')).size).toBe(1);
    expect(new Set(ids('no-metadata')).size).toBe(1); // no URL: the id comes from the headline and body
    expect(ids('og-only-harbour')[0]).not.toBe(ids('no-metadata')[0]);
  });
});

describe('stableId and canonicalKey', () => {
  it('is pinned: the same input gives this id on every machine and version', () => {
    expect(stableId('https://example.org/news/a', null, '')).toBe('89b821241a729dfa5705ee3a7123735e');
    expect(stableId(null, 'A headline', 'Body one.\n\nBody two.')).toBe('3ad56984c33083fe8922cde2f31da374');
  });

  const same: Array<[string, string]> = [
    ['HTTPS://Example.ORG/news/a', 'host and scheme case'],
    ['https://example.org/news/a/', 'trailing slash'],
    ['https://example.org/news/a#comments', 'fragment'],
    ['https://example.org/news/a?utm_source=x&utm_medium=y&fbclid=z&gclid=w', 'tracking parameters'],
    ['https://example.org:443/news/a', 'default port'],
  ];
  it.each(same)('ignores %s (%s)', (url) => {
    expect(canonicalKey(url)).toBe('https://example.org/news/a');
    expect(stableId(url, 'any', 'thing')).toBe(stableId('https://example.org/news/a', 'other', 'text'));
  });

  it('keeps what tells articles apart: path, meaningful query (in any order), host', () => {
    const ids = [
      'https://example.org/news/a',
      'https://example.org/news/b',
      'https://example.org/news?id=1',
      'https://example.org/news?id=2',
      'https://other.example/news/a',
    ].map((u) => stableId(u, null, ''));
    expect(new Set(ids).size).toBe(ids.length);
    expect(stableId('https://example.org/n?b=2&a=1', null, '')).toBe(stableId('https://example.org/n?a=1&b=2', null, ''));
  });

  it('does not give every article of a site one id when their canonical link is the home page', () => {
    const a = stableId('https://example.org/', 'First story', 'One body.');
    const b = stableId('https://example.org', 'Second story', 'Another body.');
    expect(a).not.toBe(b);
    expect(a).toBe(stableId(null, 'First story', 'One body.'));
  });

  it('from text, ignores how white space runs but not the words', () => {
    expect(stableId(null, ' A  headline ', 'Body one.\n\n\nBody  two.')).toBe(stableId(null, 'A headline', 'Body one. Body two.'));
    expect(stableId(null, 'A headline', 'Body one.')).not.toBe(stableId(null, 'A headline', 'Body two.'));
  });
});
