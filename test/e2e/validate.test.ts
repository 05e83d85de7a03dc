// `copydesk validate` for CI: GitHub annotations, a JSON report, --max-errors, .ndjson.gz and standard
// input; and the line reader under it (CRLF, chunk boundaries, lines past the cap never held whole).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { eachLine, validateFiles } from '../../src/validate/file.js';
import { githubAnnotation } from '../../src/validate/report.js';
import { fullRecord, runCli } from './warehouse-fixture.js';

const good = JSON.stringify(fullRecord());
const bad = (i: number) => JSON.stringify({ ...fullRecord(), headline: i, extra: true });

function files() {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-validate-ci-'));
  const ok = join(dir, 'ok.ndjson');
  const broken = join(dir, 'broken, with: comma.ndjson');
  writeFileSync(ok, `${good}\n${good}\n`);
  writeFileSync(broken, [good, bad(1), '{not json', good, bad(2), bad(3)].join('\n') + '\n');
  return { dir, ok, broken };
}

describe('copydesk validate --format', () => {
  it('github: one ::error annotation per problem, with file and line, escaped', () => {
    const { broken } = files();
    const r = runCli(['validate', '--format', 'github', broken]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const file = broken.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
    expect(lines).toContain(`::error file=${file},line=2,title=copydesk validate::/headline must be string,null`);
    expect(lines).toContain(`::error file=${file},line=2,title=copydesk validate::/ has unknown property \`extra\``);
    expect(lines.some((l) => l.startsWith(`::error file=${file},line=3,`) && l.includes('is not JSON'))).toBe(true);
    for (const l of lines) expect(l).toMatch(/^::error file=[^:]+,line=\d+,title=copydesk validate::/);
    expect(r.stderr).toMatch(/6 lines in 1 file, 4 invalid/);
  });

  it('github: escapes newlines and percent signs in the message; no line for an unreadable file', () => {
    expect(githubAnnotation({ file: 'a.ndjson', line: 0, pointer: '', message: 'cannot read: 100%\nEACCES' })).toBe(
      '::error file=a.ndjson,title=copydesk validate::/ cannot read: 100%25%0AEACCES',
    );
  });

  it('json: one machine-readable report, valid or not', () => {
    const { ok, broken } = files();
    const r = runCli(['validate', '--format', 'json', broken]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    expect(report.summary).toEqual({ files: 1, lines: 6, invalid: 4, problems: 7, truncated: false });
    expect(report.problems).toContainEqual({ file: broken, line: 5, pointer: '/headline', message: 'must be string,null' });
    const fine = runCli(['validate', '--format', 'json', ok, '-q']);
    expect(fine.status).toBe(0);
    expect(JSON.parse(fine.stdout)).toEqual({ problems: [], summary: { files: 1, lines: 2, invalid: 0, problems: 0, truncated: false }, valid: true });
    expect(fine.stderr).toBe('');
  });

  it('--max-errors stops after n problems, says so, and still fails', () => {
    const { broken } = files();
    const r = runCli(['validate', '--max-errors', '2', broken]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/stopped after 2 problems: --max-errors/);
    const j = JSON.parse(runCli(['validate', '--format', 'json', '--max-errors', '1', broken]).stdout);
    expect(j.problems).toHaveLength(1);
    expect(j.summary.truncated).toBe(true);
    expect(runCli(['validate', '--max-errors', '-1', broken]).status).toBe(2);
  });

  it('reads .ndjson.gz and standard input, plain or gzipped', () => {
    const { dir } = files();
    const gz = join(dir, 'records.ndjson.gz');
    writeFileSync(gz, gzipSync(`${good}\n${bad(1)}\n`));
    const r = runCli(['validate', gz]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${gz}:2: /headline must be string,null`);
    const stdin = runCli(['validate', '-'], `${good}\r\n${good}\r\n`);
    expect(stdin.status).toBe(0);
    expect(stdin.stderr).toMatch(/2 lines in 1 file, 0 invalid/);
    const gzStdin = runCli(['validate', '-'], gzipSync(`${good}\n${bad(1)}\n${good}\n`)); // recognised by its magic bytes
    expect(gzStdin.status).toBe(1);
    expect(gzStdin.stdout).toContain('-:2: /headline must be string,null');
    expect(gzStdin.stderr).toMatch(/3 lines in 1 file, 1 invalid/);
  });
});

describe('eachLine', () => {
  const collect = async (chunks: Array<string | Buffer>, max = 1 << 20) => {
    const got: Array<[number, string]> = [];
    await eachLine(Readable.from(chunks.map((c) => Buffer.from(c))), max, (n, t) => got.push([n, t]), (n, b) => got.push([n, `TOO LONG ${b}`]));
    return got;
  };

  it('splits across chunk boundaries, strips CR, keeps the unterminated last line and multi-byte characters', async () => {
    const euro = Buffer.from('€');
    expect(await collect(['a\r', '\nb', 'c\n\n', Buffer.concat([Buffer.from('d'), euro.subarray(0, 1)]), euro.subarray(1)])).toEqual([
      [1, 'a'],
      [2, 'bc'],
      [3, ''],
      [4, 'd€'],
    ]);
  });

  it('reports a line past the cap once and goes on with the next one', async () => {
    expect(await collect(['ok\n', 'x'.repeat(40), 'y'.repeat(40), '\nafter\n'], 50)).toEqual([
      [1, 'ok'],
      [2, 'TOO LONG 80'],
      [3, 'after'],
    ]);
  });

  it('validateFiles turns an over-long line into one problem', async () => {
    const { dir } = files();
    const f = join(dir, 'long.ndjson');
    writeFileSync(f, `${good}\n${'x'.repeat(5000)}\n${good}\n`);
    const problems: string[] = [];
    const s = await validateFiles([f], (p) => problems.push(`${p.line}: ${p.message}`), undefined, { maxLineBytes: 4096 });
    expect(problems).toEqual(['2: is longer than 4096 bytes (5000+): skipped']);
    expect(s).toMatchObject({ lines: 3, invalid: 1 });
  });
});
