/**
 * How every entry point (GraphQL, the export route, the CLI) turns a reference
 * typed by a person into node ids, so they all agree on what "Japan's AI Safety
 * Institute" means: ids, names and aliases first; failing those, the best
 * search hit. A reference that matches nothing is a BAD_USER_INPUT naming the argument.
 */
import { BadUserInputError } from "../domain/errors.js";
import { quoteValue } from "../domain/quote-value.js";
import type { GraphStore } from "./graph-store.js";

export async function resolveReference(
  store: GraphStore,
  argument: string,
  reference: string,
): Promise<string[]> {
  const text = reference.trim();
  if (text === "") throw new BadUserInputError(argument, "must not be blank");
  const [ids = []] = await store.resolve([text]);
  if (ids.length > 0) return ids;
  const [hit] = await store.search({ text, limit: 1 });
  if (!hit)
    throw new BadUserInputError(argument, `no node has the id, name or alias ${quoteValue(text)}`);
  return [hit.node.id];
}
