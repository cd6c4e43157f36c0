/**
 * The index worker lowers its own thread's priority, and only its own: the thread that
 * answers requests keeps its priority. Run in a worker thread, as the index worker is
 * (lowering this test's own thread would be irreversible without privileges).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { BACKGROUND_NICENESS } from "./background-priority.js";

/** Niceness of the calling thread, from /proc (field 19 of its stat line). */
function threadNiceness(): number {
  const stat = readFileSync("/proc/thread-self/stat", "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

const directory = mkdtempSync(join(tmpdir(), "entente-priority-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Runs lowerThreadPriority in a fresh worker thread; what it returned, and the niceness then. */
async function inWorker(niceness?: number): Promise<{ lowered: boolean; niceness: number }> {
  const outfile = join(directory, `probe-${niceness ?? "default"}.mjs`);
  await build({
    stdin: {
      contents: `
        import { readFileSync } from "node:fs";
        import { parentPort } from "node:worker_threads";
        import { lowerThreadPriority } from "./background-priority.ts";
        const lowered = lowerThreadPriority(${niceness ?? ""});
        const stat = readFileSync("/proc/thread-self/stat", "utf8");
        const niceness = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
        parentPort.postMessage({ lowered, niceness });
      `,
      resolveDir: new URL(".", import.meta.url).pathname,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "silent",
  });
  const worker = new Worker(outfile);
  try {
    return await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
  } finally {
    await worker.terminate();
  }
}

describe.runIf(process.platform === "linux")("background thread priority (Linux)", () => {
  it("gives the calling worker thread the background niceness, and leaves this thread's alone", async () => {
    const before = threadNiceness();
    expect(await inWorker()).toEqual({ lowered: true, niceness: BACKGROUND_NICENESS });
    expect(threadNiceness()).toBe(before);
  }, 30_000);

  it("takes another niceness when asked", async () => {
    expect(await inWorker(7)).toEqual({ lowered: true, niceness: 7 });
  }, 30_000);
});
