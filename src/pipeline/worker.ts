// Runs in a worker thread: bytes → decode → extract → validate. Only plain JSON crosses the boundary.
import { threadId, type MessagePort } from 'node:worker_threads';
import { extractArticle } from '../article.js';
import { decodeHtml, DecodeError } from '../io/decode.js';
import type { Input } from '../types/article.js';
import type { SchemaProblem } from '../validate/index.js';
import { checkRecord, describeProblems } from './validator.js';
import { COVERAGE_FIELDS, isPresent } from './coverage.js';
import { threadTimes, type ThreadTimes } from './threads.js';

export interface PageTask {
  /** The page's bytes, decoded here (BOM, transport charset, <meta charset>, detection)… */
  bytes?: Uint8Array;
  /** …or its text, already decoded (an NDJSON envelope's `html`). */
  text?: string;
  input: Input;
  url: string | null;
  contentType?: string | null;
  /** Told when a worker takes the task up (the page timeout runs from then). */
  started?: MessagePort;
}

export type PageResult =
  | { ok: true; line: string; coverage: string[] }
  | { ok: false; stage: 'decode' | 'extract' | 'validate'; error: string; errors?: SchemaProblem[] };

/** What the pool returns: the page's result and this worker's CPU so far (see RunReport.cpu). */
export type TaskResult = PageResult & { thread: WorkerTimes };

export interface WorkerTimes {
  id: number;
  /** When the worker took up its first task: start-up (module loading) is what it spent before. */
  first: ThreadTimes;
  /** After this task. */
  now: ThreadTimes;
}

let first: ThreadTimes | null = null;

/** A page with no markup at all is not HTML; a record of it would be noise. */
function hasMarkup(text: string): boolean {
  return /<[a-zA-Z!?/]/.test(text.slice(0, 65536)) || /<[a-zA-Z]/.test(text);
}

/** Decodes, extracts and validates one page (synchronous: callers outside the pool use it too). */
export function processPage(task: PageTask): PageResult {
  return runPage(task).result;
}

/** The pool's entry: as processPage, and an invalid record's problems are always described. */
export default async function processTask(task: PageTask): Promise<TaskResult> {
  const start = (first ??= threadTimes());
  if (task.started) {
    task.started.postMessage(0);
    task.started.close();
    delete task.started;
  }
  const { result, record } = runPage(task);
  const final = result.ok || result.stage !== 'validate' || result.errors?.length ? result : invalid(await describeProblems(record));
  return { ...final, thread: { id: threadId, first: start, now: threadTimes() } };
}

function invalid(problems: SchemaProblem[]): PageResult {
  return { ok: false, stage: 'validate', error: `record does not match the schema (${problems.length} problem${problems.length === 1 ? '' : 's'})`, errors: problems };
}

function runPage(task: PageTask): { result: PageResult; record?: unknown } {
  const result = (r: PageResult, record?: unknown) => ({ result: r, record });
  let text: string;
  try {
    text = task.text ?? decodeHtml(task.bytes ?? new Uint8Array(0), task.contentType).text;
  } catch (e) {
    return result({ ok: false, stage: 'decode', error: e instanceof DecodeError ? e.message : `cannot decode: ${(e as Error).message}` });
  }
  if (!text.trim()) return result({ ok: false, stage: 'decode', error: 'empty page' });
  if (!hasMarkup(text)) return result({ ok: false, stage: 'decode', error: 'not HTML: no markup in the page' });
  let record;
  try {
    record = extractArticle(text, { url: task.url, input: task.input });
  } catch (e) {
    const err = e as Error;
    const reason = err instanceof RangeError && /call stack/i.test(err.message) ? 'page structure too deep to walk' : err.message;
    return result({ ok: false, stage: 'extract', error: `extraction failed: ${reason}` });
  }
  const problems = checkRecord(record);
  // null: invalid, to be described by the caller that can wait for the describing validator.
  if (problems === null) return result({ ok: false, stage: 'validate', error: 'record does not match the schema', errors: [] }, record);
  if (problems.length) return result(invalid(problems), record);
  const r = record as unknown as Record<string, unknown>;
  return result({ ok: true, line: JSON.stringify(record), coverage: COVERAGE_FIELDS.filter((f) => isPresent(r[f])) });
}

