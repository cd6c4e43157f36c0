import { buildSchema, execute, type GraphQLResolveInfo, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { selectionTest } from "./selection-test.js";

const schema = buildSchema(`
  type Query { list: Connection }
  type Connection { total: Int edges: [Edge] }
  type Edge { cursor: String node: Entry }
  type Entry { name: String summary: String }
`);

/** What the test says of the root field `list` in `query`. */
function answerFor(query: string, test: (info: GraphQLResolveInfo) => boolean): boolean {
  let answer: boolean | undefined;
  execute({
    schema,
    document: parse(query),
    rootValue: {
      list: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        answer = test(info);
        return null;
      },
    },
  });
  if (answer === undefined) throw new Error("the root field did not resolve");
  return answer;
}

describe("selectionTest", () => {
  const selectsSummary = selectionTest(["edges", "node", "summary"]);

  it("finds the path written out", () => {
    expect(answerFor("{ list { edges { node { summary } } } }", selectsSummary)).toBe(true);
    expect(answerFor("{ list { edges { node { name } } total } }", selectsSummary)).toBe(false);
    expect(answerFor("{ list { total } }", selectsSummary)).toBe(false);
  });

  it("finds it through aliases, inline fragments and named fragments", () => {
    expect(answerFor("{ list { e: edges { node { s: summary } } } }", selectsSummary)).toBe(true);
    expect(
      answerFor(
        "{ list { edges { ... on Edge { node { ... on Entry { summary } } } } } }",
        selectsSummary,
      ),
    ).toBe(true);
    const named = `{ list { ...Page } }
      fragment Page on Connection { edges { ...EdgeOf ...EdgeOf } }
      fragment EdgeOf on Edge { node { ...Entry } }
      fragment Entry on Entry { name summary }`;
    expect(answerFor(named, selectsSummary)).toBe(true);
  });

  it("does not take a field of the same name elsewhere for the path", () => {
    expect(answerFor("{ list { edges { cursor } } }", selectionTest(["edges", "node"]))).toBe(
      false,
    );
    expect(answerFor("{ list { edges { node { name } } } }", selectionTest(["node"]))).toBe(false);
  });
});
