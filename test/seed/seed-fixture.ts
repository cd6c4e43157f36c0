/**
 * A tiny valid seed (one source, two actors, one agreement with a statement)
 * that tests copy and break one way at a time, plus helpers to write it into
 * a temporary directory and to find where a line of it sits.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { validateSeed } from "../../src/seed/load-seed.js";
import type { SeedIssue } from "../../src/seed/seed-issue.js";

export const SOURCE_FILE = "test-source.txt";

/** The text the base seed quotes; each quote below is found in it by `evidence`. */
export const SOURCE_TEXT = [
  "Alpha Union and Beta Country will sign the Alpha-Beta Partnership in June 2024.",
  "The partnership was set up by Alpha Union.",
  "Beta Country welcomed it; Alpha Union did too.",
  "",
].join("\n");

/** A flow-mapping evidence item for `quote`, with offsets found in SOURCE_TEXT. */
export function evidence(quote: string, source = "test-source"): string {
  const start = SOURCE_TEXT.indexOf(quote);
  if (start === -1) throw new Error(`fixture quote not in SOURCE_TEXT: ${quote}`);
  return `{ source: ${source}, quote: "${quote}", start: ${start}, end: ${start + quote.length} }`;
}

export const SOURCES_YAML = `sources:
  - id: test-source
    kind: NEWS_ARTICLE
    title: Alpha and Beta agree
    publisher: Test Wire
    publishedOn: "2024-04-24"
    url: https://example.org/alpha-beta
    file: ${SOURCE_FILE}
`;

export const ACTORS_YAML = `actors:
  - id: alpha-union
    kind: UNION
    name: Alpha Union
    evidence:
      - ${evidence("Alpha Union")}
    statements:
      - type: PARTY_TO
        to: alpha-beta-partnership
        status: PLANNED
        evidence:
          - ${evidence("Alpha Union and Beta Country will sign the Alpha-Beta Partnership")}

  - id: beta-country
    kind: COUNTRY
    name: Beta Country
    evidence:
      - ${evidence("Beta Country")}
`;

export const AGREEMENTS_YAML = `agreements:
  - id: alpha-beta-partnership
    kind: PARTNERSHIP
    name: Alpha-Beta Partnership
    status: PLANNED
    date: "2024-06"
    evidence:
      - ${evidence("the Alpha-Beta Partnership in June 2024")}
    statements:
      - type: SET_UP_BY
        to: alpha-union
        status: ACTIVE
        evidence:
          - ${evidence("The partnership was set up by Alpha Union.")}
`;

export type SeedFiles = Record<string, string | Buffer>;

/** A fresh copy of the valid base seed, keyed by file name. */
export function baseSeed(): Record<string, string> {
  return {
    "sources.yaml": SOURCES_YAML,
    "actors.yaml": ACTORS_YAML,
    "agreements.yaml": AGREEMENTS_YAML,
  };
}

/** Replaces the one occurrence of `find` in `text`; throws if there is not exactly one. */
export function replaceOnce(text: string, find: string, replacement: string): string {
  const first = text.indexOf(find);
  if (first === -1 || text.indexOf(find, first + 1) !== -1) {
    throw new Error(`fixture: expected exactly one occurrence of ${JSON.stringify(find)}`);
  }
  return text.slice(0, first) + replacement + text.slice(first + find.length);
}

/** 1-based line and column where the `occurrence`-th `needle` starts in `text`. */
export function positionOf(
  text: string,
  needle: string,
  occurrence = 1,
): { line: number; column: number } {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: ${JSON.stringify(needle)} not in text`);
  }
  const before = text.slice(0, at);
  return { line: before.split("\n").length, column: at - before.lastIndexOf("\n") };
}

const tempDirs: string[] = [];

/** A new empty directory under the OS temp dir, removed by `removeTempDirs`. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "entente-seed-test-"));
  tempDirs.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export interface WrittenSeed {
  readonly seedDir: string;
  readonly sourcesDir: string;
}

/**
 * Writes `files` into `<tmp>/seed` and the source texts into `<tmp>/sources`
 * (by default the one text the base seed quotes).
 */
export async function writeSeed(
  files: SeedFiles,
  sources: Record<string, string> = { [SOURCE_FILE]: SOURCE_TEXT },
): Promise<WrittenSeed> {
  const root = await makeTempDir();
  const seedDir = join(root, "seed");
  const sourcesDir = join(root, "sources");
  await mkdir(seedDir);
  await mkdir(sourcesDir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(seedDir, name)), { recursive: true });
    await writeFile(join(seedDir, name), content);
  }
  for (const [name, content] of Object.entries(sources)) {
    await writeFile(join(sourcesDir, name), content, "utf8");
  }
  return { seedDir, sourcesDir };
}

/** Writes the files and validates them, checking quotes against the written sources. */
export async function validateFiles(files: SeedFiles, options: { checkQuotes?: boolean } = {}) {
  const { seedDir, sourcesDir } = await writeSeed(files);
  return validateSeed({
    seedDir,
    sourcesDir: options.checkQuotes === false ? undefined : sourcesDir,
  });
}

/** The issues whose message contains `fragment`. */
export function issuesMatching(issues: readonly SeedIssue[], fragment: string): SeedIssue[] {
  return issues.filter((issue) => issue.message.includes(fragment));
}
