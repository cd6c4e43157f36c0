/**
 * The schema linter (graphql-eslint's schema rules, with the rule set of eslint.config.mjs)
 * over schema/*.graphql: the SDL passes, and the rules catch what they are there for — a
 * field or argument without a description, a mutation, a new type without an id. The
 * latter are checked on a copy of the schema with one file more.
 */
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { schemaLintConfig } from "../../eslint.config.mjs";
import { PACKAGE_ROOT, SCHEMA_DIR } from "../../src/package-paths.js";

/** Each problem as `file:line rule: message`, for a failure message that says where. */
function problems(results: ESLint.LintResult[], root: string): string[] {
  return results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${result.filePath.slice(root.length + 1)}:${message.line} ${message.ruleId}: ${message.message}`,
    ),
  );
}

const copies: string[] = [];
afterAll(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Lints a copy of schema/ with `extra.graphql` added; the problems found in that file. */
async function lintWithExtraFile(text: string): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), "entente-schema-lint-"));
  copies.push(root);
  await cp(SCHEMA_DIR, join(root, "schema"), { recursive: true });
  await writeFile(join(root, "schema", "extra.graphql"), text);
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: schemaLintConfig(join(root, "schema")),
  });
  return problems(await eslint.lintFiles(["schema/extra.graphql"]), root);
}

describe("the schema linter", { timeout: 60_000 }, () => {
  it("finds nothing to say about schema/*.graphql, the generated vocabulary included", async () => {
    const eslint = new ESLint({ cwd: PACKAGE_ROOT });
    const results = await eslint.lintFiles(["schema/*.graphql"]);
    expect(results.map((result) => result.filePath.split("/").pop())).toContain(
      "vocabulary.graphql",
    );
    expect(problems(results, PACKAGE_ROOT)).toEqual([]);
  });

  it("asks for a description on every field and argument", async () => {
    const found = await lintWithExtraFile(`extend type Query {
  "Described."
  described("Described too." first: Int): Int
  bare(first: Int): Int
}
`);
    expect(found).toEqual([
      expect.stringMatching(
        /^schema\/extra.graphql:4 @graphql-eslint\/require-description: .*"bare"/,
      ),
      expect.stringMatching(
        /^schema\/extra.graphql:4 @graphql-eslint\/require-description: .*"first"/,
      ),
    ]);
  });

  it("refuses a mutation type: the API only reads", async () => {
    const found = await lintWithExtraFile(`"Writes."
type Mutation {
  "Resets everything."
  reset: Boolean
}
`);
    expect(found).toEqual(
      expect.arrayContaining([expect.stringContaining(":2 @graphql-eslint/no-root-type")]),
    );
  });

  it("asks a new object type for an id, unless it is one of the listed value types", async () => {
    const found = await lintWithExtraFile(`"A new kind of thing."
type Committee {
  "Its name."
  name: String!
}

extend type Query {
  "The committee."
  committee: Committee
}
`);
    expect(found).toEqual([
      expect.stringMatching(
        /^schema\/extra.graphql:2 @graphql-eslint\/strict-id-in-types: type "Committee"/,
      ),
    ]);
  });
});
