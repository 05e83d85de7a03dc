// reader → p-queue (bounded, back-pressure) → worker threads (decode, parse, extract, validate) → writer.
// The main thread only reads inputs and writes lines; every input ends as a record or a reject.
import { availableParallelism } from 'node:os';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { discoverInputs, readInput, ReadError, type InputItem } from '../io/inputs.js';
import { NdjsonWriter, writeFileAtomic } from '../io/writer.js';
import { COVERAGE_FIELDS } from './coverage.js';
import type { PageResult, PageTask } from './worker.js';
import { Progress } from './progress.js';

export interface RunOptions {
  inputs: string[];
  /** NDJSON output path, or '-' for standard output. */
  out: string;
  rejects: string;
  /** Run report path; null to skip the file (the summary still goes to stderr). */
  report: string | null;
  workers: number;
  pageTimeoutMs: number;
  maxPageBytes: number;
  /** URL of the page read from standard input. */
  url: string | null;
  progress: boolean;
  quiet: boolean;
}

export const DEFAULTS = {
  out: 'out/articles.ndjson',
  workers: Math.max(1, availableParallelism()),
  pageTimeoutMs: 30_000,
  maxPageBytes: 10 * 1024 * 1024,
};

export interface RunReport {
  inputs: number;
  records: number;
  rejected: number;
  skipped: number;
  rejectedByStage: Record<string, number>;
  skippedReasons: Record<string, number>;
  coverage: Record<string, number>;
  elapsedSeconds: number;
  pagesPerSecond: number;
  workers: number;
  /** Peak resident memory of the whole process (main thread and workers), in MB. */
  peakRssMb: number;
  interrupted: boolean;
  out: string;
  rejects: string;
}

export interface RejectLine {
  input: { path: string };
  stage: string;
  error: string;
  errors?: Array<{ pointer: string; message: string }>;
}

export async function runPipeline(opts: RunOptions): Promise<RunReport> {
  const started = process.hrtime.bigint();
  const out = new NdjsonWriter(opts.out);
  const rejects = new NdjsonWriter(opts.rejects);
  const rejectedByStage: Record<string, number> = {};
  const coverageCount: Record<string, number> = Object.fromEntries(COVERAGE_FIELDS.map((f) => [f, 0]));
  let records = 0;
  let rejected = 0;
  let interrupted = false;

  const reject = async (line: RejectLine) => {
    rejected++;
    rejectedByStage[line.stage] = (rejectedByStage[line.stage] ?? 0) + 1;
    await rejects.write(JSON.stringify(line));
    if (!opts.quiet) process.stderr.write(`${progress.clearLine()}rejected ${line.input.path}: ${line.stage}: ${line.error}\n`);
  };

  const pool = new Piscina<PageTask, PageResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: opts.workers,
    maxThreads: opts.workers,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });
  // Bounded in-flight work: the reader waits while the queue is full, so memory stays flat.
  const queue = new PQueue({ concurrency: opts.workers * 2 });
  const highWater = opts.workers * 4;

  const items: InputItem[] = [];
  const missing: Array<{ path: string; reason: string }> = [];
  items.push(...(await discoverInputs(opts.inputs, (s) => missing.push(s))));
  const total = items.length + missing.length;
  const progress = new Progress(opts.progress && !opts.quiet && process.stderr.isTTY === true, total);

  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    process.stderr.write(`${progress.clearLine()}stopping: finishing the pages in flight (press Ctrl-C again to quit at once)\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    for (const m of missing) await reject({ input: { path: m.path }, stage: 'read', error: m.reason });
    for (const item of items) {
      if (interrupted) break;
      await queue.onSizeLessThan(highWater);
      void queue.add(async () => {
        const result = await processItem(item, opts, pool);
        if (result.ok) {
          records++;
          for (const f of result.coverage) coverageCount[f] = (coverageCount[f] ?? 0) + 1;
          await out.write(result.line);
        } else {
          await reject({ input: { path: item.path }, stage: result.stage, error: result.error, ...(result.errors ? { errors: result.errors } : {}) });
        }
        progress.tick(records, rejected);
      });
    }
    await queue.onIdle();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.done();
    await pool.destroy();
  }
  await out.close();
  await rejects.close();

  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const processed = records + rejected;
  const report: RunReport = {
    inputs: interrupted ? processed : total,
    records,
    rejected,
    skipped: 0,
    rejectedByStage,
    skippedReasons: {},
    coverage: Object.fromEntries(Object.entries(coverageCount).map(([k, v]) => [k, records ? round(v / records) : 0])),
    elapsedSeconds: round(elapsedSeconds),
    pagesPerSecond: round(processed / Math.max(elapsedSeconds, 1e-6)),
    workers: opts.workers,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    interrupted,
    out: opts.out,
    rejects: opts.rejects,
  };
  if (opts.report) await writeFileAtomic(opts.report, JSON.stringify(report, null, 2) + '\n');
  return report;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

async function processItem(item: InputItem, opts: RunOptions, pool: Piscina<PageTask, PageResult>): Promise<PageResult | { ok: false; stage: string; error: string; errors?: undefined }> {
  let bytes: Buffer;
  try {
    bytes = await readInput(item, opts.maxPageBytes);
  } catch (e) {
    return { ok: false, stage: e instanceof ReadError ? e.stage : 'read', error: e instanceof Error ? e.message : String(e) };
  }
  if (bytes.length === 0) return { ok: false, stage: 'read', error: 'empty file' };
  const task: PageTask = { bytes, input: { path: item.path }, url: item.path === '-' ? opts.url : null };
  try {
    return await pool.run(task, { signal: AbortSignal.timeout(opts.pageTimeoutMs) });
  } catch (e) {
    const err = e as Error;
    if (err.name === 'AbortError' || err.name === 'TimeoutError') {
      return { ok: false, stage: 'timeout', error: `extraction took longer than ${opts.pageTimeoutMs} ms; its worker was replaced` };
    }
    return { ok: false, stage: 'worker', error: `worker failed: ${err.message.split('\n')[0]}` };
  }
}

/** Summary for stderr: one block a person reads at the end of a run. */
export function formatReport(r: RunReport): string {
  const cov = Object.entries(r.coverage).map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`).join(', ');
  const stages = Object.entries(r.rejectedByStage).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `copydesk: ${r.inputs} inputs → ${r.records} records, ${r.rejected} rejected${stages ? ` (${stages})` : ''}, ${r.skipped} skipped${r.interrupted ? ' (interrupted)' : ''}`,
    `  ${r.pagesPerSecond} pages/s over ${r.elapsedSeconds} s with ${r.workers} worker${r.workers > 1 ? 's' : ''}, peak RSS ${r.peakRssMb} MB`,
    `  coverage: ${cov}`,
    `  records: ${r.out}   rejects: ${r.rejects}`,
  ].join('\n');
}
