/**
 * CPU milliseconds used so far by this test process (user + system, all its threads). Linear-time guards
 * compare two readings of it rather than of the wall clock, so that other processes on a shared or loaded
 * machine do not make them fail; a catastrophic regex still burns the CPU and still fails them.
 */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
