/**
 * The memory store's background indexes are built on a worker thread from compact
 * inputs; built there they must equal the same arrays built inline, and a store that
 * used the worker must answer searches and timelines as one that did not. The test
 * runner executes the TypeScript sources, so the worker is compiled here with esbuild,
 * as tsc compiles it beside the store in dist/.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldText } from "../../domain/fold-text.js";
import { generateDataset } from "../../synthetic/generate-dataset.js";
import { AdjacencyGraph } from "./adjacency-graph.js";
import { defaultIndexWorker, IndexBuilder, runPausing } from "./build-off-thread.js";
import { FoldedNames } from "./folded-names.js";
import { MemoryStore } from "./memory-store.js";
import { buildSearchArrays, encodeNames, type NameInput } from "./search-arrays.js";
import { buildTimelineArrays, gatherTimeline, type TimelineInput } from "./timeline-index.js";

const dataset = generateDataset({ nodes: 3_000, seed: 17 });
let directory: string;
let workerFile: URL;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "entente-index-worker-"));
  const outfile = join(directory, "index-worker.mjs");
  await build({
    entryPoints: [new URL("./index-worker.ts", import.meta.url).pathname],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "silent",
  });
  workerFile = pathToFileURL(outfile);
}, 60_000);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

const pause = () => Promise.resolve();

/** A copy whose buffers stay here when the original's are handed to the worker. */
function copy<T extends object>(input: T): T {
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [
      key,
      ArrayBuffer.isView(value) ? (value as Int32Array).slice() : value,
    ]),
  ) as T;
}

/**
 * Every array that comes back is in shared memory, which V8 does not count against
 * this thread's heap (shared-array.ts): none was copied or handed over.
 */
function expectShared(arrays: object): void {
  const views = Object.values(arrays).filter((value) => ArrayBuffer.isView(value));
  expect(views.length).toBeGreaterThan(5);
  for (const view of views) expect(view.buffer).toBeInstanceOf(SharedArrayBuffer);
}

describe("indexes built on a worker thread", () => {
  it("runs inline under the test runner, where only the TypeScript sources exist", () => {
    expect(defaultIndexWorker()).toBeUndefined();
  });

  it("builds the same search arrays as inline", async () => {
    const graph = new AdjacencyGraph(dataset.nodes, dataset.edges);
    const names = FoldedNames.of(graph.order, (i) => graph.nodeAt(i));
    const input: NameInput = await runPausing(
      encodeNames(names, (i) => graph.nodeAt(i).name.length),
      pause,
    );
    const inline = buildSearchArrays(copy(input));
    const builder = new IndexBuilder(workerFile);
    try {
      expect(builder.offThread).toBe(true);
      const offThread = await builder.search(input);
      expect(offThread).toStrictEqual(inline);
      // The names are shared with the worker, neither copied nor taken from the store;
      // the arrays made for the build went to it rather than being copied.
      expect(input.chars.buffer).toBe(names.chars.buffer);
      expect(input.chars.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(names.exact(foldText(dataset.nodes[0]?.name ?? ""))).not.toEqual([]);
      expect(input.aliasFlags.length).toBe(0);
      expectShared(offThread);
    } finally {
      await builder.close();
    }
  });

  it("builds the same timeline arrays as inline", async () => {
    const graph = new AdjacencyGraph(dataset.nodes, dataset.edges);
    const source = await runPausing(gatherTimeline(graph), pause);
    const input: TimelineInput = source.input;
    expect(input.earliest.length).toBeGreaterThan(100);
    const inline = buildTimelineArrays(copy(input));
    const builder = new IndexBuilder(workerFile);
    try {
      const offThread = await builder.timeline(input);
      expect(offThread).toStrictEqual(inline);
      expectShared(offThread);
    } finally {
      await builder.close();
    }
  });

  it("gives a store that answers as one whose indexes were built inline", async () => {
    const offThread = new MemoryStore(dataset, { indexWorker: workerFile });
    const inline = new MemoryStore(dataset, { indexWorker: false });
    await Promise.all([offThread.whenIndexed(), inline.whenIndexed()]);
    const texts = ["memorandum", "agency", "data", "a", "ka", "digital ministry", "zzz"];
    for (const node of dataset.nodes.slice(0, 40)) texts.push(node.name.split(" ")[0] ?? "");
    for (const text of texts) {
      const query = { text, limit: 10 };
      expect(await offThread.search(query), text).toStrictEqual(await inline.search(query));
    }
    for (const range of [
      { from: "2020-01-01", to: "2020-03-31" },
      { from: "2015-06-01" },
      { to: "2012-12-31" },
    ]) {
      for (const offset of [0, 7, 120]) {
        const query = { range, includeStatements: true, offset, limit: 25 };
        const page = await offThread.timeline(query);
        expect(page, JSON.stringify(query)).toStrictEqual(await inline.timeline(query));
      }
    }
  });

  it("builds on this thread when the worker cannot start, with the same answers", async () => {
    const missing = new URL("./no-such-worker.mjs", workerFile);
    const store = new MemoryStore(dataset, { indexWorker: missing });
    const inline = new MemoryStore(dataset, { indexWorker: false });
    await Promise.all([store.whenIndexed(), inline.whenIndexed()]);
    const query = { text: "memorandum", limit: 10 };
    expect(await store.search(query)).toStrictEqual(await inline.search(query));
  });
});
