/**
 * The Explorer build (explorer/build.mjs) without a browser: it writes a page whose
 * every script and style is in the output folder, nothing that loads from another
 * origin, the example queries of docs/examples in the bundle, and no leftovers of earlier
 * builds.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../docs/examples/read-examples.mjs";
import { buildExplorer } from "../../explorer/build.mjs";

describe("buildExplorer", { timeout: 60_000 }, () => {
  let root: string;
  let outDir: string;
  let built: Awaited<ReturnType<typeof buildExplorer>>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "entente-explorer-build-"));
    outDir = join(root, "explorer");
    await mkdir(join(outDir, "chunks"), { recursive: true });
    await writeFile(join(outDir, "app-OLDHASH1.js"), "stale");
    await writeFile(join(outDir, "chunks", "chunk-OLDHASH2.js"), "stale");
    built = await buildExplorer({ outDir });
  }, 60_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("writes index.html naming its script, its styles, GraphiQL's styles and the icon, all in the folder", async () => {
    const page = await readFile(join(outDir, "index.html"), "utf8");
    const referenced = [...page.matchAll(/(?:src|href|content)="(\/explorer\/[^"]+)"/g)].map(
      ([, path = ""]) => path,
    );
    expect(referenced).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/explorer\/app-[A-Z0-9]{8}\.js$/),
        expect.stringMatching(/^\/explorer\/app-[A-Z0-9]{8}\.css$/),
        expect.stringMatching(/^\/explorer\/graphiql-[A-Z0-9]{8}\.css$/),
        "/explorer/favicon.svg",
      ]),
    );
    for (const path of referenced) {
      expect(existsSync(join(outDir, path.slice("/explorer/".length))), path).toBe(true);
    }
    expect(page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(built.files).toContain("index.html");
  });

  it("loads nothing from another origin: no remote scripts, imports, fonts or images", async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((name) =>
      /\.(js|css|html)$/.test(name),
    );
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      const text = await readFile(join(outDir, name), "utf8");
      expect(text, name).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//);
      expect(text, name).not.toMatch(/@import\s+["'](?:https?:)?\/\//);
      expect(text, name).not.toMatch(/\bimport\s*\(?\s*["'](?:https?:)?\/\//);
    }
  });

  it("bundles the example queries of docs/examples, and removes files of earlier builds", async () => {
    const examples = readExamples();
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(built.examples).toBe(examples.length);
    const names = await readdir(outDir, { recursive: true });
    const scripts = await Promise.all(
      names
        .filter((name) => name.endsWith(".js"))
        .map((name) => readFile(join(outDir, name), "utf8")),
    );
    for (const { title } of examples) {
      expect(scripts.some((script) => script.includes(JSON.stringify(title).slice(1, -1)))).toBe(
        true,
      );
    }
    expect(names).not.toContain("app-OLDHASH1.js");
    expect(names).not.toContain(join("chunks", "chunk-OLDHASH2.js"));
  });
});
