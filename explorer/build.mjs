// @ts-check
/**
 * Builds Explorer, the browser front-end, into dist/explorer/ with esbuild: the
 * graph view (React, Cytoscape.js with the fCoSE layout) and the query view
 * (GraphiQL 3 from its npm package) as content-hashed ES modules, GraphiQL's styles
 * as their own file, and index.html naming them. Everything the page needs is in
 * that folder, so it works with no network. The example queries of the query view
 * are read from docs/examples/ at build time.
 *
 * `npm run build` runs it after tsc; `node explorer/build.mjs` runs it alone.
 * Files are written under temporary names and renamed into place, so a server
 * serving the folder meanwhile never sends half a file.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { readExamples } from "../docs/examples/read-examples.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGE_ROOT = resolve(HERE, "..");
export const DEFAULT_OUT_DIR = join(PACKAGE_ROOT, "dist", "explorer");
/** Where the page loads its files from (see src/server/explorer-route.ts). */
const PUBLIC_PATH = "/explorer";
const EXAMPLES_MODULE = "entente:examples";

/**
 * @param {{ outDir?: string; examplesDir?: string }} [options]
 * @returns {Promise<{ outDir: string; files: string[]; examples: number }>}
 */
export async function buildExplorer(options = {}) {
  const outDir = resolve(options.outDir ?? DEFAULT_OUT_DIR);
  // The same examples the tests run against the API (docs/examples/read-examples.mjs).
  const examples = readExamples(options.examplesDir).map(({ title, query }) => ({ title, query }));
  if (examples.length === 0) throw new Error("explorer build: no example queries in docs/examples");

  const result = await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: {
      app: join(HERE, "src", "main.tsx"),
      graphiql: join(HERE, "src", "graphiql.css"),
    },
    outdir: outDir,
    write: false,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: ["chrome109", "firefox115", "safari16"],
    minify: true,
    charset: "utf8",
    sourcemap: "linked",
    metafile: true,
    jsx: "automatic",
    entryNames: "[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "assets/[name]-[hash]",
    publicPath: PUBLIC_PATH,
    loader: { ".svg": "file", ".png": "file", ".woff": "file", ".woff2": "file", ".ttf": "file" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    plugins: [
      {
        name: "examples",
        setup(plugin) {
          plugin.onResolve({ filter: /^entente:examples$/ }, () => ({
            path: EXAMPLES_MODULE,
            namespace: "examples",
          }));
          plugin.onLoad({ filter: /.*/, namespace: "examples" }, () => ({
            contents: JSON.stringify(examples),
            loader: "json",
          }));
        },
      },
    ],
  });

  /** @type {Map<string, Uint8Array | string>} path relative to outDir → contents */
  const files = new Map();
  for (const file of result.outputFiles) files.set(relative(outDir, file.path), file.contents);

  const outputs = Object.entries(result.metafile.outputs);
  const publicUrl = (/** @type {string} */ path) =>
    `${PUBLIC_PATH}/${relative(outDir, resolve(PACKAGE_ROOT, path))}`;
  const entry = (/** @type {string} */ source, /** @type {string} */ extension) => {
    const found = outputs.find(
      ([path, output]) => output.entryPoint?.endsWith(source) && path.endsWith(extension),
    );
    if (!found) throw new Error(`explorer build: no ${extension} output for ${source}`);
    return found;
  };
  const [appScriptPath, appScript] = entry("main.tsx", ".js");
  if (!appScript.cssBundle) throw new Error("explorer build: the app has no styles");
  const [graphiqlStylesPath] = entry("graphiql.css", ".css");

  const template = await readFile(join(HERE, "index.html"), "utf8");
  const page = template
    .replaceAll("{{appScript}}", publicUrl(appScriptPath))
    .replaceAll("{{appStyles}}", publicUrl(appScript.cssBundle))
    .replaceAll("{{graphiqlStyles}}", publicUrl(graphiqlStylesPath))
    .replaceAll("{{favicon}}", `${PUBLIC_PATH}/favicon.svg`);
  if (page.includes("{{")) throw new Error("explorer build: index.html has an unfilled {{…}}");
  files.set("index.html", page);
  files.set("favicon.svg", await readFile(join(HERE, "favicon.svg")));

  for (const [path, contents] of files) {
    const target = join(outDir, path);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.tmp-${process.pid}`;
    await writeFile(temporary, contents);
    await rename(temporary, target);
  }
  // Files of earlier builds (other hashes) go; other builds' temporary files stay.
  for (const entryName of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entryName.isFile()) continue;
    const path = relative(outDir, join(entryName.parentPath, entryName.name));
    if (!files.has(path) && !path.includes(".tmp-")) await rm(join(outDir, path), { force: true });
  }
  return { outDir, files: [...files.keys()].sort(), examples: examples.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const built = await buildExplorer();
  console.log(
    `explorer: ${built.files.length} files, ${built.examples} example queries, in ${relative(PACKAGE_ROOT, built.outDir)}/ (${Date.now() - started} ms)`,
  );
}
