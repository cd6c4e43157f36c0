/**
 * The word index yields the entries with a word starting with a prefix best first (score,
 * then name length, then entry), each once at its best score, as ranking every name by
 * hand does, whether its ranks fit in two bytes or names are long enough to need four.
 */
import { describe, expect, it } from "vitest";
import { foldText } from "../../domain/fold-text.js";
import type { GraphNode } from "../../domain/graph-types.js";
import { FoldedNames } from "./folded-names.js";
import { buildSearchArrays, encodeNames } from "./search-arrays.js";
import { runToEnd } from "./time-slice.js";
import { WordIndex } from "./word-index.js";

const node = (id: string, name: string, aliases: string[] = []): GraphNode => ({
  id,
  category: "Agreement",
  kind: "MEMORANDUM",
  name,
  aliases,
  evidence: [],
});

/** Each entry's best one-word score for `prefix`, as word-index.ts states the rule. */
function byHand(nodes: readonly GraphNode[], prefix: string): { entry: number; score: number }[] {
  const hits: { entry: number; score: number; length: number }[] = [];
  nodes.forEach((each, entry) => {
    let best = -1;
    [each.name, ...each.aliases, each.id].forEach((text, k) => {
      const tokens = foldText(text).split(" ");
      tokens.forEach((token, position) => {
        if (token === "" || !token.startsWith(prefix)) return;
        const score =
          (position === 0 ? 80 : 60 - Math.min(10, tokens.length - 1)) - (k > 0 ? 5 : 0);
        best = Math.max(best, score);
      });
    });
    if (best >= 0) hits.push({ entry, score: best, length: each.name.length });
  });
  hits.sort((a, b) => b.score - a.score || a.length - b.length || a.entry - b.entry);
  return hits.map(({ entry, score }) => ({ entry, score }));
}

function indexOf(nodes: readonly GraphNode[]) {
  const names = FoldedNames.of(nodes.length, (i) => nodes[i] as GraphNode);
  const arrays = buildSearchArrays(
    runToEnd(encodeNames(names, (i) => (nodes[i] as GraphNode).name.length)),
  );
  return { arrays, index: WordIndex.of(arrays) };
}

describe("best-first one-word search", () => {
  const nodes = [
    node("mou-1", "Memorandum on semiconductors"),
    node("pact-1", "Digital Partnership memorandum", ["EU–Japan memo"]),
    node("memo-3", "Semiconductor supply pact"),
    node("mou-4", "Memorandum"),
    node("council-5", "Trade and Technology Council, first meeting of the memorandum group"),
    node("x-6", "Data flows"),
  ];

  it("ranks by score, then name length, then entry, each entry once", () => {
    const { arrays, index } = indexOf(nodes);
    expect(arrays.wordRanks).toBeInstanceOf(Uint16Array);
    for (const prefix of ["memo", "semi", "d", "data", "pact", "zzz", "m"]) {
      expect([...index.best(prefix)], prefix).toStrictEqual(byHand(nodes, prefix));
    }
  });

  it("keeps ranks in four bytes where a name is too long for two, with the same answers", () => {
    const long = [...nodes, node("long-7", `Memorandum ${"of understanding ".repeat(50)}`)];
    const { arrays, index } = indexOf(long);
    expect(arrays.wordRanks).toBeInstanceOf(Uint32Array);
    for (const prefix of ["memo", "under", "semi", "of"]) {
      expect([...index.best(prefix)], prefix).toStrictEqual(byHand(long, prefix));
    }
  });
});
