/**
 * Estimated costs already computed, so that a repeated request skips the walk over its
 * document. The key is chosen by clients (their query text's hash, operation name and
 * variables), so the cache is bounded in bytes, not entries: whatever mix of documents
 * and variables arrives, it holds at most COST_CACHE_BYTES. Variables too long to be
 * worth keeping (text beyond the input limits, which the resolvers refuse anyway) are
 * estimated every time and never kept.
 */
import type { DocumentNode, GraphQLSchema } from "graphql";
import { LRUCache } from "lru-cache";
import type { GraphStatistics } from "../domain/graph-statistics.js";
import { COST_CACHE_BYTES, MAX_TEXT_LENGTH, stringBytes } from "../domain/limits.js";
import { type CostDriver, findCostDriver } from "./cost-driver.js";
import { queryCost } from "./query-limits.js";

/** Longest key kept: a handful of text arguments at their limit, with names and punctuation. */
const MAX_KEY_LENGTH = 10 * MAX_TEXT_LENGTH;
/** lru-cache's own bookkeeping per entry, and the entry object, counted with the key. */
const ENTRY_OVERHEAD = 96;
/** A driver's field name is the client's (an alias): counted at its longest. */
const DRIVER_BYTES = 256;

export interface CostEstimate {
  /** Undefined when the variables do not fit the operation (execution refuses them). */
  readonly cost: number | undefined;
  /** What drives a cost over the limit, and what would make it fit. */
  readonly driver?: CostDriver;
}

export class CostCache {
  private readonly costs: LRUCache<string, CostEstimate>;

  constructor(readonly maxBytes: number = COST_CACHE_BYTES) {
    this.costs = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (value, key) =>
        stringBytes(key) + ENTRY_OVERHEAD + (value.driver ? DRIVER_BYTES : 0),
    });
  }

  /**
   * queryCost, remembered for the same document (by `documentKey`, the hash of its text),
   * operation, variables and dataset (its statistics' version): with the driver of its
   * cost when it is over `maxCost`. Estimates that throw are not kept.
   */
  cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    documentKey: string,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
    maxCost: number,
    statistics?: GraphStatistics,
  ): CostEstimate {
    const key = `${documentKey}\n${statistics?.version ?? ""}\n${JSON.stringify([operationName ?? null, variables ?? {}])}`;
    const known = this.costs.get(key);
    if (known) return known;
    const options = { statistics };
    const cost = queryCost(schema, document, operationName, variables, maxCost, options);
    const driver =
      cost !== undefined && cost > maxCost
        ? findCostDriver(schema, document, operationName, variables, maxCost, cost, options)
        : undefined;
    const estimate = driver ? { cost, driver } : { cost };
    if (key.length <= MAX_KEY_LENGTH) this.costs.set(key, estimate);
    return estimate;
  }

  /** Estimated bytes held, as the bound counts them. */
  get bytes(): number {
    return this.costs.calculatedSize;
  }

  /** The keys held, least recently used last (for tests and diagnostics). */
  keys(): string[] {
    return [...this.costs.keys()];
  }
}
