// Progress on stderr. On a terminal: one bar rewritten in place at most four times a second, with pages/s
// and an ETA from the share of input bytes read. Elsewhere (a log, a Kubernetes pod): one plain line every
// `intervalMs`, so a long batch shows it is alive without flooding the log.
export interface ProgressStats {
  records: number;
  rejected: number;
  skipped: number;
}

export type ProgressMode = 'bar' | 'lines' | 'off';

export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private bytes = 0;
  private baseBytes = 0;
  /** Pages an earlier run finished (resume): not part of this run's rate. */
  private startDone = -1;

  /**
   * @param totalBytes bytes of all inputs on disk (null when unknown: standard input)
   */
  constructor(readonly mode: ProgressMode, private readonly totalBytes: number | null, private readonly intervalMs = 30_000) {
    this.last = mode === 'lines' ? Date.now() : 0;
  }

  /** Input bytes read in this run. */
  addBytes(n: number): void {
    this.bytes += n;
  }

  /** Where an earlier run left off (resume): its pages do not count in this run's rate. */
  resumeAt(s: ProgressStats): void {
    this.startDone = s.records + s.rejected + s.skipped;
  }

  /** Input bytes passed over because an earlier run finished them (resume). */
  addDoneBytes(n: number): void {
    this.baseBytes += n;
  }

  tick(s: ProgressStats, force = false): void {
    if (this.mode === 'off') return;
    const now = Date.now();
    const every = this.mode === 'bar' ? 250 : this.intervalMs;
    if (!force && now - this.last < every) return;
    this.last = now;
    const done = s.records + s.rejected + s.skipped;
    const elapsed = Math.max((now - this.started) / 1000, 0.001);
    const rate = (done - Math.max(0, this.startDone)) / elapsed;
    const share = this.totalBytes ? Math.min(1, (this.baseBytes + this.bytes) / this.totalBytes) : null;
    const byteRate = this.bytes / elapsed;
    const eta = this.totalBytes && byteRate > 0 ? Math.max(0, (this.totalBytes - this.baseBytes - this.bytes) / byteRate) : null;
    if (this.mode === 'bar') {
      const width = 24;
      const filled = share === null ? 0 : Math.round(share * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      const pct = share === null ? '' : ` ${(share * 100).toFixed(0)}%`;
      process.stderr.write(`\r${bar}${pct}  ${done} pages  ${rate.toFixed(1)} pages/s  ETA ${eta === null ? '?' : duration(eta)}  rejected ${s.rejected}  skipped ${s.skipped}\x1b[K`);
    } else {
      const pct = share === null ? '' : `, ${(share * 100).toFixed(1)}% of input bytes`;
      process.stderr.write(`copydesk: ${done} pages (${s.records} records, ${s.rejected} rejected, ${s.skipped} skipped), ${rate.toFixed(1)} pages/s${pct}, ETA ${eta === null ? '?' : duration(eta)}\n`);
    }
  }

  /** Prefix for a message printed while the bar is shown. */
  clearLine(): string {
    return this.mode === 'bar' ? '\r\x1b[K' : '';
  }

  done(): void {
    if (this.mode === 'bar') process.stderr.write('\r\x1b[K');
  }
}

export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
