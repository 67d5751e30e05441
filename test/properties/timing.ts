/**
 * Timing for the linear-time tests: a sixteen times longer text may take at
 * most SLACK times sixteen as long, never the 256 times a quadratic scan
 * takes. CPU time, the least of three runs, is the least disturbed by a busy
 * machine.
 */
export const FACTOR = 16;
export const SLACK = 3;

/** The least CPU time of three runs of `work`, in milliseconds. */
export function cpuTime(work: () => void): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** `make(0) + make(1) + …` cut at `length`: numbered IDs, which a repeated pattern cannot make. */
export function numbered(make: (index: number) => string, length: number): string {
  const parts: string[] = [];
  for (let index = 0, total = 0; total < length; index++) {
    parts.push(make(index));
    total += parts[index]!.length;
  }
  return parts.join('').slice(0, length);
}
