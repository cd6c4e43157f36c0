#!/usr/bin/env node
/**
 * Installs the benchmark's own packages (bench/package.json: the load generator and the
 * peers) with `npm ci --prefix bench`, apart from the API's lock, so that the root
 * `npm ci` never meets the peers' per-platform packages. `npm run bench` calls it first;
 * a stamp of the lock makes it a no-op until the lock changes.
 *
 * It also links `dist/bench-build/bench/node_modules` to `bench/node_modules`: the harness
 * is compiled there (beside the compiled `src/`, which must keep resolving the root's
 * packages), and Node looks for a module's packages in the folders above its file.
 *
 *   node bench/install-bench-deps.mjs                 install if needed, link
 *   node bench/install-bench-deps.mjs --complete-lock after `npm install --prefix bench`:
 *       add lock entries for the peers' per-platform packages the registry did not return
 *       (see bench/README.md, "Installing")
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const LOCK = join(BENCH, "package-lock.json");
const MODULES = join(BENCH, "node_modules");
const STAMP = join(MODULES, ".entente-bench.stamp");
const COMPILED = join(ROOT, "dist", "bench-build", "bench");

/** Operating systems and processors named by a per-platform package's suffix (`-linux-x64`). */
const PLATFORM = /-(darwin|linux|win32|freebsd)-(x64|arm64|ia32|arm)$/;

function lockHash() {
  return createHash("sha256")
    .update(readFileSync(join(BENCH, "package.json")))
    .update(readFileSync(LOCK))
    .digest("hex");
}

/** Runs `npm ci --prefix bench` unless the installed packages are of the current lock. */
export function installBenchDeps({ log = (line) => console.error(line) } = {}) {
  const hash = lockHash();
  if (!(existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash)) {
    log("bench: installing the benchmark's packages (npm ci --prefix bench)");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = spawnSync(npm, ["ci", "--prefix", BENCH, "--no-audit", "--no-fund"], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (result.status !== 0)
      throw new Error(`bench: npm ci --prefix bench failed (${result.status})`);
    writeFileSync(STAMP, hash);
  }
  linkCompiledModules();
}

function linkCompiledModules() {
  mkdirSync(COMPILED, { recursive: true });
  const link = join(COMPILED, "node_modules");
  const target = relative(COMPILED, MODULES);
  try {
    if (lstatSync(link).isSymbolicLink()) return;
    rmSync(link, { recursive: true, force: true });
  } catch {
    // Not there yet.
  }
  symlinkSync(target, link, "dir");
}

/**
 * Adds a lock entry for each per-platform optional dependency that `npm install` left out
 * because the registry did not return it, so that `npm ci` accepts the lock. The entries
 * carry the version, `os` and `cpu` (so npm skips them elsewhere) but no integrity.
 */
function completeLock() {
  const lock = JSON.parse(readFileSync(LOCK, "utf8"));
  const added = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const platform = PLATFORM.exec(name);
      const at = `${path ? `${path}/` : ""}node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (!platform || lock.packages[at] || lock.packages[hoisted]) continue;
      lock.packages[hoisted] = {
        version,
        cpu: [platform[2]],
        license: entry.license,
        optional: true,
        os: [platform[1]],
      };
      added.push(`${name}@${version}`);
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1,
    ),
  );
  writeFileSync(LOCK, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
  console.error(added.length ? `bench: added ${added.join(", ")}` : "bench: the lock is complete");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes("--complete-lock")) completeLock();
  else installBenchDeps();
}
