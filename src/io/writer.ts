// NDJSON output that a killed run can never tear: lines go to `<file>.partial` beside the target and the
// file is renamed into place (after fsync) only when the run finishes. '-' writes to standard output.
import { createWriteStream, mkdirSync, statSync, type WriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';

export class NdjsonWriter {
  private readonly stream: Writable;
  private readonly tmp: string | null;
  private lines = 0;
  private failure: Error | null = null;

  constructor(readonly target: string, stdout: Writable = process.stdout) {
    if (target === '-') {
      this.tmp = null;
      this.stream = stdout;
    } else {
      mkdirSync(dirname(target), { recursive: true });
      // A device or pipe (/dev/null, a FIFO) is written in place: there is no file to tear.
      this.tmp = isSpecialFile(target) ? null : `${target}.partial`;
      const ws: WriteStream = createWriteStream(this.tmp ?? target, { flags: 'w' });
      ws.on('error', (e) => { this.failure = e; });
      this.stream = ws;
    }
  }

  get count(): number {
    return this.lines;
  }

  /** Writes one line (a JSON text without newline); resolves once the stream can take more. */
  async write(json: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.lines++;
    if (!this.stream.write(json + '\n')) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = () => { this.stream.off('error', onError); resolve(); };
        const onError = (e: Error) => { this.stream.off('drain', onDrain); reject(e); };
        this.stream.once('drain', onDrain);
        this.stream.once('error', onError);
      });
    }
  }

  /** Flushes, syncs and moves the file into place. */
  async close(): Promise<void> {
    if (this.target === '-') return;
    const ws = this.stream as WriteStream;
    await new Promise<void>((resolve, reject) => {
      ws.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
    if (this.failure) throw this.failure;
    if (!this.tmp) return;
    const fh = await open(this.tmp, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(this.tmp, this.target);
  }

  /** Drops the partial file (used when the run fails before it could finish). */
  async discard(): Promise<void> {
    if (!this.tmp) return;
    (this.stream as WriteStream).destroy();
    await unlink(this.tmp).catch(() => undefined);
  }
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Writes a whole file atomically (temp file + rename). */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
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
