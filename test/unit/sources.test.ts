import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/io/inputs.js';
import { envelopeUnit, readSource, splitLines, type SourceOptions, type Unit } from '../../src/io/sources.js';
import { buildWarc } from '../helpers/warc.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-sources-'));
const page = '<html><head><title>T</title></head><body><p>Hello</p></body></html>';

async function units(item: InputItem, opts: Partial<SourceOptions> = {}): Promise<Unit[]> {
  const out: Unit[] = [];
  for await (const u of readSource(item, { maxPageBytes: 1 << 20, ...opts })) out.push(u);
  return out;
}
const text = (u: Unit) => (u.kind === 'page' && Buffer.isBuffer(u.data) ? u.data.toString('utf8') : null);

describe('WARC source', () => {
  it('yields HTML responses with URL, offset, record id and date; skips the rest with a reason; inflates a gzip Content-Encoding', async () => {
    const warc = await buildWarc([
      { type: 'request', url: 'https://a.example/1' },
      { type: 'response', url: 'https://a.example/1', body: page },
      { type: 'response', url: 'https://a.example/2', http: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, body: gzipSync(page) },
      { type: 'response', url: 'https://a.example/3', status: 301, body: '' },
      { type: 'response', url: 'https://a.example/4.pdf', http: { 'Content-Type': 'application/pdf' }, body: '%PDF' },
      { type: 'resource', url: 'https://a.example/5', warcContentType: 'text/html', body: page },
      { type: 'metadata', url: 'https://a.example/1', warcContentType: 'application/warc-fields', body: 'x: y\r\n' },
    ], false);
    const file = join(dir, 'a.warc');
    writeFileSync(file, warc.bytes);
    const got = await units({ path: file, gzip: false, kind: 'warc' });
    expect(got.map((u) => [u.index, u.kind, u.kind === 'skip' ? u.reason : text(u)])).toEqual([
      [0, 'skip', 'WARC request record'],
      [1, 'page', page],
      [2, 'page', page],
      [3, 'skip', 'HTTP status 3xx'],
      [4, 'skip', 'non-HTML response'],
      [5, 'page', page],
      [6, 'skip', 'WARC metadata record'],
    ]);
    expect(got[1]).toMatchObject({ url: 'https://a.example/1', contentType: 'text/html; charset=utf-8', input: { path: file, offset: warc.offsets[1], recordId: warc.recordIds[1], fetchedAt: '2024-05-06T07:08:09Z' } });
    expect(got.map((u) => u.input.offset)).toEqual(warc.offsets);
  });

  it('stops a page past --max-page-bytes while inflating it, and goes on with the next record', async () => {
    const bomb = gzipSync(Buffer.alloc(30_000_000, 0x20));
    const warc = await buildWarc([
      { type: 'response', url: 'https://a.example/bomb', http: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, body: bomb },
      { type: 'response', url: 'https://a.example/ok', body: page },
    ], true);
    const file = join(dir, 'bomb.warc.gz');
    writeFileSync(file, warc.bytes);
    const got = await units({ path: file, gzip: true, kind: 'warc' }, { maxPageBytes: 100_000 });
    expect(got[0]).toMatchObject({ kind: 'reject', stage: 'limit', error: 'page is larger than the page limit of 100000 bytes', input: { offset: 0 } });
    expect(got[1]).toMatchObject({ kind: 'page', url: 'https://a.example/ok', input: { offset: warc.offsets[1] } });
  });

  it('passes over the units the caller does not want without reading them, and names a truncated archive', async () => {
    const warc = await buildWarc([1, 2, 3].map((i) => ({ type: 'response' as const, url: `https://a.example/${i}`, body: page })), true);
    const file = join(dir, 'cut.warc.gz');
    writeFileSync(file, warc.bytes.subarray(0, warc.offsets[2]! + 40));
    const got = await units({ path: file, gzip: true, kind: 'warc' }, { skip: (i) => i === 0 });
    expect(got.map((u) => [u.index, u.kind])).toEqual([[1, 'page'], [2, 'reject']]);
    expect(got[1]).toMatchObject({ stage: 'read', error: expect.stringMatching(/cannot read the WARC.*truncated/) });
  });

  it('does not hang on an uncompressed WARC cut inside a skipped record (warcio alone would ask for more bytes forever)', async () => {
    const warc = await buildWarc([
      { type: 'response', url: 'https://a.example/1', body: page },
      { type: 'response', url: 'https://a.example/2.png', http: { 'Content-Type': 'image/png' }, body: new Uint8Array(5000) },
    ], false);
    const file = join(dir, 'cut.warc');
    writeFileSync(file, warc.bytes.subarray(0, warc.offsets[1]! + 1000));
    const got = await units({ path: file, gzip: false, kind: 'warc' });
    expect(got.map((u) => [u.index, u.kind])).toEqual([[0, 'page'], [1, 'skip'], [2, 'reject']]);
    expect(got[2]).toMatchObject({ stage: 'read', error: expect.stringMatching(/ends inside a record/) });
  }, 10_000);
});

describe('NDJSON envelopes', () => {
  it('numbers lines from 1, ignores blank lines, and rejects bad ones with a reason', async () => {
    const file = join(dir, 'env.ndjson.gz');
    writeFileSync(file, gzipSync([
      JSON.stringify({ url: 'https://e.example/1', html: page }),
      '   ',
      JSON.stringify({ url: 'https://e.example/2', body_base64: Buffer.from(page).toString('base64'), content_type: 'text/html; charset=utf-8', id: 'x2', fetched_at: '2024-01-01T00:00:00Z' }),
      '[1,2]',
      JSON.stringify({ url: 'https://e.example/4', html: 'x'.repeat(5000) }),
    ].join('\n')));
    const got = await units({ path: file, gzip: true, kind: 'ndjson' }, { maxPageBytes: 4096 });
    expect(got.map((u) => [u.index, u.input.offset, u.kind])).toEqual([[0, 1, 'page'], [1, 3, 'page'], [2, 4, 'reject'], [3, 5, 'reject']]);
    expect(got[0]).toMatchObject({ data: page, url: 'https://e.example/1' });
    expect(got[1]).toMatchObject({ contentType: 'text/html; charset=utf-8', input: { recordId: 'x2', fetchedAt: '2024-01-01T00:00:00Z' } });
    expect(text(got[1]!)).toBe(page);
    expect(got[2]).toMatchObject({ stage: 'read', error: 'envelope is not a JSON object' });
    expect(got[3]).toMatchObject({ stage: 'limit' });
  });

  it('inflates a gzip base64 body within the page limit', () => {
    const ok = envelopeUnit(Buffer.from(JSON.stringify({ body_base64: gzipSync(page).toString('base64') })), 0, { path: 'x' }, 1000);
    expect(text(ok)).toBe(page);
    const bomb = envelopeUnit(Buffer.from(JSON.stringify({ body_base64: gzipSync(Buffer.alloc(1_000_000)).toString('base64') })), 0, { path: 'x' }, 1000);
    expect(bomb).toMatchObject({ kind: 'reject', stage: 'limit' });
  });

  it('never holds more than the cap of one line', async () => {
    const chunks = [Buffer.from('ab\ncd'), Buffer.from('e'.repeat(50)), Buffer.from('f\ngh\n'), Buffer.from('ij')];
    const got = [];
    for await (const l of splitLines(Readable.from(chunks), 10)) got.push([l.number, l.text?.toString() ?? null, l.tooLong]);
    expect(got).toEqual([[1, 'ab', 0], [2, null, 53], [3, 'gh', 0], [4, 'ij', 0]]);
  });
});

describe('standard input', () => {
  it('is sniffed: a WARC, NDJSON envelopes (also gzip-compressed), or one page', async () => {
    const warc = await buildWarc([{ type: 'response', url: 'https://s.example/1', body: page }], true);
    const fromWarc = await units({ path: '-', gzip: false, kind: 'stdin' }, { stdin: Readable.from([warc.bytes]) });
    expect(fromWarc).toMatchObject([{ kind: 'page', url: 'https://s.example/1', input: { path: '-', offset: 0 } }]);
    const env = gzipSync(JSON.stringify({ url: 'https://s.example/2', html: page }) + '\n');
    const fromEnv = await units({ path: '-', gzip: false, kind: 'stdin' }, { stdin: Readable.from([env.subarray(0, 10), env.subarray(10)]) });
    expect(fromEnv).toMatchObject([{ kind: 'page', url: 'https://s.example/2', data: page, input: { path: '-', offset: 1 } }]);
    const one = await units({ path: '-', gzip: false, kind: 'stdin' }, { stdin: Readable.from([Buffer.from(page)]), url: 'https://s.example/3' });
    expect(one).toMatchObject([{ kind: 'page', url: 'https://s.example/3', input: { path: '-' } }]);
    const u = one[0]!;
    expect(u.kind === 'page' && typeof u.data === 'function' ? (await u.data()).toString() : null).toBe(page);
  });
});
