/**
 * A node the request has already read is handed to the next field that asks for it at
 * once, as a value rather than a promise (request-context.ts), and with the same answer;
 * so is a node the store holds in this process (getNodesNow), without a batch.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Loaders } from "../../src/graphql/request-context.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { batchedOnly } from "../support/batched-only.js";
import { interceptStore } from "../support/intercept-store.js";

describe("nodes a request has read", () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = new MemoryStore(await loadSeed({ seedDir: DEFAULT_SEED_DIR }));
  });

  it("come back at once, without asking the store again", async () => {
    const calls: string[] = [];
    const loaders = new Loaders(interceptStore(batchedOnly(store), (method) => calls.push(method)));
    const first = loaders.node("g7");
    expect(first).toBeInstanceOf(Promise);
    const g7 = await first;
    expect(g7?.id).toBe("g7");
    expect(loaders.node("g7")).toBe(g7);
    expect(loaders.nodeList(["g7", "g7"])).toEqual([g7, g7]);
    expect(calls).toEqual(["getNodes"]);
  });

  it("come at once from a store that holds them, one read per question, unknown ids too", () => {
    const calls: string[] = [];
    const loaders = new Loaders(interceptStore(store, (method) => calls.push(method)));
    const g7 = loaders.node("g7");
    expect(g7).not.toBeInstanceOf(Promise);
    expect((g7 as { id: string } | undefined)?.id).toBe("g7");
    expect(loaders.node("g7")).toBe(g7);
    expect(loaders.node("no-such-node")).toBeUndefined();
    const list = loaders.nodeList(["g7", "japan", "no-such-node"]);
    expect(Array.isArray(list)).toBe(true);
    expect((list as ({ id: string } | undefined)[]).map((node) => node?.id)).toEqual([
      "g7",
      "japan",
      undefined,
    ]);
    expect(calls).toEqual(["getNodesNow", "getNodesNow", "getNodesNow"]);
  });

  it("include the far ends of the relationships read, and only nodes that exist", async () => {
    const loaders = new Loaders(batchedOnly(store));
    const [links] = await Promise.all([
      loaders.neighbours({ direction: "BOTH", limit: 50 }).load("g7"),
    ]);
    expect(links?.length).toBeGreaterThan(0);
    const ids = (links ?? []).map((link) => link.node.node.id);
    expect(Array.isArray(loaders.nodeList(ids))).toBe(true);
    const missing = loaders.nodeList([...ids, "no-such-node"]);
    expect(missing).toBeInstanceOf(Promise);
    expect((await missing).at(-1)).toBeUndefined();
  });
});
