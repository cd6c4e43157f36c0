/**
 * autocannon, the HTTP load generator, belongs to the benchmark's own package
 * (bench/package.json) so that the API's lock stays free of it; the scripts here load it
 * from there, installing the benchmark's packages first if they are missing.
 */
import { createRequire } from "node:module";
import { installBenchDeps } from "../bench/install-bench-deps.mjs";

/** @returns {typeof import("autocannon")} */
export function loadAutocannon() {
  installBenchDeps();
  return createRequire(new URL("../bench/package.json", import.meta.url))("autocannon");
}
