/**
 * Renders export files on a worker thread. Node answers every request on one thread,
 * and writing a GEXF or GraphML file is tens of milliseconds of CPU at a time that
 * cannot be split: done inline, every other client would wait for it. One worker,
 * started on first use and not keeping the process alive, takes the jobs in turn.
 *
 * Where the compiled worker is not there (the test runner executes the TypeScript
 * sources), files are rendered inline, with the same result.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Subgraph } from "../store/graph-store.js";
import type { ExportedSubgraph, ExportFormat, ExportMeta } from "./export-format.js";
import { exportSubgraph } from "./export-subgraph.js";
import type { RenderJob } from "./export-worker.js";

const WORKER_FILE = new URL("./export-worker.js", import.meta.url);

interface Pending {
  resolve(exported: ExportedSubgraph): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

/** Whether files are rendered on the worker thread (false when only the TypeScript sources exist). */
export function rendersOffThread(): boolean {
  return WORKER_FILE.protocol === "file:" && existsSync(fileURLToPath(WORKER_FILE));
}

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function startWorker(): Worker {
  const started = new Worker(WORKER_FILE);
  started.unref();
  started.on("message", (message: { id: number; exported?: ExportedSubgraph; error?: string }) => {
    const job = pending.get(message.id);
    if (!job) return;
    pending.delete(message.id);
    if (message.exported) job.resolve(message.exported);
    else job.reject(new Error(`export rendering failed: ${message.error}`));
  });
  started.on("error", (error) => {
    worker = undefined;
    failAll(error);
  });
  started.on("exit", () => {
    if (worker === started) worker = undefined;
    failAll(new Error("the export worker stopped"));
  });
  return started;
}

export async function renderExport(
  subgraph: Subgraph,
  format: ExportFormat,
  meta: ExportMeta,
): Promise<ExportedSubgraph> {
  if (!rendersOffThread()) return exportSubgraph(subgraph, format, meta);
  worker ??= startWorker();
  const active = worker;
  const id = nextId++;
  return new Promise<ExportedSubgraph>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // While a job is pending the worker must keep the process alive long enough to answer.
    active.ref();
    const job: RenderJob = { id, subgraph, format, meta };
    active.postMessage(job);
  }).finally(() => {
    if (pending.size === 0) worker?.unref();
  });
}
