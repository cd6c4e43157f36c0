/**
 * The seed's claims form (docs/decisions/0008-claims-and-time.md) on the fictional claims
 * corpus: it loads, and each way of getting a claim wrong is reported with where it is.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateParsedFiles } from "../../src/seed/load-seed.js";
import { parseSeedFile } from "../../src/seed/read-seed-files.js";
import type { SeedIssue } from "../../src/seed/seed-issue.js";
import { CLAIMS_CORPUS } from "../contract/claims-contract.js";
import { replaceOnce } from "./seed-fixture.js";

const corpusText = () => readFile(join(CLAIMS_CORPUS, "seed", "corpus.yaml"), "utf8");

async function validate(text: string) {
  return validateParsedFiles(
    [parseSeedFile("corpus.yaml", Buffer.from(text))],
    join(CLAIMS_CORPUS, "sources"),
  );
}

async function issuesOf(text: string): Promise<Pick<SeedIssue, "path" | "message">[]> {
  const result = await validate(text);
  expect(result.dataset).toBeUndefined();
  return result.issues.map(({ path, message }) => ({ path, message }));
}

describe("claims in the seed", () => {
  it("loads the corpus, claims and the single-evidence form side by side", async () => {
    const result = await validate(await corpusText());
    expect(result.issues).toEqual([]);
    const borvania = result.dataset?.edges.find(
      (edge) => edge.id === "borvania/PARTY_TO/data-accord",
    );
    // The single-evidence form is one claim, dated by its source.
    expect(
      borvania?.claims?.map((claim) => [claim.id, claim.status, claim.claimedOn?.iso]),
    ).toEqual([["borvania/PARTY_TO/data-accord~1", "PLANNED", "2024-03-02"]]);
  });

  it("rejects status beside claims, which would say which claim it belongs to", async () => {
    const text = replaceOnce(
      await corpusText(),
      "    claims:\n      - key: may",
      "    status: HELD\n    claims:\n      - key: may",
    );
    expect(await issuesOf(text)).toContainEqual({
      path: "events[0].status",
      message: 'give "status" on each claim, not beside "claims"',
    });
  });

  it("rejects a claim quoting two sources", async () => {
    const text = replaceOnce(
      await corpusText(),
      "supersedes: may\n        evidence:\n",
      "supersedes: may\n        evidence:\n          - { source: daily-ledger, quote: Borvania, start: 136, end: 144 }\n",
    );
    expect(await issuesOf(text)).toContainEqual({
      path: "events[0].claims[1].evidence",
      message:
        "a claim's quotes come from one source, these from daily-ledger, weekly-bulletin; make one claim per source",
    });
  });

  it("rejects fulfils naming no claim, and a plan said to fulfil", async () => {
    const text = await corpusText();
    expect(
      await issuesOf(
        replaceOnce(text, "fulfils: plan\n        evidence", "fulfils: plann\n        evidence"),
      ),
    ).toContainEqual({
      path: "agreements[0].claims[1].fulfils",
      message:
        'names claim "data-accord~plann", which no statement has (ids are <statement id>~<key or number>)',
    });
    const planFulfils = replaceOnce(
      text,
      "      - key: may\n        status: EXPECTED\n",
      "      - key: may\n        status: EXPECTED\n        fulfils: data-accord~plan\n",
    );
    expect(await issuesOf(planFulfils)).toContainEqual({
      path: "events[0].claims[0].fulfils",
      message:
        "only an outcome claim (a status such as SIGNED or HELD) fulfils, and only a plan (PLANNED, EXPECTED…); here EXPECTED fulfils PLANNED",
    });
  });

  it("rejects supersedes naming a claim of another statement", async () => {
    const text = replaceOnce(await corpusText(), "supersedes: may", "supersedes: data-accord~plan");
    expect(await issuesOf(text)).toContainEqual({
      path: "events[0].claims[1].supersedes",
      message: 'names claim "data-accord~plan", which is not another claim of this statement',
    });
  });

  it("asks a deprecated claim for its reason", async () => {
    const text = replaceOnce(await corpusText(), "supersedes: may", "rank: DEPRECATED");
    expect(await issuesOf(text)).toContainEqual({
      path: "events[0].claims[1]",
      message: 'a DEPRECATED claim needs a "reason"',
    });
  });

  it("rejects a relationship none of whose claims gives a status", async () => {
    const text = replaceOnce(
      await corpusText(),
      "          - status: EXPECTED\n            role: host\n",
      "          - role: host\n",
    ).replace(
      "          - status: PLANNED\n            role: chair\n",
      "          - role: chair\n",
    );
    expect(await issuesOf(text)).toContainEqual({
      path: "actors[0].statements[1]",
      message: "no claim gives a status; at least one must (e.g. PLANNED or SIGNED)",
    });
  });

  it("checks a source's content hash, language and retrieval day by their form", async () => {
    const text = (await corpusText())
      .replace(/contentHash: "sha256:[0-9a-f]+"/, 'contentHash: "md5:abc"')
      .replace("language: en\n    retrievedOn", "language: English\n    retrievedOn")
      .replace('retrievedOn: "2024-03-03"', 'retrievedOn: "2024-03"');
    const issues = await issuesOf(text);
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: "sources[0].contentHash",
          message: "must be sha256: followed by 64 lower-case hex digits",
        },
        { path: "sources[0].language", message: "is not a language tag such as en or pt-BR" },
        { path: "sources[0].retrievedOn", message: "is not a day: write YYYY-MM-DD" },
      ]),
    );
  });

  it("takes inference per property on an attested node, and only for properties that can be inferred", async () => {
    const text = await corpusText();
    const perProperty = replaceOnce(
      text,
      "    name: First Aldoria-Borvania Accord council\n",
      "    name: First Aldoria-Borvania Accord council\n    ordinal: 1\n    inferred:\n      ordinal: The Ledger calls it the first.\n",
    );
    const result = await validate(perProperty);
    expect(result.issues).toEqual([]);
    const council = result.dataset?.nodes.find((node) => node.id === "accord-council-1");
    expect(council?.inference).toBeUndefined();
    expect(council?.inferredProperties).toEqual([
      { property: "ordinal", reasoning: "The Ledger calls it the first." },
    ]);
    const unknown = perProperty.replace("      ordinal: The Ledger", "      name: The Ledger");
    expect(await issuesOf(unknown)).toContainEqual({
      path: "events[0].inferred.name",
      message: 'unknown field "name"',
    });
  });
});
