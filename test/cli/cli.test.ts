/**
 * The `entente` subcommands, run in-process with their output collected: what a
 * researcher sees and the exit code a script would act on.
 */
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/parse-command-line.js";
import { runLocate } from "../../src/cli/run-locate.js";
import { runQuery } from "../../src/cli/run-query.js";
import { runValidate } from "../../src/cli/run-validate.js";
import type { Dataset } from "../../src/domain/graph-types.js";
import { DEFAULT_SEED_DIR, DEFAULT_SOURCES_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";

const SOURCES_AVAILABLE = existsSync(DEFAULT_SOURCES_DIR);
/** The title of a test that needs ../shared/sources, saying so when it is skipped. */
const needsSources = (title: string) =>
  SOURCES_AVAILABLE ? title : `${title} [skipped: ${DEFAULT_SOURCES_DIR} is absent]`;
const ARTICLE = "euronews-2024-04-eu-japan-ai-data-flows.txt";

/** Collects what a command prints, one entry per line it writes. */
function collector() {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
}

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "entente-cli-"));
  tempDirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the real seed with `file` changed by `edit`, which must change it. */
async function brokenSeed(file: string, edit: (text: string) => string): Promise<string> {
  const dir = await tempDir();
  await cp(DEFAULT_SEED_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const before = await readFile(path, "utf8");
  const after = edit(before);
  expect(after, "the edit must change the seed").not.toBe(before);
  await writeFile(path, after);
  return dir;
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`not in text: ${needle}`);
  return index + 1;
}

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
});

describe("entente validate", () => {
  it("passes on the real seed, printing one summary line and saying quotes were not checked", async () => {
    const { lines, out } = collector();
    const code = await runValidate({ seedDir: DEFAULT_SEED_DIR }, out);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^seed OK: \d+ files, /);
    expect(lines[0]).toContain(
      `${dataset.nodes.length} nodes, ${dataset.edges.length} relationships, version ${dataset.version}`,
    );
    expect(lines[0]).toContain("quotes not checked (pass --sources DIR)");
  });

  it.skipIf(!SOURCES_AVAILABLE)(
    needsSources("passes on the real seed with every quote checked against ../shared/sources"),
    async () => {
      const { lines, out } = collector();
      const code = await runValidate(
        { seedDir: DEFAULT_SEED_DIR, sourcesDir: DEFAULT_SOURCES_DIR },
        out,
      );
      expect(lines).toHaveLength(1);
      expect(code).toBe(0);
      expect(lines[0]).toMatch(/^seed OK: /);
      expect(lines[0]).toContain(`quotes checked against ${DEFAULT_SOURCES_DIR}`);
    },
  );

  it("fails with exit code 1 on a broken seed, printing each issue as file:line:column and loading nothing", async () => {
    const seedDir = await brokenSeed("actors.yaml", (text) =>
      text.replace(
        "    kind: FORUM\n    name: Group of Seven",
        "    kind: GUILD\n    name: Group of Seven",
      ),
    );
    const kindLine = lineOf(await readFile(join(seedDir, "actors.yaml"), "utf8"), "kind: GUILD");
    const { lines, out } = collector();
    const code = await runValidate({ seedDir }, out);
    expect(code).toBe(1);
    const issues = lines.slice(0, -1);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue).toMatch(/^[\w-]+\.yaml:\d+:\d+[ :]/);
    const kindIssue = issues.find((issue) => issue.startsWith(`actors.yaml:${kindLine}:`));
    expect(kindIssue, issues.join("\n")).toMatch(/ actors\[\d+\]\.kind: must be one of .*FORUM/);
    expect(lines.at(-1)).toMatch(
      /^seed invalid: \d+ issue\(s\) in \d+ file\(s\); nothing was loaded$/,
    );
    expect(lines.at(-1)).toContain(`${issues.length} issue(s)`);
  });

  it("fails on a reference to an id that no file defines, naming the line of the reference", async () => {
    const seedDir = await brokenSeed("actors.yaml", (text) =>
      text.replace("        to: eu-japan-summit-2022\n", "        to: no-such-summit\n"),
    );
    const refLine = lineOf(await readFile(join(seedDir, "actors.yaml"), "utf8"), "no-such-summit");
    const { lines, out } = collector();
    expect(await runValidate({ seedDir }, out)).toBe(1);
    const issue = lines.find((line) => line.includes("no-such-summit"));
    expect(issue, lines.join("\n")).toBeDefined();
    expect(issue).toMatch(new RegExp(`^actors\\.yaml:${refLine}:\\d+ `));
  });

  it("fails with the file and line of an alias bomb, not a raw ReferenceError", async () => {
    const seedDir = await tempDir();
    await cp(DEFAULT_SEED_DIR, seedDir, { recursive: true });
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, previous] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
    ]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    await writeFile(join(seedDir, "bomb.yaml"), `${levels.join("\n")}\n`);
    const { lines, out } = collector();
    expect(await runValidate({ seedDir }, out)).toBe(1);
    expect(lines[0]).toBe(
      "bomb.yaml:2:8: YAML aliases: Excessive alias count indicates a resource exhaustion attack",
    );
    expect(lines.at(-1)).toMatch(/^seed invalid: 1 issue\(s\)/);
  });

  it.skipIf(!SOURCES_AVAILABLE)(
    needsSources("fails when a quote is not at its offsets, with --sources"),
    async () => {
      const seedDir = await brokenSeed("actors.yaml", (text) =>
        text.replace(
          'quote: "The European Union and Japan", start: 718, end: 746',
          'quote: "The European Union and Japan", start: 719, end: 747',
        ),
      );
      const quoteLine = lineOf(
        await readFile(join(seedDir, "actors.yaml"), "utf8"),
        "start: 719, end: 747",
      );
      const { lines, out } = collector();
      expect(await runValidate({ seedDir, sourcesDir: DEFAULT_SOURCES_DIR }, out)).toBe(1);
      const issue = lines.find((line) => line.includes("719–747"));
      expect(issue, lines.join("\n")).toBeDefined();
      expect(issue).toMatch(new RegExp(`^actors\\.yaml:${quoteLine}:\\d+ `));
      expect(issue).toContain("it occurs at 718–746");
      // Without --sources the same seed passes: the quote check is what failed.
      expect(await runValidate({ seedDir }, () => {})).toBe(0);
    },
  );
});

describe("entente query", () => {
  type Printed = {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { dataset?: { version?: string } };
  };
  /** The single JSON document a query prints. */
  function printed(lines: string[]): Printed {
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0] ?? "") as Printed;
  }

  it("prints the JSON result with data and the dataset version, and exits 0", async () => {
    const { lines, out } = collector();
    const code = await runQuery(
      {
        seedDir: DEFAULT_SEED_DIR,
        query: '{ node(id: "g7") { name ... on Actor { presidedBy { name } } } }',
      },
      out,
    );
    expect(code).toBe(0);
    const result = printed(lines);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ node: { name: "Group of Seven" } });
    expect(result.extensions).toEqual({
      dataset: { version: dataset.version, citation: expect.stringContaining(dataset.version) },
    });
    expect(lines[0]).toContain('\n  "data"'); // indented for reading
  });

  it("passes --variables to the query", async () => {
    const { lines, out } = collector();
    const code = await runQuery(
      {
        seedDir: DEFAULT_SEED_DIR,
        query: "query ($id: ID!) { node(id: $id) { id name } }",
        variables: '{"id": "g7"}',
      },
      out,
    );
    expect(code).toBe(0);
    expect(printed(lines).data).toEqual({ node: { id: "g7", name: "Group of Seven" } });
  });

  it("prints the errors and exits 1 when the query fails", async () => {
    const { lines, out } = collector();
    const code = await runQuery({ seedDir: DEFAULT_SEED_DIR, query: "{ noSuchField }" }, out);
    expect(code).toBe(1);
    const result = printed(lines);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.errors?.[0]?.message).toContain("noSuchField");
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("exits 1 when a required variable is missing", async () => {
    const { lines, out } = collector();
    const code = await runQuery(
      { seedDir: DEFAULT_SEED_DIR, query: "query ($id: ID!) { node(id: $id) { id } }" },
      out,
    );
    expect(code).toBe(1);
    expect(printed(lines).errors?.[0]?.message).toContain("$id");
  });

  it("exits 2 without running anything when --variables is not valid JSON", async () => {
    const { lines, out } = collector();
    const code = await runQuery(
      { seedDir: DEFAULT_SEED_DIR, query: "{ __typename }", variables: "{id: g7}" },
      out,
    );
    expect(code).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^--variables is not valid JSON: /);
  });
  it("exits 2 without running anything when --variables is JSON but not an object", async () => {
    for (const variables of ['"x"', "[1]", "null", "5"]) {
      const { lines, out } = collector();
      const code = await runQuery(
        { seedDir: DEFAULT_SEED_DIR, query: "{ __typename }", variables },
        out,
      );
      expect(code, variables).toBe(2);
      expect(lines).toEqual([
        `--variables must be a JSON object of variable values, such as '{"id": "g7"}'`,
      ]);
    }
  });

  it("answers a mutation with OPERATION_NOT_SUPPORTED, not an internal error", async () => {
    const { lines, out } = collector();
    const code = await runQuery({ seedDir: DEFAULT_SEED_DIR, query: "mutation { x }" }, out);
    expect(code).toBe(1);
    expect(printed(lines).errors).toEqual([
      {
        message: "this API is read-only: it answers queries, not mutations",
        extensions: { code: "OPERATION_NOT_SUPPORTED" },
      },
    ]);
  });
});

describe("the command line's usage errors", () => {
  it.each([
    [["serve", "--bogus"], "Unknown option '--bogus'"],
    [["validate", "-x"], "Unknown option '-x'"],
    [["validate", "--seed"], "Option '--seed <value>' argument missing"],
    [["load", "--replace=yes"], "Option '--replace' does not take an argument"],
    [["validate", "extra"], "validate takes no arguments, got extra"],
    [["query", "{ a }", "{ b }"], "query takes 1 argument, got { b }"],
    [["locate", "a quote", "another", "--file", "f.txt"], "locate takes 1 argument, got another"],
    [["validate", "--seed", "a", "--seed", "b"], "--seed is given more than once; give it once"],
    [["export", "--depth", "1", "--depth", "2"], "--depth is given more than once; give it once"],
    [["serve", "--seed", "dir"], "serve does not take --seed"],
    [["query", "{ a }", "--format", "gexf"], "query does not take --format"],
  ])("%j: %s", (argv, message) => {
    expect(parseCommandLine(argv)).toEqual({ ok: false, message });
  });

  it("accepts repeated options that may repeat, and --help anywhere", () => {
    const line = parseCommandLine([
      "export",
      "--around",
      "g7",
      "--around",
      "oecd",
      "--format",
      "d3",
    ]);
    expect(line).toMatchObject({ ok: true, command: "export", values: { around: ["g7", "oecd"] } });
    expect(parseCommandLine(["query", "-h"])).toMatchObject({ ok: true, command: "help" });
    expect(parseCommandLine([])).toMatchObject({ ok: true, command: undefined });
  });

  it("quotes at most 80 characters of a long extra argument", () => {
    const line = parseCommandLine(["validate", "y".repeat(10_000)]);
    expect(line).toEqual({
      ok: false,
      message: `validate takes no arguments, got ${"y".repeat(80)}…`,
    });
  });
});

describe("entente locate", () => {
  it.skipIf(!SOURCES_AVAILABLE)(
    needsSources("prints start and end of a quote from the article, as the README's example says"),
    async () => {
      const quote = "the Commission and the Digital Agency of Japan will sign";
      const { lines, out } = collector();
      const code = await runLocate({ sourcesDir: DEFAULT_SOURCES_DIR, file: ARTICLE, quote }, out);
      expect(code).toBe(0);
      expect(lines).toEqual(["start: 2134, end: 2190"]);
      const text = readFileSync(join(DEFAULT_SOURCES_DIR, ARTICLE), "utf8");
      expect(text.slice(2134, 2190)).toBe(quote);
    },
  );

  it.skipIf(!SOURCES_AVAILABLE)(
    needsSources(
      "exits 1 with a hint about quote marks and dashes for a quote the article does not contain",
    ),
    async () => {
      const { lines, out } = collector();
      // The article writes the EU’s with a typographic apostrophe.
      const code = await runLocate(
        { sourcesDir: DEFAULT_SOURCES_DIR, file: ARTICLE, quote: "the EU's AI office" },
        out,
      );
      expect(code).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`not found in ${ARTICLE}`);
      expect(lines[0]).toContain("’ vs '");
    },
  );

  describe("in a sources directory of the test's own", () => {
    let sourcesDir: string;
    beforeAll(async () => {
      sourcesDir = await mkdtemp(join(tmpdir(), "entente-locate-"));
      await writeFile(join(sourcesDir, "text.txt"), "Alpha met Beta. Later, Alpha met Gamma.\n");
    });
    afterAll(async () => {
      await rm(sourcesDir, { recursive: true, force: true });
    });

    it("prints one start/end line per occurrence, with end = start + the quote's length", async () => {
      const { lines, out } = collector();
      const code = await runLocate({ sourcesDir, file: "text.txt", quote: "Alpha met" }, out);
      expect(code).toBe(0);
      expect(lines).toEqual(["start: 0, end: 9", "start: 23, end: 32"]);
    });

    it("exits 1 for an absent quote", async () => {
      const { lines, out } = collector();
      const code = await runLocate({ sourcesDir, file: "text.txt", quote: "Delta" }, out);
      expect(code).toBe(1);
      expect(lines).toEqual([
        "not found in text.txt: check spelling, quotes (’ vs ') and dashes (– vs -)",
      ]);
    });

    it("rejects when the file is not in the sources directory", async () => {
      await expect(
        runLocate({ sourcesDir, file: "missing.txt", quote: "Alpha" }, () => {}),
      ).rejects.toThrow(/ENOENT/);
    });
  });
});
