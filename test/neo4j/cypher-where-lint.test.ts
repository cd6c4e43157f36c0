/**
 * The statements the Neo4j adapter writes for `where` trees, checked by Neo4j's own
 * parser and semantic analyser as test/neo4j/cypher-lint.test.ts checks the constant
 * ones. Their text follows the tree's shape, so the trees below hold every kind of
 * condition (each operator, quantifier, direction, relationship conditions, nesting to
 * the deepest level allowed); values never appear in the text.
 */
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { MAX_WHERE_DEPTH } from "../../src/domain/limits.js";
import type { NodeWhere } from "../../src/store/graph-store.js";
import { dbSchemaFor } from "../../src/store/neo4j/cypher-db-schema.js";
import type { CypherStatement } from "../../src/store/neo4j/cypher-statement.js";
import {
  listNodesStatement,
  listSummaryStatement,
  neighbourPagesStatement,
  neighboursStatement,
} from "../../src/store/neo4j/cypher-statements.js";
import { compileWhere } from "../../src/store/neo4j/cypher-where.js";

const may = { earliest: "2024-05-01", latest: "2024-05-31" };

/** Every kind of condition at least once. */
const TREES: Record<string, NodeWhere> = {
  "own properties": {
    ids: ["japan"],
    name: { in: ["japan"], contains: "ap", startsWith: "j", endsWith: "n" },
    kinds: ["COUNTRY"],
    statuses: ["PLANNED"],
    date: { lt: may, lte: may, gt: may, gte: may },
  },
  "AND, OR (also empty), NOT": {
    AND: [{ kinds: ["COUNTRY"] }, {}],
    OR: [{ name: { contains: "eu" } }, { NOT: { ids: ["g7"] } }],
    NOT: { OR: [] },
  },
  "every quantifier and direction, with relationship conditions": {
    related: [
      { types: ["PARTY_TO"], direction: "IN", quantifier: "SOME", node: { kinds: ["COUNTRY"] } },
      { types: ["PARTY_TO"], direction: "OUT", quantifier: "ALL" },
      { types: ["SIGNED_AT"], direction: "IN", statuses: ["SIGNED"], quantifier: "ALL" },
      { types: ["COORDINATES_WITH"], direction: "BOTH", quantifier: "NONE", node: {} },
      {
        types: ["PARTICIPATES_IN", "PARTY_TO"],
        direction: "IN",
        quantifier: "SINGLE",
        edge: {
          statuses: ["PLANNED"],
          date: { lt: may, gte: may },
          role: { in: ["party"], contains: "sign", startsWith: "s", endsWith: "y" },
        },
        node: { name: { startsWith: "j" } },
      },
    ],
  },
};

/** The deepest tree the API accepts: a relationship at every level. */
let deepest: NodeWhere = { name: { in: ["x"] } };
for (let level = 1; level < MAX_WHERE_DEPTH; level++) {
  deepest = {
    NOT: { ids: ["y"] },
    related: [{ types: ["PART_OF"], direction: "OUT", quantifier: "SOME", node: deepest }],
  };
}
TREES["nested to the deepest level"] = deepest;

function problems(candidate: CypherStatement): string[] {
  const result = lintCypherQuery(candidate.text, dbSchemaFor(candidate) as never);
  const found = result.diagnostics.map((diagnostic) => {
    const near = candidate.text.slice(diagnostic.offsets.start, diagnostic.offsets.end);
    return `${diagnostic.message} (at "${near}")`;
  });
  if ((result.symbolTables ?? []).flat().length === 0)
    found.push("the analyser returned no symbol table, so it did not check this statement");
  return found;
}

// The analyser is slow to load and these statements are long: minutes, not the default 20 s.
describe("statements with a where tree", { timeout: 180_000 }, () => {
  it.each(Object.entries(TREES))("%s: listNodes passes Neo4j's analyser", (_name, tree) => {
    expect(problems(listNodesStatement(tree))).toEqual([]);
  });

  it.each(Object.entries(TREES))("%s: neighbours passes Neo4j's analyser", (_name, tree) => {
    expect(problems(neighboursStatement(tree))).toEqual([]);
  });

  it.each(Object.entries(TREES))("%s: neighbourPages passes Neo4j's analyser", (_name, tree) => {
    expect(problems(neighbourPagesStatement(tree))).toEqual([]);
  });

  it.each(Object.entries(TREES))("%s: listSummary passes Neo4j's analyser", (_name, tree) => {
    expect(problems(listSummaryStatement(tree))).toEqual([]);
  });

  it("carry no value in their text, only positions in whereValues", () => {
    for (const tree of Object.values(TREES)) {
      const { text, values } = compileWhere("n", tree, "$filter.whereValues");
      expect(values.length).toBeGreaterThan(0);
      for (const value of ["japan", "eu", "sign", "party", "2024"]) {
        expect(text).not.toContain(`'${value}`);
        expect(text).not.toContain(`"${value}`);
      }
      expect(text).not.toMatch(/\d{4}-\d{2}/);
    }
  });
});
