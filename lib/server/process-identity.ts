import "server-only";
import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * Who holds a lock: a pid alone is not enough. After a crash the next process can get the same pid (PID 1
 * in a container, every time), and a pid can be reused by an unrelated process. On Linux the kernel's boot
 * id and the process's start time (clock ticks since boot) tell one life of a pid from another.
 */
export const processIdentitySchema = z.object({
  pid: z.number().int().positive(),
  bootId: z.string().nullable(),
  startTicks: z.string().nullable(),
});
export type ProcessIdentity = z.infer<typeof processIdentitySchema>;

export function currentProcessIdentity(): ProcessIdentity {
  return { pid: process.pid, bootId: readBootId(), startTicks: readStartTicks(process.pid) };
}

/** Whether the process that wrote `holder` is still running (this one included). */
export function isProcessAlive(holder: ProcessIdentity): boolean {
  const bootId = readBootId();
  if (holder.bootId !== null && bootId !== null && holder.bootId !== bootId) return false;
  if (holder.pid === process.pid) return holder.startTicks === readStartTicks(process.pid);
  if (!signalReaches(holder.pid)) return false;
  const startTicks = readStartTicks(holder.pid);
  return holder.startTicks === null || startTicks === null || startTicks === holder.startTicks;
}

function readBootId(): string | null {
  return readProc("/proc/sys/kernel/random/boot_id")?.trim() ?? null;
}

/** Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces, so count from its `)`. */
function readStartTicks(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function signalReaches(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
