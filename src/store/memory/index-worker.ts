/**
 * The worker thread behind build-off-thread.ts: builds the memory store's search and
 * timeline indexes from their compact inputs, so that the thread answering requests
 * is not held for the sorts (over a second at 10^6 nodes). Only typed arrays cross
 * between the threads. The arrays built here are in shared memory (shared-array.ts), so
 * they arrive without being copied and without V8 counting them against the receiving
 * thread's heap.
 */
import { parentPort } from "node:worker_threads";
import { lowerThreadPriority } from "./background-priority.js";
import { buffersOf, buildSearchArrays, type NameInput } from "./search-arrays.js";
import { buildTimelineArrays, type TimelineInput } from "./timeline-index.js";

export type IndexJob =
  | { readonly id: number; readonly kind: "search"; readonly input: NameInput }
  | { readonly id: number; readonly kind: "timeline"; readonly input: TimelineInput };

// Background work: the thread answering requests gets a core first (background-priority.ts).
if (parentPort) lowerThreadPriority();

parentPort?.on("message", (job: IndexJob) => {
  try {
    const arrays =
      job.kind === "search" ? buildSearchArrays(job.input) : buildTimelineArrays(job.input);
    // Shared buffers cross as they are; any other would be handed over.
    parentPort?.postMessage({ id: job.id, arrays }, buffersOf(arrays));
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: String((error as Error)?.stack ?? error) });
  }
});
