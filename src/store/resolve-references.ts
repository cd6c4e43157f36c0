/**
 * How every entry point (GraphQL filters, traversals and lookups, the export route, the
 * CLI) turns references typed by a person into node ids, so they all agree on what
 * "Japan's AI Safety Institute" means: ids, names and aliases first; failing those, the
 * best search hit. A reference that matches nothing is a BAD_USER_INPUT naming its
 * argument and the closest names ("no actor named "Japn"; did you mean Japan?"). All the
 * references of one call are resolved in one store call (one round trip); only those
 * that name nothing cost more (a search each, and the suggestions' searches).
 */
import { boundedEditDistance } from "../domain/edit-distance.js";
import { BadUserInputError } from "../domain/errors.js";
import { foldText } from "../domain/fold-text.js";
import type { GraphNode } from "../domain/graph-types.js";
import { MAX_SUGGESTIONS } from "../domain/limits.js";
import { quoteValue } from "../domain/quote-value.js";
import type { NodeCategory } from "../domain/vocabulary.js";
import type { GraphStore } from "./graph-store.js";

export interface Reference {
  /** The argument it came from, named in the error when it matches nothing. */
  readonly argument: string;
  readonly text: string;
  /** Only nodes of these categories count (all when absent). */
  readonly categories?: readonly NodeCategory[];
  /** Whether a search hit may stand in when no id, name or alias matches (default true). */
  readonly searchFallback?: boolean;
}

/** What a reference stands for: its ids, and whether an id, name or alias matched (not search). */
export interface Resolved {
  readonly ids: string[];
  readonly exact: boolean;
}

/** The ids each reference stands for, in order; the first reference that names nothing throws. */
export async function resolveReferences(
  store: GraphStore,
  references: readonly Reference[],
): Promise<string[][]> {
  const results = await resolveEach(store, references);
  return results.map((result) => {
    if (result instanceof Error) throw result;
    return result.ids;
  });
}

/** Each reference's ids, or the BAD_USER_INPUT it earns, in order (for DataLoader batches). */
export async function resolveEach(
  store: GraphStore,
  references: readonly Reference[],
): Promise<(Resolved | BadUserInputError)[]> {
  const texts = references.map(({ text }) => text.trim());
  if (texts.length === 0) return [];
  const nonBlank = texts.filter((text) => text !== "");
  const resolved = nonBlank.length > 0 ? await store.resolve(nonBlank) : [];
  const idsOf = new Map<string, string[]>();
  for (const [index, text] of nonBlank.entries()) idsOf.set(text, resolved[index] ?? []);
  const categoryOf = await categoriesOf(
    store,
    references.some((reference) => reference.categories) ? resolved.flat() : [],
  );
  return Promise.all(
    references.map(async (reference, index): Promise<Resolved | BadUserInputError> => {
      const text = texts[index] ?? "";
      if (text === "") return new BadUserInputError(reference.argument, "must not be blank");
      const named = idsOf.get(text) ?? [];
      const wanted = reference.categories;
      const ids = wanted
        ? named.filter((id) => wanted.includes(categoryOf.get(id) as NodeCategory))
        : named;
      if (ids.length > 0) return { ids, exact: true };
      if (named.length > 0 && wanted) {
        const other = categoryOf.get(named[0] as string) ?? "node";
        return new BadUserInputError(
          reference.argument,
          `${quoteValue(text)} is ${article(noun([other as NodeCategory]))}, not ${article(noun(wanted))}`,
        );
      }
      if (reference.searchFallback ?? true) {
        const [hit] = await store.search({ text, categories: wanted, limit: 1 });
        if (hit) return { ids: [hit.node.id], exact: false };
      }
      const closest = await closestNames(store, text, wanted);
      const hint = closest.length > 0 ? `; did you mean ${orList(closest)}?` : "";
      return new BadUserInputError(
        reference.argument,
        `no ${noun(wanted)} has the id, name or alias ${quoteValue(text)}${hint}`,
      );
    }),
  );
}

async function categoriesOf(
  store: GraphStore,
  ids: readonly string[],
): Promise<Map<string, NodeCategory>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const nodes = await store.getNodes(unique);
  return new Map(
    nodes
      .filter((node): node is GraphNode => node !== undefined)
      .map((node) => [node.id, node.category]),
  );
}

/** "actor", "topic"… for one category; "node" for several or none. */
export function noun(categories: readonly NodeCategory[] | undefined): string {
  const [only, ...rest] = categories ?? [];
  return only && rest.length === 0 ? only.toLowerCase() : "node";
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function orList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/** How many edits a name may be from the text to be suggested: one per three characters, at least one. */
function allowedEdits(folded: string): number {
  return Math.max(1, Math.floor(folded.length / 3));
}

/**
 * The names (of nodes of `categories`) closest to `text` by edit distance, after folding:
 * at most MAX_SUGGESTIONS, nearest first, then shorter, then alphabetical. Candidates are
 * the search hits for the text's first and last three characters (both stores rank them
 * alike), so a slip anywhere but at both ends at once is found.
 */
export async function closestNames(
  store: GraphStore,
  text: string,
  categories?: readonly NodeCategory[],
): Promise<string[]> {
  const folded = foldText(text);
  if (folded === "") return [];
  // Short texts ("G8") are probed by their first character alone.
  const ends = folded.length > 3 ? [folded.slice(0, 3), folded.slice(-3)] : [folded.slice(0, 1)];
  const probes = [...new Set(ends.map((probe) => probe.trim()))].filter((probe) => probe !== "");
  const hits = (
    await Promise.all(probes.map((probe) => store.search({ text: probe, categories, limit: 50 })))
  ).flat();
  const max = allowedEdits(folded);
  const best = new Map<string, number>();
  for (const hit of hits) {
    for (const name of [hit.node.name, ...hit.node.aliases]) {
      const distance = boundedEditDistance(folded, foldText(name), max);
      if (distance > max) continue;
      // An alias is shown with the name it stands for: "G7 (Group of Seven)".
      const shown = name === hit.node.name ? name : `${name} (${hit.node.name})`;
      const known = best.get(shown);
      if (known === undefined || distance < known) best.set(shown, distance);
    }
  }
  return [...best]
    .sort(([a, da], [b, db]) => da - db || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_SUGGESTIONS)
    .map(([name]) => name);
}
