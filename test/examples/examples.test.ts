/**
 * The example queries of docs/examples answer exactly as their .json files say, on both
 * stores, so the documentation cannot drift from what the API answers; and the few the
 * README shows are those examples, with the same answers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplesShownIn, readExamples } from "../../docs/examples/read-examples.mjs";
import { PACKAGE_ROOT } from "../../src/package-paths.js";
import { seedApi } from "../support/seed-api.js";

const examples = readExamples();

/** A query without the comment lines that title and explain it. */
const bare = (query: string) =>
  query
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .join("\n")
    .trim();

describe("docs/examples", () => {
  let api: Awaited<ReturnType<typeof seedApi>>;
  beforeAll(async () => {
    api = await seedApi();
  });
  afterAll(() => api.stop());

  it("are present, so the checks below cannot pass vacuously", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)("$name answers exactly as its .json file says", async ({ query, expected }) => {
    const result = await api.run(query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(expected);
  });
});

describe.each(["README.md", "docs/query-language.md"])("the examples %s shows", (page) => {
  const shown = examplesShownIn(readFileSync(join(PACKAGE_ROOT, page), "utf8"));

  it("are there", () => {
    expect(shown.length).toBeGreaterThanOrEqual(1);
  });

  it.each(shown.map((example, index) => ({ index, ...example })))(
    "example $index is one of docs/examples, with its answer",
    ({ query, expected }) => {
      const same = examples.find((example) => bare(example.query) === bare(query));
      expect(same, `not in docs/examples:\n${query}`).toBeDefined();
      expect(expected).toEqual(same?.expected);
    },
  );
});
