/**
 * Turns schema-valid seed files into domain nodes and edges, checking what no
 * single file can: unique ids, references, allowed endpoints, dates, cycles.
 */
import type { Evidence, GraphEdge, GraphNode } from "../domain/graph-types.js";
import { type PartialDate, parsePartialDate } from "../domain/partial-date.js";
import {
  allowsEndpoints,
  declarationOf,
  type NodeKind,
  relationshipTypesWhere,
} from "../domain/vocabulary.js";
import type { DataPath, ParsedSeedFile } from "./read-seed-files.js";
import type { SeedIssue } from "./seed-issue.js";
import {
  SECTION_CATEGORIES,
  type SeedEvidence,
  type SeedNode,
  type SeedSection,
  type SeedSource,
} from "./seed-schema.js";

/** Where a node or edge was written, for messages about it. */
export interface SeedLocation {
  readonly file: ParsedSeedFile;
  readonly path: DataPath;
}

export interface BuiltDataset {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  /** Every evidence item with where it was written, for the quote check. */
  readonly evidence: { evidence: Evidence; at: SeedLocation }[];
  readonly issues: SeedIssue[];
}

/** Relationship types whose chains must not loop back on themselves (declared `acyclic`). */
const ACYCLIC_TYPES = relationshipTypesWhere((declaration) => declaration.acyclic);

export function buildDataset(files: readonly ParsedSeedFile[]): BuiltDataset {
  const issues: SeedIssue[] = [];
  const report = (at: SeedLocation, message: string) =>
    issues.push({ file: at.file.file, ...at.file.locate(at.path), message });

  const nodes: GraphNode[] = [];
  const nodeAt = new Map<string, SeedLocation>();
  const evidence: BuiltDataset["evidence"] = [];
  const pendingStatements: { from: GraphNode; raw: SeedNode; at: SeedLocation }[] = [];
  /** Ids listed in a sources section, even where the entry has its own issue (e.g. a bad date). */
  const sourceIds = new Set<string>();

  const toDate = (text: string | undefined, at: SeedLocation): PartialDate | undefined => {
    if (text === undefined) return undefined;
    const parsed = parsePartialDate(text);
    if (typeof parsed === "string") {
      report(at, parsed);
      return undefined;
    }
    return parsed;
  };
  const toEvidence = (items: readonly SeedEvidence[], at: SeedLocation): Evidence[] =>
    items.map((item, index) => {
      const converted = {
        sourceId: item.source,
        quote: item.quote,
        start: item.start,
        end: item.end,
      };
      evidence.push({ evidence: converted, at: { file: at.file, path: [...at.path, index] } });
      return converted;
    });
  const addNode = (node: GraphNode, at: SeedLocation) => {
    const first = nodeAt.get(node.id);
    if (first) {
      const where = first.file.locate(first.path);
      report(
        at,
        `duplicate id "${node.id}"; it is first defined in ${first.file.file}:${where.line ?? "?"}`,
      );
      return false;
    }
    nodeAt.set(node.id, at);
    nodes.push(node);
    return true;
  };

  for (const file of files) {
    const content = file.content;
    if (!content) continue;
    for (const section of Object.keys(content) as SeedSection[]) {
      const category = SECTION_CATEGORIES[section];
      const list = (content[section] ?? []) as (SeedNode | SeedSource)[];
      list.forEach((raw, index) => {
        const at: SeedLocation = { file, path: [section, index] };
        if (section === "sources") {
          const source = raw as SeedSource;
          sourceIds.add(source.id);
          const publishedOn = toDate(source.publishedOn, {
            file,
            path: [...at.path, "publishedOn"],
          });
          if (!publishedOn) return;
          addNode(
            {
              id: source.id,
              category,
              kind: source.kind as NodeKind,
              name: source.title,
              aliases: [],
              date: publishedOn,
              evidence: [],
              source: {
                title: source.title,
                publisher: source.publisher,
                section: source.section,
                author: source.author,
                publishedOn,
                url: source.url,
                file: source.file,
              },
            },
            at,
          );
          return;
        }
        const seedNode = raw as SeedNode;
        if (seedNode.date !== undefined && category !== "Event" && category !== "Agreement") {
          report(
            { file, path: [...at.path, "date"] },
            `only events and agreements have a date; put it on a statement instead`,
          );
        }
        if (category === "Event" && seedNode.status === undefined) {
          report(
            at,
            `an event needs a status (e.g. PLANNED or HELD) so plans are not read as outcomes`,
          );
        }
        const node: GraphNode = {
          id: seedNode.id,
          category,
          kind: seedNode.kind as NodeKind,
          name: seedNode.name,
          aliases: seedNode.aliases ?? [],
          description: seedNode.description,
          date: toDate(seedNode.date, { file, path: [...at.path, "date"] }),
          status: seedNode.status,
          ordinal: seedNode.ordinal,
          evidence: toEvidence(seedNode.evidence, { file, path: [...at.path, "evidence"] }),
          inference: seedNode.inferred ? { reasoning: seedNode.inferred } : undefined,
        };
        if (addNode(node, at)) pendingStatements.push({ from: node, raw: seedNode, at });
      });
    }
  }

  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  // Nodes of a file that failed its own checks are unknown here; say so rather than mislead.
  const failed = files.filter((file) => !file.content).map((file) => file.file);
  const unreadable =
    failed.length > 0 ? ` (unless it is in ${failed.join(", ")}, which failed to load)` : "";
  const edges: GraphEdge[] = [];
  const edgeAt = new Map<string, SeedLocation>();
  for (const { from, raw, at } of pendingStatements) {
    (raw.statements ?? []).forEach((statement, index) => {
      const here: SeedLocation = { file: at.file, path: [...at.path, "statements", index] };
      const target = nodeById.get(statement.to);
      if (!target) {
        report(
          { ...here, path: [...here.path, "to"] },
          `refers to "${statement.to}", which no seed file defines${unreadable}`,
        );
        return;
      }
      if (!allowsEndpoints(statement.type, from.category, target.category)) {
        const rule = declarationOf(statement.type);
        report(
          { ...here, path: [...here.path, "type"] },
          `${statement.type} cannot link ${from.category} "${from.id}" to ${target.category} "${target.id}"; it links ${rule.from.join("/")} to ${rule.to.join("/")}`,
        );
        return;
      }
      const id = `${from.id}/${statement.type}/${target.id}${statement.key ? `#${statement.key}` : ""}`;
      const first = edgeAt.get(id);
      if (first) {
        report(
          here,
          `repeats statement ${id} (first at line ${first.file.locate(first.path).line ?? "?"}); give one a distinct "key"`,
        );
        return;
      }
      edgeAt.set(id, here);
      edges.push({
        id,
        type: statement.type,
        from: from.id,
        to: target.id,
        role: statement.role,
        date: toDate(statement.date, { ...here, path: [...here.path, "date"] }),
        status: statement.status,
        evidence: toEvidence(statement.evidence, { ...here, path: [...here.path, "evidence"] }),
        inference: statement.inferred ? { reasoning: statement.inferred } : undefined,
      });
    });
  }

  for (const { evidence: item, at } of evidence) {
    if (!sourceIds.has(item.sourceId)) {
      report(
        { ...at, path: [...at.path, "source"] },
        `names source "${item.sourceId}", which no sources section defines`,
      );
    }
    if (item.end - item.start !== item.quote.length) {
      report(
        { ...at, path: [...at.path, "end"] },
        `end - start is ${item.end - item.start} but the quote has ${item.quote.length} characters`,
      );
    }
  }

  for (const type of ACYCLIC_TYPES) {
    for (const cycle of findCycles(edges.filter((edge) => edge.type === type))) {
      const firstEdge = cycle[0];
      const at = firstEdge ? edgeAt.get(firstEdge.id) : undefined;
      if (at)
        report(
          at,
          `${type} forms a cycle: ${[...cycle.map((edge) => edge.from), firstEdge?.from].join(" → ")}`,
        );
    }
  }

  return { nodes, edges, evidence, issues };
}

/** Each cycle once, as the edges along it; iterative DFS so deep chains cannot overflow the stack. */
function findCycles(edges: readonly GraphEdge[]): GraphEdge[][] {
  const outgoing = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.from) ?? [];
    list.push(edge);
    outgoing.set(edge.from, list);
  }
  const state = new Map<string, "open" | "done">();
  const cycles: GraphEdge[][] = [];
  for (const root of outgoing.keys()) {
    if (state.has(root)) continue;
    const trail: GraphEdge[] = [];
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, "open");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const edge = outgoing.get(frame.node)?.[frame.next];
      if (!edge) {
        state.set(frame.node, "done");
        stack.pop();
        trail.pop();
        continue;
      }
      frame.next++;
      const seen = state.get(edge.to);
      if (seen === "open") {
        const startAt = trail.findIndex((step) => step.from === edge.to);
        cycles.push([...trail.slice(startAt === -1 ? trail.length : startAt), edge]);
      } else if (seen === undefined) {
        state.set(edge.to, "open");
        trail.push(edge);
        stack.push({ node: edge.to, next: 0 });
      }
    }
  }
  return cycles;
}
