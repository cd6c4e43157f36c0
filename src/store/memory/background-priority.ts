/**
 * Lowers the priority of the calling thread, for threads doing background work (the
 * index worker). On a machine with few cores, a busy worker thread at the same priority
 * as the thread answering requests takes a core from it: at 10^6 nodes the event loop
 * then waited up to 220 ms for a core while the indexes built, though it ran for only
 * 74 ms of that. Under Linux's scheduler a thread of niceness 10 gets about a tenth of a
 * core that the request thread wants too, and all of an idle one. Not 19 (about 1/70):
 * on a server kept busy the build would then hardly progress, and until it ends every
 * search ranks all names; at 10^6 both stalled 32–40 ms at most in the same runs.
 *
 * Linux only (a thread's id comes from /proc/thread-self, and `setpriority` on a thread
 * id affects that thread alone); elsewhere, or when the system refuses, nothing changes:
 * the build is only a little more in the way.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/** The niceness a background thread asks for (0 is the default, 19 the lowest priority). */
export const BACKGROUND_NICENESS = 10;

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
