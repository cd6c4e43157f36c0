/**
 * The loader sends each batch as one list per property key (propertyColumns): a row that
 * lacks a key reads null there, which sets nothing, and a key the statements do not set
 * is refused rather than dropped.
 */
import { describe, expect, it } from "vitest";
import { propertyColumns } from "../../src/store/neo4j/load-into-neo4j.js";
import { EDGE_PROPERTY_KEYS, edgeToProps } from "../../src/store/neo4j/record-mapping.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";

describe("a staging batch as columns", () => {
  it("holds one entry per row under every key, null where the row lacks the key", () => {
    const columns = propertyColumns(
      [{ id: "a", role: "host" }, { id: "b" }],
      ["id", "role", "status"],
    );
    expect(columns).toEqual({ id: ["a", "b"], role: ["host", null], status: [null, null] });
  });

  it("refuses a property outside the keys the statements set, naming it", () => {
    expect(() => propertyColumns([{ id: "a", colour: "red" }], ["id"])).toThrow(/colour/);
  });

  it("keeps every property a generated relationship is written with", () => {
    const edges = generateDataset({ nodes: 200, seed: 9 }).edges;
    const rows = edges.map(edgeToProps);
    const columns = propertyColumns(rows, EDGE_PROPERTY_KEYS);
    rows.forEach((row, index) => {
      for (const [key, value] of Object.entries(row)) expect(columns[key]?.[index]).toEqual(value);
    });
  });
});
