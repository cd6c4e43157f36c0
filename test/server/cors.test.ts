/**
 * Cross-origin access as a browser meets it: the headers of simple requests, preflights,
 * an allow-list with `Vary: Origin`, and the CSRF prevention that still stands for
 * everything but read-only GETs. Each server is started on 127.0.0.1 by the test.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCorsOrigins } from "../../src/server/cors.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { startServer } from "../../src/server/start-server.js";

const NOTEBOOK = "https://observablehq.com";
const VITE_APP = "http://localhost:5173";
const STRANGER = "https://elsewhere.example";

async function serve(env: NodeJS.ProcessEnv = {}) {
  const server = await startServer({ ...readServerConfig(env), port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
  return { server, base };
}

const QUERY = '{ node(id: "g7") { name } }';
const graphqlGet = (base: string, query = QUERY) =>
  `${base}/graphql?query=${encodeURIComponent(query)}`;

/** A preflight as a browser sends it before a POST of JSON from another origin. */
function preflight(base: string, origin: string, extra: Record<string, string> = {}) {
  return fetch(`${base}/graphql`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
      ...extra,
    },
    signal: AbortSignal.timeout(5_000),
  });
}

const varyOf = (response: Response) =>
  (response.headers.get("vary") ?? "")
    .toLowerCase()
    .split(",")
    .map((part) => part.trim());

describe("with the default setting, any origin may read the API", () => {
  let served: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    served = await serve();
  });
  afterAll(() => served?.server.stop());

  it("lets a page on another origin read a GET query, with no preflight header (as urql sends it)", async () => {
    const response = await fetch(graphqlGet(served.base), { headers: { origin: NOTEBOOK } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    // The answer is the same for every origin, so caches need not keep one per origin.
    expect(varyOf(response)).not.toContain("origin");
    expect(await response.json()).toMatchObject({ data: { node: { name: "Group of Seven" } } });
  });

  it("answers a preflight for a POST of JSON with the methods, the headers asked for and how long to keep it", async () => {
    const response = await preflight(served.base, VITE_APP, {
      "access-control-request-headers": "content-type, apollographql-client-name, traceparent",
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe(
      "content-type, apollographql-client-name, traceparent",
    );
    expect(response.headers.get("access-control-max-age")).toBe("86400");
    expect(varyOf(response)).toContain("access-control-request-headers");
    expect(await response.text()).toBe("");
  });

  it("says yes when Chromium asks whether a public page may call it on the visitor's machine", async () => {
    const asked = await preflight(served.base, NOTEBOOK, {
      "access-control-request-private-network": "true",
    });
    expect(asked.headers.get("access-control-allow-private-network")).toBe("true");
    const notAsked = await preflight(served.base, NOTEBOOK);
    expect(notAsked.headers.get("access-control-allow-private-network")).toBeNull();
  });

  it("answers the preflight of every route, and then the route itself with CORS headers", async () => {
    const before = await fetch(`${served.base}/export/d3?around=g7`, {
      method: "OPTIONS",
      headers: { origin: NOTEBOOK, "access-control-request-method": "GET" },
    });
    expect(before.status).toBe(204);
    const file = await fetch(`${served.base}/export/d3?around=g7`, {
      headers: { origin: NOTEBOOK },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get("access-control-allow-origin")).toBe("*");
    const missing = await fetch(`${served.base}/no-such-path`, { headers: { origin: NOTEBOOK } });
    expect(missing.status).toBe(404);
    // Errors are readable too, so a page can show what went wrong.
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers a plain OPTIONS (no preflight) with the methods it allows", async () => {
    const response = await fetch(`${served.base}/graphql`, { method: "OPTIONS" });
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
  });

  it("adds no CORS headers to a request that names no origin (curl, a server-side client)", async () => {
    const response = await fetch(graphqlGet(served.base));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("CSRF prevention, kept for everything but read-only GETs", () => {
  let served: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    served = await serve();
  });
  afterAll(() => served?.server.stop());

  const errorsOf = async (response: Response) =>
    ((await response.json()) as { errors?: { message: string }[] }).errors ?? [];

  it("runs a GET holding named queries and fragments, without any preflight header", async () => {
    const query = `query Who { node(id: "g7") { ...Named } } fragment Named on Node { name }`;
    const response = await fetch(graphqlGet(served.base, query));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { node: { name: "Group of Seven" } } });
  });

  it("refuses a GET holding a mutation as a potential CSRF", async () => {
    const response = await fetch(graphqlGet(served.base, "mutation { reset }"));
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it("refuses a GET whose document holds a mutation beside a query, whichever is asked for", async () => {
    const query = "query Read { __typename } mutation Write { reset }";
    const response = await fetch(`${graphqlGet(served.base, query)}&operationName=Read`, {
      headers: { origin: STRANGER },
    });
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it.each([
    ["text/plain", "text/plain"],
    ["a form", "application/x-www-form-urlencoded"],
  ])(
    "refuses a POST sent as %s (a request browsers send without asking first)",
    async (_label, type) => {
      const response = await fetch(`${served.base}/graphql`, {
        method: "POST",
        headers: { "content-type": type, origin: STRANGER },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(response.status).toBe(400);
      expect((await errorsOf(response))[0]?.message).toMatch(/Cross-Site Request Forgery/);
    },
  );
});

describe("with ENTENTE_CORS_ORIGINS, only the listed origins may read", () => {
  let served: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    served = await serve({ ENTENTE_CORS_ORIGINS: `${NOTEBOOK}, ${VITE_APP}` });
  });
  afterAll(() => served?.server.stop());

  it("names a listed origin in the answer, and says the answer depends on the origin", async () => {
    const response = await fetch(graphqlGet(served.base), { headers: { origin: VITE_APP } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(VITE_APP);
    expect(varyOf(response)).toEqual(expect.arrayContaining(["origin", "accept"]));
  });

  it("answers another origin's request without permission to read it, and with Vary: Origin", async () => {
    const response = await fetch(graphqlGet(served.base), { headers: { origin: STRANGER } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(varyOf(response)).toContain("origin");
  });

  it("marks even an answer to a request without Origin as depending on it", async () => {
    const response = await fetch(graphqlGet(served.base));
    expect(varyOf(response)).toContain("origin");
  });

  it("allows a listed origin's preflight and refuses another's with 403, naming the setting", async () => {
    const allowed = await preflight(served.base, NOTEBOOK);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(NOTEBOOK);
    const refused = await preflight(served.base, STRANGER);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(await refused.json()).toEqual({
      error: `origin ${STRANGER} is not among the origins allowed to read this API (ENTENTE_CORS_ORIGINS)`,
      code: "ORIGIN_NOT_ALLOWED",
    });
  });
});

describe("ENTENTE_CORS_ORIGINS", () => {
  it("is any origin when unset, empty or *", () => {
    expect(parseCorsOrigins(undefined)).toBe("*");
    expect(parseCorsOrigins("")).toBe("*");
    expect(parseCorsOrigins(" * ")).toBe("*");
  });

  it("reads origins separated by commas or spaces, as browsers write them", () => {
    expect(parseCorsOrigins("https://Observablehq.com:443/, http://localhost:5173")).toEqual([
      NOTEBOOK,
      VITE_APP,
    ]);
    expect(parseCorsOrigins("none")).toEqual([]);
  });

  it.each([
    "https://observablehq.com/@someone/notebook",
    "observablehq.com",
    "ftp://files.example",
    "https://user@example.org",
    "https://example.org?x=1",
  ])("refuses %s at start, naming the setting and the entry", (entry) => {
    expect(() => readServerConfig({ ENTENTE_CORS_ORIGINS: `${VITE_APP},${entry}` })).toThrow(
      `ENTENTE_CORS_ORIGINS: "${entry}" is not an origin`,
    );
  });

  it("with none, lets no page on another origin read the answers", async () => {
    const served = await serve({ ENTENTE_CORS_ORIGINS: "none" });
    try {
      const response = await fetch(graphqlGet(served.base), { headers: { origin: NOTEBOOK } });
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect((await preflight(served.base, NOTEBOOK)).status).toBe(403);
    } finally {
      await served.server.stop();
    }
  });
});
