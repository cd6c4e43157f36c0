/**
 * The peer: LadybugDB (@ladybugdb/core), an embedded Cypher graph database, holding
 * the same synthetic graph and answering the same traversals in-process. Loaded
 * with COPY FROM CSV (its bulk path). Involvement gets its own relationship table
 * with each step's direction normalised (agreement → meeting → …), the way one
 * would model it in a Cypher store whose variable-length patterns take one direction.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lbug, {
  type Connection,
  type Database,
  type LbugValue,
  type PreparedStatement,
} from "@ladybugdb/core";
import type { Dataset, GraphEdge } from "../src/domain/graph-types.js";
import { INVOLVEMENT_STEPS, MAX_SUBTOPIC_DEPTH } from "../src/domain/involvement.js";

const csv = (value: string) => `"${value.replaceAll('"', '""')}"`;

type Row = Record<string, unknown>;

export class LadybugPeer {
  private constructor(
    private readonly db: Database,
    private readonly conn: Connection,
    private readonly statements: Map<string, PreparedStatement>,
  ) {}

  static async load(dataset: Dataset): Promise<LadybugPeer> {
    const dir = mkdtempSync(join(tmpdir(), "entente-bench-lbug-"));
    try {
      const lines = (rows: Iterable<string>) => [...rows].join("\n");
      writeFileSync(
        join(dir, "nodes.csv"),
        lines(dataset.nodes.map((n) => `${csv(n.id)},${csv(n.category)}`)),
      );
      const rel = (edges: Iterable<[string, string, GraphEdge]>) =>
        lines(
          [...edges].map(([from, to, e]) => `${csv(from)},${csv(to)},${csv(e.id)},${csv(e.type)}`),
        );
      writeFileSync(join(dir, "edges.csv"), rel(dataset.edges.map((e) => [e.from, e.to, e])));
      const steps = new Map(INVOLVEMENT_STEPS.map((step) => [step.type as string, step.direction]));
      const involvement: [string, string, GraphEdge][] = [];
      const covers: [string, string, GraphEdge][] = [];
      const subtopics: [string, string, GraphEdge][] = [];
      for (const e of dataset.edges) {
        const direction = steps.get(e.type);
        if (direction === "OUT") involvement.push([e.from, e.to, e]);
        else if (direction === "IN") involvement.push([e.to, e.from, e]);
        if (e.type === "COVERS") covers.push([e.from, e.to, e]);
        if (e.type === "SUBTOPIC_OF") subtopics.push([e.from, e.to, e]);
      }
      writeFileSync(join(dir, "involves.csv"), rel(involvement));
      writeFileSync(join(dir, "covers.csv"), rel(covers));
      writeFileSync(join(dir, "subtopics.csv"), rel(subtopics));

      const db = new lbug.Database(":memory:");
      const conn = new lbug.Connection(db);
      const run = async (statement: string) => {
        await conn.query(statement);
      };
      await run("CREATE NODE TABLE N(id STRING, category STRING, PRIMARY KEY(id))");
      for (const table of ["R", "INV", "COV", "SUB"]) {
        await run(`CREATE REL TABLE ${table}(FROM N TO N, id STRING, type STRING)`);
      }
      const copy = (table: string, file: string) =>
        run(`COPY ${table} FROM '${join(dir, file)}' (header=false)`);
      await copy("N", "nodes.csv");
      await copy("R", "edges.csv");
      if (involvement.length > 0) await copy("INV", "involves.csv");
      if (covers.length > 0) await copy("COV", "covers.csv");
      if (subtopics.length > 0) await copy("SUB", "subtopics.csv");
      const statements = new Map<string, PreparedStatement>();
      for (const [name, text] of Object.entries(STATEMENTS)) {
        statements.set(name, await conn.prepare(text));
      }
      return new LadybugPeer(db, conn, statements);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private async rows(name: keyof typeof STATEMENTS, params: Record<string, unknown>) {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`no statement ${name}`);
    const result = await this.conn.execute(statement, params as Record<string, LbugValue>);
    const single = Array.isArray(result) ? result[0] : result;
    if (!single) return [];
    return (await single.getAll()) as Row[];
  }

  /** Nodes within two steps (start first, then by distance, then id), and the relationships among them. */
  async neighbourhood(
    id: string,
    limit: number,
  ): Promise<{ nodeIds: string[]; edgeCount: number }> {
    const rows = await this.rows("neighbourhood", { id, limit: limit - 1 });
    const nodeIds = [id, ...rows.map((row) => String(row.id))];
    const among = await this.rows("among", { ids: nodeIds });
    return { nodeIds, edgeCount: Number(among[0]?.c ?? 0) };
  }

  /** Lengths of up to `limit` shortest paths, either way, at most 6 steps. */
  async shortestPaths(from: string, to: string, limit: number): Promise<number[]> {
    const rows = await this.rows("paths", { from, to, limit });
    return rows.map((row) => Number(row.d));
  }

  /** How many agreements involve the topic (or a narrower one) within `maxHops` steps. */
  async involvingCount(topic: string, maxHops: number): Promise<number> {
    if (maxHops !== 3) throw new Error("the prepared statement walks 3 involvement steps");
    const rows = await this.rows("involving", { topic });
    return Number(rows[0]?.c ?? 0);
  }

  async close(): Promise<void> {
    await this.conn.close();
    await this.db.close();
  }
}

const STATEMENTS = {
  neighbourhood:
    "MATCH p = (a:N {id: $id})-[:R* SHORTEST 1..2]-(b:N) WHERE b.id <> $id " +
    "RETURN b.id AS id, length(p) AS d ORDER BY d, id LIMIT $limit",
  among: "MATCH (x:N)-[r:R]->(y:N) WHERE x.id IN $ids AND y.id IN $ids RETURN count(r) AS c",
  paths:
    "MATCH p = (a:N {id: $from})-[:R* ALL SHORTEST 1..6]-(b:N {id: $to}) " +
    "RETURN length(p) AS d LIMIT $limit",
  involving:
    `MATCH (t:N {id: $topic})<-[:SUB*0..${MAX_SUBTOPIC_DEPTH}]-(:N)<-[:COV]-(:N)<-[:INV*0..3]-(a:N) ` +
    "WHERE a.category = 'Agreement' RETURN count(DISTINCT a) AS c",
};
