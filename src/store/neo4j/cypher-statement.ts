/**
 * A Cypher statement with the parameters it takes. Every statement the Neo4j
 * adapter can send is one of these constants, so a test can hand each to
 * Neo4j's own parser and semantic analyser; values only ever travel as parameters.
 */
export interface CypherStatement {
  readonly name: string;
  readonly text: string;
  /** Exactly the parameters the adapter passes, and the only ones the text may use. */
  readonly parameters: readonly string[];
  readonly mode: "READ" | "WRITE" | "SCHEMA";
}

export function statement(
  name: string,
  mode: CypherStatement["mode"],
  parameters: readonly string[],
  text: string,
): CypherStatement {
  return { name, mode, parameters, text: text.trim() };
}
