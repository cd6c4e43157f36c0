/**
 * A TCP proxy, run as its own process by the fault tests, between the Neo4j driver
 * and an upstream address on loopback. The test steers it over stdin with one JSON
 * command per line and reads one JSON line per answer on stdout:
 *
 *   {"cmd":"mode","mode":"forward"}        pipe bytes both ways (the default)
 *   {"cmd":"mode","mode":"delay","ms":N}   pipe, holding every chunk back N ms
 *   {"cmd":"mode","mode":"blackhole"}      accept connections, never answer
 *   {"cmd":"mode","mode":"reset"}          reset every new connection (TCP RST)
 *   {"cmd":"reset-all"}                    reset the open connections now (a crash mid-request)
 *   {"cmd":"close"}                        stop listening (connection refused) and reset all
 *   {"cmd":"open"}                         listen again on the same port
 *   {"cmd":"stats"}                        connections accepted so far and open now
 *
 * Usage: node fault-proxy.mjs <upstream port>. Its first line is {"port": N}.
 * Loopback only: it listens on 127.0.0.1 and connects to 127.0.0.1.
 */
import { connect, createServer } from "node:net";
import { createInterface } from "node:readline";

const upstreamPort = Number(process.argv[2]);
if (!Number.isInteger(upstreamPort) || upstreamPort <= 0) {
  process.stderr.write("usage: node fault-proxy.mjs <upstream port>\n");
  process.exit(2);
}

/** @type {{ mode: string, ms: number }} */
const state = { mode: "forward", ms: 0 };
/** @type {Set<import("node:net").Socket>} */
const open = new Set();
let accepted = 0;
let port = 0;

/** @param {unknown} line */
const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

/** @param {import("node:net").Socket} socket */
function track(socket) {
  open.add(socket);
  socket.on("close", () => open.delete(socket));
  socket.on("error", () => {});
}

/**
 * @param {import("node:net").Socket} from
 * @param {import("node:net").Socket} to
 */
function pipe(from, to) {
  from.on("data", (chunk) => {
    const forward = () => {
      if (!to.destroyed) to.write(chunk);
    };
    if (state.mode === "delay") setTimeout(forward, state.ms);
    else forward();
  });
  from.on("close", () => {
    if (!to.destroyed) to.destroy();
  });
}

const server = createServer((client) => {
  accepted++;
  track(client);
  if (state.mode === "reset") {
    client.resetAndDestroy();
    return;
  }
  if (state.mode === "blackhole") return;
  const upstream = connect(upstreamPort, "127.0.0.1");
  track(upstream);
  pipe(client, upstream);
  pipe(upstream, client);
});

function resetAll() {
  for (const socket of open) socket.resetAndDestroy();
}

/** @param {number} at */
function listen(at) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(at, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      port = typeof address === "object" && address ? address.port : 0;
      resolve(port);
    });
  });
}

await listen(0);
say({ port });

const commands = createInterface({ input: process.stdin });
commands.on("line", async (line) => {
  /** @type {{ cmd?: string, mode?: string, ms?: number }} */
  const command = JSON.parse(line);
  switch (command.cmd) {
    case "mode":
      state.mode = command.mode ?? "forward";
      state.ms = command.ms ?? 0;
      if (state.mode === "reset") resetAll();
      return say({ ok: "mode", mode: state.mode });
    case "reset-all":
      resetAll();
      return say({ ok: "reset-all" });
    case "close":
      server.close();
      resetAll();
      return say({ ok: "close" });
    case "open":
      await listen(port);
      return say({ ok: "open", port });
    case "stats":
      return say({ ok: "stats", accepted, open: open.size });
    default:
      return say({ error: `unknown command ${line}` });
  }
});
commands.on("close", () => {
  resetAll();
  server.close();
  process.exit(0);
});
