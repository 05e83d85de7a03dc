// NDJSON output that a killed run can never tear, and that a resumed run continues exactly.
//
// Lines are buffered and written in whole lines (or, for `.ndjson.gz`, in whole gzip members: gzip readers
// read concatenated members as one stream) to `<file>.partial` beside the target; the file is renamed into
// place (after fsync) when the run ends. With rotation (`maxRecordsPerFile`), the target names a series
// `out-00000.ndjson`, `out-00001.ndjson`…; a part is renamed as soon as a checkpoint has recorded it full.
//
// `checkpoint()` flushes, fsyncs and returns `{part, bytes, records}`: the run journal stores it after the
// lines are on disk, and a resumed writer truncates the current part back to exactly those bytes, so the
// lines written after the last checkpoint (and a torn last line) are dropped and written again.
// '-' writes to standard output; a device or FIFO (/dev/null) is written in place, never renamed over.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';

const gzip = promisify(gzipCb);

/** Where a writer stood at a checkpoint: parts before `part` are complete; `part` holds `bytes` and `records`. */
export interface WriterState {
  part: number;
  bytes: number;
  records: number;
}

export interface WriterOptions {
  /** Start a new file after this many lines (null: one file). */
  maxRecordsPerFile?: number | null;
  /** Gzip the output (default: when the target ends in `.gz`). */
  gzip?: boolean;
  /** Continue from a checkpoint of an interrupted run. */
  resumeFrom?: WriterState | null;
  stdout?: Writable;
}

interface Part {
  fh: FileHandle | null;
  bytes: number;
}

export class NdjsonWriter {
  private readonly stdout: Writable | null;
  /** A device or FIFO: written in place, no temp file, no rename, no fsync. */
  private readonly special: boolean;
  private readonly gzip: boolean;
  private readonly maxRecords: number | null;
  private readonly flushAt: number;
  private readonly parts = new Map<number, Part>();
  private cur = 0;
  private curRecords = 0;
  private finalized = -1; // parts <= finalized have been renamed into place
  private lines = 0;
  private buf: string[] = [];
  private bufBytes = 0;
  private pendingBytes = 0;
  private chain: Promise<unknown> = Promise.resolve();
  private failure: Error | null = null;
  private opened = false;

  constructor(readonly target: string, options: WriterOptions = {}) {
    this.stdout = target === '-' ? (options.stdout ?? process.stdout) : null;
    this.special = target !== '-' && isSpecialFile(target);
    this.gzip = options.gzip ?? (/\.gz$/i.test(target) && !this.special && target !== '-');
    this.maxRecords = options.maxRecordsPerFile ?? null;
    if (this.maxRecords != null && (this.special || this.stdout)) throw new Error(`expected a regular file to rotate, got \`${target}\``);
    this.flushAt = this.gzip ? 1 << 20 : 1 << 18;
    this.resumeFrom = options.resumeFrom ?? null;
  }

  private readonly resumeFrom: WriterState | null;

  /** True when the output can be truncated back to a checkpoint (a regular file). */
  get resumable(): boolean {
    return !this.stdout && !this.special;
  }

  /** Lines written by this process. */
  get count(): number {
    return this.lines;
  }

  /** The final name of part k. */
  partName(k: number): string {
    if (this.maxRecords == null) return this.target;
    const m = /^(.*?)((\.(ndjson|jsonl|json))?(\.gz)?)$/i.exec(this.target)!;
    return `${m[1]}-${String(k).padStart(5, '0')}${m[2]}`;
  }

  private tmpName(k: number): string {
    return this.special ? this.target : `${this.partName(k)}.partial`;
  }

  /** Every final file name this writer has produced so far. */
  files(): string[] {
    if (this.stdout) return ['-'];
    return Array.from({ length: this.cur + 1 }, (_, k) => this.partName(k));
  }

  /** Creates (or, resuming, restores) the output file. */
  async open(): Promise<void> {
    if (this.opened || this.stdout) return;
    this.opened = true;
    mkdirSync(dirname(this.target), { recursive: true });
    const r = this.resumeFrom;
    if (!r || !this.resumable) {
      this.parts.set(0, { fh: await open(this.tmpName(0), 'w'), bytes: 0 });
      return;
    }
    // Parts the checkpoint recorded as complete: finish their rename if the run died before it.
    for (let k = 0; k < r.part; k++) {
      if (existsSync(this.tmpName(k))) await rename(this.tmpName(k), this.partName(k));
      else if (!existsSync(this.partName(k))) throw new Error(`cannot resume: ${this.partName(k)} is missing`);
    }
    this.finalized = r.part - 1;
    const tmp = this.tmpName(r.part);
    if (!existsSync(tmp)) {
      // An interrupted run (Ctrl-C) renamed its files into place: take the file back.
      if (existsSync(this.partName(r.part))) await rename(this.partName(r.part), tmp);
      else if (r.bytes > 0) throw new Error(`cannot resume: neither ${tmp} nor ${this.partName(r.part)} exists`);
    }
    const fh = await open(tmp, existsSync(tmp) ? 'r+' : 'w');
    const size = (await fh.stat()).size;
    if (size < r.bytes) {
      await fh.close();
      throw new Error(`cannot resume: ${tmp} holds ${size} bytes, the checkpoint expects at least ${r.bytes}`);
    }
    // Lines written after the checkpoint (and a torn last line) go: they are written again.
    await fh.truncate(r.bytes);
    this.parts.set(r.part, { fh, bytes: r.bytes });
    this.cur = r.part;
    this.curRecords = r.records;
    // Parts begun after the checkpoint are redone.
    if (this.maxRecords != null) for (let k = r.part + 1; existsSync(this.tmpName(k)); k++) await unlink(this.tmpName(k));
  }

  /** Adds one line (a JSON text without newline); resolves at once unless too much waits to be written. */
  async write(json: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stdout) {
      this.lines++;
      if (!this.stdout.write(json + '\n')) await drain(this.stdout);
      return;
    }
    if (this.maxRecords != null && this.curRecords >= this.maxRecords) {
      this.flush();
      this.cur++;
      this.curRecords = 0;
    }
    this.curRecords++;
    this.lines++;
    this.buf.push(json, '\n');
    this.bufBytes += json.length + 1;
    if (this.bufBytes >= this.flushAt) this.flush();
    if (this.pendingBytes > 16 << 20) await this.chain;
  }

  /** Hands the buffered lines of the current part to the (serialised) disk writer. */
  private flush(): void {
    if (!this.bufBytes) return;
    const text = this.buf.join('');
    const part = this.cur;
    this.buf = [];
    this.pendingBytes += this.bufBytes;
    const n = this.bufBytes;
    this.bufBytes = 0;
    this.enqueue(async () => {
      const p = await this.partFile(part);
      const data = this.gzip ? await gzip(text) : Buffer.from(text, 'utf8');
      let off = 0;
      while (off < data.length) {
        const { bytesWritten } = await p.fh!.write(data, off, data.length - off, this.special ? null : p.bytes + off);
        off += bytesWritten;
      }
      p.bytes += data.length;
      this.pendingBytes -= n;
    });
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const next = this.chain.then(() => {
      if (this.failure) throw this.failure;
      return op();
    });
    this.chain = next.catch((e: Error) => { this.failure ??= e; });
    return next;
  }

  /** The open file of part k; opening it closes (fsync) the parts before it. */
  private async partFile(k: number): Promise<Part> {
    let p = this.parts.get(k);
    if (p?.fh) return p;
    for (const [j, q] of this.parts) {
      if (j < k && q.fh) {
        if (!this.special) await q.fh.sync();
        await q.fh.close();
        q.fh = null;
      }
    }
    p = { fh: await open(this.tmpName(k), 'w'), bytes: 0 };
    this.parts.set(k, p);
    return p;
  }

  /** Flushes and syncs everything written so far; returns where the output stands, for the journal. */
  async checkpoint(): Promise<WriterState | null> {
    if (this.stdout || !this.opened) return null;
    this.flush();
    const part = this.cur;
    const records = this.curRecords;
    const bytes = await this.enqueue(async () => {
      const p = await this.partFile(part);
      if (!this.special) await p.fh!.sync();
      return p.bytes;
    });
    return { part, bytes, records };
  }

  /** Renames the parts a committed checkpoint recorded as complete. */
  async finalizeBefore(part: number): Promise<void> {
    await this.enqueue(async () => {
      for (let k = this.finalized + 1; k < part; k++) {
        const p = this.parts.get(k);
        if (p?.fh) { await p.fh.sync(); await p.fh.close(); p.fh = null; }
        if (!this.special) await rename(this.tmpName(k), this.partName(k));
        this.finalized = k;
      }
    });
  }

  /** Flushes, syncs and moves every file into place. */
  async close(): Promise<void> {
    if (this.stdout) return;
    if (!this.opened) await this.open();
    this.flush();
    await this.enqueue(async () => {
      for (const [k, p] of [...this.parts].sort((a, b) => a[0] - b[0])) {
        if (p.fh) {
          if (!this.special) await p.fh.sync();
          await p.fh.close();
          p.fh = null;
        }
        if (!this.special && k > this.finalized) await rename(this.tmpName(k), this.partName(k));
        this.finalized = Math.max(this.finalized, k);
      }
    });
    if (this.failure) throw this.failure;
  }

  /** Drops the partial files (used when the run fails before it could finish). */
  async discard(): Promise<void> {
    if (this.stdout) return;
    await this.chain;
    for (const [k, p] of this.parts) {
      await p.fh?.close().catch(() => undefined);
      p.fh = null;
      if (!this.special && k > this.finalized) await unlink(this.tmpName(k)).catch(() => undefined);
    }
  }
}

function drain(stream: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onDrain = () => { stream.off('error', onError); resolve(); };
    const onError = (e: Error) => { stream.off('drain', onDrain); reject(e); };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

/** A device or pipe (/dev/null, a FIFO): there is no file to tear, and it must never be renamed over. */
export function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Writes a whole file atomically (temp file + fsync + rename). */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  if (isSpecialFile(path)) {
    const fh = await open(path, 'w');
    try { await fh.writeFile(text); } finally { await fh.close(); }
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.partial`;
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
}
