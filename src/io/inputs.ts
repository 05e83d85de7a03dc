// Input discovery: files, folders (recursive, sorted so runs are deterministic, filtered by --include and
// --exclude globs), and '-' for standard input. Each discovered input is a *source*: one HTML page, a WARC
// archive, or an NDJSON file of envelopes. `src/io/sources.ts` turns a source into pages.
// Reading is bounded: a page larger than maxBytes is stopped while it is read or inflated, never after.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, normalize, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import picomatch from 'picomatch';

export type SourceKind = 'page' | 'warc' | 'ndjson' | 'stdin';

export interface InputItem {
  /** As given on the command line, or joined under the folder given. */
  path: string;
  gzip: boolean;
  /** What the source holds; 'stdin' is sniffed when it is read (page, WARC or NDJSON envelopes). */
  kind?: SourceKind;
  /**
   * The source's identity for sharding: its path relative to the folder named on the command line, or
   * the file name of a file named directly, so machines that mount the data at different places agree.
   */
  key?: string;
  /** Size on disk in bytes (progress and ETA); null when unknown (standard input). */
  size?: number | null;
}

export interface Skipped {
  path: string;
  reason: string;
}

export interface DiscoverOptions {
  /** Globs a file inside a folder must match (relative to that folder; a glob without `/` matches the file name). */
  include?: string[];
  /** Globs that drop a file found inside a folder. */
  exclude?: string[];
}

/** File names taken from folders when no --include is given. Files named on the command line are taken whatever their name. */
export const DEFAULT_INCLUDE = ['*.{html,htm,xhtml}', '*.{html,htm,xhtml}.gz', '*.warc', '*.warc.gz'];

const WARC_NAME = /\.warc(\.gz)?$/i;
const NDJSON_NAME = /\.(ndjson|jsonl)(\.gz)?$/i;

export class ReadError extends Error {
  constructor(message: string, readonly stage: 'read' | 'limit' = 'read') {
    super(message);
  }
}

/** What a file holds, by its name. */
export function kindOf(path: string): SourceKind {
  if (path === '-') return 'stdin';
  if (WARC_NAME.test(path)) return 'warc';
  if (NDJSON_NAME.test(path)) return 'ndjson';
  return 'page';
}

function item(path: string, key: string, size: number | null): InputItem {
  return { path, gzip: /\.gz$/i.test(path), kind: kindOf(path), key, size };
}

/** Expands the command line into sources; paths that do not exist are reported, not thrown. */
export async function discoverInputs(args: string[], onSkip: (s: Skipped) => void, options: DiscoverOptions = {}): Promise<InputItem[]> {
  const include = globs(options.include?.length ? options.include : DEFAULT_INCLUDE);
  const exclude = options.exclude?.length ? globs(options.exclude) : () => false;
  const items: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ path: '-', gzip: false, kind: 'stdin', key: '-', size: null });
      continue;
    }
    let st;
    try {
      st = await stat(arg);
    } catch (e) {
      onSkip({ path: arg, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    if (st.isDirectory()) {
      for (const file of await walk(arg, onSkip)) {
        const rel = relative(arg, file.path).split(sep).join('/');
        if (include(rel) && !exclude(rel)) items.push(item(file.path, rel, file.size));
      }
    } else {
      items.push(item(arg, basename(normalize(arg)), st.size));
    }
  }
  return items;
}

/** A matcher for paths relative to a folder: a glob with a `/` matches the whole path, one without matches the file name. */
function globs(patterns: string[]): (rel: string) => boolean {
  const matchers = patterns.map((p) => {
    const m = picomatch(p, { dot: true });
    return p.includes('/') ? m : (rel: string) => m(rel.slice(rel.lastIndexOf('/') + 1));
  });
  return (rel) => matchers.some((m) => m(rel));
}

async function walk(dir: string, onSkip: (s: Skipped) => void): Promise<Array<{ path: string; size: number | null }>> {
  const out: Array<{ path: string; size: number | null }> = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      onSkip({ path: d, reason: `cannot list folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) out.push({ path: p, size: null });
    }
  }
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Sizes only feed the progress bar's ETA: stat lazily and in parallel batches.
  for (let i = 0; i < out.length; i += 256) {
    await Promise.all(out.slice(i, i + 256).map(async (f) => {
      f.size = await stat(f.path).then((s) => s.size, () => null);
    }));
  }
  return out;
}

/** Parses `i/n` (0 <= i < n), the shard this process takes. */
export function parseShard(value: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index >= count) return null;
  return { index, count };
}

/** The shard (0..count-1) a source belongs to: a stable hash of its identity, the same on every machine. */
export function shardOf(key: string, count: number): number {
  const h = createHash('sha256').update(key).digest();
  return Number(h.readBigUInt64BE(0) % BigInt(count));
}

/** Reads a stream fully, failing as soon as more than maxBytes arrive. */
export function readBounded(stream: Readable, maxBytes: number, what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      stream.destroy();
      reject(err);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(new ReadError(`${what} is larger than the page limit of ${maxBytes} bytes`, 'limit'));
      else chunks.push(chunk);
    });
    stream.on('error', (e: NodeJS.ErrnoException) => fail(new ReadError(describeReadError(e))));
    stream.on('end', () => {
      if (done) return;
      done = true;
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    });
  });
}

export function describeReadError(e: NodeJS.ErrnoException): string {
  if (e.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e.message)) return 'truncated gzip data (unexpected end of file)';
  if (e.code === 'Z_DATA_ERROR') return `corrupt gzip data (${e.message})`;
  if (e.code) return `cannot read (${e.code})`;
  return e.message;
}

export const isGzip = (b: Uint8Array): boolean => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

/** Reads one page's bytes, inflating gzip (by name or by magic bytes) within the page limit. */
export async function readInput(item: InputItem, maxBytes: number, stdin: Readable = process.stdin): Promise<Buffer> {
  const source: Readable = item.path === '-' ? stdin : createReadStream(item.path);
  if (item.gzip) {
    const gunzip = createGunzip();
    source.on('error', (e) => gunzip.destroy(e));
    return readBounded(source.pipe(gunzip), maxBytes, 'inflated page');
  }
  // Gzip compressed bytes may also arrive under another name (or on stdin): sniff the magic number.
  const raw = await readBounded(source, maxBytes, 'page');
  if (isGzip(raw)) return readBounded(Readable.from([raw]).pipe(createGunzip()), maxBytes, 'inflated page');
  return raw;
}
