/**
 * The memory store's search narrows candidates through a trigram index; these
 * tests check it finds exactly what ranking every node's names would find.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { foldText } from "../../src/domain/fold-text.js";
import type { GraphNode } from "../../src/domain/graph-types.js";
import type { NodeCategory, NodeKind } from "../../src/domain/vocabulary.js";
import type { SearchHit } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { foldNames, rankNames } from "../../src/store/memory/rank-search.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";
import { seededRandom } from "../../src/synthetic/random.js";

const dataset = generateDataset({ nodes: 4_000, seed: 11 });
const store = new MemoryStore(dataset);
// The comparisons below are about the indexes, which are built in the background.
beforeAll(() => store.whenIndexed());

/** Ranks every node: what search returned before it had an index. */
function scanAll(
  text: string,
  limit: number,
  categories?: readonly NodeCategory[],
  kinds?: readonly NodeKind[],
): SearchHit[] {
  const folded = foldText(text);
  if (folded === "") return [];
  const hits: SearchHit[] = [];
  for (const node of dataset.nodes) {
    if (categories && !categories.includes(node.category)) continue;
    if (kinds && !kinds.includes(node.kind)) continue;
    const rank = rankNames(folded, foldNames(node.name, node.aliases, node.id));
    if (rank) hits.push({ node, ...rank });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.node.name.length - b.node.name.length ||
      (a.node.id < b.node.id ? -1 : 1),
  );
  return hits.slice(0, limit);
}

const summary = (hits: readonly SearchHit[]) =>
  hits.map((hit) => `${hit.node.id} ${hit.score} ${hit.matched}`);

/** Queries of every kind, taken from the generated names so that most of them match. */
function queries(count: number): string[] {
  const random = seededRandom(5);
  const pick = (): GraphNode =>
    dataset.nodes[Math.floor(random() * dataset.nodes.length)] as GraphNode;
  const texts = ["a", "ka", "of", "zzzz", "Data Agency", "ministry semicon", "’", "actor 0001"];
  for (let i = 0; i < count; i++) {
    const node = pick();
    const name = [node.name, ...node.aliases][Math.floor(random() * (1 + node.aliases.length))];
    const words = (name ?? node.name).split(" ");
    const at = Math.floor(random() * words.length);
    const word = words[at] ?? "";
    switch (i % 6) {
      case 0:
        texts.push(name ?? node.name); // exact
        break;
      case 1:
        texts.push(word.slice(0, 1 + Math.floor(random() * word.length))); // a word's prefix
        break;
      case 2:
        texts.push(word.slice(Math.floor(word.length / 2))); // inside a word: substring only
        break;
      case 3:
        texts.push(words.slice(at).join(" ").toUpperCase()); // tail of the name, other case
        break;
      case 4:
        texts.push(`${words.at(-1)} ${words[0]}`); // words out of order
        break;
      default:
        texts.push(node.id.slice(node.id.length - 4)); // part of an id
    }
  }
  return texts;
}

describe("memory store search with its trigram index", () => {
  it("answers before its indexes are built, by ranking every name", async () => {
    const fresh = new MemoryStore(dataset);
    const hits = await fresh.search({ text: "Data Agency", limit: 25 });
    expect(hits.length).toBeGreaterThan(0);
    expect(summary(hits)).toEqual(summary(scanAll("Data Agency", 25)));
  });

  it("finds the same hits, scores and order as ranking every node, for 300 kinds of query", async () => {
    let nonEmpty = 0;
    for (const text of queries(300)) {
      const hits = await store.search({ text, limit: 25 });
      if (hits.length > 0) nonEmpty++;
      expect(summary(hits), text).toEqual(summary(scanAll(text, 25)));
    }
    // The comparison means something only if most queries find nodes.
    expect(nonEmpty).toBeGreaterThan(250);
    // 300 reference scans of every name: over 20 s on a machine at load 15.
  }, 60_000);

  it("applies category and kind filters to the indexed candidates as the scan does", async () => {
    for (const text of queries(60)) {
      const byCategory = await store.search({ text, limit: 10, categories: ["Agreement"] });
      expect(summary(byCategory), text).toEqual(summary(scanAll(text, 10, ["Agreement"])));
      const byKind = await store.search({ text, limit: 10, kinds: ["AGENCY", "FORUM"] });
      expect(summary(byKind), text).toEqual(
        summary(scanAll(text, 10, undefined, ["AGENCY", "FORUM"])),
      );
    }
  });

  it("finds a name from a fragment inside one of its words, which no word index would", async () => {
    const node = dataset.nodes.find((n) => n.kind === "COUNTRY" && n.name.length >= 8) as GraphNode;
    const inside = node.name.slice(3, 7);
    const hits = await store.search({ text: inside, limit: 1_000 });
    expect(hits.map((hit) => hit.node.id)).toContain(node.id);
  });
});
