#!/usr/bin/env node
/**
 * Builds and starts the in-process Neo4j of tools/neo4j (Launcher.java) from Node: for
 * developers (`npm run neo4j`), for the test set-up (test/support/neo4j-global-setup.ts),
 * for CI (.ci/run) and for the benchmark. Plain JavaScript so that it runs without a build.
 *
 * The launcher is built with Maven once; a stamp of the pom and the Java source says when
 * it must be built again. Java 17+ and Maven must be on the PATH (or JAVA_HOME set).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const TARGET = join(HERE, "target");
const STAMP = join(TARGET, "entente-build.stamp");
const SOURCES = ["pom.xml", "src/main/java/dev/entente/neo4j/Launcher.java"];

/** What the launcher needs, or why it cannot run here (undefined when it can). */
export function missingPrerequisite() {
  const java = javaCommand();
  if (spawnSync(java, ["-version"], { stdio: "ignore" }).status !== 0) {
    return "Java 17 or later (Debian: apt-get install openjdk-17-jdk-headless maven)";
  }
  if (!existsSync(STAMP) && spawnSync("mvn", ["-v"], { stdio: "ignore" }).status !== 0) {
    return "Maven (Debian: apt-get install maven)";
  }
  return undefined;
}

function javaCommand() {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
}

function sourceHash() {
  const hash = createHash("sha256");
  for (const file of SOURCES) hash.update(readFileSync(join(HERE, file)));
  return hash.digest("hex");
}

/** Builds the launcher with Maven unless the last build was of the same sources. */
export function buildLauncher({ log = (line) => console.error(line) } = {}) {
  const hash = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash) return;
  log("neo4j: building the launcher with Maven (first time: downloads Neo4j, ~130 MB)");
  const build = spawnSync("mvn", ["-q", "-B", "package"], { cwd: HERE, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`neo4j: mvn package failed (exit ${build.status})`);
  writeFileSync(STAMP, hash);
}

/** JVM flags that Neo4j's own start script passes (its neo4j.conf defaults). */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

/**
 * Our own JVM flags: the optimising compiler (C2) waits for ten times the calls it waits
 * for by default before it compiles a method. On these 2-core machines C2 took about 30 s
 * of CPU during the first 10^5 load into a fresh server (a third of Neo4j's CPU), much of
 * it on methods that are warm for only a few seconds; with these thresholds it took about
 * 20 s and the load finished 4–5 s sooner, while the hot paths are compiled as before
 * (docs/neo4j.md, "Loading"). ENTENTE_NEO4J_JAVA_OPTS adds flags after these, for trials.
 */
const COMPILER_FLAGS = [
  "-XX:Tier4InvocationThreshold=50000",
  "-XX:Tier4MinInvocationThreshold=6000",
  "-XX:Tier4CompileThreshold=150000",
  "-XX:Tier4BackEdgeThreshold=400000",
];

/**
 * Starts `instances` independent Neo4j servers in one JVM and resolves once all answer on
 * Bolt, with their URIs. `stop()` ends them (their temporary stores are deleted); so does
 * the end of this process, since the launcher watches its standard input.
 *
 * @param {{ instances?: number, port?: number, heap?: string, pageCache?: string,
 *   home?: string, startTimeoutMs?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<{ uris: string[], pid: number, stop: () => Promise<void> }>}
 */
export async function startNeo4j(options = {}) {
  const {
    instances = 1,
    port = 0,
    heap = "1g",
    pageCache = "64m",
    home,
    startTimeoutMs = 180_000,
    log = (line) => console.error(line),
  } = options;
  buildLauncher({ log });
  const classPath = [
    join(TARGET, "classes"),
    join(TARGET, "lib", "*"),
    join(TARGET, "plugins", "*"),
  ];
  const args = [
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    ...COMPILER_FLAGS,
    ...(process.env.ENTENTE_NEO4J_JAVA_OPTS ?? "").split(/\s+/).filter(Boolean),
    "-cp",
    classPath.join(":"),
    "dev.entente.neo4j.Launcher",
    "--instances",
    String(instances),
    "--port",
    String(port),
    "--page-cache",
    pageCache,
    "--plugins",
    join(TARGET, "plugins"),
    "--watch-stdin",
    ...(home ? ["--home", home] : []),
  ];
  const child = spawn(javaCommand(), args, { stdio: ["pipe", "pipe", "pipe"] });
  const errors = [];
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    errors.push(chunk);
    if (errors.length > 200) errors.shift();
  });
  const exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );

  const uris = [];
  const ready = new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      if (line.startsWith("NEO4J_URI=")) uris.push(line.slice("NEO4J_URI=".length));
      else if (line === "READY") resolve(undefined);
    });
    exited.then(({ code, signal }) =>
      reject(
        new Error(
          `neo4j: the launcher exited (${signal ?? code}) before it was ready:\n${errors.join("").slice(-4000)}`,
        ),
      ),
    );
  });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`neo4j: not ready after ${startTimeoutMs} ms`)),
      startTimeoutMs,
    );
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const forced = setTimeout(() => child.kill("SIGKILL"), 30_000);
    await exited;
    clearTimeout(forced);
  };
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { uris, pid: child.pid ?? 0, stop };
}

function parseArguments(argv) {
  const options = { instances: 1, port: 7687 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === "--instances" || arg === "--port") {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 0) usage(`${arg} needs a whole number`);
      options[arg.slice(2)] = number;
      i++;
    } else if (arg === "--heap" || arg === "--page-cache" || arg === "--home") {
      if (value === undefined) usage(`${arg} needs a value`);
      options[arg === "--page-cache" ? "pageCache" : arg.slice(2)] = value;
      i++;
    } else if (arg === "--build-only") {
      options.buildOnly = true;
    } else {
      usage(`unknown option ${arg}`);
    }
  }
  return options;
}

function usage(problem) {
  console.error(
    `neo4j: ${problem}\nusage: npm run neo4j -- [--port N (default 7687; 0: free ports)] [--instances N]` +
      " [--heap 1g] [--page-cache 64m] [--home DIR (kept; default: a temporary folder)] [--build-only]",
  );
  process.exit(2);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseArguments(process.argv.slice(2));
  const missing = missingPrerequisite();
  if (missing) {
    console.error(`neo4j: needs ${missing}`);
    process.exit(1);
  }
  if (options.buildOnly) {
    buildLauncher();
  } else {
    const server = await startNeo4j(options);
    for (const uri of server.uris) console.log(`NEO4J_URI=${uri}`);
    console.error("neo4j: ready (authentication off, loopback only); Ctrl-C stops it");
    const stop = () => server.stop().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  }
}
