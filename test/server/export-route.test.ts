/**
 * `GET /export/<format>` on the running server (127.0.0.1, a port the OS picks):
 * each format with its media type and file name, start nodes by id or name, the
 * filters, and the 400s that name the wrong parameter.
 */
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_NEIGHBOURHOOD_DEPTH } from "../../src/domain/limits.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import type { Subgraph } from "../../src/store/graph-store.js";

let server: RunningServer;
let base: string;

beforeAll(async () => {
  server = await startServer({ ...readServerConfig({}), port: 0, host: "127.0.0.1" }, () => {});
  base = new URL(server.url).origin;
});
afterAll(async () => {
  await server?.stop();
});

const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);

/** The neighbourhood the store itself gives, to compare the exports with. */
function neighbourhood(ids: string[], depth: number): Promise<Subgraph> {
  return server.store.neighbourhood({ ids, depth, limit: 500, fanOut: 100 });
}

interface D3Json {
  graph: { datasetVersion: string; citation: string; truncated: boolean };
  nodes: { id: string; dateEarliest?: string }[];
  links: { id: string; type: string; dateEarliest?: string }[];
}

async function d3(query: string): Promise<D3Json> {
  const response = await get(`/export/d3?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as D3Json;
}

describe("GET /export/<format>", () => {
  it("serves GEXF for Gephi with its media type and a file name, holding the neighbourhood", async () => {
    const response = await get("/export/gexf?around=eu-ai-office&depth=2");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/gexf+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="entente-eu-ai-office-depth-2.gexf"',
    );
    const graph = parseGexf(MultiGraph, await response.text());
    const expected = await neighbourhood(["eu-ai-office"], 2);
    expect(graph.nodes()).toEqual(expected.nodes.map((node) => node.id));
    expect(graph.edges()).toEqual(expected.edges.map((edge) => edge.id));
    const info = await server.store.info();
    expect(graph.getAttribute("keywords")).toBe(info.version);
  });

  it.each([
    ["cytoscape", "application/json; charset=utf-8", "cyjs"],
    ["d3", "application/json; charset=utf-8", "json"],
    ["graphml", "application/graphml+xml; charset=utf-8", "graphml"],
    ["gexf", "application/gexf+xml; charset=utf-8", "gexf"],
  ])("serves %s as %s, named .%s", async (format, contentType, extension) => {
    const response = await get(`/export/${format}?around=eu-ai-office`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="entente-eu-ai-office-depth-1.${extension}"`,
    );
    const text = await response.text();
    const expected = await neighbourhood(["eu-ai-office"], 1);
    const nodeIds =
      format === "cytoscape"
        ? JSON.parse(text).elements.nodes.map((node: { data: { id: string } }) => node.data.id)
        : format === "d3"
          ? JSON.parse(text).nodes.map((node: { id: string }) => node.id)
          : (format === "gexf" ? parseGexf : parseGraphml)(MultiGraph, text).nodes();
    expect(nodeIds).toEqual(expected.nodes.map((node) => node.id));
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = await get("/export/graphml?around=eu-ai-office", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/graphml+xml; charset=utf-8");
    expect(await response.text()).toBe("");
  });

  it("resolves `around` by name or alias, ignoring case and accents, like by id", async () => {
    const byId = await d3("around=eu-ai-office");
    expect(await d3(`around=${encodeURIComponent("EU AI Office")}`)).toEqual(byId);
    expect(await d3(`around=${encodeURIComponent("european ai office")}`)).toEqual(byId);
  });

  it("takes several start nodes from repeated `around`", async () => {
    const response = await get("/export/d3?around=eu-ai-office&around=japan-aisi");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="entente-eu-ai-office-and-1-more-depth-1.json"',
    );
    const json = (await response.json()) as D3Json;
    const expected = await neighbourhood(["eu-ai-office", "japan-aisi"], 1);
    expect(json.nodes.map((node) => node.id)).toEqual(expected.nodes.map((node) => node.id));
    expect(json.nodes.map((node) => node.id).slice(0, 2)).toEqual(["eu-ai-office", "japan-aisi"]);
  });

  it("follows only the relationship types in `types`", async () => {
    const json = await d3("around=eu-ai-office&depth=2&types=PART_OF,supervises");
    expect(json.links.length).toBeGreaterThan(0);
    expect(new Set(json.links.map((link) => link.type))).toEqual(
      new Set(["PART_OF", "SUPERVISES"]),
    );
    expect(json).toEqual(await d3("around=eu-ai-office&depth=2&types=PART_OF&types=SUPERVISES"));
  });

  it("shows the graph as of `asOf`: nothing that begins later", async () => {
    const all = await d3("around=eu-ai-office&depth=2");
    const early = await d3("around=eu-ai-office&depth=2&asOf=2024-01-01");
    expect(early.nodes.length).toBeLessThan(all.nodes.length);
    for (const item of [...early.nodes, ...early.links]) {
      if (item.dateEarliest) expect(item.dateEarliest <= "2024-01-01").toBe(true);
    }
  });

  it("stops at `limit` nodes and says the export is truncated", async () => {
    const json = await d3("around=eu-ai-office&depth=2&limit=3");
    expect(json.nodes).toHaveLength(3);
    expect(json.graph.truncated).toBe(true);
    expect((await d3("around=eu-ai-office&depth=2")).graph.truncated).toBe(false);
  });

  it.each([
    ["depth=5", "depth", `must be an integer from 0 to ${MAX_NEIGHBOURHOOD_DEPTH}, got "5"`],
    ["depth=-1", "depth", "must be an integer from 0 to 4"],
    ["depth=1.5", "depth", "must be an integer"],
    ["depth=two", "depth", "must be an integer"],
    ["depth=1&depth=2", "depth", "give it once"],
    ["limit=0", "limit", "must be an integer from 1 to 5000"],
    ["limit=5001", "limit", "must be an integer from 1 to 5000"],
    ["asOf=2024-13-01", "asOf", "month 13"],
    ["asOf=2024-06", "asOf", "not a full day"],
    ["types=PART_OF,FRIENDS_WITH", "types", '"FRIENDS_WITH" is not a relationship type'],
    ["dept=2", "dept", "unknown parameter"],
  ])("answers 400 naming the parameter for %s", async (query, parameter, message) => {
    const response = await get(`/export/gexf?around=eu-ai-office&${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body.parameter).toBe(parameter);
    expect(body.error).toContain(`${parameter}: `);
    expect(body.error).toContain(message);
  });

  it.each([
    ["", "give from 1 to 100 start nodes"],
    ["around=", "must not be empty"],
    ["around=no-such-node", 'no node has the id, name or alias "no-such-node"'],
    ["around=eu-ai-office&around=atlantis", '"atlantis"'],
  ])("answers 400 on `around` for '%s'", async (query, message) => {
    const response = await get(`/export/cytoscape?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body).toMatchObject({ parameter: "around" });
    expect(body.error).toContain(message);
  });

  it.each(["/export/pdf?around=eu-ai-office", "/export/", "/export/gexf/more", "/export/GEXF"])(
    "answers 404 for an unknown format: %s",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: string; formats: string[] };
      expect(body.error).toContain("unknown export format");
      expect(body.formats).toEqual(["cytoscape", "d3", "graphml", "gexf", "gexf12"]);
    },
  );

  it("answers 405 to other methods", async () => {
    const response = await get("/export/gexf?around=eu-ai-office", { method: "PUT" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
  });

  it("exports the whole graph with all=true, sources with title and address included", async () => {
    const response = await get("/export/d3?all=true");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="entente-graph.json"',
    );
    const body = (await response.json()) as {
      nodes: { id: string; sourceInfo?: { title: string; url: string } }[];
      links: unknown[];
    };
    const info = await server.store.info();
    expect(body.nodes).toHaveLength(info.nodeCount);
    expect(body.links).toHaveLength(info.edgeCount);
    expect(body.nodes.find((node) => node.sourceInfo)?.sourceInfo?.url).toMatch(/^https:/);
    const early = await get("/export/d3?all=true&asOf=2022-04-30");
    expect(((await early.json()) as { nodes: unknown[] }).nodes.length).toBeLessThan(
      info.nodeCount,
    );
  });

  it.each([
    ["all=yes", "all", "all: must be true"],
    ["all=true&depth=2", "depth", "the whole graph takes asOf only"],
    ["all=true&asOf=2024-02-30", "asOf", "asOf: "],
  ])("refuses %s, naming the parameter", async (query, parameter, message) => {
    const response = await get(`/export/gexf?${query}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body.parameter).toBe(parameter);
    expect(body.error).toContain(message);
  });

  it("renders a scene POSTed as JSON, with the positions it holds", async () => {
    const scene = {
      format: "entente-scene",
      version: 1,
      nodes: ["japan", "european-union"],
      positions: { japan: [10, 20], "european-union": [-30, 40] },
    };
    const response = await get("/export/cytoscape", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(scene),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      elements: { nodes: { data: { id: string }; position: { x: number; y: number } }[] };
    };
    expect(body.elements.nodes.map((node) => [node.data.id, node.position])).toEqual(
      expect.arrayContaining([
        ["japan", { x: 10, y: 20 }],
        ["european-union", { x: -30, y: 40 }],
      ]),
    );
  });

  it.each([
    ["not json", "scene", "the body is not JSON"],
    [
      JSON.stringify({ format: "entente-scene", version: 1, nodes: ["japan"], asOf: "soon" }),
      "asOf",
      "asOf: ",
    ],
    [
      JSON.stringify({ format: "entente-scene", version: 1, nodes: ["atlantis"] }),
      "nodes",
      "not in this dataset",
    ],
  ])("refuses a wrong scene with a 400 naming the field: %s", async (body, parameter, message) => {
    const response = await get("/export/gexf", { method: "POST", body });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; parameter: string };
    expect(answer.parameter).toBe(parameter);
    expect(answer.error).toContain(message);
  });

  it("is listed on / (the JSON index)", async () => {
    const response = await get("/", { headers: { accept: "application/json" } });
    expect(await response.json()).toMatchObject({ export: { path: "/export/{format}" } });
  });
});
