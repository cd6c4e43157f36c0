import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_DIR, DEFAULT_SOURCES_DIR } from "../../src/package-paths.js";
import { loadSeed, validateSeed } from "../../src/seed/load-seed.js";
import { formatSeedIssue } from "../../src/seed/seed-issue.js";

const haveSources = existsSync(DEFAULT_SOURCES_DIR);

describe("the project's seed", () => {
  it("passes every check that needs no source texts", async () => {
    const result = await validateSeed({ seedDir: DEFAULT_SEED_DIR });

    expect(result.issues.map(formatSeedIssue)).toEqual([]);
    expect(result.fileCount).toBeGreaterThan(0);
    expect(result.dataset?.nodes.length).toBeGreaterThan(0);
    expect(result.dataset?.edges.length).toBeGreaterThan(0);
  });

  it("loads, with every event carrying a status and every fact carrying evidence", async () => {
    const dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });

    const events = dataset.nodes.filter((node) => node.category === "Event");
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((event) => event.status === undefined)).toEqual([]);
    const sources = new Set(
      dataset.nodes.filter((node) => node.category === "Source").map((node) => node.id),
    );
    for (const fact of [...dataset.nodes.filter((node) => !node.source), ...dataset.edges]) {
      expect(fact.evidence.length, fact.id).toBeGreaterThan(0);
      for (const item of fact.evidence) expect(sources, fact.id).toContain(item.sourceId);
    }
  });

  it.skipIf(!haveSources)(
    haveSources
      ? `has every quote at its offsets in the texts of ${DEFAULT_SOURCES_DIR}`
      : `has every quote at its offsets in the source texts (SKIPPED: ${DEFAULT_SOURCES_DIR} does not exist)`,
    async () => {
      const result = await validateSeed({
        seedDir: DEFAULT_SEED_DIR,
        sourcesDir: DEFAULT_SOURCES_DIR,
      });

      expect(result.issues.map(formatSeedIssue)).toEqual([]);
      expect(result.dataset).toBeDefined();
    },
  );
});
