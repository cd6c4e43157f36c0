/**
 * The cost estimate follows the graph being served: the nested question a researcher
 * asks of the seed runs there, and the same question is refused on a synthetic graph of
 * 10^5 nodes, whose hubs make it expensive; the refusal names the field to narrow.
 */
import { buildASTSchema, parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { computeGraphStatistics, type GraphStatistics } from "../../src/domain/graph-statistics.js";
import { findCostDriver } from "../../src/graphql/cost-driver.js";
import { loadTypeDefs } from "../../src/graphql/load-type-defs.js";
import { DEFAULT_QUERY_LIMITS, queryCost } from "../../src/graphql/query-limits.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { generateDataset } from "../../src/synthetic/generate-dataset.js";

const QUESTION = parse(
  "{ actors { edges { node { name agreements { name parties { name agreements { name } } } } } } }",
);
const schema = buildASTSchema(loadTypeDefs());
const { maxCost } = DEFAULT_QUERY_LIMITS;
const cost = (statistics: GraphStatistics) =>
  queryCost(schema, QUESTION, undefined, {}, maxCost, { statistics }) ?? Number.NaN;

describe("the cost of a nested question", () => {
  let seed: GraphStatistics;
  let large: GraphStatistics;
  beforeAll(async () => {
    seed = computeGraphStatistics(await loadSeed({ seedDir: DEFAULT_SEED_DIR }));
    large = computeGraphStatistics(generateDataset({ nodes: 100_000, seed: 1 }));
  }, 120_000);

  it("was refused on default page sizes alone", () => {
    expect(queryCost(schema, QUESTION, undefined, {}, maxCost)).toBeGreaterThan(maxCost);
  });

  it("is allowed on the seed", () => {
    expect(cost(seed)).toBeLessThan(maxCost / 100);
  });

  it("is refused on 10^5 nodes, naming the nested list to narrow", () => {
    expect(large.maxDegree.PARTY_TO.in).toBeGreaterThan(50);
    const found = cost(large);
    expect(found).toBeGreaterThan(maxCost * 10);
    const driver = findCostDriver(schema, QUESTION, undefined, {}, maxCost, found, {
      statistics: large,
    });
    expect(driver).toMatchObject({ argument: "first", line: 1 });
    const text = QUESTION.loc?.source.body ?? "";
    const fits = driver?.fits ?? 0;
    expect(fits).toBeGreaterThanOrEqual(1);
    // The question with `first: fits` on the field named (columns count from 1) fits.
    const after = (driver?.column ?? 0) - 1 + (driver?.field.length ?? 0);
    const narrowed = parse(`${text.slice(0, after)}(first: ${fits})${text.slice(after)}`);
    expect(
      queryCost(schema, narrowed, undefined, {}, maxCost, { statistics: large }),
    ).toBeLessThanOrEqual(maxCost);
    const wider = parse(`${text.slice(0, after)}(first: ${fits + 1})${text.slice(after)}`);
    expect(queryCost(schema, wider, undefined, {}, maxCost, { statistics: large })).toBeGreaterThan(
      maxCost,
    );
  });
});
