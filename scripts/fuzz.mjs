#!/usr/bin/env node
// The long fuzz run (issue 8): the properties of test/fuzz/extract.fuzz.test.ts, with fresh seeds, for a
// set duration. Usage (after `npm run build`; `npm run fuzz` builds first):
//
//   node scripts/fuzz.mjs [duration]          duration as 600, 90s, 10m or 1h (default: $FUZZ_DURATION or 10m)
//   node scripts/fuzz.mjs --seed S --path P   replay one failure, as printed by a failing run
//
// Options: --seed <n> first seed (default: $FUZZ_SEED or the time), --page-ms <n> per-page bound (default
// 10000), --hang-ms <n> watchdog (default 60000: a page still running then is a hang, its worker is
// killed), --out <dir> where failing pages are written (default out/fuzz).
//
// The properties run in a worker thread with the pipeline's memory limit, so that a page that hangs or
// exhausts memory is caught and reported with the seed and path that replay it. Prints runs, records,
// clean errors and failures; exits 1 when anything failed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function parseDuration(s) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(String(s).trim());
  if (!m) throw new Error(`Expected a duration like 600, 90s, 10m or 1h, got \`${s}\``);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'];
}

function parseArgs(argv) {
  const o = { durationMs: parseDuration(process.env.FUZZ_DURATION ?? '10m'), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31, path: null, pageMs: 10_000, hangMs: 60_000, out: join(root, 'out/fuzz') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`Expected a value after \`${a}\``);
      return argv[++i];
    };
    if (a === '--seed') o.seed = Number(value());
    else if (a === '--path') o.path = value();
    else if (a === '--page-ms') o.pageMs = Number(value());
    else if (a === '--hang-ms') o.hangMs = Number(value());
    else if (a === '--out') o.out = value();
    else if (a === '-h' || a === '--help') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 14).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else if (!a.startsWith('-')) o.durationMs = parseDuration(a);
    else throw new Error(`Unknown option \`${a}\``);
  }
  if (!Number.isInteger(o.seed)) throw new Error(`Expected --seed to be an integer, got \`${o.seed}\``);
  return o;
}

// ---------------------------------------------------------------------------------------------------------
// Worker: runs fast-check segments (one seed each) until the deadline, reporting every page it starts.

async function workerMain({ seed, path, pageMs, deadline }) {
  const fc = (await import('fast-check')).default;
  const { pageArbitrary, buildPage, hostileSnippet, byteArbitrary, checkPage } = await import('../test/fuzz/pages.mjs');
  const { extractArticle, checkArticle } = await import('../dist/index.js');
  const { processPage } = await import('../dist/pipeline/worker.js');
  const samples = join(root, 'samples');
  const seeds = readdirSync(samples).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(join(samples, f), 'utf8'));

  // One arbitrary for the three properties of the CI test, tagged so the checker knows which applies.
  const input = fc.oneof(
    { weight: 6, arbitrary: pageArbitrary(seeds).map((v) => ({ kind: 'page', html: buildPage(v) })) },
    { weight: 2, arbitrary: fc.array(hostileSnippet, { minLength: 1, maxLength: 12 }).map((p) => ({ kind: 'snippets', html: p.join('') })) },
    { weight: 2, arbitrary: byteArbitrary.map((bytes) => ({ kind: 'bytes', bytes })) },
  );
  const counts = { runs: 0, records: 0, errors: 0, rejects: 0 };
  let index = 0;
  let shrinking = false;
  const check = (x) => {
    parentPort.postMessage({ type: 'start', index: index++, shrinking, size: x.html?.length ?? x.bytes.length, counts });
    if (!shrinking) counts.runs++;
    if (x.kind === 'bytes') {
      const started = performance.now();
      const r = processPage({ bytes: x.bytes, input: { path: 'fuzz.html' }, url: null });
      const ms = performance.now() - started;
      if (ms > pageMs) throw new Error(`page took ${Math.round(ms)} ms (bound ${pageMs} ms)`);
      if (r.ok) {
        const problems = checkArticle(JSON.parse(r.line));
        if (problems.length) throw new Error(`record does not match the schema: ${JSON.stringify(problems.slice(0, 5))}`);
        if (!shrinking) counts.records++;
      } else {
        if (r.stage === 'validate') throw new Error(`an invalid record was built: ${JSON.stringify(r.errors?.slice(0, 5))}`);
        if (/\n/.test(r.error)) throw new Error(`multi-line reject: ${r.error}`);
        if (!shrinking) counts.rejects++;
      }
      return;
    }
    const { outcome } = checkPage(x.html, { extractArticle, checkArticle }, pageMs);
    if (!shrinking) counts[outcome === 'record' ? 'records' : 'errors']++;
  };
  // After the first failing run, fast-check only shrinks: those runs are not counted as new pages.
  const property = fc.property(input, (x) => {
    try {
      check(x);
    } catch (e) {
      shrinking = true;
      throw e;
    }
  });

  for (let s = seed; ; s++) {
    const remaining = deadline - Date.now();
    if (remaining <= 0 && path === null) break;
    index = 0;
    shrinking = false;
    parentPort.postMessage({ type: 'segment', seed: s });
    const details = fc.check(property, {
      seed: s,
      ...(path !== null ? { path, numRuns: 1 } : { numRuns: 2 ** 31 - 1, interruptAfterTimeLimit: remaining, markInterruptAsFailure: false }),
    });
    if (details.failed && !details.interrupted) {
      const x = details.counterexample?.[0];
      parentPort.postMessage({
        type: 'failure',
        seed: s,
        path: details.counterexamplePath,
        error: String(details.errorInstance?.message ?? details.errorInstance).split('\n')[0],
        kind: x?.kind,
        html: x?.html ?? null,
        bytes: x?.bytes ? Buffer.from(x.bytes).toString('base64') : null,
        counts,
      });
    } else if (details.failed && details.interrupted && details.counterexample) {
      parentPort.postMessage({ type: 'failure', seed: s, path: details.counterexamplePath, error: `(shrinking interrupted) ${String(details.errorInstance?.message ?? '').split('\n')[0]}`, kind: details.counterexample[0]?.kind, html: details.counterexample[0]?.html ?? null, bytes: null, counts });
    }
    if (path !== null) break;
  }
  parentPort.postMessage({ type: 'done', counts });
}

if (!isMainThread) {
  workerMain(workerData).catch((e) => {
    parentPort.postMessage({ type: 'crash', error: String(e?.stack ?? e) });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Main: a watchdog over the worker; restarts it with the next seed after a hang or a crash.

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`fuzz: ${e.message}\n`);
    process.exit(2);
  }
  const started = Date.now();
  const deadline = started + opts.durationMs;
  const totals = { runs: 0, records: 0, errors: 0, rejects: 0 };
  const failures = [];
  const say = (s) => process.stdout.write(`${s}\n`);
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  say(`fuzz: ${opts.path !== null ? `replaying seed ${opts.seed} path ${opts.path}` : `${(opts.durationMs / 1000).toFixed(0)} s from seed ${opts.seed}`}; page bound ${opts.pageMs} ms, hang watchdog ${opts.hangMs} ms`);

  const record = (f) => {
    failures.push(f);
    mkdirSync(opts.out, { recursive: true });
    let file = null;
    if (f.html != null || f.bytes != null) {
      file = join(opts.out, `failure-${f.seed}-${String(f.path).replace(/[^\d:]/g, '').slice(0, 60) || 'x'}.${f.html != null ? 'html' : 'bin'}`);
      writeFileSync(file, f.html != null ? f.html : Buffer.from(f.bytes, 'base64'));
    }
    say(`FAILURE (${f.kind ?? 'page'}): ${f.error}`);
    say(`  replay: node scripts/fuzz.mjs --seed ${f.seed} --path ${f.path}${file ? `\n  page:   ${file}` : ''}`);
  };

  let seed = opts.seed;
  let lastSeed = seed;
  while (opts.path !== null ? failures.length === 0 && seed === opts.seed : Date.now() < deadline) {
    const outcome = await new Promise((resolve) => {
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { seed, path: opts.path, pageMs: opts.pageMs, deadline },
        resourceLimits: { maxOldGenerationSizeMb: 1024 }, // as the pipeline's workers
      });
      let current = null;
      let segmentSeed = seed;
      let counts = { runs: 0, records: 0, errors: 0, rejects: 0 };
      let lastReport = Date.now();
      const watchdog = setInterval(() => {
        if (current && Date.now() - current.at > opts.hangMs) {
          clearInterval(watchdog);
          void worker.terminate();
          resolve({ next: segmentSeed + 1, counts, failure: { seed: segmentSeed, path: current.shrinking ? null : String(current.index), error: `page still running after ${opts.hangMs} ms (${current.size} characters): hang`, kind: 'hang' } });
        }
        if (Date.now() - lastReport > 60_000) {
          lastReport = Date.now();
          say(`  ${elapsed()}: ${totals.runs + counts.runs} runs, ${failures.length} failures`);
        }
      }, 250);
      worker.on('message', (m) => {
        if (m.type === 'start') {
          current = { index: m.index, at: Date.now(), size: m.size, shrinking: m.shrinking };
          counts = m.counts;
        } else if (m.type === 'segment') {
          segmentSeed = m.seed;
          lastSeed = m.seed;
        } else if (m.type === 'failure') {
          counts = m.counts;
          record(m);
        } else if (m.type === 'done') {
          counts = m.counts;
          clearInterval(watchdog);
          resolve({ next: null, counts });
        } else if (m.type === 'crash') {
          clearInterval(watchdog);
          resolve({ next: null, counts, fatal: m.error });
        }
      });
      worker.on('error', (e) => {
        clearInterval(watchdog);
        resolve({ next: segmentSeed + 1, counts, failure: { seed: segmentSeed, path: current ? String(current.index) : null, error: `worker died: ${e.message.split('\n')[0]}`, kind: 'worker' } });
      });
      worker.on('exit', () => {
        clearInterval(watchdog);
        resolve({ next: null, counts });
      });
    });
    for (const k of Object.keys(totals)) totals[k] += outcome.counts[k] ?? 0;
    if (outcome.fatal) {
      say(`fuzz: the harness failed: ${outcome.fatal}`);
      process.exit(3);
    }
    if (outcome.failure) record(outcome.failure);
    if (outcome.next === null) break;
    seed = outcome.next;
  }

  say(`fuzz: ${totals.runs} runs in ${elapsed()} (${totals.records} records, ${totals.errors} clean extraction errors, ${totals.rejects} rejects of random bytes), ${failures.length} failure${failures.length === 1 ? '' : 's'}`);
  say(`fuzz: seeds ${opts.seed}..${lastSeed}${failures.length ? '' : ' found nothing'}`);
  process.exit(failures.length ? 1 : 0);
}

if (isMainThread) await main();
