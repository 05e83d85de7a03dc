#!/usr/bin/env node
// Arguments → options → run. No extraction logic lives here.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULTS, formatReport, runPipeline, UsageError } from './pipeline/run.js';
import { parseShard } from './io/inputs.js';
import { VALIDATE_FORMATS, type ValidateFormat } from './validate/report.js';
import { TABLE_FORMATS } from './schema/ddl.js';
import type { SchemaFormat } from './schema/index.js';
import type { ConvertTarget } from './schema/convert.js';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';

// Each command loads what it needs when it runs: \`extract\` never compiles the schema on the main thread
// (its workers validate) nor loads the warehouse code; the choice lists below come from light modules.
const SCHEMA_FORMATS: readonly SchemaFormat[] = ['json-schema', ...TABLE_FORMATS];
const CONVERT_TARGETS: readonly ConvertTarget[] = ['parquet'];

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
  .description('extract one record per page from HTML files, WARC archives, NDJSON envelopes, folders (recursive), or - (standard input)')
  .argument('<inputs...>', 'files, folders, or - for standard input (a page, a WARC or NDJSON envelopes)')
  .option('-o, --out <file>', 'NDJSON output (gzip when it ends in .gz), or - for standard output', DEFAULTS.out)
  .option('--rejects <file>', 'one line per input that gave no valid record (default: rejects.ndjson beside --out)')
  .option('--report <file>', 'run report as JSON (default: report.json beside --out)')
  .option('--no-report', 'do not write the report file (the summary still goes to stderr)')
  .addOption(new Option('-w, --workers <n>', 'worker threads').default(DEFAULTS.workers, 'available parallelism').argParser(intAtLeast('--workers', 1)))
  .addOption(new Option('--page-timeout <ms>', 'reject a page whose extraction takes longer').default(DEFAULTS.pageTimeoutMs).argParser(intAtLeast('--page-timeout', 1)))
  .addOption(new Option('--max-page-bytes <n>', 'reject a page larger than this, after decompression').default(DEFAULTS.maxPageBytes).argParser(intAtLeast('--max-page-bytes', 1)))
  .option('--url <url>', 'URL of the page read from standard input')
  .option('--include <glob...>', 'take only the files in folders that match (default: HTML pages and WARC files)')
  .option('--exclude <glob...>', 'leave out the files in folders that match')
  .addOption(new Option('--shard <i/n>', 'take shard i of n (0 <= i < n) of the inputs').argParser(shardArg))
  .option('--resume', 'continue the interrupted run recorded beside --out', false)
  .addOption(new Option('--max-records-per-file <n>', 'start a new output file after n records (out-00000.ndjson, ...)').argParser(intAtLeast('--max-records-per-file', 1)))
  .addOption(new Option('--progress-interval <s>', 'seconds between progress lines when stderr is not a terminal (0: none)').default(DEFAULTS.progressIntervalSeconds).argParser(intAtLeast('--progress-interval', 0)))
  .addOption(new Option('--checkpoint-interval <s>', 'seconds between checkpoints of the resume journal').default(DEFAULTS.checkpointSeconds).argParser(numberAbove('--checkpoint-interval', 0)))
  .option('--no-progress', 'no progress bar or lines')
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
    const maxRecordsPerFile = typeof o.maxRecordsPerFile === 'number' ? o.maxRecordsPerFile : null;
    if (maxRecordsPerFile !== null && (out === '-' || out.startsWith('/dev/'))) {
      process.stderr.write(`copydesk: expected --out to be a file with --max-records-per-file, got \`${out}\`\n`);
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
        include: (o.include as string[] | undefined) ?? [],
        exclude: (o.exclude as string[] | undefined) ?? [],
        shard: (o.shard as { index: number; count: number } | undefined) ?? null,
        resume: o.resume === true,
        maxRecordsPerFile,
        progressIntervalSeconds: o.progressInterval as number,
        checkpointSeconds: o.checkpointInterval as number,
      });
      if (!o.quiet) process.stderr.write(formatReport(r) + '\n');
      // Interrupted: 128 + the signal's number, so a job runner retries (with --resume) instead of moving on.
      process.exitCode = r.interrupted ? (r.signal === 'SIGTERM' ? 143 : 130) : r.rejected > 0 ? EXIT.rejected : EXIT.ok;
    } catch (e) {
      process.stderr.write(`copydesk: ${e instanceof UsageError ? '' : 'run failed: '}${(e as Error).message}\n`);
      if (process.env.COPYDESK_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
      process.exitCode = e instanceof UsageError ? EXIT.usage : EXIT.failed;
    }
  });

/** `--shard i/n`: 0 <= i < n. */
function shardArg(value: string): { index: number; count: number } {
  const s = parseShard(value);
  if (!s) throw new InvalidArgumentError(`Expected \`--shard\` to be i/n with 0 <= i < n (e.g. 0/4), got \`${value}\`.`);
  return s;
}

function numberAbove(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= min) throw new InvalidArgumentError(`Expected \`${name}\` to be a number > ${min}, got \`${value}\`.`);
    return n;
  };
}

program
  .command('validate')
  .description('check every line of NDJSON files (.ndjson, .ndjson.gz or - for standard input) against the record schema, streaming')
  .argument('<files...>', 'NDJSON files or - for standard input')
  .addOption(new Option('--format <format>', 'text: file:line: /pointer message; github: ::error annotations; json: one report').choices(VALIDATE_FORMATS).default('text'))
  .addOption(new Option('--max-errors <n>', 'stop after n problems (0: no cap)').default(0).argParser(intAtLeast('--max-errors', 0)))
  .option('-q, --quiet', 'print only the problems, no summary', false)
  .action(async (files: string[], o: { format: ValidateFormat; maxErrors: number; quiet: boolean }) => {
    const { validateFiles } = await import('./validate/file.js');
    const { createReporter, formatSummary } = await import('./validate/report.js');
    const reporter = createReporter(o.format, (text) => process.stdout.write(text));
    const s = await validateFiles(files, (p) => reporter.problem(p), process.stdin, { maxErrors: o.maxErrors });
    reporter.done(s);
    if (!o.quiet) process.stderr.write(formatSummary(s, o.maxErrors) + '\n');
    process.exitCode = s.invalid > 0 ? EXIT.rejected : EXIT.ok;
  });

program
  .command('schema')
  .description('print the record schema (JSON Schema) or a warehouse table definition derived from it')
  .addOption(new Option('--format <format>', 'json-schema, or the table for bigquery, duckdb, postgres, clickhouse').choices(SCHEMA_FORMATS).default('json-schema'))
  .option('--table <name>', 'table name in the DDL', 'articles')
  .option('--load <file>', 'also print the statement that loads this NDJSON file (duckdb, postgres)')
  .action(async (o: { format: SchemaFormat; table: string; load?: string }) => {
    const { schemaText } = await import('./schema/index.js');
    try {
      process.stdout.write(schemaText(o.format, { table: o.table, load: o.load ?? null }));
    } catch (e) {
      process.stderr.write(`copydesk: ${(e as Error).message}\n`);
      process.exitCode = EXIT.usage;
    }
  });

program
  .command('convert')
  .description('convert NDJSON records (validated first) to another format: parquet, with nested columns')
  .argument('<input>', 'NDJSON file (.ndjson or .ndjson.gz)')
  .argument('<output>', 'file to write')
  .addOption(new Option('--to <format>', 'output format').choices(CONVERT_TARGETS).default('parquet'))
  .option('-q, --quiet', 'print only the problems, no summary', false)
  .action(async (input: string, output: string, o: { to: 'parquet'; quiet: boolean }) => {
    try {
      const { convertFile } = await import('./schema/convert.js');
      const r = await convertFile({ input, output, to: o.to, onProblem: (p) => process.stdout.write(`${p.file}:${p.line}: ${p.pointer || '/'} ${p.message}\n`) });
      if (r.invalid > 0) {
        process.stderr.write(`copydesk convert: ${r.invalid} of ${r.lines} lines invalid: nothing written\n`);
        process.exitCode = EXIT.rejected;
        return;
      }
      if (!o.quiet) process.stderr.write(`copydesk convert: ${r.rows} records → ${output}\n`);
      process.exitCode = EXIT.ok;
    } catch (e) {
      process.stderr.write(`copydesk: convert failed: ${(e as Error).message}\n`);
      process.exitCode = EXIT.failed;
    }
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
