/**
 * What the server tells clients about its schema: Apollo Client's possibleTypes and the
 * value types at fixed URLs, cacheable; and an introspection that leaves out the
 * directives only the server reads, while those directives still do their work.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";

let server: RunningServer;
let base: string;
beforeAll(async () => {
  server = await startServer({ ...readServerConfig({}), port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
});
afterAll(() => server?.stop());

async function graphql<T>(query: string): Promise<{ data?: T; errors?: { message: string }[] }> {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}

describe("/possible-types.json", () => {
  it("lists the node types behind the Node interface, as Apollo Client's possibleTypes", async () => {
    const response = await fetch(`${base}/possible-types.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toMatchObject({
      Node: ["Actor", "Agreement", "Event", "Place", "Source", "Topic"],
    });
  });

  it("is cacheable: an ETag, and 304 when the client holds it", async () => {
    const first = await fetch(`${base}/possible-types.json`);
    const tag = first.headers.get("etag") ?? "";
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const again = await fetch(`${base}/possible-types.json`, { headers: { "if-none-match": tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("answers HEAD without a body, and refuses POST with 405 and the methods allowed", async () => {
    const head = await fetch(`${base}/possible-types.json`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
    expect(await head.text()).toBe("");
    const post = await fetch(`${base}/possible-types.json`, { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("is listed at / with the other endpoints", async () => {
    const response = await fetch(`${base}/`, { headers: { accept: "application/json" } });
    expect(await response.json()).toMatchObject({
      possibleTypes: "/possible-types.json",
      valueTypes: "/value-types.json",
    });
  });
});

describe("/value-types.json", () => {
  it("names the object types without an id, and no type that has one", async () => {
    const { valueTypes } = (await (await fetch(`${base}/value-types.json`)).json()) as {
      valueTypes: string[];
    };
    expect(valueTypes).toEqual(
      expect.arrayContaining([
        "Evidence",
        "PartialDate",
        "Link",
        "Path",
        "PathStep",
        "StatusStep",
        "GroupCount",
        "SearchHit",
        "TimelineEntry",
        "ActorConnection",
        "ActorEdge",
        "PageInfo",
      ]),
    );
    for (const identified of ["Actor", "Agreement", "Relationship", "Query"]) {
      expect(valueTypes).not.toContain(identified);
    }
  });

  it("names, per type, the fields that list value objects", async () => {
    const { valueLists } = (await (await fetch(`${base}/value-types.json`)).json()) as {
      valueLists: Record<string, string[]>;
    };
    expect(valueLists.Actor).toEqual(expect.arrayContaining(["evidence", "links"]));
    expect(valueLists.Agreement).toEqual(expect.arrayContaining(["statusHistory"]));
    expect(valueLists.Query).toEqual(expect.arrayContaining(["paths", "search"]));
    expect(valueLists.Path).toEqual(["steps"]);
    // Lists of nodes hold references to normalised objects: nothing to merge.
    expect(valueLists.Actor).not.toContain("agreements");
    expect(valueLists.Subgraph).toBeUndefined();
  });
});

describe("introspection", () => {
  const INTERNAL = ["relation", "listSize", "walk", "cost"];

  it("does not list the directives only the server reads", async () => {
    const { data } = await graphql<{ __schema: { directives: { name: string }[] } }>(
      "{ __schema { directives { name } } }",
    );
    const names = data?.__schema.directives.map((directive) => directive.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(["include", "skip", "deprecated"]));
    for (const internal of INTERNAL) expect(names).not.toContain(internal);
  });

  it("refuses those directives in a query as unknown ones", async () => {
    const { errors } = await graphql(
      '{ node(id: "g7") @relation(types: [PART_OF], direction: OUT) { id } }',
    );
    expect(errors?.[0]?.message).toBe('Unknown directive "@relation".');
  });

  it("still follows @relation on the fields that declare it", async () => {
    const { data } = await graphql<{ node: { memberOf: { id: string }[] } }>(
      '{ node(id: "japan") { ... on Actor { memberOf { id } } } }',
    );
    expect(data?.node.memberOf.map((actor) => actor.id)).toContain("g7");
  });

  it("still prices a query by the cost directives", async () => {
    // A walk of four steps at 1000 each (`@walk`, `@cost` on paths) is over a limit of 2000.
    const strict = await startServer({
      ...readServerConfig({ ENTENTE_MAX_COST: "2000" }),
      port: 0,
      host: "127.0.0.1",
    });
    try {
      const ask = (query: string) =>
        fetch(strict.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        }).then((response) => response.json() as Promise<{ errors?: { message: string }[] }>);
      expect((await ask('{ node(id: "g7") { id } }')).errors).toBeUndefined();
      const walk = await ask('{ paths(from: "japan", to: "oecd", maxHops: 4) { summary } }');
      expect(walk.errors?.[0]?.message).toMatch(/cost \d+ is too high/);
    } finally {
      await strict.stop();
    }
  });
});
