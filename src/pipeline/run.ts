// sources → units (pages, skipped records, read rejects) → p-queue (bounded in count and bytes) → worker
// threads (decode, parse, extract, validate) → writers; journal checkpoints; report.
// The main thread only reads inputs and writes lines; every unit ends as a record, a reject or a skip,
// so `records + rejected + skipped = inputs` holds for every run, resumed or not.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { unlink } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { discoverInputs, ReadError, shardOf, type InputItem } from '../io/inputs.js';
import { readSource, type PageUnit } from '../io/sources.js';
import { isSpecialFile, NdjsonWriter, writeFileAtomic } from '../io/writer.js';
import type { Input } from '../types/article.js';
import { COVERAGE_FIELDS } from './coverage.js';
import { Completion, readJournal, type Counters, type JournalState } from './journal.js';
import { Progress, type ProgressMode } from './progress.js';
import { threadTimes, type ThreadTimes } from './threads.js';
import type { PageTask, TaskResult, WorkerTimes } from './worker.js';

export interface RunOptions {
  inputs: string[];
  /** NDJSON output path, or '-' for standard output. A name ending in `.gz` is gzip-compressed. */
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
  /** Globs a file found in a folder must match (default: HTML pages and WARC files). */
  include?: string[];
  /** Globs that drop files found in folders. */
  exclude?: string[];
  /** Take only this shard of the inputs: sources whose identity hashes to `index` modulo `count`. */
  shard?: { index: number; count: number } | null;
  /** Continue the interrupted run recorded in `<out>.journal`. */
  resume?: boolean;
  /** Start a new output file after this many records (`out-00000.ndjson`, …). */
  maxRecordsPerFile?: number | null;
  /** Seconds between progress lines when stderr is not a terminal (0: none). */
  progressIntervalSeconds?: number;
  /** Seconds between journal checkpoints. */
  checkpointSeconds?: number;
  /** Standard input (tests). */
  stdin?: Readable;
}

export const DEFAULTS = {
  out: 'out/articles.ndjson',
  workers: Math.max(1, availableParallelism()),
  pageTimeoutMs: 30_000,
  maxPageBytes: 10 * 1024 * 1024,
  progressIntervalSeconds: 30,
  checkpointSeconds: 2,
};

/** Pages waiting for a worker may hold at most this many bytes (besides the count bound). */
const INFLIGHT_BYTES = 64 << 20;

/** The run's counters (the same ones the resume journal keeps) and what the run measured. */
export interface RunReport extends Counters {
  inputs: number;
  elapsedSeconds: number;
  pagesPerSecond: number;
  workers: number;
  /** Peak resident memory of the whole process (main thread and workers), in MB. */
  peakRssMb: number;
  interrupted: boolean;
  /** The signal that interrupted the run (SIGINT, SIGTERM), or null. */
  signal: string | null;
  /** True when this run continued an interrupted one (counts include the earlier run's). */
  resumed: boolean;
  shard: string | null;
  out: string;
  /** The record files written (more than one with `maxRecordsPerFile`). */
  outFiles: string[];
  rejects: string;
  /** Where this run's CPU went, in ms (see CpuReport). */
  cpu: CpuReport;
}

/**
 * CPU time by thread, in ms. For the workers to scale, the main thread (reading, WARC parsing, queueing,
 * writing) must be a small share; a worker idle (waiting for work, neither running nor waiting for a core)
 * is one the main thread does not keep fed.
 */
export interface CpuReport {
  /** Main thread before the run began (module loading, arguments): the process's start-up. */
  mainStartupMs: number;
  /** Main thread during the run. */
  mainMs: number;
  /** Workers before their first page (module loading, the validator, tinyld's model). */
  workerStartupMs: number;
  /** Workers from their first page to their last. */
  workerMs: number;
  /** Other threads: garbage collection helpers, the compiler, libuv's pool (file I/O, gzip). */
  otherMs: number;
  /** Pages handed to the workers. */
  pages: number;
  /** mainMs / (mainMs + workerMs + otherMs). */
  mainShare: number;
  /** Share of the workers' time (first page to last) spent idle, waiting for a page. */
  workerIdle: number;
  /**
   * The same CPU over the second half of the run (from the `fromPage`-th page back, a power of two between
   * a quarter and half of the pages; null below 512 pages): each worker compiles the hot code again and V8
   * does it on other threads, for the first thousand pages or so, so the whole-run figures of a short run
   * (and more so with more workers, each seeing fewer pages) are those of the warm-up, not of a long crawl.
   */
  warm: WarmCpu | null;
}

export interface WarmCpu {
  fromPage: number;
  pages: number;
  mainMs: number;
  workerMs: number;
  otherMs: number;
}

/** CPU of every thread at one point of the run (after a number of pages came back from the workers). */
interface CpuSnapshot {
  pages: number;
  totalMs: number;
  main: ThreadTimes;
  workers: Map<number, ThreadTimes>;
}

function cpuSnapshot(pages: number, workers: Map<number, WorkerTimes>): CpuSnapshot {
  const u = process.cpuUsage();
  return { pages, totalMs: (u.user + u.system) / 1000, main: threadTimes(), workers: new Map([...workers].map(([id, w]) => [id, w.now])) };
}

export interface RejectLine {
  input: Input;
  stage: string;
  error: string;
  errors?: Array<{ pointer: string; message: string }>;
}

/** A problem with the options (exit code 2), as opposed to a failed run. */
export class UsageError extends Error {}

type Source = { item: InputItem; missing: null } | { item: null; missing: { path: string; reason: string } };

export async function runPipeline(opts: RunOptions): Promise<RunReport> {
  const started = process.hrtime.bigint();
  const mainAtStart = threadTimes();
  const workerTimes = new Map<number, WorkerTimes>();
  let pagesToWorkers = 0;
  // CPU snapshots after 256, 512, 1024… pages came back: the report's `warm` figures start from one.
  let pagesBack = 0;
  let nextSnapshot = 256;
  const snapshots: CpuSnapshot[] = [];
  const shard = opts.shard ?? null;

  // Sources, in a fixed order: paths that cannot be read first (each gives one reject), then the inputs.
  const missing: Array<{ path: string; reason: string }> = [];
  const found = await discoverInputs(opts.inputs, (s) => missing.push(s), { include: opts.include ?? [], exclude: opts.exclude ?? [] });
  const mine = (key: string) => !shard || shardOf(key, shard.count) === shard.index;
  const sources: Source[] = [
    ...missing.filter((m) => mine(basename(m.path))).map((m): Source => ({ item: null, missing: m })),
    ...found.filter((it) => it.path === '-' || mine(it.key ?? it.path)).map((it): Source => ({ item: it, missing: null })),
  ];
  const stdinShard = shard && shard.count > 1 ? shard : null;

  // Resume: the journal sits beside the records file and must describe this very run.
  const journalPath = opts.out !== '-' && !isSpecialFile(opts.out) ? `${opts.out}.journal` : null;
  const fingerprint = createHash('sha256').update(JSON.stringify({
    sources: sources.map((s) => s.item?.path ?? `missing:${s.missing!.path}`),
    shard, out: opts.out, rejects: opts.rejects, maxRecordsPerFile: opts.maxRecordsPerFile ?? null,
  })).digest('hex').slice(0, 32);
  let journal: JournalState | null = null;
  if (opts.resume) {
    if (!journalPath) throw new UsageError(`expected --out to be a file to resume, got \`${opts.out}\``);
    journal = readJournal(journalPath);
    if (journal && journal.fingerprint !== fingerprint) {
      throw new UsageError(`cannot resume: the journal ${journalPath} was written for other inputs or options (${journal.sources} sources then, ${sources.length} now); run again with the same inputs, --shard, --out, --rejects and --max-records-per-file, or without --resume to start over`);
    }
    if (!journal && !opts.quiet) process.stderr.write(`copydesk: nothing to resume (no ${journalPath}): starting from the beginning\n`);
  } else if (journalPath) {
    await unlink(journalPath).catch(() => undefined); // a stale journal must never describe these new files
  }

  const counters: Counters = journal?.counters ?? {
    records: 0, rejected: 0, skipped: 0, rejectedByStage: {}, skippedReasons: {},
    coverage: Object.fromEntries(COVERAGE_FIELDS.map((f) => [f, 0])),
  };
  const doneBefore = counters.records + counters.rejected + counters.skipped;
  const completion = new Completion(journal?.done);
  const out = new NdjsonWriter(opts.out, { maxRecordsPerFile: opts.maxRecordsPerFile ?? null, resumeFrom: journal?.out ?? null });
  const rejects = new NdjsonWriter(opts.rejects, { resumeFrom: journal?.rejects ?? null });
  await out.open();
  await rejects.open();

  const totalBytes = sources.some((s) => s.item && s.item.size == null) ? null : sources.reduce((a, s) => a + (s.item?.size ?? 0), 0);
  const mode: ProgressMode = opts.quiet || !opts.progress ? 'off' : process.stderr.isTTY === true ? 'bar' : (opts.progressIntervalSeconds ?? DEFAULTS.progressIntervalSeconds) > 0 ? 'lines' : 'off';
  const progress = new Progress(mode, totalBytes, (opts.progressIntervalSeconds ?? DEFAULTS.progressIntervalSeconds) * 1000);
  if (journal) progress.resumeAt(counters);

  let interrupted = false;
  let signal: string | null = null;
  const onSignal = (sig: NodeJS.Signals) => {
    if (interrupted) process.exit(sig === 'SIGTERM' ? 143 : 130);
    interrupted = true;
    signal = sig;
    process.stderr.write(`${progress.clearLine()}stopping: finishing the pages in flight (press Ctrl-C again to quit at once)\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // Checkpoints: one consistent snapshot (counters, finished units, writer positions) taken in one tick,
  // written to the journal only after the writers have flushed and synced the lines it accounts for.
  let checkpointing: Promise<void> = Promise.resolve();
  const checkpoint = (): Promise<void> => {
    if (!journalPath) return Promise.resolve();
    checkpointing = checkpointing.then(async () => {
      const done = completion.toJSON();
      const snapshot = JSON.parse(JSON.stringify(counters)) as Counters;
      const [o, r] = await Promise.all([out.checkpoint(), rejects.checkpoint()]);
      const state: JournalState = { journal: 1, fingerprint, sources: sources.length, done, counters: snapshot, out: o, rejects: r };
      await writeFileAtomic(journalPath, JSON.stringify(state) + '\n');
      if (o) await out.finalizeBefore(o.part);
    });
    return checkpointing;
  };
  const timer = setInterval(() => { void checkpoint().catch(() => undefined); }, (opts.checkpointSeconds ?? DEFAULTS.checkpointSeconds) * 1000);
  timer.unref();

  const reject = (line: RejectLine, mark: () => void): Promise<void> => {
    counters.rejected++;
    counters.rejectedByStage[line.stage] = (counters.rejectedByStage[line.stage] ?? 0) + 1;
    const written = rejects.write(JSON.stringify(line));
    mark();
    if (!opts.quiet) process.stderr.write(`${progress.clearLine()}rejected ${describeInput(line.input)}: ${line.stage}: ${line.error}\n`);
    return written;
  };

  const pool = new Piscina<PageTask, TaskResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: opts.workers,
    maxThreads: opts.workers,
    idleTimeout: 60_000,
    // A 10 MB page of 230,000 elements needs about 330 MB of heap; a page past the limit fails its worker
    // (a `worker` reject), not the run. An 8 MB young generation keeps each worker's resident memory down:
    // on a 2 GB WARC with two workers, peak RSS 401 MB at 16 MB (V8's default costs ~60 MB more), 369 MB at
    // 8 MB, at the same speed (146 vs 140 pages/s, worker CPU 18 vs 19 ms/page).
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 },
  });
  // Bounded in-flight work: the reader waits while the queue is full (or holds too many bytes) and only
  // then reads the next unit, so memory stays flat however large the input.
  const queue = new PQueue({ concurrency: opts.workers * 2 });
  const highWater = opts.workers * 4;
  let inflightBytes = 0;

  try {
    for (const [si, source] of sources.entries()) {
      if (interrupted) break;
      if (completion.sourceDone(si)) { progress.addDoneBytes(source.item?.size ?? 0); continue; }
      const tracker = completion.tracker(si);
      if (source.missing) {
        await reject({ input: { path: source.missing.path }, stage: 'read', error: source.missing.reason }, () => tracker.add(0));
        tracker.finish(1);
        continue;
      }
      const item = source.item!;
      let count = 0;
      const units = readSource(item, {
        maxPageBytes: opts.maxPageBytes,
        url: opts.url,
        stdin: opts.stdin ?? process.stdin,
        onBytes: (n) => progress.addBytes(n),
        skip: (i) => {
          count = Math.max(count, i + 1);
          if (tracker.has(i)) return true;
          // Standard input has no file name to shard by: its records are dealt round-robin.
          if (item.path === '-' && stdinShard && i % stdinShard.count !== stdinShard.index) { tracker.add(i); return true; }
          return false;
        },
      });
      let complete = true;
      for await (const unit of units) {
        if (interrupted) { complete = false; break; }
        count = Math.max(count, unit.index + 1);
        if (unit.kind === 'skip') {
          counters.skipped++;
          counters.skippedReasons[unit.reason] = (counters.skippedReasons[unit.reason] ?? 0) + 1;
          tracker.add(unit.index);
          progress.tick(counters);
          continue;
        }
        if (unit.kind === 'reject') {
          await reject({ input: unit.input, stage: unit.stage, error: unit.error }, () => tracker.add(unit.index));
          continue;
        }
        await queue.onSizeLessThan(highWater);
        while (inflightBytes > INFLIGHT_BYTES && queue.size + queue.pending > 0) await new Promise((resolve) => queue.once('next', resolve));
        if (interrupted) { complete = false; break; }
        const weight = typeof unit.data === 'function' ? unit.size : unit.data.length;
        inflightBytes += weight;
        pagesToWorkers++;
        void queue.add(async () => {
          try {
            const result = await processUnit(unit, opts, pool);
            if (result.thread) {
              workerTimes.set(result.thread.id, result.thread);
              if (++pagesBack === nextSnapshot) { snapshots.push(cpuSnapshot(pagesBack, workerTimes)); nextSnapshot *= 2; }
            }
            if (result.ok) {
              counters.records++;
              for (const f of result.coverage) counters.coverage[f] = (counters.coverage[f] ?? 0) + 1;
              const written = out.write(result.line);
              tracker.add(unit.index);
              await written;
            } else {
              await reject({ input: unit.input, stage: result.stage, error: result.error, ...(result.errors ? { errors: result.errors } : {}) }, () => tracker.add(unit.index));
            }
            progress.addBytes(unit.size);
            progress.tick(counters);
          } finally {
            inflightBytes -= weight;
          }
        });
      }
      if (complete && !interrupted) tracker.finish(count);
    }
    await queue.onIdle();
  } catch (e) {
    clearInterval(timer);
    await pool.destroy();
    await checkpointing.catch(() => undefined);
    // Keep the partial files and journal: the run can be resumed from its last checkpoint.
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.done();
  }
  clearInterval(timer);
  await pool.destroy();
  // The last checkpoint: after an interruption it is where --resume starts.
  await checkpoint();
  await out.close();
  await rejects.close();

  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = cpuReport(mainAtStart, threadTimes(), [...workerTimes.values()], pagesToWorkers, snapshots.filter((x) => x.pages * 2 <= pagesBack).at(-1) ?? null, pagesBack);
  const processed = counters.records + counters.rejected + counters.skipped;
  const thisRun = processed - doneBefore;
  const report: RunReport = {
    inputs: processed,
    records: counters.records,
    rejected: counters.rejected,
    skipped: counters.skipped,
    rejectedByStage: counters.rejectedByStage,
    skippedReasons: counters.skippedReasons,
    coverage: Object.fromEntries(Object.entries(counters.coverage).map(([k, v]) => [k, counters.records ? round(v / counters.records) : 0])),
    elapsedSeconds: round(elapsedSeconds),
    pagesPerSecond: round(thisRun / Math.max(elapsedSeconds, 1e-6)),
    workers: opts.workers,
    peakRssMb: peakRssMb(),
    interrupted,
    signal,
    resumed: journal !== null,
    shard: shard ? `${shard.index}/${shard.count}` : null,
    out: opts.out,
    outFiles: out.files(),
    rejects: opts.rejects,
    cpu,
  };
  if (opts.report) await writeFileAtomic(opts.report, JSON.stringify(report, null, 2) + '\n');
  // A finished run needs no journal; an interrupted one keeps it for --resume.
  if (journalPath && !interrupted) await unlink(journalPath).catch(() => undefined);
  return report;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function cpuReport(start: ThreadTimes, end: ThreadTimes, workers: WorkerTimes[], pages: number, from: CpuSnapshot | null, pagesBack: number): CpuReport {
  const u = process.cpuUsage();
  const totalMs = (u.user + u.system) / 1000;
  let workerStartupMs = 0;
  let workerMs = 0;
  let span = 0;
  let idle = 0;
  for (const w of workers) {
    workerStartupMs += w.first.cpuMs;
    const ran = w.now.cpuMs - w.first.cpuMs;
    const waited = w.now.waitMs - w.first.waitMs;
    const wall = w.now.wallMs - w.first.wallMs;
    workerMs += ran;
    span += wall;
    idle += Math.max(0, wall - ran - waited);
  }
  const mainMs = end.cpuMs - start.cpuMs;
  const otherMs = Math.max(0, totalMs - end.cpuMs - workers.reduce((a, w) => a + w.now.cpuMs, 0));
  const r = (x: number) => Math.round(x * 10) / 10;
  let warm: WarmCpu | null = null;
  if (from) {
    // A worker that started after the snapshot (one replaced after a timeout) counts from its start.
    let warmWorkerMs = 0;
    let warmWorkerAll = 0;
    for (const w of workers) {
      const before = from.workers.get(w.id);
      warmWorkerMs += w.now.cpuMs - (before ?? w.first).cpuMs;
      warmWorkerAll += w.now.cpuMs - (before?.cpuMs ?? 0);
    }
    const warmMain = end.cpuMs - from.main.cpuMs;
    warm = {
      fromPage: from.pages, pages: pagesBack - from.pages, mainMs: r(warmMain), workerMs: r(warmWorkerMs),
      otherMs: r(Math.max(0, totalMs - from.totalMs - warmMain - warmWorkerAll)),
    };
  }
  return {
    mainStartupMs: r(start.cpuMs), mainMs: r(mainMs), workerStartupMs: r(workerStartupMs), workerMs: r(workerMs), otherMs: r(otherMs), pages,
    mainShare: round(mainMs / Math.max(1e-9, mainMs + workerMs + otherMs)),
    workerIdle: round(span ? idle / span : 0),
    warm,
  };
}

function describeInput(input: Input): string {
  return input.offset !== undefined ? `${input.path}@${input.offset}` : input.path;
}

type Failure = { ok: false; stage: string; error: string; errors?: undefined; thread?: undefined };

async function processUnit(unit: PageUnit, opts: RunOptions, pool: Piscina<PageTask, TaskResult>): Promise<TaskResult | Failure> {
  let data: Buffer | string;
  try {
    data = typeof unit.data === 'function' ? await unit.data() : unit.data;
  } catch (e) {
    return { ok: false, stage: e instanceof ReadError ? e.stage : 'read', error: e instanceof Error ? e.message : String(e) };
  }
  if (data.length === 0) return { ok: false, stage: 'read', error: 'empty file' };
  const task: PageTask = { input: unit.input, url: unit.url, contentType: unit.contentType };
  const transferList: ArrayBuffer[] = [];
  if (typeof data === 'string') task.text = data;
  else {
    // The bytes move to the worker instead of being copied. A buffer that is a view of a larger one (a WARC
    // record inside a 256 KB read, about half of the pages) is first copied, the page alone, into one of its
    // own: posted as it is, the view would be cloned with the whole buffer under it, every time.
    const owned = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
    const bytes = owned ? data : new Uint8Array(data);
    task.bytes = bytes;
    transferList.push(bytes.buffer as ArrayBuffer);
  }
  // The page's clock starts when a worker takes it up (the worker says so on a port), not while it waits
  // in the pool's queue behind a slow page.
  const abort = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let timer: NodeJS.Timeout | undefined;
  port1.once('message', () => { timer = setTimeout(() => abort.abort(), opts.pageTimeoutMs); });
  task.started = port2;
  transferList.push(port2 as unknown as ArrayBuffer);
  try {
    return await pool.run(task, { signal: abort.signal, transferList });
  } catch (e) {
    const err = e as Error;
    if (abort.signal.aborted) {
      return { ok: false, stage: 'timeout', error: `extraction took longer than ${opts.pageTimeoutMs} ms; its worker was replaced` };
    }
    return { ok: false, stage: 'worker', error: `worker failed: ${err.message.split('\n')[0]}` };
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

/** Summary for stderr: one block a person reads at the end of a run. */
export function formatReport(r: RunReport): string {
  const cov = Object.entries(r.coverage).map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`).join(', ');
  const stages = Object.entries(r.rejectedByStage).map(([k, v]) => `${k} ${v}`).join(', ');
  const reasons = Object.entries(r.skippedReasons).map(([k, v]) => `${k} ${v}`).join(', ');
  const files = r.outFiles.length > 1 ? `${r.outFiles.length} files from ${r.outFiles[0]}` : r.out;
  return [
    `copydesk: ${r.inputs} inputs → ${r.records} records, ${r.rejected} rejected${stages ? ` (${stages})` : ''}, ${r.skipped} skipped${reasons ? ` (${reasons})` : ''}${r.interrupted ? ` (interrupted by ${r.signal ?? 'a signal'}: continue with --resume)` : ''}${r.resumed ? ' (resumed)' : ''}`,
    `  ${r.pagesPerSecond} pages/s over ${r.elapsedSeconds} s with ${r.workers} worker${r.workers > 1 ? 's' : ''}, peak RSS ${r.peakRssMb} MB${r.shard ? `, shard ${r.shard}` : ''}`,
    `  coverage: ${cov}`,
    `  records: ${files}   rejects: ${r.rejects}`,
  ].join('\n');
}

/**
 * Peak resident memory of this process, in MB. On Linux, VmHWM of /proc/self/status: getrusage's maxRSS
 * survives execve, so a copydesk started by a large parent (a benchmark, a notebook) would report the
 * parent's peak at the fork as its own. Elsewhere maxRSS.
 */
function peakRssMb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'latin1'));
    if (m) return Math.round(Number(m[1]) / 1024);
  } catch { /* not Linux */ }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
