/**
 * Reads at once (getNodesNow) keep the request's bounds: none past the deadline, none for
 * a heavy request (which takes the turn a batched read gives), and none when calls are
 * counted, so a count says what the request costs a store with round trips.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Deadline, DeadlineExceededError } from "../domain/deadline.js";
import { DEFAULT_SEED_DIR } from "../package-paths.js";
import { loadSeed } from "../seed/load-seed.js";
import { countStoreCalls } from "./count-store-calls.js";
import type { GraphStore } from "./graph-store.js";
import { MemoryStore } from "./memory/memory-store.js";
import { scopeStore } from "./request-scope.js";

let store: GraphStore;
beforeAll(async () => {
  store = new MemoryStore(await loadSeed({ seedDir: DEFAULT_SEED_DIR }), { indexWorker: false });
});

describe("reads at once within a request's scope", () => {
  it("answers at once, in order, with undefined for an unknown id", () => {
    const scoped = scopeStore(store, {
      deadline: new Deadline(60_000),
      yieldBeforeCalls: () => false,
    });
    expect(scoped.getNodesNow?.(["japan", "x", "g7"])?.map((each) => each?.id)).toEqual([
      "japan",
      undefined,
      "g7",
    ]);
  });

  it("refuses once the deadline has passed", () => {
    const scoped = scopeStore(store, { deadline: new Deadline(0), yieldBeforeCalls: () => false });
    expect(() => scoped.getNodesNow?.(["g7"])).toThrow(DeadlineExceededError);
  });

  it("leaves a heavy request to the batched read, which yields first", async () => {
    let heavy = false;
    const scoped = scopeStore(store, { yieldBeforeCalls: () => heavy });
    expect(scoped.getNodesNow?.(["g7"])).toHaveLength(1);
    heavy = true;
    expect(scoped.getNodesNow?.(["g7"])).toBeUndefined();
    expect((await scoped.getNodes(["g7"]))[0]?.id).toBe("g7");
  });

  it("is not offered when calls are counted, and is no call of its own", async () => {
    const counted = countStoreCalls(store);
    expect(counted.store.getNodesNow).toBeUndefined();
    await counted.store.getNodes(["g7"]);
    expect(counted.count()).toBe(1);
  });
});
