/** Relay connections over offset pages, the same shape for every list. */
import { type CursorBinding, encodeCursor } from "../cursor.js";

export interface Connection<E> {
  edges: (E & { cursor: string })[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function toConnection<T, E>(
  items: readonly T[],
  offset: number,
  totalCount: number,
  toEdge: (item: T) => E,
  binding: CursorBinding,
): Connection<E> {
  const edges = items.map((item, index) => ({
    ...toEdge(item),
    cursor: encodeCursor(binding, offset + index),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
