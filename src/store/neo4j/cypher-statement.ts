/**
 * A Cypher statement with the parameters it takes. Every statement the Neo4j
 * adapter can send is one of these constants, so a test can hand each to
 * Neo4j's own parser and semantic analyser; values only ever travel as parameters.
 *
 * The values travel together, as one map parameter `$q`: statements are written with
 * `$name` for each declared parameter, and `statement()` reads that as `$q.name`. Why:
 * Neo4j caches a plan per statement text *and* per signature of its parameters (the type
 * of each, and the size class of each list), so with separate parameters every
 * combination of absent (null) and present filters, and every list size, is planned
 * anew; the largest statements take a second or more to plan. A map parameter has one
 * signature, so each statement is planned once.
 */
export interface CypherStatement {
  readonly name: string;
  /** The text Neo4j runs, reading every value from `$q`. */
  readonly text: string;
  /** Exactly the keys of `$q` the adapter passes, and the only ones the text may use. */
  readonly parameters: readonly string[];
  readonly mode: "READ" | "WRITE" | "SCHEMA";
}

/** The one parameter every statement takes. */
export const PARAMETER_MAP = "q";

export function statement(
  name: string,
  mode: CypherStatement["mode"],
  parameters: readonly string[],
  text: string,
): CypherStatement {
  let mapped = text.trim();
  for (const parameter of parameters) {
    mapped = mapped.replace(
      new RegExp(`\\$${parameter}\\b`, "g"),
      `$${PARAMETER_MAP}.${parameter}`,
    );
  }
  return { name, mode, parameters, text: mapped };
}

/** The parameters of a run of `statement`: its values under `$q`. */
export function runParameters(values: Record<string, unknown>): Record<string, unknown> {
  return { [PARAMETER_MAP]: values };
}
