// Input discovery and reading: files, folders (recursive, sorted so runs are deterministic), gzip pages,
// and '-' for standard input. Reading is bounded: a page larger than maxBytes is stopped while it is read
// or inflated, never after.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface InputItem {
  /** As given on the command line, or joined under the folder given. */
  path: string;
  gzip: boolean;
}

export interface Skipped {
  path: string;
  reason: string;
}

/** File names taken from folders. Files named on the command line are taken whatever their name. */
const PAGE_NAME = /\.(html?|xhtml)(\.gz)?$/i;

export class ReadError extends Error {
  constructor(message: string, readonly stage: 'read' | 'limit' = 'read') {
    super(message);
  }
}

/** Expands the command line into input items; paths that do not exist are reported, not thrown. */
export async function discoverInputs(args: string[], onSkip: (s: Skipped) => void): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ path: '-', gzip: false });
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
        if (PAGE_NAME.test(file)) items.push({ path: file, gzip: /\.gz$/i.test(file) });
      }
    } else {
      items.push({ path: arg, gzip: /\.gz$/i.test(arg) });
    }
  }
  return items;
}

async function walk(dir: string, onSkip: (s: Skipped) => void): Promise<string[]> {
  const out: string[] = [];
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
      else if (e.isFile()) out.push(p);
    }
  }
  return out.sort();
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
      resolve(Buffer.concat(chunks, size));
    });
  });
}

function describeReadError(e: NodeJS.ErrnoException): string {
  if (e.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e.message)) return 'truncated gzip data (unexpected end of file)';
  if (e.code === 'Z_DATA_ERROR') return `corrupt gzip data (${e.message})`;
  if (e.code) return `cannot read (${e.code})`;
  return e.message;
}

/** Reads one input's bytes, inflating gzip (by name or by magic bytes) within the page limit. */
export async function readInput(item: InputItem, maxBytes: number, stdin: Readable = process.stdin): Promise<Buffer> {
  const source: Readable = item.path === '-' ? stdin : createReadStream(item.path);
  if (item.gzip) {
    const gunzip = createGunzip();
    source.on('error', (e) => gunzip.destroy(e));
    return readBounded(source.pipe(gunzip), maxBytes, 'inflated page');
  }
  // Gzip compressed bytes may also arrive under another name (or on stdin): sniff the magic number.
  const raw = await readBounded(source, maxBytes, 'page');
  if (raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    const { Readable: R } = await import('node:stream');
    return readBounded(R.from([raw]).pipe(createGunzip()), maxBytes, 'inflated page');
  }
  return raw;
}
