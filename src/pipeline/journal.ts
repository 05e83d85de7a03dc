// What a run has finished, kept so that `--resume` continues a killed run without losing or duplicating a
// record. Units are numbered by (source index, unit index in the source), both deterministic for the same
// inputs; a finished source collapses into a range of source indexes, so the state stays small for
// millions of files. The journal (`<out>.journal`, replaced atomically at each checkpoint) holds this, the
// report's counters and the writers' positions, all taken at one instant after the lines are on disk.
import { existsSync, readFileSync } from 'node:fs';
import type { WriterState } from '../io/writer.js';

/** Sorted, disjoint, inclusive integer ranges. */
export class Ranges {
  constructor(private r: Array<[number, number]> = []) {}

  has(n: number): boolean {
    let lo = 0;
    let hi = this.r.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = this.r[mid]!;
      if (n < a) hi = mid - 1;
      else if (n > b) lo = mid + 1;
      else return true;
    }
    return false;
  }

  add(n: number): void {
    // Most additions land at or near the end: scan from there.
    let i = this.r.length;
    while (i > 0 && this.r[i - 1]![0] > n) i--;
    const prev = this.r[i - 1];
    if (prev && n <= prev[1]) return;
    const next = this.r[i];
    const joinsPrev = prev !== undefined && prev[1] === n - 1;
    const joinsNext = next !== undefined && next[0] === n + 1;
    if (joinsPrev && joinsNext) { prev[1] = next[1]; this.r.splice(i, 1); }
    else if (joinsPrev) prev[1] = n;
    else if (joinsNext) next[0] = n;
    else this.r.splice(i, 0, [n, n]);
  }

  /** True when 0..count-1 are all in. */
  coversUpTo(count: number): boolean {
    if (count === 0) return true;
    const first = this.r[0];
    return this.r.length === 1 && first !== undefined && first[0] === 0 && first[1] >= count - 1;
  }

  toJSON(): Array<[number, number]> {
    return this.r.map(([a, b]) => [a, b]);
  }
}

export class SourceTracker {
  private readonly units: Ranges;
  /** Number of units, once the source has been read to its end. */
  private total: number | null = null;

  constructor(readonly index: number, private readonly owner: Completion, units?: Ranges) {
    this.units = units ?? new Ranges();
  }

  has(unit: number): boolean {
    return this.units.has(unit);
  }

  add(unit: number): void {
    this.units.add(unit);
    this.check();
  }

  /** The source has been read to its end with `count` units. */
  finish(count: number): void {
    this.total = count;
    this.check();
  }

  private check(): void {
    if (this.total !== null && this.units.coversUpTo(this.total)) this.owner.sourceFinished(this.index);
  }

  toJSON(): Array<[number, number]> {
    return this.units.toJSON();
  }
}

export interface CompletionJson {
  sources: Array<[number, number]>;
  partial: Record<string, Array<[number, number]>>;
}

/** Finished sources, and the finished units of sources in progress. */
export class Completion {
  private readonly sources: Ranges;
  private readonly partial = new Map<number, SourceTracker>();

  constructor(json?: CompletionJson) {
    this.sources = new Ranges(json?.sources.map(([a, b]) => [a, b]) ?? []);
    for (const [k, v] of Object.entries(json?.partial ?? {})) {
      this.partial.set(Number(k), new SourceTracker(Number(k), this, new Ranges(v.map(([a, b]) => [a, b]))));
    }
  }

  sourceDone(index: number): boolean {
    return this.sources.has(index);
  }

  tracker(index: number): SourceTracker {
    let t = this.partial.get(index);
    if (!t) { t = new SourceTracker(index, this); this.partial.set(index, t); }
    return t;
  }

  sourceFinished(index: number): void {
    this.sources.add(index);
    this.partial.delete(index);
  }

  toJSON(): CompletionJson {
    const partial: Record<string, Array<[number, number]>> = {};
    for (const [k, t] of this.partial) {
      const units = t.toJSON();
      if (units.length) partial[k] = units;
    }
    return { sources: this.sources.toJSON(), partial };
  }
}

export interface Counters {
  records: number;
  rejected: number;
  skipped: number;
  rejectedByStage: Record<string, number>;
  skippedReasons: Record<string, number>;
  coverage: Record<string, number>;
}

export interface JournalState {
  journal: 1;
  /** Hash of the run's identity (its sources, shard, outputs): a resume must match it. */
  fingerprint: string;
  sources: number;
  done: CompletionJson;
  counters: Counters;
  out: WriterState | null;
  rejects: WriterState | null;
}

/** The journal's state, or null when there is none (the earlier run finished, or never checkpointed). */
export function readJournal(path: string): JournalState | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  let state: JournalState;
  try {
    state = JSON.parse(text) as JournalState;
  } catch {
    throw new Error(`cannot resume: the journal ${path} is not valid JSON`);
  }
  if (state.journal !== 1) throw new Error(`cannot resume: expected a version 1 journal in ${path}, got \`${String(state.journal)}\``);
  return state;
}
