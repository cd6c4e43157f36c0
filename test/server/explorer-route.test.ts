/**
 * How the server serves Explorer, against a folder of stand-in files: the page at /
 * for browsers and the JSON index for clients that ask for JSON, assets with their
 * content types and cache policy, no way out of the folder, and a page that says
 * how to build Explorer when it is not built.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApolloServer } from "../../src/graphql/create-apollo-server.js";
import { DEFAULT_SEED_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { createHttpHandler } from "../../src/server/create-http-handler.js";
import { prefersJson } from "../../src/server/explorer-route.js";
import { MemoryStore } from "../../src/store/memory/memory-store.js";

const BROWSER_ACCEPT =
  "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
const SECRET = "not for the web";

interface Served {
  readonly base: string;
  readonly port: number;
  close(): Promise<void>;
}

async function serve(explorerDir: string): Promise<Served> {
  const store = new MemoryStore(await loadSeed({ seedDir: DEFAULT_SEED_DIR }));
  const apollo = createApolloServer(store);
  await apollo.start();
  const handler = createHttpHandler(apollo, store, {
    maxBodyBytes: 10_000,
    accepting: () => true,
    explorerDir,
  });
  const http: Server = createServer((request, response) => {
    void handler(request, response);
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await apollo.stop();
    },
  };
}

/** A GET with the path sent exactly as written (fetch would normalise `..` and `%2e`). */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: "127.0.0.1", port, path, method: "GET", timeout: 5_000 },
      (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => {
          body += chunk;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`GET ${path}: no answer in 5 s`)));
    request.on("error", reject);
    request.end();
  });
}

describe("prefersJson (content negotiation at /)", () => {
  it.each([
    [undefined, false],
    ["", false],
    ["*/*", false],
    [BROWSER_ACCEPT, false],
    ["application/json", true],
    ["application/json, text/plain, */*", true],
    ["text/html, application/json", false],
    ["text/html;q=0.5, application/json", true],
    ["application/json;q=0.2, text/html;q=0.9", false],
    ["application/json;q=0", false],
  ])("Accept %j → JSON %s", (accept, json) => {
    expect(prefersJson(accept)).toBe(json);
  });
});

describe("Explorer, when built", () => {
  let root: string;
  let served: Served;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${served.base}${path}`, { headers, signal: AbortSignal.timeout(5_000) });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "entente-explorer-"));
    const dir = join(root, "explorer");
    await mkdir(join(dir, "chunks"), { recursive: true });
    await writeFile(join(root, "secret.txt"), SECRET);
    await writeFile(join(dir, "index.html"), "<!doctype html><title>Entente Explorer</title>");
    await writeFile(join(dir, "app-ABCDEFGH.js"), "console.log('app');");
    await writeFile(join(dir, "app-ABCDEFGH.css"), "body { color: black }");
    await writeFile(join(dir, "chunks", "chunk-IJKLMNOP.js"), "export const x = 1;");
    await writeFile(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    await writeFile(join(dir, "notes.xyz"), SECRET);
    await writeFile(join(dir, ".hidden.js"), SECRET);
    served = await serve(dir);
  });
  afterAll(async () => {
    await served?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("serves the page at / to a browser, with a same-origin-only security policy", async () => {
    const response = await get("/", { accept: BROWSER_ACCEPT });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("vary")).toBe("accept");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:/);
    expect(await response.text()).toContain("<title>Entente Explorer</title>");
  });

  it("serves the page to clients that send */* (curl, fetch) and the JSON index to those that ask for JSON", async () => {
    const page = await get("/", { accept: "*/*" });
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const index = await get("/", { accept: "application/json" });
    expect(index.status).toBe(200);
    expect(index.headers.get("vary")).toBe("accept");
    expect(await index.json()).toMatchObject({ graphql: "/graphql", health: "/healthz" });
  });

  it("serves hashed assets with their content type, cached for good", async () => {
    const script = await get("/explorer/app-ABCDEFGH.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await script.text()).toBe("console.log('app');");

    const styles = await get("/explorer/app-ABCDEFGH.css");
    expect(styles.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const chunk = await get("/explorer/chunks/chunk-IJKLMNOP.js");
    expect(chunk.status).toBe(200);
    const icon = await get("/explorer/favicon.svg");
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers a matching If-None-Match with 304, and HEAD with headers only", async () => {
    const first = await get("/explorer/favicon.svg");
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"/);
    const again = await get("/explorer/favicon.svg", { "if-none-match": etag });
    expect(again.status).toBe(304);
    const head = await fetch(`${served.base}/explorer/app-ABCDEFGH.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String("console.log('app');".length));
    expect(await head.text()).toBe("");
  });

  it("refuses other methods with 405", async () => {
    const response = await fetch(`${served.base}/explorer/app-ABCDEFGH.js`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });

  it.each([
    "/explorer/../secret.txt",
    "/explorer/..%2fsecret.txt",
    "/explorer/%2e%2e/secret.txt",
    "/explorer/%2e%2e%2fsecret.txt",
    "/explorer/chunks/..%2f..%2fsecret.txt",
    "/explorer/..%5csecret.txt",
    "/explorer/%2fetc%2fpasswd",
    "/explorer//etc/passwd",
    "/explorer/app-ABCDEFGH.js%00.svg",
    "/explorer/notes.xyz",
    "/explorer/.hidden.js",
    "/explorer/chunks",
    "/explorer/",
    "/explorer/%E0%A4%A",
  ])("never serves anything outside the folder or of an unknown type: %s", async (path) => {
    const response = await rawGet(served.port, path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain("root:");
  });
});

describe("Explorer, when not built", () => {
  let root: string;
  let served: Served;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "entente-explorer-missing-"));
    served = await serve(join(root, "no-such-folder"));
  });
  afterAll(async () => {
    await served?.close();
    await rm(root, { recursive: true, force: true });
  });

  it("says at / how to build it, and the API still answers", async () => {
    const page = await fetch(`${served.base}/`, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(404);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("npm run build");
    const graphql = await fetch(`${served.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ node(id: "g7") { name } }' }),
    });
    expect(await graphql.json()).toMatchObject({ data: { node: { name: "Group of Seven" } } });
    const asset = await fetch(`${served.base}/explorer/app.js`);
    expect(asset.status).toBe(404);
  });
});
