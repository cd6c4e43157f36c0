/**
 * `entente export`, run in-process: the file goes to stdout untouched (so that
 * `> out.gexf` holds exactly the export), messages go to stderr, bad usage exits 2.
 */
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import { type ExportCommandOptions, runExport } from "../../src/cli/run-export.js";
import { citationFor } from "../../src/domain/citation.js";
import type { Dataset } from "../../src/domain/graph-types.js";
import { exportMeta } from "../../src/export/export-query.js";
import { exportSubgraph } from "../../src/export/export-subgraph.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
});

async function run(options: Omit<ExportCommandOptions, "seedDir">) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runExport(
    { seedDir: DEFAULT_SEED_DIR, ...options },
    { write: (text) => stdout.push(text), error: (line) => stderr.push(line) },
  );
  return { code, stdout: stdout.join(""), stderr };
}

describe("entente export", () => {
  it("prints the GEXF of `--format gexf --around eu-ai-office --depth 2`, exactly what the API exports", async () => {
    const { code, stdout, stderr } = await run({
      format: "gexf",
      around: ["eu-ai-office"],
      depth: "2",
    });
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const store = new MemoryStore(dataset);
    const subgraph = await store.neighbourhood({
      ids: ["eu-ai-office"],
      depth: 2,
      limit: 500,
      fanOut: 100,
    });
    const meta = await exportMeta(store, subgraph);
    expect(meta.citation).toBe(
      citationFor({
        version: dataset.version,
        nodeCount: dataset.nodes.length,
        edgeCount: dataset.edges.length,
      }),
    );
    expect(stdout).toBe(exportSubgraph(subgraph, "gexf", meta).content);
    expect(stdout.endsWith("\n")).toBe(true);
    expect(parseGexf(MultiGraph, stdout).nodes()).toEqual(subgraph.nodes.map((node) => node.id));
  });

  it("takes names, several --around, --types, --as-of and --limit", async () => {
    const { code, stdout } = await run({
      format: "graphml",
      around: ["EU AI Office", "japan-aisi"],
      depth: "2",
      types: ["PART_OF,COORDINATES_WITH", "SUPERVISES"],
      asOf: "2024-12-31",
      limit: "40",
    });
    expect(code).toBe(0);
    const graph = parseGraphml(MultiGraph, stdout);
    expect(graph.nodes().slice(0, 2)).toEqual(["eu-ai-office", "japan-aisi"]);
    graph.forEachEdge((_key, attributes) => {
      expect(["PART_OF", "COORDINATES_WITH", "SUPERVISES"]).toContain(attributes.type);
    });
  });

  it("prints the JSON formats too", async () => {
    const cytoscape = await run({ format: "cytoscape", around: ["eu-ai-office"] });
    expect(JSON.parse(cytoscape.stdout).elements.nodes[0].data.id).toBe("eu-ai-office");
    const d3 = await run({ format: "d3", around: ["eu-ai-office"] });
    expect(JSON.parse(d3.stdout).nodes[0].id).toBe("eu-ai-office");
  });

  it("warns on stderr, not in the file, when limits cut the neighbourhood", async () => {
    const { code, stdout, stderr } = await run({
      format: "d3",
      around: ["eu-ai-office"],
      depth: "2",
      limit: "3",
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).nodes).toHaveLength(3);
    expect(stderr.join("\n")).toMatch(/limits cut the neighbourhood.*--limit/);
  });

  it.each([
    [{ around: ["eu-ai-office"] }, "give --format cytoscape|d3|graphml|gexf"],
    [{ format: "pdf", around: ["eu-ai-office"] }, 'unknown format "pdf"'],
    [{ format: "gexf" }, "--around: give from 1 to 100 start nodes"],
    [
      { format: "gexf", around: ["atlantis"] },
      '--around: no node has the id, name or alias "atlantis"',
    ],
    [
      { format: "gexf", around: ["eu-ai-office"], depth: "9" },
      "--depth: must be an integer from 0 to 4",
    ],
    [{ format: "gexf", around: ["eu-ai-office"], asOf: "May 2024" }, "--as-of: "],
    [{ format: "gexf", around: ["eu-ai-office"], types: ["LIKES"] }, '--types: "LIKES" is not'],
    [{ format: "gexf", around: ["eu-ai-office"], limit: "0" }, "--limit: must be an integer"],
  ] as const)(
    "exits 2 with a message on stderr and nothing on stdout: %j",
    async (options, message) => {
      const { code, stdout, stderr } = await run(options);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toHaveLength(1);
      expect(stderr[0]).toContain(message);
      expect(stderr[0]?.startsWith("export: ")).toBe(true);
    },
  );
});

describe("entente export --all and --scene", () => {
  it("prints the whole graph with --all, sources included", async () => {
    const { code, stdout, stderr } = await run({ format: "d3", all: true });
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { nodes: { id: string }[]; links: unknown[] };
    expect(json.nodes).toHaveLength(dataset.nodes.length);
    expect(json.links).toHaveLength(dataset.edges.length);
  });

  it("renders a scene file as drawn, and names what is wrong with a bad one", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const directory = await mkdtemp(join(tmpdir(), "entente-scene-"));
    const good = join(directory, "good.json");
    await writeFile(
      good,
      JSON.stringify({
        format: "entente-scene",
        version: 1,
        nodes: ["japan", "g7"],
        positions: { japan: [5, 6] },
      }),
    );
    const rendered = await run({ format: "cytoscape", scene: good });
    expect(rendered.code).toBe(0);
    expect(JSON.parse(rendered.stdout).elements.nodes[0]).toMatchObject({
      data: { id: "japan" },
      position: { x: 5, y: 6 },
    });
    const bad = join(directory, "bad.json");
    await writeFile(bad, JSON.stringify({ format: "entente-scene", version: 1, nodes: [7] }));
    expect(await run({ format: "gexf", scene: bad })).toMatchObject({
      code: 2,
      stderr: ["export: scene nodes[0]: must be a non-empty text"],
    });
    expect(await run({ format: "gexf", scene: join(directory, "missing.json") })).toMatchObject({
      code: 2,
      stderr: [expect.stringContaining("cannot read")],
    });
    expect(await run({ format: "gexf", all: true, around: ["japan"] })).toMatchObject({
      code: 2,
      stderr: ["export: --all does not take --around"],
    });
  });
});
