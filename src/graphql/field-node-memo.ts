import type { FieldNode, GraphQLSchema } from "graphql";

/**
 * A value worked out once per schema and parsed field: what a resolver learns from the
 * shape of a query (which fields it reads) does not change between requests that send the
 * same document. Keyed weakly, so an entry lives as long as the parsed document does, and
 * the document cache's own bound is the bound of this one.
 */
export class FieldNodeMemo<T> {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<FieldNode, T>>();

  get(schema: GraphQLSchema, field: FieldNode, compute: () => T): T {
    let byField = this.bySchema.get(schema);
    if (!byField) {
      byField = new WeakMap();
      this.bySchema.set(schema, byField);
    }
    if (byField.has(field)) return byField.get(field) as T;
    const value = compute();
    byField.set(field, value);
    return value;
  }
}
