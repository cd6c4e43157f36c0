/**
 * How every entry point (GraphQL, the export route, the CLI) turns references typed by
 * a person into node ids, so they all agree on what "Japan's AI Safety Institute" means:
 * ids, names and aliases first; failing those, the best search hit. A reference that
 * matches nothing is a BAD_USER_INPUT naming its argument. All the references of one
 * request are resolved in one store call (one round trip); only those that name nothing
 * cost a search each.
 */
import { BadUserInputError } from "../domain/errors.js";
import { quoteValue } from "../domain/quote-value.js";
import type { GraphStore } from "./graph-store.js";

export interface Reference {
  /** The argument it came from, named in the error when it matches nothing. */
  readonly argument: string;
  readonly text: string;
}

/** The ids each reference stands for, in order. */
export async function resolveReferences(
  store: GraphStore,
  references: readonly Reference[],
): Promise<string[][]> {
  const texts = references.map(({ argument, text }) => {
    const trimmed = text.trim();
    if (trimmed === "") throw new BadUserInputError(argument, "must not be blank");
    return trimmed;
  });
  if (texts.length === 0) return [];
  const resolved = await store.resolve(texts);
  return Promise.all(
    references.map(async ({ argument }, index) => {
      const ids = resolved[index] ?? [];
      if (ids.length > 0) return ids;
      const text = texts[index] ?? "";
      const [hit] = await store.search({ text, limit: 1 });
      if (!hit) {
        throw new BadUserInputError(
          argument,
          `no node has the id, name or alias ${quoteValue(text)}`,
        );
      }
      return [hit.node.id];
    }),
  );
}
