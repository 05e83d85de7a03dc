import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { discoverInputs, parseShard, readInput, shardOf } from '../../src/io/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-inputs-'));

describe('inputs', () => {
  it('reads gzip pages and stops a decompression bomb while inflating', async () => {
    const page = join(dir, 'page.html.gz');
    writeFileSync(page, gzipSync('<p>hello</p>'));
    expect((await readInput({ path: page, gzip: true }, 1000)).toString()).toBe('<p>hello</p>');
    const bomb = join(dir, 'bomb.html.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(50_000_000, 0x20)));
    await expect(readInput({ path: bomb, gzip: true }, 1_000_000)).rejects.toThrow(/larger than the page limit of 1000000 bytes/);
  });

  it('names a truncated gzip file', async () => {
    const full = gzipSync(Buffer.from('<p>' + 'x'.repeat(10000) + '</p>'));
    const cut = join(dir, 'cut.html.gz');
    writeFileSync(cut, full.subarray(0, Math.floor(full.length / 2)));
    await expect(readInput({ path: cut, gzip: true }, 1e7)).rejects.toThrow(/truncated gzip/);
  });

  it('walks folders recursively in a stable order and reports paths that do not exist', async () => {
    const root = mkdtempSync(join(tmpdir(), 'copydesk-walk-'));
    writeFileSync(join(root, 'b.html'), '<p>b</p>');
    writeFileSync(join(root, 'notes.txt'), 'not a page');
    const sub = join(root, 'sub');
    (await import('node:fs')).mkdirSync(sub);
    writeFileSync(join(sub, 'a.htm'), '<p>a</p>');
    writeFileSync(join(sub, 'c.html.gz'), gzipSync('<p>c</p>'));
    const skipped: string[] = [];
    const items = await discoverInputs([root, join(root, 'missing.html')], (s) => skipped.push(s.path));
    expect(items.map((i) => i.path.slice(root.length + 1))).toEqual(['b.html', 'sub/a.htm', 'sub/c.html.gz']);
    expect(items[2]!.gzip).toBe(true);
    expect(skipped).toEqual([join(root, 'missing.html')]);
  });
});

describe('include, exclude and shards', () => {
  it('takes pages and WARC files from folders by default; --include and --exclude match paths inside the folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'copydesk-globs-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'crawl', 'old'), { recursive: true });
    for (const f of ['a.html', 'crawl/x.warc.gz', 'crawl/old/y.warc', 'crawl/env.jsonl', 'notes.txt']) writeFileSync(join(root, f), '<p>x</p>');
    const rel = (items: Array<{ path: string; kind?: string; key?: string }>) => items.map((i) => [i.path.slice(root.length + 1), i.kind, i.key]);
    expect(rel(await discoverInputs([root], () => undefined))).toEqual([
      ['a.html', 'page', 'a.html'], ['crawl/old/y.warc', 'warc', 'crawl/old/y.warc'], ['crawl/x.warc.gz', 'warc', 'crawl/x.warc.gz'],
    ]);
    expect(rel(await discoverInputs([root], () => undefined, { include: ['crawl/**'], exclude: ['**/old/**'] }))).toEqual([
      ['crawl/env.jsonl', 'ndjson', 'crawl/env.jsonl'], ['crawl/x.warc.gz', 'warc', 'crawl/x.warc.gz'],
    ]);
    // A file named directly is taken whatever its name; its identity is its file name.
    expect(rel(await discoverInputs([join(root, 'notes.txt')], () => undefined))).toEqual([['notes.txt', 'page', 'notes.txt']]);
  });

  it('deals every input to exactly one shard, the same way on every machine', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `CC-MAIN-${i}.warc.gz`);
    for (const n of [1, 2, 3, 8]) {
      const counts = new Array(n).fill(0);
      for (const k of keys) counts[shardOf(k, n)]++;
      expect(counts.reduce((a, b) => a + b, 0)).toBe(keys.length);
      for (const c of counts) expect(c).toBeGreaterThan(keys.length / n / 2); // no shard starves
    }
    expect(shardOf('CC-MAIN-1.warc.gz', 8)).toBe(shardOf('CC-MAIN-1.warc.gz', 8));
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['8/8', '-1/8', '1/0', 'a/b', '1']) expect(parseShard(bad)).toBe(null);
  });
});
