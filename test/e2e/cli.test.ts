// End to end: the built CLI on samples/ and on a batch of hostile inputs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/validate/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28 });
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('copydesk extract', () => {
  it.runIf(process.platform === 'linux')('reports its own peak memory, not that of a large parent that started it', () => {
    // getrusage's maxRSS survives execve: a child of a 600 MB parent would claim 600 MB.
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
    const parent = `const b = Buffer.alloc(600 << 20, 1); require('node:child_process').spawnSync(process.execPath,
      ${JSON.stringify([cli, 'extract', 'samples', '--out', join(dir, 'a.ndjson'), '--workers', '1', '--no-progress'])}, { cwd: ${JSON.stringify(root)}, stdio: 'inherit' }); b[0];`;
    const r = spawnSync(process.execPath, ['-e', parent], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.peakRssMb).toBeGreaterThan(20);
    expect(report.peakRssMb).toBeLessThan(400);
  });

  it('writes one valid record per sample, a report, and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
    const out = join(dir, 'articles.ndjson');
    const r = run(['extract', 'samples', '--out', out, '--workers', '2']);
    expect(r.stderr).toMatch(/7 inputs → 7 records, 0 rejected/);
    expect(r.status).toBe(0);
    const records = lines(out);
    const samples = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.html'));
    expect(records.map((x) => x.input.path.replace(/^samples\//, '')).sort()).toEqual(samples.sort());
    for (const rec of records) expect(checkArticle(rec)).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ inputs: 7, records: 7, rejected: 0 });
    expect(report.coverage.headline).toBe(1);
    expect(readFileSync(join(dir, 'rejects.ndjson'), 'utf8')).toBe('');
    expect(readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });

  it('reads a page from standard input and writes to standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-stdin-'));
    const html = readFileSync(join(root, 'samples/hcard-two-authors.html'));
    const r = run(['extract', '-', '--out', '-', '--url', 'https://railgazette.example/x', '--rejects', join(dir, 'r.ndjson'), '--no-report', '-q'], html);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout.trim());
    expect(rec.input.path).toBe('-');
    expect(rec.url).toBe('https://railgazette.example/x');
    expect(rec.headline).toBe('Night trains to return on the Vienna route');
  });

  it('accounts for every hostile input: a record or one reject line with a reason, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bad-'));
    const bad = join(dir, 'in');
    mkdirSync(bad, { recursive: true });
    const good = readFileSync(join(root, 'samples/og-only-harbour.html'));
    const files: Record<string, Buffer | string> = {
      'good.html': good,
      'empty.html': '',
      'binary.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'truncated.html.gz': gzipSync(good).subarray(0, 300),
      'plain.html': 'Just a line of text with no markup at all.\n',
      'huge.html': '<html><body>' + '<p>filler text for a very large page</p>'.repeat(800_000) + '</body></html>',
      'deep.html': '<html><body>' + '<div>'.repeat(100_000) + '<p>Deep inside the page.</p>' + '</div>'.repeat(100_000) + '</body></html>',
      'bad-utf8.html': Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"><title>Broken</title></head><body><p>caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from(' ok</p></body></html>')]),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(bad, name), data);
    const out = join(dir, 'articles.ndjson');
    const r = run(['extract', bad, join(dir, 'does-not-exist.html'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    const records = lines(out);
    const rejects = lines(join(dir, 'rejects.ndjson'));
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.inputs).toBe(Object.keys(files).length + 1);
    expect(records.length + rejects.length + report.skipped).toBe(report.inputs);
    const byName = (n: string) => rejects.find((x) => x.input.path.endsWith(n));
    expect(byName('empty.html')).toMatchObject({ stage: 'read', error: 'empty file' });
    expect(byName('binary.html')).toMatchObject({ stage: 'decode', error: expect.stringMatching(/binary/) });
    expect(byName('truncated.html.gz')).toMatchObject({ stage: 'read', error: expect.stringMatching(/truncated gzip/) });
    expect(byName('plain.html')).toMatchObject({ stage: 'decode', error: expect.stringMatching(/not HTML/) });
    expect(byName('huge.html')).toMatchObject({ stage: 'limit', error: expect.stringMatching(/larger than the page limit/) });
    expect(byName('does-not-exist.html')).toMatchObject({ stage: 'read', error: expect.stringMatching(/ENOENT/) });
    for (const rej of rejects) expect(rej.error).not.toMatch(/\n/);
    const recFor = (n: string) => records.find((x) => x.input.path.endsWith(n));
    expect(recFor('good.html')?.headline).toBe('Harbour cranes return after two-year refit');
    expect(recFor('deep.html')?.articleBody).toContain('Deep inside the page.');
    expect(recFor('bad-utf8.html')?.articleBody).toContain('ok');
    for (const rec of records) expect(checkArticle(rec)).toEqual([]);
  });
});

describe('copydesk validate', () => {
  it('passes valid output and reports file:line: /pointer message for invalid lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-validate-'));
    const out = join(dir, 'articles.ndjson');
    expect(run(['extract', 'samples/no-metadata.html', '--out', out, '-q']).status).toBe(0);
    const ok = run(['validate', out]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('');
    const rec = lines(out)[0];
    const broken = join(dir, 'broken.ndjson');
    writeFileSync(broken, [JSON.stringify(rec), JSON.stringify({ ...rec, headline: 42, extra: true }), '{not json', ''].join('\n'));
    const bad = run(['validate', broken]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${broken}:2: /headline must be string,null`);
    expect(bad.stdout).toContain(`${broken}:2: / has unknown property \`extra\``);
    expect(bad.stdout).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: / is not JSON`));
    expect(bad.stderr).toMatch(/3 lines in 1 file, 2 invalid/);
  });

  it('exits 2 on a usage error', () => {
    expect(run(['extract']).status).toBe(2);
    expect(run(['extract', 'samples', '--workers', '0']).stderr).toMatch(/Expected `--workers` to be an integer >= 1, got `0`/);
    expect(run(['frobnicate']).status).toBe(2);
  });
});
