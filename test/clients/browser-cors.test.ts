/**
 * CORS as a real browser enforces it: a page served from one loopback origin calls an
 * Entente server on another, in Debian's Chromium (playwright-core). A GET query needs no
 * preflight and its answer is readable, ETag included; a POST of JSON passes Chromium's
 * preflight; and with ENTENTE_CORS_ORIGINS not listing the page's origin, the page cannot
 * read the answer. Without Chromium the suite is skipped with a notice, except under CI.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_ARGS,
  findChromium,
  MISSING_BROWSER_NOTICE,
  underCi,
} from "../browser/browser-support.js";
import { type ClientTestServer, startClientTestServer } from "./client-server.js";

const CHROMIUM = findChromium();

if (!CHROMIUM) {
  if (underCi()) {
    describe("CORS in Chromium", () => {
      it("has a Chromium to run in (required under CI)", () => {
        throw new Error(MISSING_BROWSER_NOTICE);
      });
    });
  } else {
    console.warn(MISSING_BROWSER_NOTICE);
  }
}

/** What the page's script saw of one request. */
interface Seen {
  readonly ok: boolean;
  readonly status?: number;
  readonly etag?: string | null;
  readonly body?: unknown;
  readonly error?: string;
}

describe.skipIf(!CHROMIUM)("CORS in Chromium", { timeout: 60_000 }, () => {
  let browser: Browser;
  let pageServer: Server;
  let pageOrigin: string;
  let open: ClientTestServer;
  let narrow: ClientTestServer;

  beforeAll(async () => {
    // The notebook or front-end: an empty page on an origin of its own.
    pageServer = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end("<!doctype html><title>a notebook</title>");
    });
    await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
    pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
    open = await startClientTestServer();
    narrow = await startClientTestServer({ ENTENTE_CORS_ORIGINS: "https://elsewhere.example" });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await open?.server.stop();
    await narrow?.server.stop();
    await new Promise((resolve) => pageServer?.close(resolve));
  });

  /** Runs fetch(url, init) in the page, reporting what its script can see. */
  async function fromPage(url: string, init: { method?: string; headers?: object; body?: string }) {
    const page = await browser.newPage();
    try {
      await page.goto(`${pageOrigin}/`);
      return await page.evaluate(
        async ([target, options]): Promise<Seen> => {
          try {
            const response = await fetch(target, options as RequestInit);
            return {
              ok: true,
              status: response.status,
              etag: response.headers.get("etag"),
              body: await response.json(),
            };
          } catch (error) {
            return { ok: false, error: String(error) };
          }
        },
        [url, init] as const,
      );
    } finally {
      await page.close();
    }
  }

  const QUERY = '{ node(id: "g7") { name } }';

  it("reads a GET query from another origin, ETag included, with no preflight header", async () => {
    const seen = await fromPage(`${open.url}?query=${encodeURIComponent(QUERY)}`, {});
    expect(seen).toMatchObject({
      ok: true,
      status: 200,
      body: { data: { node: { name: "Group of Seven" } } },
    });
    expect(seen.etag).toMatch(/^"[\w-]+"$/);
  });

  it("passes Chromium's preflight for a POST of JSON, as Apollo Client sends it", async () => {
    const seen = await fromPage(open.url, {
      method: "POST",
      headers: { "content-type": "application/json", "apollographql-client-name": "notebook" },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(seen).toMatchObject({ ok: true, status: 200, body: { data: { node: {} } } });
  });

  it("cannot read the answer when ENTENTE_CORS_ORIGINS does not list the page's origin", async () => {
    const get = await fromPage(`${narrow.url}?query=${encodeURIComponent(QUERY)}`, {});
    expect(get.ok).toBe(false);
    expect(get.error).toMatch(/Failed to fetch/);
    const post = await fromPage(narrow.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(post.ok).toBe(false);
  });
});
