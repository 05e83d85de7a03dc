#!/usr/bin/env node
// Speed, as ratios measured in one run (absolute figures on a shared machine mean little).
//   npm run bench [-- --pages DIR] [--limit N]
// Single thread: parse alone (cheerio/slim = htmlparser2), Readability + linkedom, and copydesk's full
// extraction (every field, validated and serialised). Then the CLI with 1 and 2 workers over the same
// pages, packed in a WARC as a crawl would bring them: what the pipeline (reading, worker threads, writing)
// costs shows as the ratio of the 1-worker CLI to the in-process extraction; and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio/slim';
import { extractArticle } from '../dist/article.js';
import { checkArticle } from '../dist/validate/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const devPages = join(root, '../shared/eval/dev/pages');
const dir = flag('--pages', existsSync(devPages) ? devPages : join(root, 'samples'));
const limit = Number(flag('--limit', 400));
const seconds = Number(flag('--seconds', 8));

const files = [];
const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.(html?|xhtml)(\.gz)?$/.test(p)) files.push(p); } };
walk(dir);
const pages = files.slice(0, limit).map((f) => { const b = readFileSync(f); return (f.endsWith('.gz') ? gunzipSync(b) : b).toString('utf8'); });
const kb = pages.reduce((a, p) => a + p.length, 0) / pages.length / 1024;
console.log(`bench: ${pages.length} pages from ${dir} (mean ${kb.toFixed(0)} KB), node ${process.version}, ${availableParallelism()} cores`);

/** Pages per second of fn over the pages, repeated until `seconds` have passed (after one warm-up pass). */
function rate(name, fn) {
  for (const p of pages.slice(0, 50)) fn(p);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) for (const p of pages) { fn(p); n++; }
  const r = n / ((performance.now() - start) / 1000);
  console.log(`  ${name.padEnd(40)} ${r.toFixed(1).padStart(7)} pages/s`);
  return r;
}

let readability = null;
try {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  readability = (html) => { const { document } = parseHTML(html); return new Readability(document).parse(); };
} catch { /* optional dev dependency */ }

console.log('single thread:');
const parse = rate('parse only (cheerio/slim, htmlparser2)', (h) => load(h));
const rival = readability ? rate('Readability + linkedom', readability) : null;
const full = rate('copydesk full extraction + validation', (h) => { const r = extractArticle(h, {}); checkArticle(r); JSON.stringify(r); });

// The same pages as one WARC (HTTP responses, as a crawl stores them), written to a temp folder.
const tmp = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
const warc = join(tmp, 'bench.warc');
writeFileSync(warc, Buffer.concat(pages.map((html, i) => {
  const body = Buffer.from(html, 'utf8');
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  const head = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.example/${i}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
})));

console.log(`CLI over the same ${pages.length} pages in a WARC (start-up included):`);
const cli = (w) => {
  const out = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'extract', warc, '-o', '/dev/null', '--rejects', '/dev/null', '--no-report', '--no-progress', '-w', String(w)], { encoding: 'utf8' });
  const m = /([\d.]+) pages\/s over ([\d.]+) s with \d+ workers?, peak RSS (\d+) MB/.exec(out.stderr);
  if (!m) { console.log(out.stderr); return null; }
  console.log(`  ${`${w} worker${w > 1 ? 's' : ''}`.padEnd(40)} ${Number(m[1]).toFixed(1).padStart(7)} pages/s, peak RSS ${m[3]} MB`);
  return Number(m[1]);
};
const one = cli(1);
const two = cli(2);
rmSync(tmp, { recursive: true, force: true });

console.log('ratios:');
if (rival) console.log(`  full extraction / Readability+linkedom   ${(full / rival).toFixed(2)}×   (goal ≥ 4)`);
console.log(`  full extraction / parse only            ${(full / parse).toFixed(2)}    (goal ≥ 0.40)`);
if (one && two) console.log(`  2 workers / 1 worker                    ${(two / one).toFixed(2)}×   (goal ≥ 1.8)`);
if (one) console.log(`  CLI 1 worker / in-process extraction    ${(one / full).toFixed(2)}    (the pipeline's own cost; 1 = none)`);
