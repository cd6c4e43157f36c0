#!/usr/bin/env node
/**
 * Builds the Dockerfile's stages without a Docker engine, the way the image build would:
 * each stage gets an empty folder standing for its file system, COPY copies from a clean
 * export of the repository (`git ls-files`, as `.dockerignore` leaves it) or from an earlier
 * stage, RUN runs in the stage's WORKDIR with its ENV, on this machine's Node (the same major
 * version as the base image). Then the final stage's CMD is started and must answer
 * /readyz, so a missing file, a dev dependency pruned too early or a lock that `npm ci`
 * rejects fails CI before a user's `docker compose up` does.
 *
 * Usage: node scripts/dockerfile-dry-run.mjs [--keep]   (prints each step; exits non-zero on failure)
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const keep = process.argv.includes("--keep");

/** Dockerfile lines joined across backslash continuations, comments dropped. */
function instructions(text) {
  const joined = text.replace(/\\\r?\n/g, " ");
  return joined
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const space = line.indexOf(" ");
      return { op: line.slice(0, space).toUpperCase(), args: line.slice(space + 1).trim() };
    });
}

/** The build context: tracked files only, minus what .dockerignore excludes (simple patterns). */
function exportContext(into) {
  const ignored = existsSync(join(ROOT, ".dockerignore"))
    ? readFileSync(join(ROOT, ".dockerignore"), "utf8")
        .split(/\r?\n/)
        .map((line) => line.trim().replace(/\/$/, ""))
        .filter((line) => line && !line.startsWith("#"))
    : [];
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean)
    .filter(
      (file) => !ignored.some((pattern) => file === pattern || file.startsWith(`${pattern}/`)),
    );
  for (const file of files) {
    const target = join(into, file);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), target);
  }
}

function copy(sources, destination, fromRoot, stage) {
  const target = destination.startsWith("/")
    ? join(stage.fs, destination)
    : join(stage.fs, stage.workdir, destination);
  for (const source of sources) {
    const from = join(fromRoot, source.startsWith("/") ? source : source);
    if (!existsSync(from)) throw new Error(`COPY: ${source} does not exist in ${fromRoot}`);
    const into =
      sources.length > 1 || destination.endsWith("/")
        ? join(target, source.split("/").pop())
        : target;
    mkdirSync(dirname(into), { recursive: true });
    cpSync(from, into, { recursive: true });
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), "entente-docker-"));
  const context = join(work, "context");
  mkdirSync(context);
  exportContext(context);
  const stages = new Map();
  let stage;
  let cmd;
  for (const { op, args } of instructions(readFileSync(join(ROOT, "Dockerfile"), "utf8"))) {
    if (op === "FROM") {
      const [, name] = args.split(/\s+as\s+/i);
      const id = name ?? `stage-${stages.size}`;
      stage = { fs: join(work, id), workdir: "/", env: {} };
      mkdirSync(stage.fs, { recursive: true });
      stages.set(id, stage);
      console.log(`== FROM ${args}`);
    } else if (op === "WORKDIR") {
      stage.workdir = args;
      mkdirSync(join(stage.fs, args), { recursive: true });
    } else if (op === "ENV") {
      for (const pair of args.split(/\s+/)) {
        const [key, ...value] = pair.split("=");
        stage.env[key] = value.join("=");
      }
    } else if (op === "COPY") {
      const parts = args.split(/\s+/);
      const from = parts[0]?.startsWith("--from=")
        ? parts.shift().slice("--from=".length)
        : undefined;
      const destination = parts.pop();
      const fromRoot = from ? join(stages.get(from).fs, stages.get(from).workdir) : context;
      const sources = from
        ? parts.map((p) => p.replace(new RegExp(`^${stages.get(from).workdir}/?`), ""))
        : parts;
      console.log(`   COPY ${from ? `--from=${from} ` : ""}${parts.join(" ")} ${destination}`);
      copy(sources, destination, fromRoot, stage);
    } else if (op === "RUN") {
      console.log(`   RUN ${args}`);
      execFileSync("sh", ["-c", args], {
        cwd: join(stage.fs, stage.workdir),
        env: { ...process.env, ...stage.env, CI: "" },
        stdio: "inherit",
      });
    } else if (op === "CMD") {
      cmd = JSON.parse(args);
    }
  }
  if (!cmd) throw new Error("the Dockerfile has no CMD in JSON form");
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  console.log(`== starting the final stage's CMD: ${cmd.join(" ")} (PORT=${port})`);
  const child = spawn(cmd[0], cmd.slice(1), {
    cwd: join(stage.fs, stage.workdir),
    env: { PATH: process.env.PATH, ...stage.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error("the server did not become ready in 60 s");
      await new Promise((done) => setTimeout(done, 250));
    }
    console.log("== the image's server answered /readyz");
  } finally {
    child.kill("SIGTERM");
    if (!keep) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

main().catch((error) => {
  console.error(`dockerfile dry run failed: ${error.message}`);
  process.exit(1);
});
