// Progress on stderr when it is a terminal: one line rewritten in place, at most four times a second.
export class Progress {
  private last = 0;
  private readonly started = Date.now();

  constructor(private readonly enabled: boolean, private readonly total: number) {}

  tick(records: number, rejected: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    const done = records + rejected;
    const rate = done / Math.max((now - this.started) / 1000, 0.001);
    const eta = rate > 0 ? Math.round((this.total - done) / rate) : 0;
    const width = 24;
    const filled = this.total ? Math.round((done / this.total) * width) : 0;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    process.stderr.write(`\r${bar} ${done}/${this.total} pages  ${rate.toFixed(1)} pages/s  ETA ${eta}s  rejected ${rejected}\x1b[K`);
  }

  /** Prefix for a message printed while the bar is shown. */
  clearLine(): string {
    return this.enabled ? '\r\x1b[K' : '';
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
