/**
 * The one entry point that turns the seed directory into a Dataset, used by the
 * server, the CLI and the tests alike. A seed with any issue loads nothing.
 */

import { createHash } from "node:crypto";
import { EntenteError } from "../domain/errors.js";
import type { Dataset } from "../domain/graph-types.js";
import { withValidity } from "../domain/validity.js";
import { buildDataset } from "./build-dataset.js";
import { checkQuotes } from "./check-quotes.js";
import { listSeedFiles, type ParsedSeedFile, readSeedFile } from "./read-seed-files.js";
import { formatSeedIssue, type SeedIssue } from "./seed-issue.js";

export interface SeedOptions {
  readonly seedDir: string;
  /** Directory holding the source texts; when given, every quote is checked against its text. */
  readonly sourcesDir?: string;
}

export interface SeedValidation {
  readonly issues: SeedIssue[];
  readonly dataset?: Dataset;
  readonly fileCount: number;
}

/** Runs every check and reports all issues at once; `dataset` is set only when there are none. */
export async function validateSeed(options: SeedOptions): Promise<SeedValidation> {
  const names = await listSeedFiles(options.seedDir).catch((error: NodeJS.ErrnoException) => {
    throw new EntenteError(
      "SEED_INVALID",
      `cannot read seed directory ${options.seedDir}: ${error.code ?? error.message}`,
    );
  });
  if (names.length === 0) {
    return {
      issues: [{ file: options.seedDir, message: "holds no .yaml seed files" }],
      fileCount: 0,
    };
  }
  const results = await Promise.all(names.map((name) => readSeedFile(options.seedDir, name)));
  return validateParsedFiles(results, options.sourcesDir);
}

/** The checks after reading; exposed so tests can validate in-memory files. */
export async function validateParsedFiles(
  results: readonly { parsed: ParsedSeedFile; issues: SeedIssue[] }[],
  sourcesDir?: string,
): Promise<SeedValidation> {
  const files = results.map((result) => result.parsed);
  const issues = results.flatMap((result) => result.issues);
  const built = buildDataset(files);
  issues.push(...built.issues);
  if (sourcesDir !== undefined) issues.push(...(await checkQuotes(built, sourcesDir)));
  if (issues.length > 0) return { issues, fileCount: files.length };
  return {
    issues,
    fileCount: files.length,
    dataset: withValidity({ nodes: built.nodes, edges: built.edges, version: hashFiles(files) }),
  };
}

/** Loads the seed or throws a SEED_INVALID error listing every issue. */
export async function loadSeed(options: SeedOptions): Promise<Dataset> {
  const result = await validateSeed(options);
  if (!result.dataset) {
    throw new EntenteError(
      "SEED_INVALID",
      `seed has ${result.issues.length} issue(s):\n${result.issues.map(formatSeedIssue).join("\n")}`,
      { issues: result.issues },
    );
  }
  return result.dataset;
}

function hashFiles(files: readonly ParsedSeedFile[]): string {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file.file).update("\0").update(file.bytes).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}
