/**
 * Operations compiled by graphql-jit, kept so that a repeated document is compiled once.
 * Compiling costs far more than running (it generates and evaluates JavaScript), and the
 * clients that matter send the same few documents again and again with other variables.
 * The key is chosen by clients (their query text's hash and operation name), so the
 * cache is bounded in bytes, not entries: an estimate of the heap a compiled operation
 * holds, from the length of its query text (COMPILED_QUERY_CACHE_BYTES).
 */
import type { DocumentNode, GraphQLSchema } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { LRUCache } from "lru-cache";
import { COMPILED_QUERY_CACHE_BYTES, stringBytes } from "../domain/limits.js";

/**
 * Heap per character of query text. Measured with `--expose-gc` over 2,400 distinct
 * compilations of the example questions (docs/examples, 413 characters on average): 56
 * bytes a character, 23 kB an operation, once compiled. V8's code for the generated
 * functions comes on top once they run and are optimised, hence the margin.
 */
export const COMPILED_BYTES_PER_CHARACTER = 200;
/** lru-cache's bookkeeping, the entry object and the compiled query's own object. */
const ENTRY_OVERHEAD = 512;

/** A compiled operation, or none when graphql-jit cannot compile it (graphql-js runs it then). */
interface Entry {
  readonly query: CompiledQuery | undefined;
  readonly bytes: number;
}

export class CompiledOperations {
  private readonly entries: LRUCache<string, Entry>;

  constructor(
    private readonly schema: GraphQLSchema,
    readonly maxBytes: number = COMPILED_QUERY_CACHE_BYTES,
  ) {
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.bytes });
  }

  /**
   * The operation `operationName` of `document` compiled, remembered by `documentKey` (the
   * hash of the query text); undefined when graphql-jit declines it, which is remembered too.
   */
  get(
    document: DocumentNode,
    documentKey: string,
    operationName: string | undefined,
  ): CompiledQuery | undefined {
    const key = `${documentKey}\n${operationName ?? ""}`;
    const known = this.entries.get(key);
    if (known) return known.query;
    const query = compile(this.schema, document, operationName);
    const text = document.loc?.source.body.length ?? 0;
    const bytes =
      stringBytes(key) +
      ENTRY_OVERHEAD +
      (query ? COMPILED_BYTES_PER_CHARACTER * Math.max(text, 1) : 0);
    // Larger than the whole bound: run it compiled this once, keep nothing.
    if (bytes <= this.maxBytes) this.entries.set(key, { query, bytes });
    return query;
  }

  /** Estimated bytes held, as the bound counts them. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }

  /** How many operations are held (compiled or declined). */
  get size(): number {
    return this.entries.size;
  }
}

function compile(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
): CompiledQuery | undefined {
  try {
    const compiled = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiled) ? compiled : undefined;
  } catch {
    // Something graphql-jit does not support: graphql-js answers it, as it always could.
    return undefined;
  }
}
