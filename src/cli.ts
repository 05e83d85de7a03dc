#!/usr/bin/env node
// Arguments → options → run. No extraction logic lives here.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULTS, formatReport, runPipeline } from './pipeline/run.js';
import { validateFiles } from './validate/file.js';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Exit codes: 0 all good, 1 some inputs rejected or lines invalid, 2 usage error, 3 the run itself failed. */
export const EXIT = { ok: 0, rejected: 1, usage: 2, failed: 3 } as const;

function intAtLeast(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`Expected \`${name}\` to be an integer >= ${min}, got \`${value}\`.`);
    return n;
  };
}

const program = new Command();
program
  .name('copydesk')
  .description('Turns news-article HTML into clean, validated NDJSON records.')
  .version(pkg.version)
  .showHelpAfterError()
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : EXIT.usage);
  });

program
  .command('extract')
  .description('extract one record per page from files, folders (recursive), .gz pages, or - (standard input)')
  .argument('<inputs...>', 'files, folders or - for standard input')
  .option('-o, --out <file>', 'NDJSON output, or - for standard output', DEFAULTS.out)
  .option('--rejects <file>', 'one line per input that gave no valid record (default: rejects.ndjson beside --out)')
  .option('--report <file>', 'run report as JSON (default: report.json beside --out)')
  .option('--no-report', 'do not write the report file (the summary still goes to stderr)')
  .addOption(new Option('-w, --workers <n>', 'worker threads').default(DEFAULTS.workers, 'available parallelism').argParser(intAtLeast('--workers', 1)))
  .addOption(new Option('--page-timeout <ms>', 'reject a page whose extraction takes longer').default(DEFAULTS.pageTimeoutMs).argParser(intAtLeast('--page-timeout', 1)))
  .addOption(new Option('--max-page-bytes <n>', 'reject a page larger than this, after decompression').default(DEFAULTS.maxPageBytes).argParser(intAtLeast('--max-page-bytes', 1)))
  .option('--url <url>', 'URL of the page read from standard input')
  .option('--no-progress', 'no progress line, even on a terminal')
  .option('-q, --quiet', 'print nothing but errors', false)
  .action(async (inputs: string[], o: Record<string, unknown>) => {
    const out = String(o.out);
    const dir = out === '-' ? 'out' : dirname(out);
    const report = o.report === false ? null : typeof o.report === 'string' ? o.report : join(dir, 'report.json');
    const rejects = typeof o.rejects === 'string' ? o.rejects : join(dir, 'rejects.ndjson');
    const clash = sameFile([out, rejects, report]);
    if (clash) {
      process.stderr.write(`copydesk: expected --out, --rejects and --report to be different files, got \`${clash}\` twice\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    try {
      const r = await runPipeline({
        inputs,
        out,
        rejects,
        report,
        workers: o.workers as number,
        pageTimeoutMs: o.pageTimeout as number,
        maxPageBytes: o.maxPageBytes as number,
        url: typeof o.url === 'string' ? o.url : null,
        progress: o.progress !== false,
        quiet: o.quiet === true,
      });
      if (!o.quiet) process.stderr.write(formatReport(r) + '\n');
      process.exitCode = r.rejected > 0 ? EXIT.rejected : EXIT.ok;
    } catch (e) {
      process.stderr.write(`copydesk: run failed: ${(e as Error).message}\n`);
      if (process.env.COPYDESK_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
      process.exitCode = EXIT.failed;
    }
  });

program
  .command('validate')
  .description('check every line of NDJSON files (.ndjson, .ndjson.gz or - for standard input) against the record schema')
  .argument('<files...>', 'NDJSON files or - for standard input')
  .option('-q, --quiet', 'print only the problems, no summary', false)
  .action(async (files: string[], o: { quiet: boolean }) => {
    const s = await validateFiles(files, (p) => {
      process.stdout.write(`${p.file}:${p.line}: ${p.pointer || '/'} ${p.message}\n`);
    });
    if (!o.quiet) process.stderr.write(`copydesk validate: ${s.lines} lines in ${s.files} file${s.files === 1 ? '' : 's'}, ${s.invalid} invalid\n`);
    process.exitCode = s.invalid > 0 ? EXIT.rejected : EXIT.ok;
  });

/** The first regular output path named twice (devices such as /dev/null and '-' may repeat). */
function sameFile(paths: Array<string | null>): string | null {
  const seen = new Set<string>();
  for (const p of paths) {
    if (!p || p === '-' || p.startsWith('/dev/')) continue;
    const key = resolve(p);
    if (seen.has(key)) return p;
    seen.add(key);
  }
  return null;
}

await program.parseAsync(process.argv);
