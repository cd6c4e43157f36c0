/**
 * Every statement the adapter can send is checked by Neo4j's own parser and semantic
 * analyser (`lintCypherQuery`) against our labels, relationship types, property keys and
 * each statement's parameters, before any server runs it.
 */
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { dbSchemaFor } from "../../src/store/neo4j/cypher-db-schema.js";
import type { CypherStatement } from "../../src/store/neo4j/cypher-statement.js";
import { PARAMETER_MAP, statement } from "../../src/store/neo4j/cypher-statement.js";
import { ALL_STATEMENTS, LIST_NODES } from "../../src/store/neo4j/cypher-statements.js";
import { shapedStatementsToCheck } from "../../src/store/neo4j/shaped-statements.js";

function problems(candidate: CypherStatement): string[] {
  const result = lintCypherQuery(candidate.text, dbSchemaFor(candidate) as never);
  const found = result.diagnostics.map((diagnostic) => {
    const near = candidate.text.slice(diagnostic.offsets.start, diagnostic.offsets.end);
    return `${diagnostic.message} (at "${near}")`;
  });
  // On some constructs (a subquery expression inside a CASE that reads a variable) the
  // analyser gives up without a word: no diagnostics and no symbol table. Every query
  // statement names variables, so an empty symbol table means it was not checked at all.
  const symbols = (result.symbolTables ?? []).flat();
  if (candidate.mode !== "SCHEMA" && symbols.length === 0)
    found.push("the analyser returned no symbol table, so it did not check this statement");
  // The analyser does not flag a declared parameter the text never uses; we do,
  // so the declared list stays exactly what the adapter passes and the text reads.
  for (const name of candidate.parameters) {
    if (!new RegExp(`\\$${PARAMETER_MAP}\\.${name}\\b`).test(candidate.text))
      found.push(`parameter $${name} is declared but not used`);
  }
  return found;
}

describe("every Cypher statement of the Neo4j adapter", () => {
  it("has a unique name, so failures point at one statement", () => {
    const names = ALL_STATEMENTS.map((candidate) => candidate.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(ALL_STATEMENTS.map((candidate) => [candidate.name, candidate] as const))(
    "%s passes Neo4j's analyser with no error or warning",
    (_name, candidate) => {
      expect(problems(candidate)).toEqual([]);
    },
    // The analyser takes seconds on the longest statements, more on a busy two-core machine.
    60_000,
  );
});

describe("the statements written for the shape of a call (lists and links)", () => {
  it.each(shapedStatementsToCheck())(
    "%s passes Neo4j's analyser with no error or warning",
    (_label, candidate) => {
      expect(problems(candidate)).toEqual([]);
    },
    60_000,
  );
});

describe("the lint check itself", () => {
  it("rejects a syntax error", () => {
    const broken = statement("broken", "READ", [], "MATCH (n:Entity RETURN n");
    expect(problems(broken).join("\n")).toMatch(/Invalid input/);
  });

  it("rejects an undefined variable", () => {
    const broken = statement("broken", "READ", [], "MATCH (n:Entity) RETURN m");
    expect(problems(broken).join("\n")).toMatch(/Variable `m` not defined/);
  });

  it("rejects a label and a relationship type outside the vocabulary", () => {
    const broken = statement(
      "broken",
      "READ",
      [],
      "MATCH (n:Actr)-[:PART_OFF]->(m:Entity) RETURN n, m",
    );
    const found = problems(broken).join("\n");
    expect(found).toMatch(/Label Actr is not present/);
    expect(found).toMatch(/Relationship type PART_OFF is not present/);
  });

  it("rejects a property key the adapter never writes", () => {
    const broken = statement("broken", "READ", [], "MATCH (n:Entity) RETURN n.colour");
    expect(problems(broken).join("\n")).toMatch(/colour is not present/);
  });

  it("rejects a statement the analyser silently gives up on", () => {
    const unchecked = statement(
      "broken",
      "READ",
      [],
      "WITH undefinedHere AS a RETURN CASE WHEN a > 0 THEN COUNT { MATCH (n:Entity) } END AS c",
    );
    expect(problems(unchecked)).toEqual([
      "the analyser returned no symbol table, so it did not check this statement",
    ]);
  });

  it("rejects a parameter the adapter does not pass, and one it passes but the text ignores", () => {
    const undeclared = statement("broken", "READ", ["ids"], "UNWIND $ids + $sort AS id RETURN id");
    expect(problems(undeclared).join("\n")).toMatch(/Parameter \$sort is not defined/);
    const unused = statement("broken", "READ", ["ids", "extra"], "UNWIND $ids AS id RETURN id");
    expect(problems(unused)).toEqual(["parameter $extra is declared but not used"]);
  });

  it("reads every declared value from the one parameter map", () => {
    expect(LIST_NODES.text).toContain(`$${PARAMETER_MAP}.sort`);
    expect(LIST_NODES.text).not.toMatch(/\$sort\b/);
  });
});
