// End to end, at batch scale: WARC archives, envelopes, shards, a run killed with SIGKILL and resumed.
// Runs the built CLI (`npm run build` first; `npm test` does it).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/validate/index.js';
import { buildWarc, type WarcEntry } from '../helpers/warc.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28 });
const parse = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
const lines = (file: string) => parse(readFileSync(file, 'utf8'));
const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(join(root, 'samples', f)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A page whose text is only in `text` (legacy bytes when encoded): no <meta charset>, so the transport decides. */
function legacyPage(headline: string, text: string): string {
  const p = `<p>${text}</p>`;
  return `<!DOCTYPE html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>${p}${p}${p}</article></body></html>`;
}

const LEGACY: Array<[string, string]> = [
  ['windows-1252', '“Le café”, a-t-il dit – naïve façade, 50 €.'],
  ['iso-8859-2', 'Zażółć gęślą jaźń, powiedział burmistrz Łodzi.'],
  ['shift_jis', '東京都は新しい図書館を来年開館すると発表した。'],
  ['gb18030', '市政府宣布明年将开放新的图书馆。'],
  ['koi8-r', 'Городской совет утвердил новый бюджет библиотеки.'],
];

describe('copydesk extract on WARC archives', () => {
  it('finds every HTML response of a WARC.gz as a record with its WARC URL, and counts every other record as skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-warc-'));
    const entries: WarcEntry[] = [{ type: 'warcinfo', url: '', body: 'software: test\r\n', warcContentType: 'application/warc-fields' }];
    const html: number[] = [];
    samples.forEach((page, i) => {
      const url = `https://news.example/story/${i}`;
      entries.push({ type: 'request', url });
      html.push(entries.length);
      entries.push({ type: 'response', url, body: page });
      entries.push({ type: 'metadata', url, body: 'fetchTimeMs: 120\r\n', warcContentType: 'application/warc-fields' });
    });
    // The HTTP Content-Type is the only place the charset is named.
    for (const [charset, text] of LEGACY) {
      html.push(entries.length);
      entries.push({ type: 'response', url: `https://news.example/${charset}`, http: { 'Content-Type': `text/html; charset=${charset}` }, body: iconv.encode(legacyPage(`Headline ${charset}`, text), charset) });
    }
    // A gzip Content-Encoding is inflated.
    html.push(entries.length);
    entries.push({ type: 'response', url: 'https://news.example/gzipped', http: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, body: gzipSync(samples[0]!) });
    entries.push({ type: 'response', url: 'https://news.example/logo.png', http: { 'Content-Type': 'image/png' }, body: new Uint8Array(2000) });
    entries.push({ type: 'response', url: 'https://news.example/missing', status: 404, body: '<html><body>Not found</body></html>' });
    entries.push({ type: 'response', url: 'https://news.example/huge', body: '<html><body>' + '<p>filler</p>'.repeat(30_000) + '</body></html>' });
    const warc = await buildWarc(entries, true);
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(file, warc.bytes);

    const out = join(dir, 'articles.ndjson');
    const r = run(['extract', file, '--out', out, '--workers', '2', '--max-page-bytes', '200000']);
    expect(r.status, r.stderr).toBe(1); // the huge page is rejected
    const records = lines(out);
    const rejects = lines(join(dir, 'rejects.ndjson'));
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));

    expect(records.map((x) => x.input.offset).sort((a, b) => a - b)).toEqual(html.map((i) => warc.offsets[i]!).sort((a, b) => a - b));
    for (const rec of records) {
      const i = warc.offsets.indexOf(rec.input.offset);
      expect(rec.url).toBe(entries[i]!.url);
      expect(rec.input).toEqual({ path: file, offset: warc.offsets[i], recordId: warc.recordIds[i], fetchedAt: '2024-05-06T07:08:09Z' });
      expect(checkArticle(rec)).toEqual([]);
    }
    for (const [charset, text] of LEGACY) {
      const rec = records.find((x) => x.url === `https://news.example/${charset}`);
      expect(rec?.articleBody, charset).toContain(text);
    }
    expect(records.find((x) => x.url === 'https://news.example/gzipped')?.headline).toBe(records.find((x) => x.url === 'https://news.example/story/0')?.headline);

    expect(rejects).toEqual([{ input: expect.objectContaining({ path: file, offset: warc.offsets[entries.length - 1] }), stage: 'limit', error: expect.stringMatching(/larger than the page limit of 200000 bytes/) }]);
    expect(report.skippedReasons).toEqual({
      'WARC warcinfo record': 1,
      'WARC request record': samples.length,
      'WARC metadata record': samples.length,
      'non-HTML response': 1,
      'HTTP status 4xx': 1,
    });
    expect(report.records).toBe(html.length);
    expect(report.records + report.rejected + report.skipped).toBe(report.inputs);
    expect(report.inputs).toBe(entries.length);
    // Where the CPU went: every page handed to a worker is counted, by thread.
    expect(report.cpu.pages).toBe(html.length);
    expect(report.cpu.mainMs).toBeGreaterThan(0);
    expect(report.cpu.workerMs).toBeGreaterThan(0);
    expect(report.cpu.mainStartupMs).toBeGreaterThan(0);
    expect(report.cpu.workerStartupMs).toBeGreaterThan(0);
    expect(report.cpu.mainShare).toBeGreaterThan(0);
    expect(report.cpu.mainShare).toBeLessThan(1);
    expect(report.cpu.workerIdle).toBeGreaterThanOrEqual(0);
    expect(report.cpu.workerIdle).toBeLessThanOrEqual(1);
    expect(report.cpu.warm).toBeNull(); // too few pages to tell the warm-up from the rest
  });

  it('gives the CPU by thread of the second half of a long run apart (after warm-up)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-warm-'));
    const file = join(dir, 'pages.ndjson');
    const page = (i: number) => legacyPage(`Council approves library budget ${i}`, `The council voted ${i} to 3 on Tuesday to fund the library.`);
    writeFileSync(file, Array.from({ length: 600 }, (_, i) => JSON.stringify({ url: `https://news.example/${i}`, html: page(i) })).join('\n') + '\n');
    const r = run(['extract', file, '--out', join(dir, 'a.ndjson'), '--workers', '2', '-q']);
    expect(r.status, r.stderr).toBe(0);
    const { cpu } = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(cpu.pages).toBe(600);
    // Snapshots after 256, 512… pages: the last one at or before half the run.
    expect(cpu.warm).toMatchObject({ fromPage: 256, pages: 344 });
    expect(cpu.warm.workerMs).toBeGreaterThan(0);
    expect(cpu.warm.workerMs).toBeLessThanOrEqual(cpu.workerMs);
    expect(cpu.warm.mainMs).toBeLessThanOrEqual(cpu.mainMs);
    expect(cpu.warm.otherMs).toBeGreaterThanOrEqual(0);
  });

  it('reads NDJSON envelopes (html or base64 bodies) from a folder with --include/--exclude, writes gzip output in rotated files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-env-'));
    const inp = join(dir, 'in');
    mkdirSync(join(inp, 'sub'), { recursive: true });
    writeFileSync(join(inp, 'a.html'), samples[1]!);
    writeFileSync(join(inp, 'sub', 'b.htm'), samples[2]!);
    writeFileSync(join(inp, 'sub', 'draft-c.html'), samples[3]!);
    writeFileSync(join(inp, 'notes.txt'), 'not a page');
    const koi8 = iconv.encode(legacyPage('Бюджет', LEGACY[4]![1]), 'koi8-r');
    writeFileSync(join(inp, 'sub', 'pages.jsonl'), [
      JSON.stringify({ url: 'https://env.example/1', html: samples[4]!.toString('utf8') }),
      '',
      JSON.stringify({ url: 'https://env.example/2', body_base64: koi8.toString('base64'), content_type: 'text/html; charset=KOI8-R', id: 'env-2' }),
      '{"url": "https://env.example/3", "html": ',
      JSON.stringify({ url: 'https://env.example/4', body_base64: gzipSync(samples[5]!).toString('base64') }),
    ].join('\n') + '\n');
    const out = join(dir, 'out', 'articles.ndjson.gz');
    const r = run(['extract', inp, '--include', '*.html', '*.htm', '*.jsonl', '--exclude', 'draft-*', '--out', out, '--max-records-per-file', '2', '-q']);
    expect(r.status, r.stderr).toBe(1);
    const files = readdirSync(join(dir, 'out')).filter((f) => f.startsWith('articles')).sort();
    expect(files).toEqual(['articles-00000.ndjson.gz', 'articles-00001.ndjson.gz', 'articles-00002.ndjson.gz']);
    const records = files.flatMap((f) => parse(gunzipSync(readFileSync(join(dir, 'out', f))).toString('utf8')));
    expect(records.map((x) => x.input).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { path: join(inp, 'a.html') },
      { path: join(inp, 'sub', 'b.htm') },
      { path: join(inp, 'sub', 'pages.jsonl'), offset: 1 },
      { path: join(inp, 'sub', 'pages.jsonl'), offset: 3, recordId: 'env-2' },
      { path: join(inp, 'sub', 'pages.jsonl'), offset: 5 },
    ]);
    expect(records.find((x) => x.url === 'https://env.example/2')?.articleBody).toContain(LEGACY[4]![1]);
    const rejects = lines(join(dir, 'out', 'rejects.ndjson'));
    expect(rejects).toEqual([expect.objectContaining({ input: { path: join(inp, 'sub', 'pages.jsonl'), offset: 4 }, stage: 'read', error: expect.stringMatching(/not JSON/) })]);
  });

  it('splits the inputs over --shard i/n with no overlap and no gap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-shard-'));
    const inp = join(dir, 'in');
    mkdirSync(inp);
    const expected: string[] = [];
    for (let i = 0; i < 14; i++) {
      writeFileSync(join(inp, `page-${String(i).padStart(2, '0')}.html`), samples[i % samples.length]!);
      expected.push(join(inp, `page-${String(i).padStart(2, '0')}.html`));
    }
    writeFileSync(join(inp, 'empty.html'), '');
    expected.push(join(inp, 'empty.html'));
    for (let w = 0; w < 3; w++) {
      const warc = await buildWarc(samples.slice(0, 3).map((page, i) => ({ type: 'response' as const, url: `https://w${w}.example/${i}`, body: page })), w === 0);
      const file = join(inp, `crawl-${w}.warc${w === 0 ? '.gz' : ''}`);
      writeFileSync(file, warc.bytes);
      expected.push(...warc.offsets.map((o) => `${file}@${o}`));
    }
    const seen: string[] = [];
    const n = 3;
    for (let i = 0; i < n; i++) {
      const out = join(dir, `shard-${i}`, 'articles.ndjson');
      const r = run(['extract', inp, '--shard', `${i}/${n}`, '--out', out, '--workers', '1', '-q']);
      expect([0, 1]).toContain(r.status);
      const got = [...lines(out), ...lines(join(dir, `shard-${i}`, 'rejects.ndjson'))].map((x) => (x.input.offset !== undefined ? `${x.input.path}@${x.input.offset}` : x.input.path));
      // A WARC goes whole to one shard.
      const warcs = new Set(got.filter((g) => g.includes('@')).map((g) => g.split('@')[0]));
      for (const w of warcs) expect(got.filter((g) => g.startsWith(`${w}@`)).length).toBe(3);
      seen.push(...got);
    }
    expect(seen.sort()).toEqual(expected.sort());
    expect(run(['extract', inp, '--shard', '3/3']).stderr).toMatch(/Expected `--shard` to be i\/n with 0 <= i < n/);
  });

  it('resumes a run killed with SIGKILL (and one stopped with SIGTERM) to exactly the records of an uninterrupted run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-resume-'));
    const inp = join(dir, 'in');
    mkdirSync(inp);
    const entries: WarcEntry[] = [];
    for (let i = 0; i < 80; i++) {
      entries.push({ type: 'request', url: `https://news.example/${i}` });
      entries.push({ type: 'response', url: `https://news.example/${i}`, body: samples[i % samples.length]! });
    }
    writeFileSync(join(inp, 'crawl.warc.gz'), (await buildWarc(entries, true)).bytes);
    for (let i = 0; i < 20; i++) writeFileSync(join(inp, `page-${String(i).padStart(2, '0')}.html`), i === 7 ? 'no markup here' : samples[i % samples.length]!);

    const ref = join(dir, 'ref', 'articles.ndjson');
    expect(run(['extract', inp, '--out', ref, '--workers', '2', '-q']).status).toBe(1);
    const expected = readFileSync(ref, 'utf8').split('\n').filter(Boolean).sort();
    const expectedRejects = readFileSync(join(dir, 'ref', 'rejects.ndjson'), 'utf8').split('\n').filter(Boolean).sort();
    expect(expected.length).toBe(99);

    const out = join(dir, 'run', 'articles.ndjson');
    const journal = `${out}.journal`;
    const args = ['extract', inp, '--out', out, '--workers', '1', '--checkpoint-interval', '0.2', '-q'];
    /** Starts a run and sends `signal` once the journal shows at least `records` records. */
    const interrupt = async (extra: string[], records: number, signal: NodeJS.Signals) => {
      const child = spawn(process.execPath, [cli, ...args, ...extra], { cwd: root, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      for (let t = 0; t < 600; t++) {
        await sleep(50);
        try {
          if (JSON.parse(readFileSync(journal, 'utf8')).counters.records >= records) break;
        } catch { /* not written yet, or being replaced */ }
      }
      child.kill(signal);
      return exited;
    };

    expect(await interrupt([], 15, 'SIGKILL')).toBe(null);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(true);
    appendFileSync(`${out}.partial`, '{"schemaVersion":"1.0","id":"torn'); // a line cut short by the kill

    expect(await interrupt(['--resume'], 50, 'SIGTERM')).toBe(143);
    const stopped = JSON.parse(readFileSync(join(dir, 'run', 'report.json'), 'utf8'));
    expect(stopped).toMatchObject({ interrupted: true, signal: 'SIGTERM', resumed: true });
    expect(stopped.records).toBeLessThan(99);
    expect(existsSync(out)).toBe(true); // an interrupted run still leaves whole files in place
    expect(existsSync(journal)).toBe(true);

    const done = run([...args, '--resume']);
    expect(done.status, done.stderr).toBe(1);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).sort()).toEqual(expected);
    expect(readFileSync(join(dir, 'run', 'rejects.ndjson'), 'utf8').split('\n').filter(Boolean).sort()).toEqual(expectedRejects);
    const report = JSON.parse(readFileSync(join(dir, 'run', 'report.json'), 'utf8'));
    expect(report).toMatchObject({ inputs: 180, records: 99, rejected: 1, skipped: 80, interrupted: false, resumed: true });
    expect(existsSync(journal)).toBe(false);
    expect(readdirSync(join(dir, 'run')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  }, 150_000);
});
