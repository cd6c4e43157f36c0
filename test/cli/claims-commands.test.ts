/**
 * `entente report verify` and `entente add-source`, run in-process on copies of the
 * fictional claims corpus (test/fixtures/claims-corpus).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseCommandLine } from "../../src/cli/parse-command-line.js";
import { runAddSource } from "../../src/cli/run-add-source.js";
import { runReportVerify } from "../../src/cli/run-report-verify.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { CLAIMS_CORPUS } from "../contract/claims-contract.js";

function collector() {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
}

const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A writable copy of the corpus: `<tmp>/seed` and `<tmp>/sources`. */
async function corpusCopy() {
  const root = await mkdtemp(join(tmpdir(), "entente-claims-cli-"));
  tempDirs.push(root);
  await cp(CLAIMS_CORPUS, root, { recursive: true });
  return { seedDir: join(root, "seed"), sourcesDir: join(root, "sources"), root };
}

describe("entente report verify", () => {
  it("lists overdue predictions, conflicts and inference-only facts for the reference date", async () => {
    const { lines, out } = collector();
    const code = await runReportVerify(
      { seedDir: join(CLAIMS_CORPUS, "seed"), referenceDate: "2024-07-01" },
      out,
    );
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/reference date 2024-07-01$/);
    const section = (heading: string) => {
      const start = lines.findIndex((line) => line.startsWith(heading));
      const end = lines.indexOf("", start);
      return lines.slice(start + 1, end === -1 ? undefined : end);
    };
    expect(section("Overdue (1)")).toEqual([
      "  Aldoria-Borvania joint cable study [cable-study]: PLANNED for 2024-06 (daily-ledger)",
    ]);
    expect(section("Conflicts (2)")).toEqual([
      '  Aldoria –PARTICIPATES_IN→ First Aldoria-Borvania Accord council [aldoria/PARTICIPATES_IN/accord-council-1]: daily-ledger gives the role "host", aldoria-ministry "chair" (aldoria/PARTICIPATES_IN/accord-council-1~1 / aldoria/PARTICIPATES_IN/accord-council-1~2)',
      "  Aldoria-Borvania Data Accord [data-accord]: aldoria-ministry dates it 2024-04-15, weekly-bulletin 2024-04-14 (data-accord~signed / data-accord~3)",
    ]);
    expect(section("Inferred only (3)")).toHaveLength(3);
  });

  it("rejects a reference date that is not a day", async () => {
    await expect(
      runReportVerify({ seedDir: join(CLAIMS_CORPUS, "seed"), referenceDate: "July" }, () => {}),
    ).rejects.toThrow(/ENTENTE_REFERENCE_DATE/);
  });

  it("is a command the command line knows, with its options only", () => {
    expect(parseCommandLine(["report", "verify", "--reference-date", "2024-07-01"])).toMatchObject({
      ok: true,
      command: "report",
      arguments: ["verify"],
    });
    expect(parseCommandLine(["report", "verify", "--title", "x"])).toEqual({
      ok: false,
      message: "report does not take --title",
    });
  });
});

describe("entente add-source", () => {
  const TEXT = "FICTIONAL TEST DOCUMENT. The Velm Gazette reports nothing real.\n";

  it("records the metadata and the text's sha256, never the text, and the seed still loads", async () => {
    const { seedDir, sourcesDir } = await corpusCopy();
    await writeFile(join(sourcesDir, "velm-gazette.txt"), TEXT);
    const { lines, out } = collector();
    const code = await runAddSource(
      {
        seedDir,
        sourcesDir,
        file: "velm-gazette.txt",
        title: "Nothing real (fictional)",
        publisher: "Velm Gazette",
        published: "2024-05-01",
        url: "https://example.org/fictional/velm-gazette",
        language: "en",
        basedOn: "nothing; it is a test",
        now: new Date("2024-05-02T10:00:00Z"),
      },
      out,
    );
    expect(code, lines.join("\n")).toBe(0);
    const written = await readFile(join(seedDir, "sources.yaml"), "utf8");
    expect(written).not.toContain("reports nothing real");
    const dataset = await loadSeed({ seedDir, sourcesDir });
    const source = dataset.nodes.find((node) => node.id === "velm-gazette-2024-05-01");
    expect(source?.source).toMatchObject({
      file: "velm-gazette.txt",
      language: "en",
      basedOn: "nothing; it is a test",
      retrievedOn: "2024-05-02",
      contentHash: `sha256:${createHash("sha256").update(TEXT).digest("hex")}`,
    });
    expect(source?.kind).toBe("NEWS_ARTICLE");
  });

  it("writes nothing when the entry would break the seed, and says why", async () => {
    const { seedDir, sourcesDir } = await corpusCopy();
    // The corpus lists its sources in corpus.yaml; add-source would start sources.yaml.
    expect(existsSync(join(seedDir, "sources.yaml"))).toBe(false);
    const { lines, out } = collector();
    const code = await runAddSource(
      {
        seedDir,
        sourcesDir,
        file: "daily-ledger-2024-03-02.txt",
        id: "daily-ledger",
        title: "Again",
        publisher: "The Daily Ledger",
        published: "2024-03-02",
        url: "https://example.org/fictional/again",
      },
      out,
    );
    expect(code).toBe(1);
    expect(lines.join("\n")).toMatch(/duplicate id "daily-ledger"/);
    expect(existsSync(join(seedDir, "sources.yaml"))).toBe(false);
  });

  it("asks for what it needs, and for a text in the sources directory", async () => {
    const { seedDir, sourcesDir, root } = await corpusCopy();
    const missing = collector();
    expect(
      await runAddSource({ seedDir, sourcesDir, file: "x.txt", title: "T" }, missing.out),
    ).toBe(2);
    expect(missing.lines).toEqual(["add-source: give --publisher, --published, --url"]);
    await writeFile(join(root, "elsewhere.txt"), TEXT);
    const outside = collector();
    expect(
      await runAddSource(
        {
          seedDir,
          sourcesDir,
          file: join(root, "elsewhere.txt"),
          title: "T",
          publisher: "P",
          published: "2024-01-01",
          url: "https://example.org/p",
        },
        outside.out,
      ),
    ).toBe(2);
    expect(outside.lines[0]).toMatch(/is not in the sources directory/);
  });
});
