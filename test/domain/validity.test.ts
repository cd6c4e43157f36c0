import { describe, expect, it } from "vitest";
import { isUndatedRelationship } from "../../src/domain/dated-categories.js";
import type { Claim, GraphEdge } from "../../src/domain/graph-types.js";
import { type PartialDate, parsePartialDate } from "../../src/domain/partial-date.js";
import { knownOn, statementValidity } from "../../src/domain/validity.js";
import type { RelationshipType } from "../../src/domain/vocabulary.js";

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

function claim(
  id: string,
  claimedOn: string,
  rest: Partial<Omit<Claim, "date" | "start" | "end">> & {
    date?: string;
    start?: string;
    end?: string;
  } = {},
): Claim {
  const { date: d, start, end, ...others } = rest;
  return {
    id,
    sourceId: "daily",
    evidence: [],
    claimedOn: date(claimedOn),
    rank: "NORMAL",
    ...(d ? { date: date(d) } : {}),
    ...(start ? { start: date(start) } : {}),
    ...(end ? { end: date(end) } : {}),
    ...others,
  };
}

function edge(type: RelationshipType, claims: Claim[]): GraphEdge {
  return { id: `a/${type}/b`, type, from: "a", to: "b", status: "ACTIVE", evidence: [], claims };
}

const on = (e: GraphEdge, day: string) => knownOn(statementValidity(e), day);

describe("what is known to hold on a day", () => {
  it("an undated state is not known before the source that reports it", () => {
    // The office is part of the Commission as far as an April 2024 article says.
    const partOf = edge("PART_OF", [claim("c", "2024-04-24", { status: "ACTIVE" })]);
    expect(on(partOf, "2023-01-01")).toBe("UNKNOWN");
    expect(on(partOf, "2024-04-24")).toBe("KNOWN");
    expect(on(partOf, "2030-01-01")).toBe("KNOWN");
  });

  it("a state seen at a point in time does not extend past it", () => {
    // A 2023 photo caption: heads of government during 2023, not known after.
    const heads = edge("HEADS", [claim("c", "2024-04-24", { status: "ACTIVE", date: "2023" })]);
    expect(on(heads, "2022-12-31")).toBe("UNKNOWN");
    expect(on(heads, "2023-07-01")).toBe("KNOWN");
    expect(on(heads, "2024-01-01")).toBe("UNKNOWN");
  });

  it("a state with an end a source gives stops holding after it", () => {
    const presidency = edge("HOLDS_PRESIDENCY_OF", [
      claim("c", "2024-04-24", { status: "ACTIVE", start: "2023-01", end: "2023-12" }),
    ]);
    expect(on(presidency, "2023-05-01")).toBe("KNOWN");
    expect(on(presidency, "2024-01-01")).toBe("NOT_HOLDING");
  });

  it("an event that happened holds from its date on, and not before; a plan only from its source's date", () => {
    const signed = edge("SIGNED_AT", [
      claim("c", "2024-05-10", { status: "SIGNED", date: "2024-04-30" }),
    ]);
    expect(on(signed, "2024-04-29")).toBe("NOT_HOLDING");
    expect(on(signed, "2024-04-30")).toBe("KNOWN");
    expect(on(signed, "2035-01-01")).toBe("KNOWN");
    const planned = edge("SIGNED_AT", [
      claim("p", "2024-04-24", { status: "PLANNED", date: "2024-04-30" }),
    ]);
    expect(on(planned, "2024-04-23")).toBe("UNKNOWN");
    expect(on(planned, "2024-04-24")).toBe("KNOWN");
  });

  it("takes the union of the claims that count, not of superseded ones", () => {
    const early = claim("early", "2020-01-01", { status: "ACTIVE" });
    const later = claim("later", "2024-01-01", { status: "ACTIVE" });
    expect(on(edge("MEMBER_OF", [early, later]), "2021-01-01")).toBe("KNOWN");
    const replacing = { ...later, supersedes: "early" };
    expect(on(edge("MEMBER_OF", [early, replacing]), "2021-01-01")).toBe("UNKNOWN");
  });

  it("holds a timeless statement always", () => {
    const subtopic = edge("SUBTOPIC_OF", [claim("c", "2024-04-24", { status: "ACTIVE" })]);
    expect(on(subtopic, "1900-01-01")).toBe("KNOWN");
  });
});

describe("undated relationships", () => {
  it("are those without a date whose type is not timeless, known from their source's date", () => {
    const member = edge("MEMBER_OF", [claim("m~1", "2024-04-24")]);
    expect(isUndatedRelationship(member)).toBe(true);
    expect(statementValidity(member).from).toBe("2024-04-24");
    expect(on(member, "2024-04-23")).toBe("UNKNOWN");
    expect(on(member, "2024-04-24")).toBe("KNOWN");
    const dated = { ...member, date: date("2023-05") };
    expect(isUndatedRelationship(dated)).toBe(false);
    expect(isUndatedRelationship(edge("SUBTOPIC_OF", [claim("s~1", "2024-04-24")]))).toBe(false);
  });
});
