/**
 * The folded names kept in typed arrays give what folding each node's names as strings
 * gives: the same folded names in the same order, the same answer to whether one
 * contains a text, and for an exact look-up the nodes a map from folded name to nodes
 * would list.
 */
import { describe, expect, it } from "vitest";
import { foldText } from "../../domain/fold-text.js";
import type { GraphNode } from "../../domain/graph-types.js";
import { generateDataset } from "../../synthetic/generate-dataset.js";
import { FoldedNames } from "./folded-names.js";
import { foldNames } from "./rank-search.js";

const node = (id: string, name: string, aliases: string[] = []): GraphNode => ({
  id,
  category: "Actor",
  kind: "COUNTRY",
  name,
  aliases,
  evidence: [],
});

describe("folded names in typed arrays", () => {
  const nodes = [
    node("eu", "European Union", ["EU", "Union européenne"]),
    node("fr", "France"),
    // Folding lengthens these (a ligature becomes three letters): the code units outgrow their first array.
    node("ja", "Japan’s AI Safety Institute", ["AISI", "ﬃ".repeat(20)]),
    node("jp", "Japan", ["Nippon"]),
    node("nippon", "Nippon", ["Japan", "Nippon"]),
    node("x", "!!!"),
  ];
  const names = FoldedNames.of(nodes.length, (i) => nodes[i] as GraphNode);

  it("keeps each node's name, aliases and id folded, in that order", () => {
    nodes.forEach((each, i) => {
      expect(names.namesOf(i, each)).toStrictEqual(foldNames(each.name, each.aliases, each.id));
    });
  });

  it("finds every node with a name, alias or id that folds to the text, each once, in order", () => {
    expect(names.exact("japan")).toStrictEqual([3, 4]);
    expect(names.exact("nippon")).toStrictEqual([3, 4]);
    expect(names.exact(foldText("Union Européenne"))).toStrictEqual([0]);
    expect(names.exact("ffi".repeat(20))).toStrictEqual([2]);
    expect(names.exact("japans ai safety institute")).toStrictEqual([2]);
    expect(names.exact("")).toStrictEqual([5]);
    expect(names.exact("japa")).toStrictEqual([]);
    expect(names.exact("japan ")).toStrictEqual([]);
  });

  it("tells whether one of a node's folded names contains a text", () => {
    expect(names.contains(0, "union europeenne")).toBe(true);
    expect(names.contains(0, "eu")).toBe(true);
    expect(names.contains(0, "ne")).toBe(true);
    expect(names.contains(0, "japan")).toBe(false);
    expect(names.contains(2, "s ai saf")).toBe(true);
    expect(names.contains(2, "aisi")).toBe(true);
    expect(names.contains(2, "ja")).toBe(true);
    expect(names.contains(3, "japan nippon")).toBe(false);
    expect(names.contains(5, "x")).toBe(true);
    expect(names.contains(5, "!")).toBe(false);
  });

  it("answers as a map from folded name to nodes on a generated graph", () => {
    const generated = generateDataset({ nodes: 2_000, seed: 5 }).nodes;
    const many = FoldedNames.of(generated.length, (i) => generated[i] as GraphNode);
    const reference = new Map<string, number[]>();
    generated.forEach((each, i) => {
      for (const { folded } of foldNames(each.name, each.aliases, each.id)) {
        const known = reference.get(folded) ?? [];
        if (known.at(-1) !== i) known.push(i);
        reference.set(folded, known);
      }
    });
    expect([...reference.values()].some((entries) => entries.length > 1)).toBe(true);
    for (const [folded, entries] of reference) expect(many.exact(folded)).toStrictEqual(entries);
    expect(many.exact("no such name")).toStrictEqual([]);
    for (const word of ["ka", "agency", "mem", "digital m", "0001", "zzz"]) {
      generated.forEach((each, i) => {
        const folded = foldNames(each.name, each.aliases, each.id).map((name) => name.folded);
        expect(many.contains(i, word)).toBe(folded.some((name) => name.includes(word)));
      });
    }
  });
});

describe("folded names' code units", () => {
  it("take a byte each while every one is below 256", () => {
    const nodes = [node("eu", "European Union", ["Union européenne"]), node("fr", "France")];
    const names = FoldedNames.of(nodes.length, (i) => nodes[i] as GraphNode);
    expect(names.chars).toBeInstanceOf(Uint8Array);
    expect(names.exact(foldText("Union européenne"))).toStrictEqual([0]);
  });

  it("take two each from the first that is not, and keep the names before it", () => {
    const nodes = [
      node("eu", "European Union", ["Union européenne"]),
      node("jp", "Japan", ["日本国"]),
      node("gr", "Greece", ["Ελλάδα"]),
    ];
    const names = FoldedNames.of(nodes.length, (i) => nodes[i] as GraphNode);
    expect(names.chars).toBeInstanceOf(Uint16Array);
    nodes.forEach((each, i) => {
      expect(names.namesOf(i, each)).toStrictEqual(foldNames(each.name, each.aliases, each.id));
    });
    expect(names.exact(foldText("Union européenne"))).toStrictEqual([0]);
    expect(names.exact(foldText("日本国"))).toStrictEqual([1]);
    expect(names.exact(foldText("ΕΛΛΆΔΑ"))).toStrictEqual([2]);
    expect(names.contains(1, foldText("日本"))).toBe(true);
  });
});
