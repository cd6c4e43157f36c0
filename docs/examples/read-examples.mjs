// @ts-check
/**
 * The example queries, one file each: `NN-name.graphql` (its first line a `# title`
 * comment) with the answer it must give, `NN-name.json` (the response's `data`). This is
 * the one reader of them: the tests run every example against both stores, Explorer's
 * query view offers them as saved queries, the load scripts replay them, and the README's
 * few examples are checked against them. Plain JavaScript, so that it runs without a build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const EXAMPLES_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * @typedef {{ name: string; title: string; query: string; expected: unknown }} Example
 */

/**
 * Every example in `dir`, in file-name order.
 * @param {string} [dir]
 * @returns {Example[]}
 */
export function readExamples(dir = EXAMPLES_DIR) {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".graphql".length);
      const query = readFileSync(join(dir, file), "utf8");
      const title = /^# (.+)$/m.exec(query.split("\n", 1)[0] ?? "")?.[1];
      if (!title) throw new Error(`${file}: the first line must be a "# title" comment`);
      const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"));
      return { name, title, query, expected };
    });
}

/**
 * The examples a markdown page shows: each ```graphql block with the ```json block that
 * follows it (the README shows a few, which must be examples of this folder).
 * @param {string} markdown
 * @returns {{ query: string; expected: unknown }[]}
 */
export function examplesShownIn(markdown) {
  const pattern = /```graphql\n([\s\S]*?)\n```\s*```json\n([\s\S]*?)\n```/g;
  return [...markdown.matchAll(pattern)].map(([, query = "", json = ""]) => ({
    query,
    expected: JSON.parse(json),
  }));
}
