/** Reads the SDL in `schema/*.graphql`, the single description of the API. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentNode } from "graphql";
import { gql } from "graphql-tag";
import { SCHEMA_DIR } from "../package-paths.js";

export function loadTypeDefs(dir: string = SCHEMA_DIR): DocumentNode {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort();
  return gql(files.map((name) => readFileSync(join(dir, name), "utf8")).join("\n"));
}
