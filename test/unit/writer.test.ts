import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NdjsonWriter } from '../../src/io/writer.js';
import { Completion, Ranges } from '../../src/pipeline/journal.js';

const line = (i: number) => JSON.stringify({ i, pad: 'x'.repeat(i % 7) });

describe('NdjsonWriter', () => {
  it('resumes from a checkpoint: lines after it and a torn tail are dropped, nothing is doubled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-writer-'));
    const target = join(dir, 'out.ndjson');
    const w = new NdjsonWriter(target);
    await w.open();
    for (let i = 0; i < 5; i++) await w.write(line(i));
    const state = await w.checkpoint();
    expect(state).toEqual({ part: 0, bytes: readFileSync(`${target}.partial`).length, records: 5 });
    for (let i = 5; i < 8; i++) await w.write(line(i));
    await w.checkpoint(); // on disk, but the journal never heard of it: the run "dies" here
    appendFileSync(`${target}.partial`, '{"i":8,"pa');

    const again = new NdjsonWriter(target, { resumeFrom: state });
    await again.open();
    for (let i = 5; i < 10; i++) await again.write(line(i));
    await again.close();
    expect(readFileSync(target, 'utf8')).toBe(Array.from({ length: 10 }, (_, i) => line(i) + '\n').join(''));
    expect(existsSync(`${target}.partial`)).toBe(false);
  });

  it('rotates gzip files of n records, each a valid gzip stream of whole members, and resumes mid-series', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-rotate-'));
    const target = join(dir, 'out.ndjson.gz');
    const w = new NdjsonWriter(target, { maxRecordsPerFile: 3 });
    await w.open();
    for (let i = 0; i < 4; i++) await w.write(line(i));
    const state = (await w.checkpoint())!;
    expect(state).toMatchObject({ part: 1, records: 1 });
    await w.finalizeBefore(state.part);
    expect(readdirSync(dir).sort()).toEqual(['out-00000.ndjson.gz', 'out-00001.ndjson.gz.partial']);
    for (let i = 4; i < 9; i++) await w.write(line(i)); // reaches part 2, never checkpointed

    const again = new NdjsonWriter(target, { maxRecordsPerFile: 3, resumeFrom: state });
    await again.open();
    for (let i = 4; i < 8; i++) await again.write(line(i));
    await again.checkpoint();
    await again.close();
    expect(readdirSync(dir).sort()).toEqual(['out-00000.ndjson.gz', 'out-00001.ndjson.gz', 'out-00002.ndjson.gz']);
    const parts = readdirSync(dir).sort().map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
    expect(parts.join('')).toBe(Array.from({ length: 8 }, (_, i) => line(i) + '\n').join(''));
    expect(parts.map((p) => p.split('\n').filter(Boolean).length)).toEqual([3, 3, 2]);
  });

  it('writes a device in place, never through a temp file and a rename', async () => {
    const w = new NdjsonWriter('/dev/null');
    await w.open();
    await w.write(line(1));
    await w.close();
    expect(existsSync('/dev/null.partial')).toBe(false);
  });
});

describe('completion journal', () => {
  it('keeps ranges that agree with a plain set, whatever the order', () => {
    const r = new Ranges();
    const set = new Set<number>();
    let seed = 7;
    for (let k = 0; k < 2000; k++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const n = seed % 300;
      r.add(n);
      set.add(n);
    }
    for (let n = -1; n < 302; n++) expect(r.has(n)).toBe(set.has(n));
    const json = r.toJSON();
    for (let i = 1; i < json.length; i++) expect(json[i]![0]).toBeGreaterThan(json[i - 1]![1] + 1);
  });

  it('collapses a source into the finished ones once it has been read to its end and every unit is done', () => {
    const c = new Completion();
    const t = c.tracker(3);
    t.add(1);
    t.add(0);
    expect(c.sourceDone(3)).toBe(false);
    t.finish(3);
    expect(c.sourceDone(3)).toBe(false);
    t.add(2);
    expect(c.sourceDone(3)).toBe(true);
    expect(new Completion(JSON.parse(JSON.stringify(c.toJSON()))).sourceDone(3)).toBe(true);
    expect(c.toJSON()).toEqual({ sources: [[3, 3]], partial: {} });
  });
});
