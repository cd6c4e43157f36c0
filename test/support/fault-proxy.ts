/**
 * Starts fault-proxy.mjs as a child process in front of a loopback port and steers
 * it: the driver under test talks to the proxy's port, and the test closes, resets,
 * delays or reopens that address while it runs.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("./fault-proxy.mjs", import.meta.url));

export type ProxyMode = "forward" | "delay" | "blackhole" | "reset";

export interface FaultProxy {
  /** The port the driver should use. */
  readonly port: number;
  readonly process: ChildProcess;
  mode(mode: ProxyMode, ms?: number): Promise<void>;
  /** Resets every open connection now (the database dies mid-request). */
  resetAll(): Promise<void>;
  /** Stops listening: new connections are refused. */
  close(): Promise<void>;
  /** Listens again on the same port. */
  open(): Promise<void>;
  stats(): Promise<{ accepted: number; open: number }>;
  stop(): Promise<void>;
}

export async function startFaultProxy(upstreamPort: number): Promise<FaultProxy> {
  const child = spawn(process.execPath, [SCRIPT, String(upstreamPort)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const waiting: ((line: Record<string, unknown>) => void)[] = [];
  lines.on("line", (line) => waiting.shift()?.(JSON.parse(line) as Record<string, unknown>));
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("fault proxy did not answer")), 5_000);
      waiting.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
  const first = await next();
  const port = Number(first.port);
  const send = async (command: Record<string, unknown>) => {
    const answer = next();
    child.stdin?.write(`${JSON.stringify(command)}\n`);
    const line = await answer;
    if (line.error) throw new Error(String(line.error));
    return line;
  };
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    port,
    process: child,
    mode: async (mode, ms) => {
      await send({ cmd: "mode", mode, ms });
    },
    resetAll: async () => {
      await send({ cmd: "reset-all" });
    },
    close: async () => {
      await send({ cmd: "close" });
    },
    open: async () => {
      await send({ cmd: "open" });
    },
    stats: async () => {
      const line = await send({ cmd: "stats" });
      return { accepted: Number(line.accepted), open: Number(line.open) };
    },
    stop: async () => {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 2_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
