/**
 * Paths that ship with the package, found from this module's location so they
 * work both from sources (tests) and from the compiled `dist/` (server, CLI).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("entente: package.json not found above the running module");
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const DEFAULT_SEED_DIR = join(PACKAGE_ROOT, "seed");
export const SCHEMA_DIR = join(PACKAGE_ROOT, "schema");
/** Where the shared source texts sit in a checkout (beside the repository). */
export const DEFAULT_SOURCES_DIR = resolve(PACKAGE_ROOT, "..", "shared", "sources");
