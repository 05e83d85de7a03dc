// A source (an HTML file, a WARC archive, an NDJSON file of envelopes, standard input) → its units, in a
// fixed order: pages to extract, records skipped (with the reason), or inputs rejected while reading.
// Every unit carries its index in the source (resume and stdin sharding count on it) and the `input` that
// says exactly where it came from: `{path}`, `{path, offset, recordId, fetchedAt}` for a WARC record (byte
// offset of the record, of its gzip member in a .warc.gz), `{path, offset}` (line number) for an envelope.
//
// Streams are read one unit at a time: the generator reads the next record only when the caller asks for
// it, so a caller that awaits back-pressure between units keeps memory flat. A page larger than maxBytes
// is stopped while it is read or inflated.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { constants as zc, createGunzip, gunzipSync } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import type { Input } from '../types/article.js';
import { describeReadError, isGzip, readInput, ReadError, type InputItem } from './inputs.js';

export interface PageUnit {
  kind: 'page';
  index: number;
  input: Input;
  url: string | null;
  /** HTTP Content-Type of the response (its charset is the transport's). */
  contentType: string | null;
  /** The page's bytes, text already decoded (an envelope's `html`), or a deferred read (a file). */
  data: Buffer | string | (() => Promise<Buffer>);
  /** Bytes on disk this unit accounts for, for progress (WARC and envelope bytes are counted as they are read). */
  size: number;
}

export interface SkipUnit {
  kind: 'skip';
  index: number;
  input: Input;
  reason: string;
}

export interface RejectUnit {
  kind: 'reject';
  index: number;
  input: Input;
  stage: 'read' | 'limit';
  error: string;
}

export type Unit = PageUnit | SkipUnit | RejectUnit;

export interface SourceOptions {
  maxPageBytes: number;
  /** URL of a single page read from standard input. */
  url?: string | null;
  /** Units the caller does not want (done by an earlier run, another shard's): not read, not yielded. */
  skip?: (index: number) => boolean;
  stdin?: Readable;
  /** Called with the raw bytes consumed, for progress. */
  onBytes?: (n: number) => void;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;

/** The units of one source. */
export async function* readSource(item: InputItem, opts: SourceOptions): AsyncGenerator<Unit> {
  const kind = item.kind ?? 'page';
  if (kind === 'warc') {
    yield* warcUnits(item.path, counted(createReadStream(item.path, { highWaterMark: 1 << 18 }), opts.onBytes), opts);
  } else if (kind === 'ndjson') {
    const raw = createReadStream(item.path, { highWaterMark: 1 << 18 });
    yield* envelopeUnits(item.path, item.gzip ? gunzipped(counted(raw, opts.onBytes)) : counted(raw, opts.onBytes), opts);
  } else if (kind === 'stdin') {
    yield* stdinUnits(opts);
  } else {
    if (opts.skip?.(0)) return;
    yield { kind: 'page', index: 0, input: { path: item.path }, url: null, contentType: null, size: item.size ?? 0, data: () => readInput(item, opts.maxPageBytes) };
  }
}

/** The stream's chunks, counted as they pass (pull-based: never switches the stream to flowing mode). */
async function* counted(stream: AsyncIterable<Buffer>, onBytes?: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const c of stream) {
    onBytes?.(c.length);
    yield c;
  }
}

function gunzipped(raw: AsyncIterable<Buffer>): Readable {
  const source = Readable.from(raw, { objectMode: false });
  const gunzip = createGunzip();
  source.on('error', (e) => gunzip.destroy(e));
  return source.pipe(gunzip);
}

/** Standard input holds one page, a WARC, or NDJSON envelopes (each possibly gzip-compressed): sniffed. */
async function* stdinUnits(opts: SourceOptions): AsyncGenerator<Unit> {
  const stdin = opts.stdin ?? process.stdin;
  const it = stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let size = 0;
  let ended = false;
  // Enough bytes to see past leading blank space and a gzip header.
  while (size < 4096) {
    const n = await it.next();
    if (n.done) { ended = true; break; }
    chunks.push(n.value);
    size += n.value.length;
  }
  const head = Buffer.concat(chunks);
  const replay = Readable.from((async function* () {
    yield head;
    if (ended) return;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  })(), { objectMode: false });
  let plain = head;
  if (isGzip(head)) {
    try {
      plain = gunzipSync(head, { finishFlush: zc.Z_SYNC_FLUSH });
    } catch {
      plain = Buffer.alloc(0);
    }
  }
  const start = plain.subarray(0, 64).toString('latin1').trimStart();
  if (start.startsWith('WARC/')) {
    yield* warcUnits('-', counted(replay, opts.onBytes), opts);
  } else if (start.startsWith('{')) {
    yield* envelopeUnits('-', isGzip(head) ? gunzipped(counted(replay, opts.onBytes)) : counted(replay, opts.onBytes), opts);
  } else {
    if (opts.skip?.(0)) return;
    yield { kind: 'page', index: 0, input: { path: '-' }, url: opts.url ?? null, contentType: null, size: 0, data: () => readInput({ path: '-', gzip: false }, opts.maxPageBytes, replay) };
  }
}

// ---------------------------------------------------------------------------------------------------- WARC

/** WARC-Target-URI, without the angle brackets some writers add (a WARC 1.0 grammar slip). */
function targetUri(rec: WARCRecord): string | null {
  const u = rec.warcTargetURI?.trim().replace(/^<(.*)>$/, '$1');
  return u ? u : null;
}

function mediaType(contentType: string | null | undefined): string | null {
  const m = contentType?.split(';')[0]?.trim().toLowerCase();
  return m ? m : null;
}

/**
 * The stream, failing when asked for more data again and again after its end. warcio skips the rest of a
 * record by reading until its Content-Length is met: on a WARC cut inside a record it would ask forever.
 */
function endGuard(stream: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  return {
    [Symbol.asyncIterator]() {
      const it = stream[Symbol.asyncIterator]();
      let askedAfterEnd = -1;
      return {
        async next(): Promise<IteratorResult<Buffer>> {
          if (askedAfterEnd >= 0) {
            if (++askedAfterEnd > 64) throw new Error('the archive ends inside a record (truncated file?)');
            return { done: true, value: undefined };
          }
          const r = await it.next();
          if (r.done) askedAfterEnd = 0;
          return r;
        },
        async return(): Promise<IteratorResult<Buffer>> {
          await it.return?.();
          return { done: true, value: undefined };
        },
      };
    },
  };
}

async function* warcUnits(path: string, stream: AsyncIterable<Buffer>, opts: SourceOptions): AsyncGenerator<Unit> {
  let consumed = 0;
  const parser = new WARCParser(endGuard(counted(stream, (n) => { consumed += n; })));
  let index = 0;
  let offset = 0;
  try {
    for await (const rec of parser) {
      const i = index++;
      offset = parser.offset;
      if (opts.skip?.(i)) continue;
      const input: Input = { path, offset };
      const recordId = rec.warcHeader('WARC-Record-ID');
      if (recordId) input.recordId = recordId;
      const date = rec.warcDate;
      if (date && ISO_DATE_TIME.test(date)) input.fetchedAt = date;
      const type = rec.warcType ?? 'unknown';
      let contentType: string | null;
      let body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
      if (type === 'response') {
        const http = rec.httpHeaders;
        if (!http) { yield { kind: 'skip', index: i, input, reason: 'WARC response without HTTP headers' }; continue; }
        const status = Number(http.statusCode);
        if (!(status >= 200 && status < 300)) { yield { kind: 'skip', index: i, input, reason: `HTTP status ${Number.isFinite(status) ? `${String(status)[0]}xx` : 'unknown'}` }; continue; }
        contentType = http.headers.get('content-type') ?? null;
        const encoding = (http.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
        if (!['identity', '', 'gzip', 'x-gzip', 'deflate'].includes(encoding)) {
          yield { kind: 'reject', index: i, input, stage: 'read', error: `unsupported HTTP Content-Encoding \`${encoding}\`` };
          continue;
        }
        body = rec.contentReader;
      } else if (type === 'resource') {
        contentType = rec.warcContentType ?? null;
        body = rec.reader;
      } else {
        yield { kind: 'skip', index: i, input, reason: `WARC ${type} record` };
        continue;
      }
      const mime = mediaType(contentType) ?? mediaType(rec.warcHeader('WARC-Identified-Payload-Type'));
      if (mime && !HTML_TYPES.test(mime)) { yield { kind: 'skip', index: i, input, reason: 'non-HTML response' }; continue; }
      const url = targetUri(rec);
      let bytes: Buffer;
      try {
        bytes = await readIterBounded(body, opts.maxPageBytes);
      } catch (e) {
        if (e instanceof ReadError && e.stage === 'limit') {
          yield { kind: 'reject', index: i, input, stage: 'limit', error: e.message };
          continue;
        }
        throw e;
      }
      if (bytes.length === 0) { yield { kind: 'skip', index: i, input, reason: 'empty response' }; continue; }
      yield { kind: 'page', index: i, input, url, contentType, data: bytes, size: 0 };
    }
    // warcio ends quietly when a .warc.gz stops inside a gzip member: bytes read but never inflated to a record.
    const reader = (parser as unknown as { _reader: { compressed: string | null; getRawOffset(): number } })._reader;
    if (reader.compressed && consumed > reader.getRawOffset()) throw new Error(`${consumed - reader.getRawOffset()} bytes at the end are not a whole gzip member (truncated file?)`);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (!opts.skip?.(index)) yield { kind: 'reject', index, input: { path, offset }, stage: 'read', error: `cannot read the WARC after this offset: ${describeReadError(err).split('\n')[0]}` };
  }
}

/** Reads an async iterable of chunks, failing as soon as more than maxBytes arrive (while inflating). */
async function readIterBounded(body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of body) {
    size += c.length;
    if (size > maxBytes) throw new ReadError(`page is larger than the page limit of ${maxBytes} bytes`, 'limit');
    chunks.push(c);
  }
  if (chunks.length === 1) { const c = chunks[0]!; return Buffer.from(c.buffer, c.byteOffset, c.byteLength); }
  return Buffer.concat(chunks, size);
}

// ------------------------------------------------------------------------------------------ NDJSON envelopes

interface Line {
  number: number;
  text: Buffer | null;
  /** Bytes of the line when it was too long to keep. */
  tooLong: number;
}

/** Splits a stream into lines, never holding more than cap bytes of one line: a longer one is dropped while read. */
export async function* splitLines(stream: AsyncIterable<Buffer>, cap: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = 0;
  let number = 0;
  const take = (): Line => {
    number++;
    const line: Line = over ? { number, text: null, tooLong: over } : { number, text: parts.length === 1 ? parts[0]! : Buffer.concat(parts, size), tooLong: 0 };
    parts = [];
    size = 0;
    over = 0;
    return line;
  };
  for await (const chunk of stream) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(from, end);
      if (over) over += piece.length;
      else if (size + piece.length > cap) { over = size + piece.length; parts = []; size = 0; }
      else if (piece.length) { parts.push(piece); size += piece.length; }
      if (nl < 0) break;
      yield take();
      from = nl + 1;
    }
  }
  if (size || over) yield take();
}

async function* envelopeUnits(path: string, stream: AsyncIterable<Buffer>, opts: SourceOptions): AsyncGenerator<Unit> {
  // A line holds the page JSON-escaped or in base64: allow for the escaping, then check the page itself.
  const cap = opts.maxPageBytes * 4 + (1 << 20);
  let index = 0;
  let lastLine = 0;
  try {
    for await (const line of splitLines(stream, cap)) {
      lastLine = line.number;
      if (line.text && !line.text.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0d)) continue; // blank line
      const i = index++;
      if (opts.skip?.(i)) continue;
      const input: Input = { path, offset: line.number };
      if (!line.text) { yield { kind: 'reject', index: i, input, stage: 'limit', error: `envelope line of ${line.tooLong} bytes is larger than the page limit of ${opts.maxPageBytes} bytes` }; continue; }
      const unit = envelopeUnit(line.text, i, input, opts.maxPageBytes);
      yield unit;
    }
  } catch (e) {
    if (!opts.skip?.(index)) yield { kind: 'reject', index, input: { path, offset: lastLine + 1 }, stage: 'read', error: `cannot read the envelopes after this line: ${describeReadError(e as NodeJS.ErrnoException).split('\n')[0]}` };
  }
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

/** One envelope line → a page: `{"url", "html"}`, or `{"url", "body_base64", "content_type"}`. */
export function envelopeUnit(text: Buffer, index: number, input: Input, maxBytes: number): Unit {
  let env: unknown;
  try {
    env = JSON.parse(text.toString('utf8'));
  } catch (e) {
    return { kind: 'reject', index, input, stage: 'read', error: `envelope is not JSON: ${(e as Error).message}` };
  }
  if (!env || typeof env !== 'object' || Array.isArray(env)) return { kind: 'reject', index, input, stage: 'read', error: 'envelope is not a JSON object' };
  const o = env as Record<string, unknown>;
  const id = str(o.id) ?? str(o.recordId);
  if (id) input.recordId = id;
  const fetchedAt = str(o.fetchedAt) ?? str(o.fetched_at);
  if (fetchedAt && ISO_DATE_TIME.test(fetchedAt)) input.fetchedAt = fetchedAt;
  const url = str(o.url);
  const contentType = str(o.content_type) ?? str(o.contentType);
  if (typeof o.html === 'string') {
    const bytes = Buffer.byteLength(o.html, 'utf8');
    if (bytes > maxBytes) return { kind: 'reject', index, input, stage: 'limit', error: `page is larger than the page limit of ${maxBytes} bytes` };
    return { kind: 'page', index, input, url, contentType, data: o.html, size: 0 };
  }
  const b64 = str(o.body_base64) ?? str(o.html_base64) ?? (o.encoding === 'base64' ? str(o.body) : null);
  if (b64) {
    if (Math.floor((b64.length * 3) / 4) - 2 > maxBytes) return { kind: 'reject', index, input, stage: 'limit', error: `page is larger than the page limit of ${maxBytes} bytes` };
    let bytes = Buffer.from(b64, 'base64');
    if (bytes.length > maxBytes) return { kind: 'reject', index, input, stage: 'limit', error: `page is larger than the page limit of ${maxBytes} bytes` };
    if (isGzip(bytes)) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
      } catch (e) {
        const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError;
        return tooBig
          ? { kind: 'reject', index, input, stage: 'limit', error: `inflated page is larger than the page limit of ${maxBytes} bytes` }
          : { kind: 'reject', index, input, stage: 'read', error: describeReadError(e as NodeJS.ErrnoException) };
      }
    }
    return { kind: 'page', index, input, url, contentType, data: bytes, size: 0 };
  }
  return { kind: 'reject', index, input, stage: 'read', error: 'envelope has no `html` (string) or `body_base64` field' };
}
