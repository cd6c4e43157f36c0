/**
 * Turns schema-valid seed files into domain nodes and edges, checking what no
 * single file can: unique ids, references, allowed endpoints, dates, cycles.
 */
import {
  claimsFromEvidence,
  deriveStatement,
  isOutcomeClaim,
  isPlanClaim,
} from "../domain/claims.js";
import {
  type Claim,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  INFERABLE_PROPERTIES,
  type Inference,
} from "../domain/graph-types.js";
import { type PartialDate, parsePartialDate } from "../domain/partial-date.js";
import {
  allowsEndpoints,
  declarationOf,
  isOfficialSourceKind,
  type NodeKind,
  relationshipTypesWhere,
  type Status,
} from "../domain/vocabulary.js";
import type { DataPath, ParsedSeedFile } from "./read-seed-files.js";
import type { SeedIssue } from "./seed-issue.js";
import {
  SECTION_CATEGORIES,
  type SeedClaim,
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
  const stripUndefined = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
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
                basedOn: source.basedOn,
                language: source.language,
                retrievedOn: source.retrievedOn,
                contentHash: source.contentHash,
              },
            },
            at,
          );
          return;
        }
        const seedNode = raw as SeedNode;
        // Status and date come from claims, built once every source is known.
        const node: GraphNode = {
          id: seedNode.id,
          category,
          kind: seedNode.kind as NodeKind,
          name: seedNode.name,
          aliases: seedNode.aliases ?? [],
          description: seedNode.description,
          ordinal: seedNode.ordinal,
          evidence: toEvidence(seedNode.evidence, { file, path: [...at.path, "evidence"] }),
          inference:
            typeof seedNode.inferred === "string" ? { reasoning: seedNode.inferred } : undefined,
          inferredProperties:
            typeof seedNode.inferred === "object"
              ? INFERABLE_PROPERTIES.flatMap((property) => {
                  const reasoning = (seedNode.inferred as Record<string, string>)[property];
                  return reasoning === undefined ? [] : [{ property, reasoning }];
                })
              : undefined,
        };
        if (addNode(node, at)) pendingStatements.push({ from: node, raw: seedNode, at });
      });
    }
  }

  const sourceById = new Map(
    nodes.filter((node) => node.category === "Source").map((node) => [node.id, node]),
  );
  const isOfficial = (sourceId: string) => isOfficialSourceKind(sourceById.get(sourceId)?.kind);
  const claimedOn = (sourceId: string) => sourceById.get(sourceId)?.source?.publishedOn;
  /** Every claim with where it was written, for the checks of fulfils and supersedes. */
  const claimAt = new Map<string, { claim: Claim; statementId: string; at: SeedLocation }>();

  /** A statement's claims: its `claims`, or its single-evidence form read as claims. */
  const buildClaims = (
    statementId: string,
    raw: StatementFields,
    at: SeedLocation,
    legacyEvidence: () => Evidence[],
  ): Claim[] => {
    let claims: Claim[];
    const claimPaths: DataPath[] = [];
    if (raw.claims) {
      for (const field of ["status", "date", "role", "inferred"] as const) {
        if (raw[field] !== undefined) {
          report(
            { ...at, path: [...at.path, field] },
            `give "${field}" on each claim, not beside "claims"`,
          );
        }
      }
      claims = raw.claims.map((item, index) => {
        const here: SeedLocation = { ...at, path: [...at.path, "claims", index] };
        claimPaths.push(here.path);
        return buildClaim(statementId, item, index, here);
      });
    } else if (raw.status === undefined && raw.date === undefined && raw.role === undefined) {
      claims = [];
    } else {
      const values = {
        status: raw.status,
        date: toDate(raw.date, { ...at, path: [...at.path, "date"] }),
        role: raw.role,
        inference: raw.inferred ? { reasoning: raw.inferred } : undefined,
      };
      claims = claimsFromEvidence(statementId, legacyEvidence(), values, claimedOn);
      for (const _ of claims) claimPaths.push(at.path);
    }
    claims.forEach((claim, index) => {
      const here = { ...at, path: claimPaths[index] ?? at.path };
      const first = claimAt.get(claim.id);
      if (first) {
        report(here, `repeats claim id ${claim.id}; give each claim of a statement its own key`);
        return;
      }
      claimAt.set(claim.id, { claim, statementId, at: here });
    });
    return claims;
  };

  const buildClaim = (
    statementId: string,
    raw: SeedClaim,
    index: number,
    at: SeedLocation,
  ): Claim => {
    const evidenceItems = toEvidence(raw.evidence, { ...at, path: [...at.path, "evidence"] });
    const sources = [...new Set(evidenceItems.map((item) => item.sourceId))];
    if (sources.length > 1) {
      report(
        { ...at, path: [...at.path, "evidence"] },
        `a claim's quotes come from one source, these from ${sources.join(", ")}; make one claim per source`,
      );
    }
    const sourceId = sources[0] ?? "";
    if (raw.rank === "DEPRECATED" && raw.reason === undefined) {
      report(at, `a DEPRECATED claim needs a "reason"`);
    }
    const reference = (text: string | undefined) =>
      text === undefined || text.includes("~") ? text : `${statementId}~${text}`;
    const dateAt = (field: "date" | "start" | "end") =>
      toDate(raw[field], { ...at, path: [...at.path, field] });
    return stripUndefined({
      id: `${statementId}~${raw.key ?? index + 1}`,
      sourceId,
      evidence: evidenceItems,
      status: raw.status,
      date: dateAt("date"),
      start: dateAt("start"),
      end: dateAt("end"),
      role: raw.role,
      claimedOn: claimedOn(sourceId),
      rank: raw.rank ?? "NORMAL",
      rankReason: raw.reason,
      fulfils: reference(raw.fulfils),
      supersedes: reference(raw.supersedes),
      inference: raw.inferred ? { reasoning: raw.inferred } : undefined,
    });
  };

  for (const pending of pendingStatements) {
    const { from: node, raw, at } = pending;
    // The node's evidence stays for its existence and name; claims carry status and date,
    // inferred when the node is, or when its status or date is.
    const statusOrDate = node.inferredProperties
      ?.filter((item) => item.property === "status" || item.property === "date")
      .map((item) => item.reasoning);
    const claimInference = node.inference?.reasoning ?? statusOrDate?.join(" ");
    const claims = buildClaims(
      node.id,
      // With `claims`, each claim says whether it is inferred; the node's own `inferred` is about the node.
      { ...raw, inferred: raw.claims ? undefined : claimInference || undefined },
      at,
      () => [...node.evidence],
    );
    const derived = deriveStatement(claims, { isOfficial });
    const dated = claims.some((claim) => claim.date !== undefined);
    if (dated && node.category !== "Event" && node.category !== "Agreement") {
      report(
        { ...at, path: [...at.path, raw.claims ? "claims" : "date"] },
        `only events and agreements have a date; put it on a statement instead`,
      );
    }
    if (node.category === "Event" && derived.status === undefined) {
      report(
        at,
        `an event needs a status (e.g. PLANNED or HELD) so plans are not read as outcomes`,
      );
    }
    const built: GraphNode = stripUndefined({
      ...node,
      status: derived.status,
      date: derived.date,
      claims: claims.length > 0 ? claims : undefined,
    });
    nodes[nodes.indexOf(node)] = built;
    pending.from = built;
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
      if (statement.claims && statement.evidence) {
        report(
          { ...here, path: [...here.path, "evidence"] },
          `give "evidence" on each claim, not beside "claims"`,
        );
      }
      const claims = buildClaims(id, statement, here, () =>
        toEvidence(statement.evidence ?? [], { ...here, path: [...here.path, "evidence"] }),
      );
      const derived = deriveStatement(claims, { isOfficial });
      if (derived.status === undefined) {
        report(here, `no claim gives a status; at least one must (e.g. PLANNED or SIGNED)`);
        return;
      }
      edges.push(
        stripUndefined({
          id,
          type: statement.type,
          from: from.id,
          to: target.id,
          role: derived.role,
          date: derived.date,
          status: derived.status,
          evidence: derived.active.flatMap((claim) => claim.evidence),
          inference: inferenceOf(derived.active),
          claims,
        }),
      );
    });
  }

  for (const { claim, statementId, at } of claimAt.values()) {
    if (claim.supersedes !== undefined) {
      const target = claimAt.get(claim.supersedes);
      if (!target || target.statementId !== statementId || target.claim === claim) {
        report(
          { ...at, path: [...at.path, "supersedes"] },
          `names claim "${claim.supersedes}", which is not another claim of this statement`,
        );
      }
    }
    if (claim.fulfils !== undefined) {
      const target = claimAt.get(claim.fulfils);
      if (!target) {
        report(
          { ...at, path: [...at.path, "fulfils"] },
          `names claim "${claim.fulfils}", which no statement has (ids are <statement id>~<key or number>)`,
        );
      } else if (!isOutcomeClaim(claim) || !isPlanClaim(target.claim)) {
        report(
          { ...at, path: [...at.path, "fulfils"] },
          `only an outcome claim (a status such as SIGNED or HELD) fulfils, and only a plan (PLANNED, EXPECTED…); here ${statusText(claim.status)} fulfils ${statusText(target.claim.status)}`,
        );
      }
    }
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

/** What a statement says in the seed, whichever its form. */
interface StatementFields {
  readonly status?: Status;
  readonly date?: string;
  readonly role?: string;
  readonly inferred?: string;
  readonly claims?: readonly SeedClaim[];
}

/** A statement's inference: present when every claim that counts is inferred. */
function inferenceOf(active: readonly Claim[]): Inference | undefined {
  if (active.length === 0 || active.some((claim) => !claim.inference)) return undefined;
  const reasons = [...new Set(active.map((claim) => claim.inference?.reasoning ?? ""))];
  return { reasoning: reasons.join(" ") };
}

const statusText = (status: Status | undefined) => status ?? "a claim without a status";

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
