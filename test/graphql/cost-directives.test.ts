/**
 * Query cost is declared in the SDL, beside each field (`@listSize`, `@walk`, `@cost`;
 * see schema/common.graphql), not guessed from field or argument names: every field that
 * returns a page or follows relationships declares its size, every walk its steps, and a
 * new field is priced by what it declares, whatever it is called.
 */
import {
  buildASTSchema,
  type GraphQLField,
  type GraphQLSchema,
  isInputObjectType,
  isObjectType,
  parse,
} from "graphql";
import { describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/load-type-defs.js";
import { queryCost } from "../../src/graphql/query-limits.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { naiveStatistics } from "../support/naive-statistics.js";

const has = (
  field: { astNode?: { directives?: readonly { name: { value: string } }[] } | null },
  name: string,
) => field.astNode?.directives?.some((directive) => directive.name.value === name) ?? false;

function objectFields(schema: GraphQLSchema): [string, GraphQLField<unknown, unknown>][] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
    .flatMap((type) =>
      isObjectType(type)
        ? Object.values(type.getFields()).map((field): [string, GraphQLField<unknown, unknown>] => [
            `${type.name}.${field.name}`,
            field,
          ])
        : [],
    );
}

const PAGING = ["first", "limit", "ids"];
const STEPS = ["depth", "maxHops"];

describe("cost declarations in the SDL", () => {
  const schema = buildASTSchema(loadTypeDefs());
  const fields = objectFields(schema);

  it("find the fields to check, so the checks below cannot pass vacuously", () => {
    expect(fields.filter(([, field]) => has(field, "relation")).length).toBeGreaterThan(40);
  });

  it("give every field that pages or follows relationships a @listSize", () => {
    const missing = fields
      .filter(
        ([, field]) =>
          has(field, "relation") || field.args.some((arg) => PAGING.includes(arg.name)),
      )
      .filter(([, field]) => !has(field, "listSize"))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it("give every field that walks a number of steps a @walk naming its steps argument", () => {
    const missing = fields
      .filter(([, field]) => field.args.some((arg) => STEPS.includes(arg.name)))
      .filter(([, field]) => !has(field, "walk"))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it("give the involvement filter a @walk with its cost, wherever agreements are filtered", () => {
    const filter = schema.getType("AgreementFilter");
    if (!isInputObjectType(filter)) throw new Error("no AgreementFilter input");
    const involves = filter.getFields().involvesTopic;
    expect(involves && has(involves, "walk") && has(involves, "cost")).toBe(true);
  });
});

describe("the estimate reads the declarations", () => {
  const extra = parse(`
    extend type Query {
      "A walk under a new name."
      rambles(depth: Int = 2, first: Int = 10): [Node!]! @listSize(slicingArguments: ["first"]) @walk(hops: "depth") @cost(weight: "1000")
      "The same field without declarations."
      strolls(depth: Int = 2, first: Int = 10): [Node!]!
    }
  `);
  const schema = buildASTSchema({
    kind: extra.kind,
    definitions: [...loadTypeDefs().definitions, ...extra.definitions],
  });
  const cost = (query: string) => queryCost(schema, parse(query), undefined, {}, 100_000);

  it("prices a walk by its declared size, steps and weight, whatever its name", () => {
    // 1 + first × depth × (what it selects: `id`, 1) + weight × depth
    expect(cost("{ rambles(depth: 3, first: 10) { id } }")).toBe(1 + 10 * 3 * 1 + 3 * 1_000);
    expect(cost("{ rambles { id } }")).toBe(1 + 10 * 2 * 1 + 2 * 1_000);
  });

  it("counts a field without declarations as one item, which the declaration test forbids", () => {
    expect(cost("{ strolls(depth: 3, first: 10) { id } }")).toBe(1 + 1);
  });
});

describe("the estimate follows the served graph", () => {
  const schema = buildASTSchema(loadTypeDefs());
  it("bounds a connection twin as the field it pages: by the most relationships one node has", async () => {
    const seed = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
    const statistics = naiveStatistics(seed);
    const cost = (query: string) =>
      queryCost(schema, parse(query), undefined, {}, 100_000, { statistics });
    const most = statistics.maxDegree.PARTY_TO.out;
    expect(most).toBeLessThan(100);
    // node 1 + (agreements 1 + A × id 1)
    expect(cost('{ node(id: "japan") { ... on Actor { agreements(first: 100) { id } } } }')).toBe(
      1 + (1 + most * 1),
    );
    // node 1 + (agreementsConnection 1 + A × (edges 1 + (node 1 + id 1)))
    expect(
      cost(
        '{ node(id: "japan") { ... on Actor { agreementsConnection(first: 100) { edges { node { id } } } } } }',
      ),
    ).toBe(1 + (1 + most * 3));
  });
});
