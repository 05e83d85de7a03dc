// `copydesk validate`: streams NDJSON files (plain or gzip, recognised by their magic bytes, from files or
// standard input) line by line and reports every
// problem with its file, line and JSON Pointer. Constant memory whatever the file size: one line at a time
// is held, and a line longer than `maxLineBytes` is reported and skipped, never buffered whole.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { safeJsonParse } from '../context/jsonld.js';
import { checkArticle } from './index.js';

export interface ValidateSummary {
  files: number;
  /** Non-empty lines read. */
  lines: number;
  /** Lines with at least one problem (a file that cannot be read counts as one). */
  invalid: number;
  problems: number;
  /** True when the run stopped at `maxErrors` problems: the rest of the input was not read. */
  truncated: boolean;
}

export interface ValidateProblem {
  file: string;
  /** 1-based line number; 0 when the file itself could not be read. */
  line: number;
  pointer: string;
  message: string;
}

export interface ValidateOptions {
  /** Stop after this many problems (0 or absent: no cap). */
  maxErrors?: number;
  /** A longer line is reported as a problem and skipped; default 32 MiB (a record of a 10 MB page is far below). */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;

class Stop extends Error {}

export async function validateFiles(
  files: string[],
  onProblem: (p: ValidateProblem) => void,
  stdin: Readable = process.stdin,
  options: ValidateOptions = {},
): Promise<ValidateSummary> {
  const summary: ValidateSummary = { files: 0, lines: 0, invalid: 0, problems: 0, truncated: false };
  const maxErrors = options.maxErrors && options.maxErrors > 0 ? options.maxErrors : Infinity;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const report = (file: string, line: number, pointer: string, message: string) => {
    summary.problems++;
    onProblem({ file, line, pointer, message });
    if (summary.problems >= maxErrors) {
      summary.truncated = true;
      throw new Stop();
    }
  };
  for (const file of files) {
    summary.files++;
    const source: Readable = file === '-' ? stdin : createReadStream(file);
    const check = (n: number, text: string) => {
      if (!text.trim()) return;
      summary.lines++;
      let value: unknown;
      try {
        value = safeJsonParse(text);
      } catch (e) {
        summary.invalid++;
        report(file, n, '', `is not JSON (${(e as Error).message})`);
        return;
      }
      const problems = checkArticle(value);
      if (problems.length) {
        summary.invalid++;
        for (const p of problems) report(file, n, p.pointer, p.message);
      }
    };
    try {
      await eachLine(gunzipIfGzip(source), maxLineBytes, check, (n, bytes) => {
        summary.lines++;
        summary.invalid++;
        report(file, n, '', `is longer than ${maxLineBytes} bytes (${bytes}+): skipped`);
      });
    } catch (e) {
      if (e instanceof Stop) {
        source.destroy();
        break;
      }
      const err = e as NodeJS.ErrnoException;
      try {
        summary.invalid++;
        report(file, 0, '', `cannot read: ${err.code ?? err.message}`);
      } catch (stop) {
        if (stop instanceof Stop) break;
        throw stop;
      }
    }
  }
  return summary;
}

/** The bytes of a stream, inflated when it starts with gzip's magic bytes (whatever the file is called). */
async function* gunzipIfGzip(source: Readable): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  while (head.length < 2) {
    const r = await it.next();
    if (r.done) break;
    head = Buffer.concat([head, typeof r.value === 'string' ? Buffer.from(r.value) : r.value]);
  }
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  if (head[0] === 0x1f && head[1] === 0x8b) yield* Readable.from(rest()).pipe(createGunzip());
  else yield* rest();
}

/**
 * Calls `onLine(n, text)` for each line (1-based, `\n` or `\r\n` ended, the last one unterminated or not).
 * A line past `maxBytes` is not kept: `onTooLong(n, bytesSeen)` is called once and the rest is skipped.
 */
export async function eachLine(
  source: AsyncIterable<Buffer | string>,
  maxBytes: number,
  onLine: (n: number, text: string) => void,
  onTooLong: (n: number, bytes: number) => void,
): Promise<void> {
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  let skipping = false;
  const emit = (tail: Buffer) => {
    n++;
    if (skipping || size + tail.length > maxBytes) {
      skipping = false;
      onTooLong(n, size + tail.length);
    } else {
      let buf = parts.length ? Buffer.concat([...parts, tail]) : tail;
      if (buf.length && buf[buf.length - 1] === 13) buf = buf.subarray(0, buf.length - 1);
      onLine(n, buf.toString('utf8'));
    }
    parts = [];
    size = 0;
  };
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      emit(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      size += rest.length;
      if (skipping) continue;
      if (size > maxBytes) {
        skipping = true;
        parts = [];
      } else parts.push(Buffer.from(rest)); // a copy: the stream may reuse its buffer
    }
  }
  if (parts.length || skipping) emit(Buffer.alloc(0));
}
