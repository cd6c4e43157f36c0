import { describe, expect, it } from "vitest";
import {
  claimsOf,
  deriveStatement,
  findConflicts,
  fulfilledClaimIds,
  isInferredOnly,
  isOverdue,
  referenceDayFrom,
} from "../../src/domain/claims.js";
import type { Claim, GraphEdge } from "../../src/domain/graph-types.js";
import { type PartialDate, parsePartialDate } from "../../src/domain/partial-date.js";

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

/** A claim from `sourceId`, published on `claimedOn`; the rest as given. */
function claim(
  id: string,
  sourceId: string,
  claimedOn: string,
  rest: Partial<Omit<Claim, "date" | "claimedOn">> & { date?: string } = {},
): Claim {
  const { date: dateText, ...others } = rest;
  return {
    id,
    sourceId,
    evidence: [{ sourceId, quote: `quote of ${id}`, start: 0, end: `quote of ${id}`.length }],
    claimedOn: date(claimedOn),
    rank: "NORMAL",
    ...(dateText ? { date: date(dateText) } : {}),
    ...others,
  };
}

const official = new Set(["gazette", "ministry"]);
const context = { isOfficial: (sourceId: string) => official.has(sourceId) };

describe("deriveStatement", () => {
  it("takes the later source's word over an earlier one", () => {
    const derived = deriveStatement(
      [
        claim("a", "daily", "2024-04-01", { status: "PLANNED", date: "2024-05" }),
        claim("b", "weekly", "2024-04-20", { status: "PLANNED", date: "2024-06" }),
      ],
      context,
    );
    expect(derived.winner?.id).toBe("b");
    expect(derived.date?.iso).toBe("2024-06");
  });

  it("lets what happened beat what was planned, even when the plan was reported later", () => {
    const derived = deriveStatement(
      [
        claim("outcome", "daily", "2024-04-01", { status: "SIGNED", date: "2024-03-30" }),
        claim("plan", "weekly", "2024-04-20", { status: "PLANNED", date: "2024-05" }),
      ],
      context,
    );
    expect(derived.status).toBe("SIGNED");
    expect(derived.date?.iso).toBe("2024-03-30");
  });

  it("prefers an official source over news published the same day", () => {
    const claims = [
      claim("news", "daily", "2024-04-30", { status: "SIGNED", date: "2024-04-29" }),
      claim("official", "gazette", "2024-04-30", { status: "SIGNED", date: "2024-04-30" }),
    ];
    expect(deriveStatement(claims, context).winner?.id).toBe("official");
    // The same claims with no official source: the first in the seed wins.
    expect(deriveStatement(claims, { isOfficial: () => false }).winner?.id).toBe("news");
  });

  it("leaves out deprecated and superseded claims", () => {
    const derived = deriveStatement(
      [
        claim("late-but-wrong", "daily", "2024-06-01", {
          status: "HELD",
          rank: "DEPRECATED",
          rankReason: "misread the date",
        }),
        claim("first-date", "weekly", "2024-04-01", { status: "PLANNED", date: "2024-05-10" }),
        claim("moved", "weekly", "2024-04-02", {
          status: "PLANNED",
          date: "2024-05-20",
          supersedes: "first-date",
        }),
        claim("old-news", "daily", "2024-03-01", { status: "PLANNED", date: "2024-05-01" }),
      ],
      context,
    );
    expect(derived.active.map((item) => item.id)).toEqual(["moved", "old-news"]);
    expect(derived.status).toBe("PLANNED");
    expect(derived.date?.iso).toBe("2024-05-20");
    expect(derived.deprecated).toBe(false);
  });

  it("keeps a statement whose every claim is deprecated, marked deprecated", () => {
    const derived = deriveStatement(
      [claim("only", "daily", "2024-04-01", { status: "HELD", rank: "DEPRECATED" })],
      context,
    );
    expect(derived.deprecated).toBe(true);
    expect(derived.status).toBe("HELD");
  });

  it("lets a preferred claim outweigh later and outcome claims", () => {
    const derived = deriveStatement(
      [
        claim("chosen", "daily", "2024-01-01", { status: "PLANNED", rank: "PREFERRED" }),
        claim("later", "gazette", "2024-06-01", { status: "SIGNED" }),
      ],
      context,
    );
    expect(derived.winner?.id).toBe("chosen");
    expect(derived.status).toBe("PLANNED");
  });

  it("takes the role from the winner, else from the latest claim that gives one", () => {
    const withRole = claim("role", "daily", "2024-03-01", { status: "PLANNED", role: "host" });
    const winner = claim("win", "weekly", "2024-04-01", { status: "HELD" });
    expect(deriveStatement([withRole, winner], context).role).toBe("host");
    const winnerWithRole = { ...winner, role: "co-host" };
    expect(deriveStatement([withRole, winnerWithRole], context).role).toBe("co-host");
  });

  it("takes the status from the next claim when the winner gives none", () => {
    const derived = deriveStatement(
      [
        claim("plan", "daily", "2024-03-01", { status: "PLANNED" }),
        claim("undated-later", "weekly", "2024-04-01", { role: "host" }),
      ],
      context,
    );
    expect(derived.winner?.id).toBe("undated-later");
    expect(derived.status).toBe("PLANNED");
  });
});

describe("overdue", () => {
  const plan = claim("plan", "daily", "2024-04-01", { status: "PLANNED", date: "2024-05" });

  it("flags a plan whose date has passed with no outcome", () => {
    const derived = deriveStatement([plan], context);
    expect(isOverdue(derived, [plan], "2024-06-01", new Set())).toBe(true);
  });

  it("does not flag it while its date can still come, counting precision", () => {
    const derived = deriveStatement([plan], context);
    // "May 2024" can still mean 31 May.
    expect(isOverdue(derived, [plan], "2024-05-31", new Set())).toBe(false);
  });

  it("does not flag a plan an outcome claim elsewhere fulfils", () => {
    const outcome = claim("done", "gazette", "2024-05-20", { status: "HELD", fulfils: "plan" });
    const derived = deriveStatement([plan], context);
    expect(isOverdue(derived, [plan], "2024-06-01", fulfilledClaimIds([outcome]))).toBe(false);
  });

  it("does not flag what happened, nor an undated plan", () => {
    const held = claim("held", "daily", "2024-04-01", { status: "HELD", date: "2024-03" });
    expect(isOverdue(deriveStatement([held], context), [held], "2025-01-01", new Set())).toBe(
      false,
    );
    const undated = claim("undated", "daily", "2024-04-01", { status: "PLANNED" });
    expect(isOverdue(deriveStatement([undated], context), [undated], "2025-01-01", new Set())).toBe(
      false,
    );
  });
});

describe("findConflicts", () => {
  it("finds sources that report different outcomes", () => {
    const conflicts = findConflicts([
      claim("a", "daily", "2024-04-01", { status: "SIGNED" }),
      claim("b", "weekly", "2024-04-02", { status: "ADOPTED" }),
    ]);
    expect(conflicts.map((item) => [item.first.id, item.second.id])).toEqual([["a", "b"]]);
  });

  it("finds the same status on dates that cannot overlap, but not on overlapping ones", () => {
    const may = claim("may", "daily", "2024-04-01", { status: "PLANNED", date: "2024-05" });
    expect(
      findConflicts([
        may,
        claim("june", "weekly", "2024-04-02", { status: "PLANNED", date: "2024-06-01" }),
      ]),
    ).toHaveLength(1);
    expect(
      findConflicts([
        may,
        claim("day", "weekly", "2024-04-02", { status: "PLANNED", date: "2024-05-20" }),
      ]),
    ).toEqual([]);
  });

  it("finds different roles", () => {
    expect(
      findConflicts([
        claim("a", "daily", "2024-04-01", { role: "host" }),
        claim("b", "weekly", "2024-04-02", { role: "guest" }),
      ]),
    ).toHaveLength(1);
  });

  it("does not count a plan against its outcome, one source against itself, or a superseded claim", () => {
    const plan = claim("plan", "daily", "2024-04-01", { status: "PLANNED", date: "2024-05" });
    expect(
      findConflicts([
        plan,
        claim("done", "gazette", "2024-06-01", {
          status: "SIGNED",
          date: "2024-06-01",
          fulfils: "plan",
        }),
      ]),
    ).toEqual([]);
    expect(
      findConflicts([
        claim("a", "daily", "2024-04-01", { status: "SIGNED" }),
        claim("b", "daily", "2024-04-02", { status: "ADOPTED" }),
      ]),
    ).toEqual([]);
    expect(
      findConflicts([
        claim("a", "daily", "2024-04-01", { status: "SIGNED" }),
        claim("b", "weekly", "2024-04-02", { status: "ADOPTED", supersedes: "a" }),
      ]),
    ).toEqual([]);
  });
});

describe("isInferredOnly", () => {
  const inferred = claim("guess", "daily", "2024-04-01", {
    inference: { reasoning: "follows from the council" },
  });

  it("is true when every claim that counts is inferred", () => {
    expect(isInferredOnly([inferred])).toBe(true);
  });

  it("is false once one quote states it, or when nothing counts", () => {
    expect(isInferredOnly([inferred, claim("said", "weekly", "2024-04-02")])).toBe(false);
    expect(isInferredOnly([])).toBe(false);
  });
});

describe("claimsOf", () => {
  it("reads one claim per source off a statement built without claims", () => {
    const edge: GraphEdge = {
      id: "a/PARTY_TO/b",
      type: "PARTY_TO",
      from: "a",
      to: "b",
      status: "PLANNED",
      role: "signatory",
      evidence: [
        { sourceId: "daily", quote: "x", start: 0, end: 1 },
        { sourceId: "weekly", quote: "y", start: 0, end: 1 },
        { sourceId: "daily", quote: "z", start: 5, end: 6 },
      ],
    };
    const claims = claimsOf(edge);
    expect(claims.map((item) => [item.id, item.sourceId, item.evidence.length])).toEqual([
      ["a/PARTY_TO/b~1", "daily", 2],
      ["a/PARTY_TO/b~2", "weekly", 1],
    ]);
    expect(claims.every((item) => item.status === "PLANNED" && item.role === "signatory")).toBe(
      true,
    );
  });
});

describe("referenceDayFrom", () => {
  it("reads a configured day, and defaults to today in UTC", () => {
    expect(referenceDayFrom("2024-06-01")).toBe("2024-06-01");
    expect(referenceDayFrom(undefined, new Date("2025-02-03T23:59:00Z"))).toBe("2025-02-03");
  });

  it("rejects a day that is not YYYY-MM-DD, naming the setting", () => {
    expect(() => referenceDayFrom("2024-06")).toThrow(/ENTENTE_REFERENCE_DATE/);
  });
});
