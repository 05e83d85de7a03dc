import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { discoverInputs, readInput } from '../../src/io/inputs.js';

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
