/**
 * The worker thread behind render-off-thread.ts: renders export files (GEXF and
 * GraphML writing in particular take tens of milliseconds of CPU), so the thread
 * that answers HTTP requests stays free for other clients meanwhile.
 */
import { parentPort } from "node:worker_threads";
import type { Subgraph } from "../store/graph-store.js";
import type { ExportFormat, ExportMeta } from "./export-format.js";
import { exportSubgraph } from "./export-subgraph.js";

export interface RenderJob {
  readonly id: number;
  readonly subgraph: Subgraph;
  readonly format: ExportFormat;
  readonly meta: ExportMeta;
}

parentPort?.on("message", (job: RenderJob) => {
  try {
    parentPort?.postMessage({
      id: job.id,
      exported: exportSubgraph(job.subgraph, job.format, job.meta),
    });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: String((error as Error)?.stack ?? error) });
  }
});
