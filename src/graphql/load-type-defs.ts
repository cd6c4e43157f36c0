/** Reads the SDL in `schema/*.graphql`, the single description of the API. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentNode } from "graphql";
import { gql } from "graphql-tag";
import { SCHEMA_DIR } from "../package-paths.js";

/**
 * The SDL files of `dir`, in name order; `replace` swaps the text of named files (a test
 * serves a vocabulary rendered from another declaration in place of vocabulary.graphql).
 */
export function loadTypeDefs(
  dir: string = SCHEMA_DIR,
  replace: Readonly<Record<string, string>> = {},
): DocumentNode {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort();
  return gql(
    files.map((name) => replace[name] ?? readFileSync(join(dir, name), "utf8")).join("\n"),
  );
}
