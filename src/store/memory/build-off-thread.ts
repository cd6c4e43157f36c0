/**
 * Builds the memory store's indexes on a worker thread (index-worker.ts). Node answers
 * every request on one thread, and the indexes' sorts take over a second at 10^6
 * nodes in pieces that cannot be split; done on that thread, every request would wait.
 * The thread only prepares the compact inputs, in chunks with pauses between them
 * (runPausing), and wraps the arrays that come back.
 *
 * Where the compiled worker is not there (the test runner executes the TypeScript
 * sources), the same functions run inline, with the same result; tests that want the
 * worker give the URL of a compiled one.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { IndexJob } from "./index-worker.js";
import {
  buffersOf,
  buildSearchArrays,
  type NameInput,
  type SearchArrays,
} from "./search-arrays.js";
import { buildTimelineArrays, type TimelineArrays, type TimelineInput } from "./timeline-index.js";

/** The compiled worker beside this file (absent when the TypeScript sources run). */
export const INDEX_WORKER_FILE = new URL("./index-worker.js", import.meta.url);

/** The compiled worker's URL if it is there. */
export function defaultIndexWorker(): URL | undefined {
  return INDEX_WORKER_FILE.protocol === "file:" && existsSync(fileURLToPath(INDEX_WORKER_FILE))
    ? INDEX_WORKER_FILE
    : undefined;
}

/** Runs a generator to its end, pausing at each of its yields. */
export async function runPausing<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Builds index arrays on one worker thread (or inline, without one) until closed. */
export class IndexBuilder {
  private readonly worker: Worker | undefined;
  private readonly pending = new Map<
    number,
    { resolve(arrays: unknown): void; reject(error: Error): void }
  >();
  private nextId = 0;
  /** Why the worker stopped, once it has: later jobs fail at once. */
  private failure: Error | undefined;

  /** `workerFile`: the compiled index-worker.js; undefined builds inline. */
  constructor(workerFile: URL | undefined) {
    if (!workerFile) return;
    const worker = new Worker(workerFile);
    worker.on("message", (message: { id: number; arrays?: unknown; error?: string }) => {
      const job = this.pending.get(message.id);
      if (!job) return;
      this.pending.delete(message.id);
      if (message.arrays) job.resolve(message.arrays);
      else job.reject(new Error(`index build failed: ${message.error}`));
    });
    worker.on("error", (error) => this.failAll(error));
    worker.on("exit", () => this.failAll(new Error("the index worker stopped")));
    this.worker = worker;
  }

  /** Whether the arrays are built on a worker thread. */
  get offThread(): boolean {
    return this.worker !== undefined;
  }

  /** Search's arrays; the input's buffers are handed over to the worker. */
  search(input: NameInput): Promise<SearchArrays> {
    return this.run({ id: this.nextId++, kind: "search", input }, () => buildSearchArrays(input));
  }

  /** The timeline index's arrays; the input's buffers are handed over to the worker. */
  timeline(input: TimelineInput): Promise<TimelineArrays> {
    return this.run({ id: this.nextId++, kind: "timeline", input }, () =>
      buildTimelineArrays(input),
    );
  }

  /** Stops the worker; pending builds fail. */
  async close(): Promise<void> {
    await this.worker?.terminate();
  }

  private run<T>(job: IndexJob, inline: () => T): Promise<T> {
    const worker = this.worker;
    if (!worker) return Promise.resolve().then(inline);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(job.id, { resolve: resolve as (arrays: unknown) => void, reject });
      worker.postMessage(job, buffersOf(job.input));
    });
  }

  private failAll(error: Error): void {
    this.failure ??= error;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
