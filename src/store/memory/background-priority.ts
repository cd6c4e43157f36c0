/**
 * Lowers the priority of the calling thread, for threads doing background work (the
 * index worker). On a machine with few cores, a busy worker thread at the same priority
 * as the thread answering requests takes a core from it: at 10^6 nodes the event loop
 * then waited up to 220 ms for a core while the indexes built, though it ran for only
 * 74 ms of that. Under Linux's scheduler a thread of niceness 19 gets about 1/70 of a
 * core when the request thread wants it, and all of an idle one.
 *
 * Linux only (a thread's id comes from /proc/thread-self, and `setpriority` on a thread
 * id affects that thread alone); elsewhere, or when the system refuses, nothing changes:
 * the build is only a little more in the way.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/** The niceness a background thread asks for: the lowest priority there is. */
export const BACKGROUND_NICENESS = 19;

/** Whether the calling thread's priority was lowered. */
export function lowerThreadPriority(niceness = BACKGROUND_NICENESS): boolean {
  try {
    // "<pid>/task/<tid>": the thread's own id, which setpriority takes for that thread.
    const tid = Number(readlinkSync("/proc/thread-self").split("/").at(-1));
    if (!Number.isSafeInteger(tid) || tid <= 0) return false;
    setPriority(tid, niceness);
    return true;
  } catch {
    return false;
  }
}
