/**
 * Shared by the load scripts: starts the built `entente serve` as a child process on
 * 127.0.0.1 (a port the OS picks), reads its memory from /proc, and stops it. The
 * scripts only ever send requests to this child, so they stay on loopback.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readExamples } from "../docs/examples/read-examples.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const MAIN = join(ROOT, "dist", "src", "cli", "main.js");

/**
 * @param {Record<string, string>} env settings for the server
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<number | null>, output: () => string }>}
 */
export async function startServerProcess(env = {}) {
  if (!existsSync(MAIN)) {
    throw new Error("dist/ is missing: run `npm run build` first");
  }
  const child = spawn(process.execPath, [MAIN, "serve"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const started = Date.now();
  for (;;) {
    const match = /Entente is serving GraphQL at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(output);
    if (match?.[1]) {
      return {
        url: match[1],
        pid: child.pid ?? 0,
        output: () => output,
        stop: async () => {
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
          const code = await exited;
          clearTimeout(timer);
          return /** @type {number | null} */ (code);
        },
      };
    }
    if (child.exitCode !== null || Date.now() - started > 30_000) {
      child.kill("SIGKILL");
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resident memory of a process in MB, from /proc (Linux). @param {number} pid */
export function residentMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** The example queries of docs/examples, in order. */
export function exampleQueries() {
  return readExamples().map((example) => example.query);
}

/** @param {number[]} values @param {number} p */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}
