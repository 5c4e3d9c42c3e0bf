// /proc readers for the bench's resource figures: CPU time of a process (and of its reaped children), RSS, the machine's busy time.
import { readFileSync, readdirSync } from 'node:fs';

/** clock ticks per second of /proc/<pid>/stat (getconf CLK_TCK: 100 on Linux x86-64 and arm64) */
const TICKS = 100;

/** fields of /proc/<pid>/stat after the command name, which may itself hold spaces and parentheses */
function statFields(pid: number): string[] | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return raw.slice(raw.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // gone
  }
}

/**
 * CPU seconds of a process; with `reaped`, also of its children that have ended and been waited for
 * (PostgreSQL's postmaster reaps every backend that exits, so their time is not lost).
 */
export function cpuSeconds(pid: number, reaped = false): number {
  const f = statFields(pid);
  if (f === null) return 0;
  // after the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), so index = field - 3
  const own = Number(f[11]) + Number(f[12]);
  return (own + (reaped ? Number(f[13]) + Number(f[14]) : 0)) / TICKS;
}

/** the live children of `ppid` (PostgreSQL's backends and background processes of one postmaster) */
export function childrenOf(ppid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(Number(name));
    if (f !== null && Number(f[1]) === ppid) out.push(Number(name));
  }
  return out;
}

export function parentOf(pid: number): number | null {
  const f = statFields(pid);
  return f === null ? null : Number(f[1]);
}

/** resident set size in bytes (VmRSS), 0 when the process is gone */
export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** the machine's busy and total CPU seconds since boot, over all cores (iowait counts as idle) */
export function machineSeconds(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy: busy / TICKS, total: (busy + idle! + iowait!) / TICKS };
}
