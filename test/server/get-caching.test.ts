/**
 * GraphQL answers to GET are cacheable: an ETag of the dataset version and the request,
 * Cache-Control, 304 for If-None-Match without running the query again, and a new ETag
 * once a reload serves another dataset. Servers run on 127.0.0.1, started by the test.
 */
import { writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { createHttpHandler } from "../../src/server/create-http-handler.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";
import {
  ACTORS_YAML,
  baseSeed,
  evidence,
  removeTempDirs,
  writeSeed,
} from "../seed/seed-fixture.js";
import { interceptStore } from "../support/intercept-store.js";

afterAll(removeTempDirs);

const portOf = (server: Server) => (server.address() as AddressInfo).port;
const QUERY = "query ($id: ID!) { node(id: $id) { id name evidence { quote } } }";

function getUrl(base: string, query: string, variables?: Record<string, unknown>) {
  const search = new URLSearchParams({ query });
  if (variables) search.set("variables", JSON.stringify(variables));
  return `${base}/graphql?${search}`;
}

describe("GET answers of a running server", () => {
  let server: RunningServer;
  let base: string;
  let version: string;
  beforeAll(async () => {
    server = await startServer({ ...readServerConfig({}), port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${portOf(server.http)}`;
    version = (await loadSeed({ seedDir: DEFAULT_SEED_DIR })).version;
  });
  afterAll(() => server?.stop());

  const get = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, { headers, signal: AbortSignal.timeout(5_000) });

  it("carry an ETag that starts with the dataset version, and a Cache-Control that revalidates", async () => {
    const response = await get(getUrl(base, QUERY, { id: "g7" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(new RegExp(`^"${version.slice(0, 16)}-[\\w-]+"$`));
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(response.headers.get("vary")).toContain("Accept");
  });

  it("are the same ETag for the same request, and another for other variables or another Accept", async () => {
    const tag = async (url: string, headers?: Record<string, string>) =>
      (await get(url, headers)).headers.get("etag");
    const g7 = await tag(getUrl(base, QUERY, { id: "g7" }));
    expect(await tag(getUrl(base, QUERY, { id: "g7" }))).toBe(g7);
    expect(await tag(getUrl(base, QUERY, { id: "oecd" }))).not.toBe(g7);
    expect(
      await tag(getUrl(base, QUERY, { id: "g7" }), { accept: "application/graphql-response+json" }),
    ).not.toBe(g7);
  });

  it("answer 304 with no body to a client that holds the answer, whichever way it names its ETag", async () => {
    const url = getUrl(base, QUERY, { id: "g7" });
    const tag = (await get(url)).headers.get("etag") ?? "";
    for (const ifNoneMatch of [tag, `W/${tag}`, `"something-else", ${tag}`, "*"]) {
      const response = await get(url, { "if-none-match": ifNoneMatch });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(response.headers.get("etag")).toBe(tag);
      expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      expect(await response.text()).toBe("");
    }
    const stale = await get(url, { "if-none-match": '"another-version-abc"' });
    expect(stale.status).toBe(200);
  });

  it("are not cached when they carry errors", async () => {
    const response = await get(getUrl(base, "{ actors(first: 1000) { totalCount } }"));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("leave POST answers without an ETag", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY, variables: { id: "g7" } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("x-entente-cacheable-version")).toBeNull();
  });
});

describe("If-None-Match", () => {
  let http: Server | undefined;
  const apollos: { stop(): Promise<void> }[] = [];
  afterEach(async () => {
    await new Promise((resolve) => http?.close(resolve));
    http = undefined;
    await Promise.all(apollos.splice(0).map((apollo) => apollo.stop()));
  });

  /** A handler over a store that counts its calls; `current` is the version served now. */
  async function countingServer(current: (() => string | undefined) | undefined) {
    const dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
    const calls: string[] = [];
    const store = interceptStore(new MemoryStore(dataset), (method) => calls.push(method));
    const apollo = createApolloServer(store, { datasetVersion: dataset.version });
    await apollo.start();
    apollos.push(apollo);
    const handler = createHttpHandler(apollo, store, {
      maxBodyBytes: 10_000,
      accepting: () => true,
      datasetVersion: current === undefined ? undefined : current,
    });
    http = createServer((request, response) => void handler(request, response));
    await new Promise<void>((resolve) => http?.listen(0, "127.0.0.1", resolve));
    const url = getUrl(`http://127.0.0.1:${portOf(http)}`, QUERY, { id: "g7" });
    return { dataset, calls, url };
  }

  it("is answered without running the query when it names the answer for the dataset served now", async () => {
    let servedVersion: string | undefined;
    const served = await countingServer(() => servedVersion);
    servedVersion = served.dataset.version;
    const first = await fetch(served.url);
    const tag = first.headers.get("etag") ?? "";
    expect(served.calls.length).toBeGreaterThan(0);
    served.calls.length = 0;
    const again = await fetch(served.url, { headers: { "if-none-match": tag } });
    expect(again.status).toBe(304);
    expect(served.calls).toEqual([]);
    // Once another version is served, the same ETag no longer short-cuts the query.
    servedVersion = "another-version";
    const after = await fetch(served.url, { headers: { "if-none-match": tag } });
    expect(after.status).toBe(304);
    expect(served.calls.length).toBeGreaterThan(0);
  });

  it("is checked against the answer itself when the handler does not know the version served", async () => {
    const served = await countingServer(undefined);
    const tag = (await fetch(served.url)).headers.get("etag") ?? "";
    const again = await fetch(served.url, { headers: { "if-none-match": tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("does not match the ETags of another server process, which may run other code", async () => {
    const one = await countingServer(undefined);
    const tag = (await fetch(one.url)).headers.get("etag");
    await new Promise((resolve) => http?.close(resolve));
    const two = await countingServer(undefined);
    const other = (await fetch(two.url)).headers.get("etag");
    expect(other).not.toBe(tag);
    expect(other?.slice(0, 17)).toBe(tag?.slice(0, 17));
  });
});

describe("a reload", () => {
  it("changes the ETag: a client holding the old answer gets the new dataset's", async () => {
    const seed = await writeSeed(baseSeed());
    const server = await startServer(
      {
        ...readServerConfig({
          ENTENTE_SEED_DIR: seed.seedDir,
          ENTENTE_SOURCES_DIR: seed.sourcesDir,
        }),
        port: 0,
        host: "127.0.0.1",
      },
      () => {},
    );
    try {
      const url = getUrl(
        `http://127.0.0.1:${portOf(server.http)}`,
        "{ actors { edges { node { name } } } }",
      );
      const before = await fetch(url);
      const tag = before.headers.get("etag") ?? "";
      expect((await fetch(url, { headers: { "if-none-match": tag } })).status).toBe(304);

      await writeFile(
        join(seed.seedDir, "actors.yaml"),
        `${ACTORS_YAML}  - id: gamma-republic\n    kind: COUNTRY\n    name: Gamma Republic\n    evidence:\n      - ${evidence("Beta Country")}\n`,
      );
      const reloaded = await server.reload();
      expect(reloaded.outcome).toBe("reloaded");

      const after = await fetch(url, { headers: { "if-none-match": tag } });
      expect(after.status).toBe(200);
      expect(after.headers.get("etag")).not.toBe(tag);
      expect(after.headers.get("etag")).toMatch(new RegExp(`^"${reloaded.version.slice(0, 16)}-`));
      expect(JSON.stringify(await after.json())).toContain("Gamma Republic");
    } finally {
      await server.stop();
    }
  });
});

describe("ENTENTE_CACHE_MAX_AGE", () => {
  it("sets how long caches may keep an answer before asking again", async () => {
    const server = await startServer({
      ...readServerConfig({ ENTENTE_CACHE_MAX_AGE: "300" }),
      port: 0,
      host: "127.0.0.1",
    });
    try {
      const base = `http://127.0.0.1:${portOf(server.http)}`;
      const answer = await fetch(getUrl(base, "{ dataset { version } }"));
      expect(answer.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
      const file = await fetch(`${base}/possible-types.json`);
      expect(file.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
    } finally {
      await server.stop();
    }
  });

  it("must be a whole number of seconds", () => {
    expect(() => readServerConfig({ ENTENTE_CACHE_MAX_AGE: "5m" })).toThrow(
      'ENTENTE_CACHE_MAX_AGE must be a non-negative integer, got "5m"',
    );
  });
});
