/** Relay connections over offset pages, the same shape for every list. */
import { type CursorBinding, cursorEncoder } from "../cursor.js";

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

/**
 * The connection of one page. `toEdge` makes a new object per item (each caller builds
 * one): the cursor is added to it rather than to a copy, since a page of a hundred
 * edges would otherwise allocate every edge twice.
 */
export function toConnection<T, E extends object>(
  items: readonly T[],
  offset: number,
  totalCount: number,
  toEdge: (item: T) => E,
  binding: CursorBinding,
): Connection<E> {
  const cursorAt = cursorEncoder(binding);
  const edges = items.map((item, index) => {
    const edge = toEdge(item) as E & { cursor: string };
    edge.cursor = cursorAt(offset + index);
    return edge;
  });
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
