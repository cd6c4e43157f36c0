/**
 * The JSON index at `/` against what the server answers: every path and export form it
 * lists answers, in every format it lists, and the server answers no export format,
 * parameter or method the index leaves out.
 */
import { buildASTSchema, type GraphQLEnumType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/load-type-defs.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";

interface Form {
  method: string;
  parameters: string[];
  example: string;
  gives: string;
}
interface Index {
  export: { path: string; formats: string[]; methods: string[]; forms: Form[] };
  [name: string]: unknown;
}

let server: RunningServer;
let base: string;
let index: Index;

beforeAll(async () => {
  server = await startServer({ ...readServerConfig({}), port: 0, host: "127.0.0.1" }, () => {});
  base = new URL(server.url).origin;
  const response = await fetch(`${base}/`, { headers: { accept: "application/json" } });
  index = (await response.json()) as Index;
});
afterAll(async () => {
  await server?.stop();
});

/** A request in the form the index gives, with real values in place of its placeholders. */
function requestOf(form: Form, format: string): { url: string; init: RequestInit } {
  if (form.method === "POST") {
    const scene = { format: "entente-scene", version: 1, nodes: ["japan", "g7"] };
    return {
      url: `${base}${index.export.path.replace("{format}", format)}`,
      init: { method: "POST", body: JSON.stringify(scene) },
    };
  }
  const filled = form.example
    .replace("{format}", format)
    .replace("=ID", "=japan")
    .replace("=N&types", "=1&types")
    .replace("=A,B", "=MEMBER_OF,PARTY_TO")
    .replace(/=YYYY-MM-DD/g, "=2025-06-01")
    .replace("limit=N", "limit=50");
  return { url: `${base}${filled}`, init: { method: form.method } };
}

describe("the JSON index at /", () => {
  it("lists paths that each answer", async () => {
    const paths = Object.entries(index).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && entry[1].startsWith("/") && !entry[1].includes(" "),
    );
    expect(paths.map(([name]) => name)).toEqual(
      expect.arrayContaining(["graphql", "health", "readiness", "possibleTypes", "valueTypes"]),
    );
    for (const [name, path] of paths) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, `${name} ${path}`).not.toBe(404);
      expect(response.status, `${name} ${path}`).toBeLessThan(500);
    }
  });

  it("answers a path it does not list with 404", async () => {
    for (const path of ["/graphq", "/health", "/exports/d3", "/export"]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });

  it("lists every export format the API knows, among them GEXF 1.2", () => {
    const schema = buildASTSchema(loadTypeDefs());
    // The URL's names are the GraphQL enum's values, in lower case.
    const known = (schema.getType("ExportFormat") as GraphQLEnumType)
      .getValues()
      .map((value) => value.name.toLowerCase());
    expect(index.export.formats).toEqual(known);
    expect(index.export.formats).toContain("gexf12");
  });

  it("lists the neighbourhood, the whole graph and the POSTed scene as export forms", () => {
    const forms = index.export.forms;
    expect(forms.map((form) => [form.method, form.parameters[0]])).toEqual([
      ["GET", "around"],
      ["GET", "all"],
      ["POST", undefined],
    ]);
    for (const form of forms) expect(form.gives).not.toBe("");
  });

  it("answers every listed export form in every listed format with a file", async () => {
    for (const form of index.export.forms) {
      for (const format of index.export.formats) {
        const { url, init } = requestOf(form, format);
        const response = await fetch(url, init);
        const body = await response.text();
        expect(response.status, `${init.method} ${url}: ${body.slice(0, 200)}`).toBe(200);
        expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
        expect(body.length).toBeGreaterThan(0);
      }
    }
  });

  it("answers no export format, parameter or method that it does not list", async () => {
    const unknownFormat = await fetch(`${base}/export/gexf13?around=japan`);
    expect(unknownFormat.status).toBe(404);
    expect(((await unknownFormat.json()) as { formats: string[] }).formats).toEqual(
      index.export.formats,
    );

    const listed = [...new Set(index.export.forms.flatMap((form) => form.parameters))];
    const unknownParameter = await fetch(`${base}/export/d3?around=japan&radius=2`);
    expect(unknownParameter.status).toBe(400);
    const refusal = (await unknownParameter.json()) as { error: string; parameter: string };
    expect(refusal.parameter).toBe("radius");
    expect(refusal.error).toBe(`radius: unknown parameter; use ${listed.join(", ")}`);

    const put = await fetch(`${base}/export/d3?around=japan`, { method: "PUT" });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")?.split(", ")).toEqual(index.export.methods);
    expect(index.export.methods).toEqual(["GET", "HEAD", "POST"]);
  });

  it("takes in the whole-graph form only the parameters that form lists", async () => {
    const whole = index.export.forms.find((form) => form.parameters[0] === "all");
    const around = index.export.forms.find((form) => form.parameters[0] === "around");
    for (const parameter of around?.parameters ?? []) {
      if (whole?.parameters.includes(parameter)) continue;
      const response = await fetch(`${base}/export/d3?all=true&${parameter}=1`);
      expect(response.status, parameter).toBe(400);
      expect(((await response.json()) as { parameter: string }).parameter).toBe(parameter);
    }
  });
});
