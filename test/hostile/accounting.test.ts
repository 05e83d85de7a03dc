// Accounting (issue 8): the built CLI on a batch that mixes good pages with every hostile case; every input
// ends as exactly one record or one reject line with a reason, the report adds up (records + rejected +
// skipped = inputs), no stack trace, nothing reaches out, nothing is written outside the output folder
// (Node's permission model enforces it: the run may write only there, and may start no process). A page
// that runs past --page-timeout is rejected with stage `timeout`, its worker replaced, and the batch goes on.
//
// Runs dist/cli.js: `npm test` builds first (pretest).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/validate/index.js';
import { buildPage, pageArbitrary } from '../fuzz/pages.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const sample = (name: string) => readFileSync(join(root, 'samples', name));
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
const validateReject = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(root, 'schemas/reject.schema.json'), 'utf8')));

const MARK = 'COPYDESK-REACHED-OUT';
/**
 * Loaded with --require in the main thread and in every worker (Node preloads into workers too): each way
 * out prints a marker on stderr and throws. The test fails on any marker.
 */
const TRAPS = `
const trap = (owner, key, what) => { if (!owner || typeof owner[key] !== 'function') return;
  owner[key] = function () { process.stderr.write('${MARK} ' + what + '\\n'); throw new Error('reached out: ' + what); }; };
const net = require('node:net'), tls = require('node:tls'), http = require('node:http'), https = require('node:https');
const dns = require('node:dns'), cp = require('node:child_process'), dgram = require('node:dgram'), http2 = require('node:http2');
trap(net.Socket.prototype, 'connect', 'net.Socket#connect'); trap(net, 'connect', 'net.connect'); trap(net, 'createConnection', 'net.createConnection');
trap(tls, 'connect', 'tls.connect'); trap(dgram, 'createSocket', 'dgram.createSocket'); trap(http2, 'connect', 'http2.connect');
for (const m of [[http, 'http'], [https, 'https']]) { trap(m[0], 'request', m[1] + '.request'); trap(m[0], 'get', m[1] + '.get'); }
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) { trap(dns, k, 'dns.' + k); trap(dns.promises, k, 'dns.promises.' + k); }
for (const k of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(cp, k, 'child_process.' + k);
trap(globalThis, 'fetch', 'fetch');
require('node:module').syncBuiltinESMExports();
`;

const LOCAL = 'http://127.0.0.1:9';
const article = (inner: string, head = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile page</title>${head}</head><body><article><h1>A hostile page</h1>${inner}<p>${'Plain text of the article for the body extractor. '.repeat(8)}</p></article></body></html>`;

/** The batch: good pages, then every hostile case of issues 2 and 8, by file name. */
function hostileBatch(): Record<string, Buffer | string> {
  const good = sample('og-only-harbour.html');
  const files: Record<string, Buffer | string> = {
    'good-harbour.html': good,
    'good-seed.html': sample('brussels-times-iskp.html'),
    'good-guillemets.html': sample('fr-guillemets.html'),
    'good-gzip.html.gz': gzipSync(sample('nl-aanhalingstekens.html')),
    'empty.html': '',
    'binary.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'random-bytes.html': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
    'truncated.html.gz': gzipSync(good).subarray(0, 300),
    'gzip-bomb.html.gz': gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a')), // 64 MB inflated from ~64 KB
    'gzip-bomb-renamed.html': gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)), // sniffed by magic bytes
    'plain.html': 'Just a line of text with no markup at all.\n',
    'huge.html': '<html><body>' + '<p>filler text for a very large page</p>'.repeat(300_000) + '</body></html>', // > 10 MB
    'deep.html': '<html><body>' + '<div>'.repeat(100_000) + '<p>Deep inside the page.</p>' + '</div>'.repeat(100_000) + '</body></html>',
    'deep-inline-unclosed.html': article('<p>' + '<b><i><span>'.repeat(20_000) + 'Deep inline text.</p>'),
    'bad-utf8.html': Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"><title>Broken</title></head><body><p>caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(' ok</p></body></html>')]),
    'utf16-bom.html': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('<p>UTF-16 text.</p>'), 'utf16le')]),
    'jsonld-deep.html': article('', `<script type="application/ld+json">${'['.repeat(100_000)}${']'.repeat(100_000)}</script>`),
    'jsonld-huge.html': article('', `<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${'x'.repeat(8 * 1024 * 1024)}"}</script>`),
    'jsonld-proto.html': article('', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"author":{"prototype":{"x":1},"name":"Jane Doe"}}</script>'),
    'jsonld-broken.html': article('', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Trunc</script><script type="application/ld+json">[1,2,</script>'),
    'quote-storm.html': article(`<p>${'“ ” „ « » ‹ › \' " '.repeat(10_000)}</p>`),
    'commas-byline.html': article(`<div class="byline">By ${', '.repeat(100_000)}</div>`, `<meta name="author" content="${','.repeat(100_000)}">`),
    'huge-attribute.html': article(`<img src="/a.jpg" alt="${'a'.repeat(1024 * 1024)}" data-x="${'&quot;'.repeat(100_000)}">`),
    'huge-title.html': `<html><head><title>${'Headline | Site - '.repeat(60_000)}</title></head><body><p>text</p></body></html>`,
    'many-paragraphs.html': article('<p>A short paragraph.</p>'.repeat(100_000)),
    'scripts-templates.html': article(`${'<script>document.write("<p>")</script><template><article><h1>Not this</h1></article></template><p>Text between.</p>'.repeat(2_000)}<script>`),
    'reaching-out.html': article(
      `<iframe src="${LOCAL}/f"></iframe><img src="${LOCAL}/a.jpg" srcset="${LOCAL}/b.jpg 2x"><img src="../../etc/passwd"><script src="${LOCAL}/x.js"></script><a href="file:///etc/passwd">x</a>`,
      `<meta http-equiv="refresh" content="0;url=${LOCAL}/"><link rel="preload" href="${LOCAL}/f.woff2"><link rel="canonical" href="../../etc/passwd"><base href="file:///etc/"><meta property="og:url" content="file:///etc/passwd">`,
    ),
    '..%2F..%2Fetc%2Fpasswd.html': article('<p>A file whose name looks like a path.</p>'),
  };
  // Fuzzed pages (the generator of test/fuzz), fixed seed: tag soup, unbalanced quotes, broken JSON-LD…
  const seeds = ['brussels-times-iskp.html', 'nl-aanhalingstekens.html'].map((n) => sample(n).toString('utf8'));
  fc.sample(pageArbitrary(seeds), { seed: 8, numRuns: 12 }).forEach((v, i) => {
    files[`fuzz-${String(i).padStart(2, '0')}.html`] = buildPage(v);
  });
  return files;
}

function runCli(cwd: string, args: string[], writable: string) {
  const traps = join(cwd, 'traps.cjs');
  writeFileSync(traps, TRAPS);
  return spawnSync(
    process.execPath,
    ['--experimental-permission', '--allow-fs-read=*', `--allow-fs-write=${writable}`, '--allow-worker', '--require', traps, cli, ...args],
    { cwd, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 600_000 },
  );
}

describe('accounting: the built CLI on good and hostile pages together', { timeout: 600_000 }, () => {
  let dir: string;
  let files: Record<string, Buffer | string>;
  let r: ReturnType<typeof runCli>;
  const MISSING = 'in/does-not-exist.html';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-hostile-'));
    files = hostileBatch();
    mkdirSync(join(dir, 'in'));
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, 'in', name), data);
    mkdirSync(join(dir, 'out'));
    r = runCli(dir, ['extract', 'in', MISSING, '--out', 'out/articles.ndjson', '--workers', '2', '--no-progress'], join(dir, 'out'));
  }, 600_000);

  it('every input is one record or one reject line; records + rejected + skipped = inputs', () => {
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr.slice(-2000)).toBe(1); // some inputs rejected
    const records = lines(join(dir, 'out/articles.ndjson'));
    const rejects = lines(join(dir, 'out/rejects.ndjson'));
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    const inputs = Object.keys(files).length + 1;
    expect(report.inputs).toBe(inputs);
    expect(report.records).toBe(records.length);
    expect(report.rejected).toBe(rejects.length);
    expect(report.records + report.rejected + report.skipped).toBe(inputs);
    // each input exactly once, across both files
    const seen = [...records.map((x) => x.input.path), ...rejects.map((x) => x.input.path)].map((p: string) => p.replace(/^in\//, ''));
    expect(seen.sort()).toEqual([...Object.keys(files), MISSING.replace(/^in\//, '')].sort());
  });

  it('records are schema-valid; rejects match the reject schema with a one-line reason; no stack trace', () => {
    for (const rec of lines(join(dir, 'out/articles.ndjson'))) expect(checkArticle(rec), rec.input.path).toEqual([]);
    for (const rej of lines(join(dir, 'out/rejects.ndjson'))) {
      expect(validateReject(rej), JSON.stringify(validateReject.errors)).toBe(true);
      expect(rej.error).toMatch(/^[^\n]+$/);
      expect(rej.error).not.toMatch(/\bat .+:\d+:\d+/);
    }
    expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('each hostile case lands where it should', () => {
    const records = lines(join(dir, 'out/articles.ndjson'));
    const rejects = lines(join(dir, 'out/rejects.ndjson'));
    const rej = (n: string) => rejects.find((x) => x.input.path === `in/${n}`);
    const rec = (n: string) => records.find((x) => x.input.path === `in/${n}`);
    for (const n of ['good-harbour.html', 'good-seed.html', 'good-guillemets.html', 'good-gzip.html.gz']) expect(rec(n), n).toBeDefined();
    expect(rej('empty.html')).toMatchObject({ stage: 'read' });
    expect(rej('binary.html')).toMatchObject({ stage: 'decode' });
    expect(rej('truncated.html.gz')).toMatchObject({ stage: 'read', error: expect.stringMatching(/truncated gzip/) });
    expect(rej('gzip-bomb.html.gz')).toMatchObject({ stage: 'limit' });
    expect(rej('gzip-bomb-renamed.html')).toMatchObject({ stage: 'limit' });
    expect(rej('huge.html')).toMatchObject({ stage: 'limit' });
    expect(rej('plain.html')).toMatchObject({ stage: 'decode' });
    expect(rej('does-not-exist.html')).toMatchObject({ stage: 'read' });
    // hostile but readable pages give records, with warnings where something was dropped
    for (const n of ['deep.html', 'deep-inline-unclosed.html', 'bad-utf8.html', 'utf16-bom.html', 'jsonld-deep.html', 'jsonld-huge.html', 'jsonld-proto.html', 'jsonld-broken.html', 'quote-storm.html', 'commas-byline.html', 'huge-attribute.html', 'huge-title.html', 'many-paragraphs.html', 'scripts-templates.html', 'reaching-out.html', '..%2F..%2Fetc%2Fpasswd.html']) {
      expect(rec(n), `${n}: ${JSON.stringify(rej(n))}`).toBeDefined();
    }
    expect(rec('jsonld-deep.html')!.warnings.join(' ')).toMatch(/JSON-LD block 1 skipped: nested more than/);
    expect(rec('jsonld-huge.html')!.warnings.join(' ')).toMatch(/JSON-LD block 1 skipped: \d+ bytes/);
    expect(rec('jsonld-broken.html')!.warnings.join(' ')).toMatch(/not valid JSON/);
    expect(rec('deep.html')!.articleBody).toContain('Deep inside the page.');
    expect(JSON.stringify(rec('reaching-out.html'))).not.toMatch(/file:\/\//);
    // fuzzed pages: a record or a reject, either way accounted for (checked above)
  });

  it('nothing reached out and nothing was written outside the output folder', () => {
    expect(r.stderr).not.toContain(MARK);
    expect(r.stderr).not.toMatch(/ERR_ACCESS_DENIED/);
    const all = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(d, e.name)) : [relative(dir, join(d, e.name))]));
    const written = all(dir).filter((f) => !f.startsWith('in/') && f !== 'traps.cjs');
    expect(written.filter((f) => !f.startsWith('out/'))).toEqual([]);
    expect(written.some((f) => f.endsWith('.partial'))).toBe(false);
  });

  it('the permission model is really on: a write outside the output folder is refused', () => {
    const probe = spawnSync(process.execPath, ['--experimental-permission', '--allow-fs-read=*', `--allow-fs-write=${join(dir, 'out')}`, '-e', `require('fs').writeFileSync(${JSON.stringify(join(dir, 'escape.txt'))}, 'x')`], { encoding: 'utf8' });
    expect(probe.status).not.toBe(0);
    expect(probe.stderr).toMatch(/ERR_ACCESS_DENIED/);
  });
});

describe('page timeout: a page past --page-timeout is rejected as `timeout`, its worker replaced, the batch goes on', { timeout: 600_000 }, () => {
  let dir: string;
  let r: ReturnType<typeof runCli>;
  const TIMEOUT_MS = 4_000;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-timeout-'));
    mkdirSync(join(dir, 'in'));
    // ~8 MB of quotes and cues: about 10 s of CPU to extract on a fast machine, far past the timeout.
    writeFileSync(join(dir, 'in', 'a-slow.html'), `<html><body><article><h1>Slow</h1><p>${'“Yes,” said '.repeat(500_000)}</p></article></body></html>`);
    writeFileSync(join(dir, 'in', 'b-good.html'), sample('no-metadata.html'));
    writeFileSync(join(dir, 'in', 'c-good.html'), sample('og-only-harbour.html'));
    writeFileSync(join(dir, 'in', 'd-good.html'), sample('hcard-two-authors.html'));
    writeFileSync(join(dir, 'in', 'e-good.html'), sample('microdata-library.html'));
    mkdirSync(join(dir, 'out'));
    r = runCli(dir, ['extract', 'in', '--out', 'out/articles.ndjson', '--workers', '1', '--page-timeout', String(TIMEOUT_MS), '--no-progress'], join(dir, 'out'));
  }, 600_000);

  it('the slow page is a timeout reject; the pages after it are records; the report adds up', () => {
    expect(r.status, r.stderr.slice(-2000)).toBe(1);
    const records = lines(join(dir, 'out/articles.ndjson'));
    const rejects = lines(join(dir, 'out/rejects.ndjson'));
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(rejects.find((x) => x.input.path === 'in/a-slow.html')).toEqual({
      input: { path: 'in/a-slow.html' },
      stage: 'timeout',
      error: `extraction took longer than ${TIMEOUT_MS} ms; its worker was replaced`,
    });
    expect(report.records + report.rejected + report.skipped).toBe(5);
    expect(report.rejectedByStage.timeout).toBeGreaterThanOrEqual(1);
    // the worker was replaced and the batch went on: the last pages, queued after the timeout, are records
    for (const n of ['d-good.html', 'e-good.html']) expect(records.find((x) => x.input.path === `in/${n}`), n).toBeDefined();
    expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  // FOUND (issue 8), src/pipeline/run.ts processItem: `pool.run(task, { signal: AbortSignal.timeout(pageTimeoutMs) })`
  // starts the clock when the page is handed to piscina, not when a worker starts it. The p-queue lets
  // workers × 2 pages in flight, so a page queued behind a slow one waits out most of its budget and is
  // rejected as "extraction took longer than … ms; its worker was replaced" without ever running. Here,
  // on one worker, the small good page handed over while a-slow.html runs (b- or c-good.html, whichever
  // finished reading second) is rejected with it: its budget left when the worker is replaced is the run
  // time of the page before it, far less than a new worker needs to start.
  // Fixed (issue 6): the worker reports on a MessagePort when it takes a page up; the clock starts then.
  it('only the slow page is rejected: a good page queued behind it is not a timeout (it never ran)', () => {
    const rejects = lines(join(dir, 'out/rejects.ndjson'));
    expect(rejects.map((x) => x.input.path)).toEqual(['in/a-slow.html']);
  });
});
