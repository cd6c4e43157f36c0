/**
 * Reloading the seed while serving (what SIGHUP does in `entente serve`): a valid
 * seed is served from the next request on; a broken one — truncated, not UTF-8, a
 * duplicate id, a PART_OF cycle, a dangling reference, a quote that is not in its
 * source — is rejected with file and location, and the previous dataset goes on
 * being served, unchanged. Requests in flight during a reload keep the dataset they
 * started with.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { Deadline } from "../../src/domain/deadline.js";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { executeQuery } from "../../src/graphql/execute-query.js";
import { createRequestContext } from "../../src/graphql/request-context.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import { SwappableStore } from "../../src/store/swappable-store.js";
import {
  baseSeed,
  evidence,
  positionOf,
  removeTempDirs,
  replaceOnce,
  type WrittenSeed,
  writeSeed,
} from "../seed/seed-fixture.js";

afterAll(removeTempDirs);

let seed: WrittenSeed;
let server: RunningServer;
const logged: string[] = [];

beforeEach(async () => {
  seed = await writeSeed(baseSeed());
  logged.length = 0;
  server = await startServer(
    {
      ...readServerConfig({
        ENTENTE_SEED_DIR: seed.seedDir,
        ENTENTE_SOURCES_DIR: seed.sourcesDir,
      }),
      port: 0,
      host: "127.0.0.1",
    },
    (line) => logged.push(line),
  );
});
afterEach(() => server.stop());

const SNAPSHOT = `{
  dataset { version nodeCount relationshipCount }
  actors { edges { node { id name } } }
  node(id: "alpha-beta-partnership") { name ... on Agreement { parties { id } } }
}`;

async function ask(query = SNAPSHOT) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data: { dataset: { version: string } } & Record<string, unknown>;
    extensions: { dataset: { version: string } };
  };
}

async function writeSeedFile(name: string, content: string | Buffer) {
  await writeFile(join(seed.seedDir, name), content);
}

const ACTORS = baseSeed()["actors.yaml"] ?? "";

/** Each kind of broken seed, with the file and the text at which the issue must be located. */
const BROKEN: [string, string, string | Buffer, string][] = [
  [
    "a file cut off in the middle of a quote",
    "actors.yaml",
    ACTORS.slice(0, ACTORS.indexOf("Beta Country will sign") + 5),
    "",
  ],
  [
    "a file that is not UTF-8",
    "actors.yaml",
    Buffer.concat([
      Buffer.from(ACTORS.replace("Beta Country", "Beta Pays")),
      Buffer.from([0xe9, 0x0a]),
    ]),
    "",
  ],
  [
    "a duplicate id",
    "actors.yaml",
    replaceOnce(ACTORS, "  - id: beta-country", "  - id: alpha-union"),
    "  - id: alpha-union\n    kind: COUNTRY",
  ],
  [
    "a PART_OF cycle",
    "actors.yaml",
    `${replaceOnce(ACTORS, "    statements:\n", `    statements:\n      - { type: PART_OF, to: beta-country, status: ACTIVE, evidence: [${evidence("Alpha Union")}] }\n`)}    statements:\n      - { type: PART_OF, to: alpha-union, status: ACTIVE, evidence: [${evidence("Beta Country")}] }\n`,
    "",
  ],
  [
    "a reference to a node no file defines",
    "actors.yaml",
    replaceOnce(ACTORS, "to: alpha-beta-partnership", "to: gamma-partnership"),
    "to: gamma-partnership",
  ],
  [
    "a quote that is not in its source",
    "actors.yaml",
    replaceOnce(ACTORS, `quote: "Beta Country"`, `quote: "Gamma Nation"`),
    "",
  ],
];

describe("reload", () => {
  it.each(BROKEN)(
    "rejects %s with file and location and keeps serving the previous dataset unchanged",
    async (_label, file, content) => {
      const before = await ask();
      await writeSeedFile(file, content);
      const result = await server.reload();
      expect(result.outcome).toBe("rejected");
      if (result.outcome !== "rejected") return;
      expect(result.version).toBe(before.data.dataset.version);
      // file:line:column, as `entente validate` prints it.
      expect(result.reason).toMatch(new RegExp(`${file}:\\d+:\\d+`));
      expect(logged.at(-1)).toContain(
        `reload rejected, still serving dataset ${before.data.dataset.version}`,
      );
      const after = await ask();
      expect(after).toEqual(before);
      expect(after.extensions.dataset.version).toBe(before.data.dataset.version);
    },
  );

  it("points at the line of the problem", async () => {
    const broken = replaceOnce(ACTORS, "to: alpha-beta-partnership", "to: gamma-partnership");
    await writeSeedFile("actors.yaml", broken);
    const result = await server.reload();
    const { line } = positionOf(broken, "to: gamma-partnership");
    expect(result.outcome === "rejected" && result.reason).toContain(`actors.yaml:${line}:`);
  });

  it("serves a valid seed from the next request on, and cites its version", async () => {
    const before = await ask();
    await writeSeedFile(
      "actors.yaml",
      `${ACTORS}
  - id: gamma-republic
    kind: COUNTRY
    name: Gamma Republic
    evidence:
      - ${evidence("Beta Country")}
`,
    );
    const result = await server.reload();
    expect(result.outcome).toBe("reloaded");
    const after = await ask();
    expect(after.data.dataset.version).toBe(result.version);
    expect(after.data.dataset.version).not.toBe(before.data.dataset.version);
    expect(after.extensions.dataset.version).toBe(result.version);
    expect(JSON.stringify(after.data.actors)).toContain("Gamma Republic");
    expect(logged.at(-1)).toBe(
      `reloaded: serving dataset ${result.version} (was ${before.data.dataset.version})`,
    );
    // Reloading the same seed again changes nothing.
    expect(await server.reload()).toEqual({ outcome: "unchanged", version: result.version });
  });

  it("recovers: a rejected reload followed by a fixed seed serves the fixed one", async () => {
    await writeSeedFile("actors.yaml", ACTORS.slice(0, 40));
    expect((await server.reload()).outcome).toBe("rejected");
    await writeSeedFile("actors.yaml", ACTORS.replace("name: Beta Country", "name: Beta Land"));
    expect((await server.reload()).outcome).toBe("reloaded");
    expect(JSON.stringify((await ask()).data.actors)).toContain("Beta Land");
  });

  it("cites the dataset a request in flight read, not the one a reload swapped in meanwhile", async () => {
    const first = new MemoryStore(await loadSeed({ seedDir: seed.seedDir }));
    await writeSeedFile(
      "actors.yaml",
      `${ACTORS}\n  - id: gamma-republic\n    kind: COUNTRY\n    name: Gamma Republic\n    evidence:\n      - ${evidence("Beta Country")}\n`,
    );
    const second = new MemoryStore(await loadSeed({ seedDir: seed.seedDir }));
    const [firstInfo, secondInfo] = [await first.info(), await second.info()];
    expect(secondInfo.nodeCount).toBe(firstInfo.nodeCount + 1);

    // The first dataset's list call waits until the test has swapped the second one in.
    let arrived = () => {};
    const reached = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held = new Proxy(first, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        // A root list reads whole nodes, or only their heads when that is all it is asked.
        if (property !== "listNodes" && property !== "listNodeHeads") return value;
        return async (...args: Parameters<GraphStore["listNodes"]>) => {
          arrived();
          await gate;
          return property === "listNodes"
            ? target.listNodes(...args)
            : target.listNodeHeads(...args);
        };
      },
    });
    const swappable = new SwappableStore(held);
    let served = firstInfo.version;
    const api = createApolloServer(swappable, { datasetVersion: () => served });
    await api.start();
    try {
      const inFlight = executeQuery(api, swappable, "{ actors { totalCount } }");
      await reached;
      swappable.swap(second);
      served = secondInfo.version;
      release();
      const answer = await inFlight;
      expect(answer.data).toEqual({ actors: { totalCount: 2 } });
      expect(answer.extensions?.dataset).toEqual({
        version: firstInfo.version,
        citation: expect.stringContaining(
          `dataset version ${firstInfo.version} (${firstInfo.nodeCount} nodes,`,
        ),
      });
      const next = await executeQuery(api, swappable, "{ actors { totalCount } }");
      expect(next.data).toEqual({ actors: { totalCount: 3 } });
      expect(next.extensions?.dataset).toMatchObject({ version: secondInfo.version });
    } finally {
      await api.stop();
    }
  });

  it("keeps a request in flight on the dataset it started with", async () => {
    const first = new MemoryStore(await loadSeed({ seedDir: seed.seedDir }));
    await writeSeedFile("actors.yaml", ACTORS.replace("name: Beta Country", "name: Beta Land"));
    const second = new MemoryStore(await loadSeed({ seedDir: seed.seedDir }));
    const swappable = new SwappableStore(first);
    const inFlight = createRequestContext(swappable, { deadline: new Deadline(5_000) });
    swappable.swap(second);
    const next = createRequestContext(swappable);
    const name = async (context: typeof next) =>
      (await context.store.getNodes(["beta-country"]))[0]?.name;
    expect(await name(inFlight)).toBe("Beta Country");
    expect(await name(next)).toBe("Beta Land");
    expect((await inFlight.store.info()).version).toBe((await first.info()).version);
  });
});
