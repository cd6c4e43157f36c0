import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-paths.js";
import { seedApi } from "../support/seed-api.js";

/** Each `graphql` code block of the README with the `json` block that follows it. */
function readmeExamples(): { title: string; query: string; expected: unknown }[] {
  const readme = readFileSync(join(PACKAGE_ROOT, "README.md"), "utf8");
  const pattern = /### (.+)\n+```graphql\n([\s\S]*?)\n```\n+```json\n([\s\S]*?)\n```/g;
  return [...readme.matchAll(pattern)].map(([, title = "", query = "", json = ""]) => ({
    title,
    query,
    expected: JSON.parse(json),
  }));
}

describe("README examples", () => {
  let api: Awaited<ReturnType<typeof seedApi>>;
  beforeAll(async () => {
    api = await seedApi();
  });
  afterAll(() => api.stop());

  const examples = readmeExamples();

  it("are present, so the checks below cannot pass vacuously", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)("answer '$title' exactly as the README shows", async ({ query, expected }) => {
    const result = await api.run(query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(expected);
  });
});
