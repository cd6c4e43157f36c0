/**
 * Ranks a node's names against a search text: exact before prefix before
 * word-prefix before substring, names slightly before aliases.
 */
import { foldText } from "../../domain/fold-text.js";

export interface FoldedName {
  readonly text: string;
  readonly folded: string;
  readonly isAlias: boolean;
}

export function foldNames(name: string, aliases: readonly string[], id: string): FoldedName[] {
  return [
    { text: name, folded: foldText(name), isAlias: false },
    ...aliases.map((alias) => ({ text: alias, folded: foldText(alias), isAlias: true })),
    { text: id, folded: foldText(id), isAlias: true },
  ];
}

/** Best score of `query` (already folded) over `names`, or undefined when nothing matches. */
export function rankNames(
  query: string,
  names: readonly FoldedName[],
): { score: number; matched: string } | undefined {
  const queryTokens = query.split(" ");
  let best: { score: number; matched: string } | undefined;
  for (const name of names) {
    const score = scoreOne(query, queryTokens, name.folded) - (name.isAlias ? 5 : 0);
    if (score > 0 && (!best || score > best.score)) best = { score, matched: name.text };
  }
  return best;
}

function scoreOne(query: string, queryTokens: readonly string[], candidate: string): number {
  // Every kind of match below contains the query's first word: most names fail here, cheaply.
  if (!candidate.includes(queryTokens[0] ?? query)) return 0;
  if (candidate === query) return 100;
  if (candidate.startsWith(query)) return 80;
  const tokens = candidate.split(" ");
  const prefixed = queryTokens.every((q) => tokens.some((token) => token.startsWith(q)));
  // Extra words in the name cost up to 10; a query with more words than the name gains nothing.
  if (prefixed) return 60 - Math.min(10, Math.max(0, tokens.length - queryTokens.length));
  if (candidate.includes(query)) return 40;
  return 0;
}
