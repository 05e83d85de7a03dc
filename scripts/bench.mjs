#!/usr/bin/env node
// Speed, as ratios measured in one run (absolute figures on a shared machine mean little).
//   npm run bench [-- --pages DIR] [--limit N] [--seconds S] [--cli-pages N] [--gzip] [--workers 1,2]
// Single thread: parse alone (cheerio/slim = htmlparser2), Readability + linkedom, and copydesk's full
// extraction (every field, validated and serialised). Then the CLI with 1 and 2 workers over the same
// pages repeated to --cli-pages records (default 1200: long enough that start-up and the JIT's warm-up do
// not dominate), packed in a WARC (--gzip: a .warc.gz, one gzip member per record, as Common Crawl's) as
// a crawl would bring them: what the pipeline (reading, worker threads, writing) costs shows as the ratio
// of the 1-worker CLI to the in-process extraction; and peak RSS.
// CPU time by thread comes from the run report: the main thread's share must stay small for 2 workers to
// reach 1.8× one worker; garbage collection and JIT compilation run on other threads and count too. On a
// loaded machine wall-clock rates mean little, the CPU figures still hold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
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
const cliPages = Number(flag('--cli-pages', 1200));
const gzip = args.includes('--gzip');
const workerCounts = String(flag('--workers', '1,2')).split(',').map(Number);

const files = [];
const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.(html?|xhtml)(\.gz)?$/.test(p)) files.push(p); } };
walk(dir);
const pages = files.slice(0, limit).map((f) => { const b = readFileSync(f); return (f.endsWith('.gz') ? gunzipSync(b) : b).toString('utf8'); });
const kb = pages.reduce((a, p) => a + p.length, 0) / pages.length / 1024;
console.log(`bench: ${pages.length} pages from ${dir} (mean ${kb.toFixed(0)} KB), node ${process.version}, ${availableParallelism()} cores`);

/** This thread's CPU time in ms (Linux), else null. */
const threadCpuMs = () => { try { return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6; } catch { return null; } };

/**
 * Pages per second of fn over whole passes of the pages, repeated until `seconds` have passed (after a warm-up on 50 pages),
 * and the CPU other threads (garbage collection, JIT) spent meanwhile, per page.
 */
function rate(name, fn) {
  for (const p of pages.slice(0, 50)) fn(p);
  let n = 0;
  const start = performance.now();
  const t0 = threadCpuMs();
  const u0 = process.cpuUsage();
  // Whole passes only, so every contender is measured over the same pages (a slow one would otherwise
  // be timed on the first pages alone).
  do for (const p of pages) { fn(p); n++; } while (performance.now() - start < seconds * 1000);
  const r = n / ((performance.now() - start) / 1000);
  const u = process.cpuUsage(u0);
  const t1 = threadCpuMs();
  const cpu = t0 === null ? '' : `  (CPU ${((t1 - t0) / n).toFixed(1)} ms/page on this thread, ${(((u.user + u.system) / 1000 - (t1 - t0)) / n).toFixed(1)} on others)`;
  console.log(`  ${name.padEnd(40)} ${r.toFixed(1).padStart(7)} pages/s${cpu}`);
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

// The same pages as one WARC (HTTP responses, as a crawl stores them), repeated to cliPages records.
const tmp = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
const warc = join(tmp, gzip ? 'bench.warc.gz' : 'bench.warc');
const bodies = pages.map((html) => Buffer.from(html, 'utf8'));
writeFileSync(warc, Buffer.concat(Array.from({ length: cliPages }, (_, i) => {
  const body = bodies[i % bodies.length];
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  const head = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://bench.example/${i}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  const record = Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
  return gzip ? gzipSync(record) : record;
})));

console.log(`CLI over ${cliPages} records (the ${pages.length} pages repeated) in a ${gzip ? 'WARC.gz' : 'WARC'} (start-up included):`);
const f1 = (x) => x.toFixed(1);
const cli = (w) => {
  const report = join(tmp, `report-${w}.json`);
  const out = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'extract', warc, '-o', '/dev/null', '--rejects', '/dev/null', '--report', report, '--no-progress', '-w', String(w)], { encoding: 'utf8' });
  if (!existsSync(report)) { console.log(out.stderr); return null; }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const c = r.cpu;
  const per = (ms) => f1(ms / Math.max(1, c.pages));
  const total = c.mainMs + c.workerMs + c.otherMs;
  console.log(`  ${`${w} worker${w > 1 ? 's' : ''}`.padEnd(40)} ${f1(r.pagesPerSecond).padStart(7)} pages/s, peak RSS ${r.peakRssMb} MB`);
  console.log(`      CPU ms/page: main ${per(c.mainMs)}, workers ${per(c.workerMs)}, other threads ${per(c.otherMs)} (GC, JIT, I/O), total ${per(total)}; main-thread share ${(c.mainShare * 100).toFixed(1)}%, workers idle ${(c.workerIdle * 100).toFixed(1)}%`);
  console.log(`      start-up CPU: main ${Math.round(c.mainStartupMs)} ms, workers ${Math.round(c.workerStartupMs)} ms (all ${w})`);
  const warm = c.warm;
  if (warm) {
    const wper = (ms) => f1(ms / Math.max(1, warm.pages));
    console.log(`      after warm-up (pages ${warm.fromPage + 1}–${warm.fromPage + warm.pages}): CPU ms/page: main ${wper(warm.mainMs)}, workers ${wper(warm.workerMs)}, other threads ${wper(warm.otherMs)}, total ${wper(warm.mainMs + warm.workerMs + warm.otherMs)}`);
  }
  return {
    rate: r.pagesPerSecond, perPage: total / c.pages, workerPerPage: c.workerMs / c.pages,
    warm: warm && { perPage: (warm.mainMs + warm.workerMs + warm.otherMs) / warm.pages, workerPerPage: warm.workerMs / warm.pages },
  };
};
const runs = Object.fromEntries(workerCounts.map((w) => [w, cli(w)]));
rmSync(tmp, { recursive: true, force: true });
const one = runs[1]?.rate;
const two = runs[2]?.rate;

console.log('ratios:');
if (rival) console.log(`  full extraction / Readability+linkedom   ${(full / rival).toFixed(2)}×   (goal ≥ 4)`);
console.log(`  full extraction / parse only            ${(full / parse).toFixed(2)}    (goal ≥ 0.40)`);
if (one && two) console.log(`  2 workers / 1 worker                    ${(two / one).toFixed(2)}×   (goal ≥ 1.8)`);
if (one) console.log(`  CLI 1 worker / in-process extraction    ${(one / full).toFixed(2)}    (the pipeline's own cost; 1 = none)`);
// On an idle machine one worker runs at about its own CPU per page (main thread, GC and JIT get the other
// cores); n workers on c cores are bound by c / (all CPU per page) and n / (a worker's CPU per page).
if (runs[1] && runs[2]) {
  const cores = availableParallelism();
  const bound = Math.min(cores / runs[2].perPage, 2 / runs[2].workerPerPage) / (1 / runs[1].workerPerPage);
  console.log(`  2 workers / 1 worker, CPU-bound estimate ${bound.toFixed(2)}×   (what an idle ${cores}-core machine allows from the CPU per page above)`);
  // Each worker compiles the hot code again (on V8's other threads) for its first thousand pages or so: a
  // short run with two workers pays that twice over the same pages. After warm-up, as in a long crawl:
  const [a, b] = [runs[1].warm, runs[2].warm];
  if (a && b) {
    const warmBound = Math.min(cores / b.perPage, 2 / b.workerPerPage) / (1 / a.workerPerPage);
    console.log(`  2 workers / 1 worker, after warm-up       ${warmBound.toFixed(2)}×   (the same estimate from the CPU per page after warm-up; --cli-pages 4000 and more for it to mean much)`);
  }
}
