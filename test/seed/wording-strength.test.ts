/**
 * The seed says no more than its sources' wording (issue 14): a status that something
 * happened (signed, launched, held…) needs a sentence that says so, and a plan or an
 * expectation needs a sentence that looks ahead, unless the claim is marked inferred,
 * which says in words how it follows. The sentence is the one around each quote in the
 * source text, since a quote is often a noun phrase whose verb lies beside it ("will
 * announce | a cooperation between…"); a meeting placed in a year before the source's own
 * date is reported as held. States (ACTIVE, ONGOING) are left out: a present
 * description is their wording, and their time is checked by validity (decision 0008).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { claimsOf } from "../../src/domain/claims.js";
import type { Claim, Dataset, GraphEdge, GraphNode } from "../../src/domain/graph-types.js";
import { isProspective, type Status } from "../../src/domain/vocabulary.js";
import { DEFAULT_SEED_DIR, DEFAULT_SOURCES_DIR } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";

/** Words that report each kind of outcome as having happened. */
const HAPPENED: Partial<Record<Status, RegExp>> = {
  SIGNED: /\bsigned\b/i,
  LAUNCHED: /\b(launched|initiated|set up|created)\b/i,
  ANNOUNCED: /\bannounced\b/i,
  ADOPTED: /\b(adopted|approved)\b/i,
  IN_FORCE: /\bin force\b/i,
  // A meeting is reported held by what was done at it (or by a year before the source's own
  // date: see heldBefore).
  HELD: /\b(held|met|took place|launched|announced|signed)\b/i,
};

/** Whether the sentence places something in a year before `claimedOn` ("at the Summit in 2023"). */
function heldBefore(sentence: string, claim: Claim): boolean {
  const year = claim.claimedOn ? Number(claim.claimedOn.iso.slice(0, 4)) : undefined;
  if (year === undefined) return false;
  return [...sentence.matchAll(/\bin (\d{4})\b/g)].some((match) => Number(match[1]) < year);
}

/** Words that look ahead: a plan, an expectation, a proposal, an encouragement. */
const AHEAD =
  /\b(will|expected|plans?|planned|aims?|set to|to be|would|intends?|proposed?|encourag\w*|foster|upcoming|next|should|taking place|to (cooperate|sign|meet|launch|announce|adopt))\b/i;

/** The sentence (or headline) of the text around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("\n", start));
  const after = [text.indexOf(". ", end), text.indexOf("\n", end)].filter((at) => at !== -1);
  return text.slice(before + 1, after.length > 0 ? Math.min(...after) + 1 : text.length);
}

const haveSources = existsSync(DEFAULT_SOURCES_DIR);
let dataset: Dataset;
const texts = new Map<string, string>();

function textOf(sourceId: string): string {
  const known = texts.get(sourceId);
  if (known !== undefined) return known;
  const file = dataset.nodes.find((node) => node.id === sourceId)?.source?.file;
  if (!file) throw new Error(`no source ${sourceId} with a file`);
  const text = readFileSync(join(DEFAULT_SOURCES_DIR, file), "utf8");
  texts.set(sourceId, text);
  return text;
}

/** Whether the status of `claim` on `statement` is marked as inferred. */
function inferred(statement: GraphNode | GraphEdge, claim: Claim): boolean {
  if (claim.inference || statement.inference) return true;
  return (
    "category" in statement &&
    (statement.inferredProperties ?? []).some((p) => p.property === "status")
  );
}

/** What is wrong with the status of each claim, as `id: status | sentence`. */
function statusesBeyondWording(): string[] {
  const problems: string[] = [];
  for (const statement of [...dataset.nodes, ...dataset.edges]) {
    for (const claim of claimsOf(statement)) {
      const status = claim.status;
      if (!status || inferred(statement, claim)) continue;
      const cue = isProspective(status) ? AHEAD : HAPPENED[status];
      if (!cue) continue;
      const sentences = claim.evidence.map((item) =>
        sentenceAround(textOf(item.sourceId), item.start, item.end),
      );
      const borne = (sentence: string) =>
        cue.test(sentence) || (status === "HELD" && heldBefore(sentence, claim));
      if (!sentences.some(borne))
        problems.push(`${statement.id}: ${status} | ${sentences[0]?.trim()}`);
    }
  }
  return problems;
}

describe.skipIf(!haveSources)("the seed's statuses against the sources' wording", () => {
  beforeAll(async () => {
    dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
  });

  it("gives no status stronger than the sentence around its quotes, unless marked inferred", () => {
    expect(statusesBeyondWording()).toEqual([]);
  });

  it("catches a status the wording does not bear (a planned signing recorded as signed)", () => {
    const planned = dataset.edges.find(
      (edge) => edge.id === "memorandum-digital-identities/SIGNED_AT/eu-japan-dpc-2024",
    );
    expect(planned?.status).toBe("PLANNED");
    const original = dataset;
    dataset = {
      ...original,
      edges: original.edges.map((edge) =>
        edge === planned
          ? {
              ...edge,
              status: "SIGNED",
              inference: undefined,
              claims: claimsOf(edge).map((claim) => ({
                ...claim,
                status: "SIGNED" as const,
                inference: undefined,
              })),
            }
          : edge,
      ),
    };
    try {
      expect(statusesBeyondWording()).toEqual([
        expect.stringMatching(
          /^memorandum-digital-identities\/SIGNED_AT\/eu-japan-dpc-2024: SIGNED/,
        ),
      ]);
    } finally {
      dataset = original;
    }
  });
});
