/**
 * A scripted stand-in for Neo4j on a loopback port: it speaks just enough of the
 * Bolt 4.4 protocol (handshake, HELLO, BEGIN, RUN, PULL, COMMIT, ROLLBACK, RESET,
 * GOODBYE, PackStream encoding, chunking) for the real neo4j-driver to connect, run
 * statements and read records. Each RUN is answered by `respond(statement text,
 * parameters)`; every message is recorded, so tests can see what the driver sent
 * (e.g. the transaction timeout in BEGIN, or that no COMMIT followed a failure).
 *
 * It is not Neo4j: it does not execute Cypher, and it knows nothing of transactions
 * beyond the messages. It exists so the adapter's connection handling (failing fast,
 * reconnecting, deadlines) can be exercised against real sockets without a database.
 */
import { createServer, type Server, type Socket } from "node:net";
import { PARAMETER_MAP } from "../../src/store/neo4j/cypher-statement.js";

export type BoltValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | BoltValue[]
  | { [key: string]: BoltValue }
  | BoltStruct;

export class BoltStruct {
  constructor(
    readonly signature: number,
    readonly fields: BoltValue[],
  ) {}
}

/** What to answer to one RUN: records, a Neo4j failure, or nothing at all (a stalled query). */
export type RunAnswer =
  | { readonly fields: readonly string[]; readonly rows: readonly (readonly BoltValue[])[] }
  | { readonly failure: { readonly code: string; readonly message: string } }
  | "stall";

export interface RecordedMessage {
  readonly connection: number;
  readonly type: string;
  readonly fields: BoltValue[];
}

const MESSAGE_TYPES: Record<number, string> = {
  1: "HELLO",
  2: "GOODBYE",
  15: "RESET",
  16: "RUN",
  17: "BEGIN",
  18: "COMMIT",
  19: "ROLLBACK",
  47: "DISCARD",
  63: "PULL",
  102: "ROUTE",
};

const SUCCESS = 0x70;
const RECORD = 0x71;
const IGNORED = 0x7e;
const FAILURE = 0x7f;

// PackStream (v1) encoding of the values a response needs.
function encode(value: BoltValue, out: Buffer[]): void {
  if (value === null) return void out.push(Buffer.from([0xc0]));
  if (value === true) return void out.push(Buffer.from([0xc3]));
  if (value === false) return void out.push(Buffer.from([0xc2]));
  if (typeof value === "number" && !Number.isInteger(value)) {
    const buffer = Buffer.alloc(9);
    buffer[0] = 0xc1;
    buffer.writeDoubleBE(value, 1);
    return void out.push(buffer);
  }
  if (typeof value === "number" || typeof value === "bigint") {
    const n = BigInt(value);
    if (n >= -16n && n <= 127n) return void out.push(Buffer.from([Number(n) & 0xff]));
    const buffer = Buffer.alloc(9);
    buffer[0] = 0xcb;
    buffer.writeBigInt64BE(n, 1);
    return void out.push(buffer);
  }
  if (typeof value === "string") {
    const bytes = Buffer.from(value, "utf8");
    out.push(sizeMarker(bytes.length, 0x80, 0xd0));
    return void out.push(bytes);
  }
  if (Array.isArray(value)) {
    out.push(sizeMarker(value.length, 0x90, 0xd4));
    for (const item of value) encode(item, out);
    return;
  }
  if (value instanceof BoltStruct) {
    out.push(Buffer.from([0xb0 + value.fields.length, value.signature]));
    for (const field of value.fields) encode(field, out);
    return;
  }
  const entries = Object.entries(value);
  out.push(sizeMarker(entries.length, 0xa0, 0xd8));
  for (const [key, item] of entries) {
    encode(key, out);
    encode(item, out);
  }
}

/** Tiny marker (size < 16) or 8/16/32-bit size after `wide`, `wide + 1`, `wide + 2`. */
function sizeMarker(size: number, tiny: number, wide: number): Buffer {
  if (size < 16) return Buffer.from([tiny + size]);
  if (size < 0x100) return Buffer.from([wide, size]);
  if (size < 0x10000) {
    const buffer = Buffer.alloc(3);
    buffer[0] = wide + 1;
    buffer.writeUInt16BE(size, 1);
    return buffer;
  }
  const buffer = Buffer.alloc(5);
  buffer[0] = wide + 2;
  buffer.writeUInt32BE(size, 1);
  return buffer;
}

/** PackStream decoding of whatever the driver sends. */
class Reader {
  private at = 0;
  constructor(private readonly buffer: Buffer) {}

  value(): BoltValue {
    const marker = this.u8();
    if (marker < 0x80) return marker;
    if (marker >= 0xf0) return marker - 0x100;
    const high = marker & 0xf0;
    const low = marker & 0x0f;
    if (high === 0x80) return this.string(low);
    if (high === 0x90) return this.list(low);
    if (high === 0xa0) return this.map(low);
    if (high === 0xb0) return this.struct(low);
    switch (marker) {
      case 0xc0:
        return null;
      case 0xc1:
        return this.take(8).readDoubleBE(0);
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc8:
        return this.take(1).readInt8(0);
      case 0xc9:
        return this.take(2).readInt16BE(0);
      case 0xca:
        return this.take(4).readInt32BE(0);
      case 0xcb:
        return Number(this.take(8).readBigInt64BE(0));
      case 0xcc:
        return this.take(this.u8()).toString("hex");
      case 0xcd:
        return this.take(this.take(2).readUInt16BE(0)).toString("hex");
      case 0xd0:
        return this.string(this.u8());
      case 0xd1:
        return this.string(this.take(2).readUInt16BE(0));
      case 0xd2:
        return this.string(this.take(4).readUInt32BE(0));
      case 0xd4:
        return this.list(this.u8());
      case 0xd5:
        return this.list(this.take(2).readUInt16BE(0));
      case 0xd6:
        return this.list(this.take(4).readUInt32BE(0));
      case 0xd8:
        return this.map(this.u8());
      case 0xd9:
        return this.map(this.take(2).readUInt16BE(0));
      case 0xda:
        return this.map(this.take(4).readUInt32BE(0));
      case 0xdc:
        return this.struct(this.u8());
      case 0xdd:
        return this.struct(this.take(2).readUInt16BE(0));
      default:
        throw new Error(`fake Bolt: unknown PackStream marker 0x${marker.toString(16)}`);
    }
  }

  private u8(): number {
    return this.take(1).readUInt8(0);
  }
  private take(n: number): Buffer {
    const slice = this.buffer.subarray(this.at, this.at + n);
    this.at += n;
    return slice;
  }
  private string(size: number): string {
    return this.take(size).toString("utf8");
  }
  private list(size: number): BoltValue[] {
    return Array.from({ length: size }, () => this.value());
  }
  private map(size: number): { [key: string]: BoltValue } {
    const map: { [key: string]: BoltValue } = {};
    for (let i = 0; i < size; i++) map[String(this.value())] = this.value();
    return map;
  }
  private struct(size: number): BoltStruct {
    const signature = this.u8();
    return new BoltStruct(signature, this.list(size));
  }
}

function chunked(message: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += 0xffff) {
    const piece = message.subarray(at, at + 0xffff);
    const size = Buffer.alloc(2);
    size.writeUInt16BE(piece.length, 0);
    parts.push(size, piece);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}

function response(signature: number, fields: BoltValue[]): Buffer {
  const out: Buffer[] = [];
  encode(new BoltStruct(signature, fields), out);
  return chunked(Buffer.concat(out));
}

export interface FakeBolt {
  readonly port: number;
  readonly messages: RecordedMessage[];
  /** Connections accepted so far. */
  connections(): number;
  /** Answers to RUN from now on. */
  setResponder(respond: (text: string, parameters: Record<string, BoltValue>) => RunAnswer): void;
  close(): Promise<void>;
}

export async function startFakeBolt(
  respond: (text: string, parameters: Record<string, BoltValue>) => RunAnswer,
): Promise<FakeBolt> {
  let responder = respond;
  const messages: RecordedMessage[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;

  const server: Server = createServer((socket) => {
    const id = ++accepted;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    let pending = Buffer.alloc(0);
    let shookHands = false;
    let message: Buffer[] = [];
    /** Set after a FAILURE: Bolt ignores everything until RESET. */
    let failed = false;
    let pendingRun: RunAnswer | undefined;

    const send = (buffer: Buffer) => {
      if (!socket.destroyed) socket.write(buffer);
    };

    const handle = (type: string, fields: BoltValue[]) => {
      messages.push({ connection: id, type, fields });
      if (type === "GOODBYE") return void socket.end();
      if (type === "RESET") {
        failed = false;
        pendingRun = undefined;
        return send(response(SUCCESS, [{}]));
      }
      if (failed) return send(response(IGNORED, []));
      switch (type) {
        case "HELLO":
          return send(response(SUCCESS, [{ server: "Neo4j/4.4.0", connection_id: `bolt-${id}` }]));
        case "BEGIN":
        case "ROLLBACK":
          return send(response(SUCCESS, [{}]));
        case "COMMIT":
          return send(response(SUCCESS, [{ bookmark: `fake:${messages.length}` }]));
        case "RUN": {
          const [text, parameters] = fields as [string, Record<string, BoltValue>];
          pendingRun = responder(text, parameters ?? {});
          if (pendingRun === "stall") return;
          if ("failure" in pendingRun) {
            failed = true;
            return send(response(FAILURE, [{ ...pendingRun.failure }]));
          }
          return send(response(SUCCESS, [{ fields: [...pendingRun.fields], t_first: 0, qid: 0 }]));
        }
        case "PULL":
        case "DISCARD": {
          const answer = pendingRun;
          pendingRun = undefined;
          if (answer === "stall" || answer === undefined) return;
          if ("failure" in answer) return;
          if (type === "PULL") for (const row of answer.rows) send(response(RECORD, [[...row]]));
          return send(response(SUCCESS, [{ has_more: false, type: "r", t_last: 0, db: "neo4j" }]));
        }
        default:
          return send(response(SUCCESS, [{}]));
      }
    };

    socket.on("data", (data: Buffer) => {
      pending = Buffer.concat([pending, data]);
      if (!shookHands) {
        if (pending.length < 20) return;
        if (pending.readUInt32BE(0) !== 0x6060b017) return void socket.destroy();
        pending = pending.subarray(20);
        shookHands = true;
        send(Buffer.from([0, 0, 4, 4])); // Bolt 4.4
      }
      while (pending.length >= 2) {
        const size = pending.readUInt16BE(0);
        if (pending.length < 2 + size) return;
        const chunk = pending.subarray(2, 2 + size);
        pending = pending.subarray(2 + size);
        if (size > 0) {
          message.push(chunk);
          continue;
        }
        if (message.length === 0) continue; // a NOOP keep-alive chunk
        const whole = Buffer.concat(message);
        message = [];
        const struct = new Reader(whole).value();
        if (!(struct instanceof BoltStruct)) return void socket.destroy();
        handle(
          MESSAGE_TYPES[struct.signature] ?? `0x${struct.signature.toString(16)}`,
          struct.fields,
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("fake Bolt: no port");
  return {
    port: address.port,
    messages,
    connections: () => accepted,
    setResponder: (next) => {
      responder = next;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Made-up element ids, numbered across the test file. */
let nextElementId = 0;

/**
 * What a database answers to a batch of staged nodes (STAGE_NODES, which the loader reads
 * the new nodes' element ids from): one made-up element id per node of the batch.
 */
export function stagedNodesAnswer(parameters: Record<string, BoltValue>): RunAnswer {
  const values = parameters[PARAMETER_MAP] as Record<string, BoltValue> | undefined;
  const categories = Array.isArray(values?.category) ? values.category : [];
  const ids = categories.map(() => `4:fake:${nextElementId++}`);
  return { fields: ["nodes"], rows: [[ids]] };
}
