/**
 * The built `entente` command as a real process: `serve` prints where it listens,
 * answers, and on SIGTERM or SIGINT finishes what is in flight and exits 0; bad
 * usage exits 2. Every child is killed after each test, whatever happened.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/package-paths.js";

const MAIN = join(PACKAGE_ROOT, "dist", "src", "cli", "main.js");
const SERVING = /Entente is serving GraphQL at (http:\/\/([^\s/:]+):(\d+)\/graphql)/;

/** The environment of the tests, with the server's settings left to the test to choose. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith("ENTENTE_") || name === "PORT" || name === "HOST") delete env[name];
  }
  return { ...env, ...extra };
}

/** Fails after `ms` unless `promise` settles first. */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition()` holds; one that never does fails at the test's timeout. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(10);
}

/** Whether a new connection to `port` on loopback is refused (its listener is closed). */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

/**
 * The head of a POST /graphql whose body is `length` bytes, asking for "100 Continue". Node's
 * HTTP server sends that interim answer as it hands the request to its handler, so a client
 * outside the process sees the moment its request is in flight, without sleeping on it.
 */
function postHead(length: number): string {
  return `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nExpect: 100-continue\r\n\r\n`;
}
const CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n";

interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly base: string;
  readonly port: number;
  stdout(): string;
  stderr(): string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await within(5_000, gone, "killing a child").catch(() => {});
    }
  }
});

/** Starts `entente serve` on a port the OS picks and waits for its serving line. */
async function serve(extraEnv: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [MAIN, "serve"], {
    cwd: PACKAGE_ROOT,
    // As in production: Apollo behaves differently under NODE_ENV=test (vitest's).
    env: childEnv({ PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", ...extraEnv }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const match = await within(
    20_000,
    (async () => {
      for (;;) {
        const found = SERVING.exec(stdout);
        if (found) return found;
        if (child.exitCode !== null) throw new Error(`serve exited early: ${stderr}`);
        await sleep(20);
      }
    })(),
    "the serving line",
  );
  const [, url = "", host = "", portText = ""] = match;
  return {
    child,
    url,
    base: `http://${host}:${portText}`,
    port: Number(portText),
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
  };
}

/** Runs the built command to completion (bounded) and returns what it printed and its code. */
function run(args: string[]) {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: PACKAGE_ROOT,
    env: childEnv(),
    encoding: "utf8",
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  execFileSync("npm", ["run", "build"], {
    cwd: PACKAGE_ROOT,
    stdio: "pipe",
    timeout: 90_000,
  });
}, 100_000);

describe("entente serve", () => {
  it("prints the URL with the port the OS picked for PORT=0, and answers /healthz and /graphql there", async () => {
    const served = await serve();
    expect(served.url).toBe(`http://127.0.0.1:${served.port}/graphql`);
    expect(served.port).toBeGreaterThan(0);
    const health = await fetch(`${served.base}/healthz`, { signal: AbortSignal.timeout(5_000) });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const graphql = await fetch(served.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ node(id: "g7") { name } }' }),
      signal: AbortSignal.timeout(5_000),
    });
    expect(graphql.status).toBe(200);
    expect(await graphql.json()).toMatchObject({ data: { node: { name: "Group of Seven" } } });
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`on ${signal} prints the shutdown line, exits with code 0 and stops listening`, async () => {
      const served = await serve();
      const health = await fetch(`${served.base}/healthz`, { signal: AbortSignal.timeout(5_000) });
      expect(health.status).toBe(200);
      served.child.kill(signal);
      const exit = await within(5_000, served.exited, `exit after ${signal}`);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(served.stdout()).toContain(
        `${signal} received: finishing in-flight requests, then stopping`,
      );
      expect(served.stderr()).toBe("");
      const refused = await fetch(`${served.base}/healthz`, {
        signal: AbortSignal.timeout(3_000),
      }).then(
        () => undefined,
        (error: unknown) => (error as { cause?: { code?: string } }).cause?.code,
      );
      expect(refused).toBe("ECONNREFUSED");
    });
  }

  it("on SIGTERM lets a request in flight finish before exiting 0", async () => {
    const served = await serve();
    const body = JSON.stringify({ query: '{ node(id: "g7") { name } }' });
    const socket = connect(served.port, "127.0.0.1");
    socket.on("error", () => {});
    let received = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => {
      received += chunk;
    });
    try {
      await within(
        3_000,
        new Promise((resolve) => socket.once("connect", resolve)),
        "connecting to serve",
      );
      // Headers and part of the body: the request is in flight until the rest is sent.
      socket.write(postHead(Buffer.byteLength(body)) + body.slice(0, 8));
      await until(() => received === CONTINUE);
      served.child.kill("SIGTERM");
      // The server has begun to stop (its listener is closed), and still runs for the
      // request it holds.
      await until(() => served.stdout().includes("SIGTERM received"));
      expect(await connectionRefused(served.port)).toBe(true);
      expect(served.child.exitCode).toBeNull();
      socket.write(body.slice(8));
      const exit = await within(5_000, served.exited, "exit after the in-flight request");
      expect(exit).toEqual({ code: 0, signal: null });
      expect(received).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
      expect(received).toContain("Group of Seven");
    } finally {
      socket.destroy();
    }
  });
});

describe("entente serve under load and on reload signals", () => {
  it("on SIGTERM under load: answers every request already received in full, refuses new ones, exits 0", async () => {
    const served = await serve({ ENTENTE_SHUTDOWN_GRACE_MS: "5000" });
    const query = JSON.stringify({ query: '{ node(id: "g7") { name } }' });
    // Requests the server has received but not finished: headers and part of the body sent.
    const inFlight = Array.from({ length: 8 }, () => {
      const socket = connect(served.port, "127.0.0.1");
      socket.on("error", () => {});
      let received = "";
      socket.setEncoding("utf8").on("data", (chunk: string) => {
        received += chunk;
      });
      const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
      return { socket, closed, received: () => received };
    });
    await Promise.all(
      inFlight.map(({ socket }) => new Promise((resolve) => socket.once("connect", resolve))),
    );
    for (const { socket } of inFlight) {
      socket.write(postHead(Buffer.byteLength(query)) + query.slice(0, 5));
    }
    await until(() => inFlight.every((request) => request.received() === CONTINUE));
    // Meanwhile, a steady load from clients that keep sending until they are refused.
    let stopLoad = false;
    const outcomes: string[] = [];
    const client = async () => {
      while (!stopLoad) {
        try {
          const response = await fetch(`${served.base}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: '{ search(text: "japan") { node { id } } }' }),
            signal: AbortSignal.timeout(5_000),
          });
          const text = await response.text();
          JSON.parse(text);
          outcomes.push(String(response.status));
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code ?? "closed";
          outcomes.push(code);
          if (code === "ECONNREFUSED") return;
          await sleep(5);
        }
      }
    };
    const clients = Array.from({ length: 6 }, client);
    // The load is under way: more than ten answers before the signal.
    await until(() => outcomes.filter((outcome) => outcome === "200").length > 10);

    served.child.kill("SIGTERM");
    // A load client has found the listener closed, while the process still runs for the
    // requests it holds.
    await until(() => outcomes.includes("ECONNREFUSED"));
    expect(served.child.exitCode).toBeNull();
    for (const { socket } of inFlight) socket.write(query.slice(5));
    for (const request of inFlight) {
      await within(5_000, request.closed, "an in-flight request to be answered and closed");
      expect(request.received()).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
      expect(request.received()).toContain('{"data":{"node":{"name":"Group of Seven"}}');
      expect(request.received().toLowerCase()).toContain("connection: close");
    }
    const exit = await within(8_000, served.exited, "exit after SIGTERM under load");
    expect(exit).toEqual({ code: 0, signal: null });
    stopLoad = true;
    await within(10_000, Promise.all(clients), "the load clients to stop");
    // Every answer was complete JSON; nothing failed on the server's side.
    expect(outcomes.filter((outcome) => /^5/.test(outcome) && outcome !== "503")).toEqual([]);
    expect(outcomes).toContain("ECONNREFUSED");
    expect(served.stderr()).toBe("");
  }, 40_000);

  it("on SIGHUP reloads a valid seed, and keeps serving the previous dataset when the seed is broken", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-sighup-"));
    try {
      cpSync(join(PACKAGE_ROOT, "seed"), dir, { recursive: true });
      const served = await serve({ ENTENTE_SEED_DIR: dir });
      const version = async () => {
        const response = await fetch(served.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ dataset { version } }" }),
          signal: AbortSignal.timeout(5_000),
        });
        return ((await response.json()) as { data: { dataset: { version: string } } }).data.dataset
          .version;
      };
      const original = await version();

      const places = readFileSync(join(dir, "places.yaml"), "utf8");
      writeFileSync(join(dir, "places.yaml"), places.slice(0, Math.floor(places.length / 2)));
      served.child.kill("SIGHUP");
      await within(
        10_000,
        (async () => {
          while (!served.stdout().includes("reload rejected")) await sleep(20);
        })(),
        "the rejected reload to be logged",
      );
      expect(served.stdout()).toContain(`reload rejected, still serving dataset ${original}`);
      expect(served.stdout()).toMatch(/places\.yaml:\d+:\d+/);
      expect(await version()).toBe(original);

      writeFileSync(join(dir, "places.yaml"), `${places}\n`);
      served.child.kill("SIGHUP");
      await within(
        10_000,
        (async () => {
          while (!served.stdout().includes("reloaded: serving dataset")) await sleep(20);
        })(),
        "the reload to be logged",
      );
      const reloaded = await version();
      expect(reloaded).not.toBe(original);
      expect(served.stdout()).toContain(`reloaded: serving dataset ${reloaded} (was ${original})`);
      expect(served.child.exitCode).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("entente serve against one hostile client", () => {
  it("answers megabytes of repeated suggestion text in variables, literals and operation names, while /healthz answers", async () => {
    // A body limit raised to 4 MB so that a scan worse than linear would hold the server
    // for hours instead of seconds: this test would then time out, not pass slowly.
    const served = await serve({ ENTENTE_MAX_BODY_BYTES: "4000000" });
    const text = "Did you mean ".repeat(230_000);
    const hostile = [
      { query: "query($a: ID!) { node(id: $a) { id } }", variables: { a: { x: text } } },
      { query: `{ search(text: "x", first: ${JSON.stringify(text)}) { score } }` },
      { query: "{ __typename }", operationName: text },
    ];
    const answers = Promise.all(
      hostile.map(async (body) => {
        const response = await fetch(served.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const answer = (await response.json()) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        return { status: response.status, errors: answer.errors };
      }),
    );
    const health = await fetch(`${served.base}/healthz`);
    expect(health.status).toBe(200);
    const results = await answers;
    expect(results.map((result) => result.status)).toEqual([400, 400, 400]);
    expect(results.map((result) => result.errors[0]?.extensions.code)).toEqual([
      "BAD_USER_INPUT",
      "GRAPHQL_VALIDATION_FAILED",
      "OPERATION_RESOLUTION_FAILURE",
    ]);
    for (const { errors } of results) {
      expect(errors[0]?.message).toContain(`"${text.slice(0, 80)}…"`);
      expect(errors[0]?.message.length).toBeLessThan(1_000);
    }
    expect(served.stderr()).toBe("");
  });
});

describe("the entente command's usage", () => {
  it("exits 2 for an unknown command, with the message and the usage on stderr", () => {
    const result = run(["bogus"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "bogus"');
    expect(result.stderr).toContain("Usage: entente <command> [options]");
    expect(result.stdout).toBe("");
  });

  it("exits 2 with the usage on stdout when no command is given", () => {
    const result = run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Usage: entente <command> [options]");
  });

  it("prints the usage and exits 0 for help and --help", () => {
    for (const args of [["help"], ["--help"], ["query", "-h"]]) {
      const result = run(args);
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout).toContain("Usage: entente <command> [options]");
      expect(result.stdout).toContain("locate '<quote>' --file NAME");
    }
    // Three processes started one after the other: 25 s on a machine at load 15.
  }, 60_000);

  it("exits 2 with one line on stderr for an unknown option, an extra argument or an option given twice", () => {
    for (const [args, line] of [
      [["serve", "--bogus"], "entente: Unknown option '--bogus' (see \"entente help\")\n"],
      [
        ["validate", "extra"],
        'entente: validate takes no arguments, got extra (see "entente help")\n',
      ],
      [
        ["validate", "--seed", "a", "--seed", "b"],
        'entente: --seed is given more than once; give it once (see "entente help")\n',
      ],
    ] as const) {
      const result = run([...args]);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toBe(line);
      expect(result.stdout).toBe("");
    }
  });

  it("prints no internal error for a mutation or for --variables that are not an object", () => {
    const mutation = run(["query", "mutation { x }"]);
    expect(mutation.code).toBe(1);
    expect(JSON.parse(mutation.stdout).errors[0].extensions.code).toBe("OPERATION_NOT_SUPPORTED");
    expect(mutation.stderr).toBe("");
    const variables = run(["query", "{ __typename }", "--variables", '"x"']);
    expect(variables.code).toBe(2);
    expect(variables.stdout).toMatch(/^--variables must be a JSON object/);
    expect(variables.stderr).toBe("");
  });

  it("exits 2 when query is given no GraphQL text", () => {
    const result = run(["query"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("query: give the GraphQL text as the first argument");
  });

  it("exits 2 when locate is given no --file", () => {
    const result = run(["locate", "some quote"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("locate: give the quote and --file NAME");
  });

  it("runs query and validate end to end with exit 0", () => {
    const query = run(["query", '{ node(id: "g7") { name } }']);
    expect(query.code).toBe(0);
    expect(JSON.parse(query.stdout)).toMatchObject({ data: { node: { name: "Group of Seven" } } });
    const validate = run(["validate"]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^seed OK: /);
  });

  it("exits 1 with the error on stderr when the seed directory cannot be read", () => {
    const result = run(["validate", "--seed", join(PACKAGE_ROOT, "no-such-seed-dir")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no-such-seed-dir");
  });
});
