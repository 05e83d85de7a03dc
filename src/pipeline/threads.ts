// CPU time of the calling thread, to see where a run spends its CPU (the main thread must stay a small
// share for the workers to scale). On Linux /proc/thread-self/schedstat gives, in nanoseconds, the time
// this thread ran and the time it waited for a core (runnable, not running); a read costs a few µs. On a
// loaded machine wall time mostly measures the other tenants; these do not. Elsewhere the thread's event
// loop utilisation stands in (active wall time, the wait for a core included).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ThreadTimes {
  /** CPU time this thread ran, in ms, since it started. */
  cpuMs: number;
  /** Time it was runnable but waited for a core, in ms (0 when unknown). */
  waitMs: number;
  /** Wall time since this thread started, in ms. */
  wallMs: number;
}

let procOk = process.platform === 'linux';

export function threadTimes(): ThreadTimes {
  const wallMs = performance.now();
  if (procOk) {
    try {
      const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ');
      return { cpuMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6, wallMs };
    } catch {
      procOk = false;
    }
  }
  const elu = performance.eventLoopUtilization();
  return { cpuMs: elu.active, waitMs: 0, wallMs };
}
