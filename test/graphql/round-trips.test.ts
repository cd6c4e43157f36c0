/**
 * What a request costs the store: with round-trip counting on (the debug setting
 * ENTENTE_DEBUG_ROUND_TRIPS=true), every response says how many store calls it made,
 * each one Cypher statement with Neo4j. The bound checked here for every example
 * query of docs/examples: at most one store call per selection level, where a level is a field
 * with a selection set (`agreements { … }`, `parties { … }`: what DataLoader batches
 * for all parents at once), counted from the query's AST. Sibling relationship
 * fields at one depth (`partOf` and `supervises` of one actor) are separate questions,
 * so the bound is not the depth of the tree alone. A root field that takes nodes by the
 * names a person typed (`paths(from:, to:)`, `neighbourhood(ids:)`) first resolves all of
 * them in one call (src/store/resolve-references.ts), so it counts one level more.
 */
import { type FieldNode, Kind, parse, type SelectionSetNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../docs/examples/read-examples.mjs";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { roundTripsDebugFromEnv } from "../../src/store/count-store-calls.js";
import { seedApi } from "../support/seed-api.js";

/** The root fields whose arguments name nodes as typed text, resolved before the field's own call. */
const RESOLVING_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  paths: ["from", "to"],
  neighbourhood: ["ids"],
};

/** One more level where a root field takes names to resolve. */
function resolvingLevel(field: FieldNode): number {
  const names = RESOLVING_ARGUMENTS[field.name.value] ?? [];
  return field.arguments?.some((argument) => names.includes(argument.name.value)) ? 1 : 0;
}

/** Fields with a selection set within `set` (inline fragments add none of their own). */
function selectionLevels(set: SelectionSetNode | undefined, root = false): number {
  let levels = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      levels += selectionLevels(selection.selectionSet, root);
    } else if (selection.kind === Kind.FIELD && (selection as FieldNode).selectionSet) {
      levels +=
        1 + (root ? resolvingLevel(selection) : 0) + selectionLevels(selection.selectionSet);
    }
  }
  return levels;
}

function levelsOf(query: string): number {
  const document = parse(query);
  return Math.max(
    ...document.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? selectionLevels(definition.selectionSet, true)
        : 0,
    ),
  );
}

describe("store round trips per request", () => {
  let api: Awaited<ReturnType<typeof seedApi>>;
  beforeAll(async () => {
    api = await seedApi();
  });
  afterAll(() => api.stop());

  const examples = readExamples();

  it("finds the example queries", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)(
    "'$title' costs at most one store call per selection level",
    async ({ query }) => {
      const result = await executeQuery(api.server, api.store, query, undefined, {
        countRoundTrips: true,
      });
      expect(result.errors).toBeUndefined();
      const roundTrips = result.extensions?.roundTrips;
      expect(typeof roundTrips).toBe("number");
      expect(roundTrips).toBeGreaterThan(0);
      expect(roundTrips).toBeLessThanOrEqual(levelsOf(query));
    },
  );

  it("leaves responses without the count unless asked", async () => {
    const result = await executeQuery(api.server, api.store, '{ node(id: "g7") { name } }');
    expect(result.extensions?.roundTrips).toBeUndefined();
    expect(roundTripsDebugFromEnv({ ENTENTE_DEBUG_ROUND_TRIPS: "true" })).toBe(true);
    expect(roundTripsDebugFromEnv({})).toBe(false);
  });

  it("counts a lookup as one call, however many ids are asked at one level", async () => {
    const result = await executeQuery(
      api.server,
      api.store,
      '{ a: node(id: "g7") { name } b: node(id: "japan") { name } c: nodes(ids: ["oecd"]) { id } }',
      undefined,
      { countRoundTrips: true },
    );
    expect(result.extensions?.roundTrips).toBe(1);
  });

  it("reads a path's nodes with the path: one call resolves the names, one finds the paths", async () => {
    const result = await executeQuery(
      api.server,
      api.store,
      '{ paths(from: "Japan", to: "OECD") { summary nodes { name } } }',
      undefined,
      { countRoundTrips: true },
    );
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.roundTrips).toBe(2);
  });
});
