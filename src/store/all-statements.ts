/**
 * Every node and relationship of a store, read page by page through the store interface,
 * for checks over the whole graph (the verification lists of docs/decisions/0008).
 */
import type { Statement } from "../domain/claims.js";
import type { GraphStore } from "./graph-store.js";

/** Nodes by id, then relationships by date and id; `pageSize` items per store call. */
export async function allStatements(store: GraphStore, pageSize = 1000): Promise<Statement[]> {
  const statements: Statement[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listNodes({
      filter: {},
      sort: { field: "ID", descending: false },
      offset,
      limit: pageSize,
    });
    statements.push(...page.items.map((match) => match.node));
    if (page.items.length === 0 || offset + page.items.length >= page.totalCount) break;
  }
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listEdges({ filter: {}, offset, limit: pageSize });
    statements.push(...page.items);
    if (page.items.length === 0 || offset + page.items.length >= page.totalCount) break;
  }
  return statements;
}
