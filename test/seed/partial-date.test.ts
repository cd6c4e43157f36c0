import { describe, expect, it } from "vitest";
import {
  overlapsRange,
  type PartialDate,
  parseDay,
  parsePartialDate,
} from "../../src/domain/partial-date.js";

/** Parses `text`, failing the test with the parser's message if it is rejected. */
function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (typeof result === "string") throw new Error(`expected ${text} to parse, got: ${result}`);
  return result;
}

describe("parsePartialDate", () => {
  it("keeps a year as a year, spanning all of it", () => {
    expect(parsePartialDate("2024")).toEqual({
      iso: "2024",
      precision: "YEAR",
      earliest: "2024-01-01",
      latest: "2024-12-31",
    });
  });

  it("keeps a month as a month, spanning all its days", () => {
    expect(parsePartialDate("2024-06")).toEqual({
      iso: "2024-06",
      precision: "MONTH",
      earliest: "2024-06-01",
      latest: "2024-06-30",
    });
    expect(parsed("2024-12").latest).toBe("2024-12-31");
  });

  it("keeps a day as a single day", () => {
    expect(parsePartialDate("2024-04-30")).toEqual({
      iso: "2024-04-30",
      precision: "DAY",
      earliest: "2024-04-30",
      latest: "2024-04-30",
    });
  });

  it("gives a day range (2–3 May) its first day as earliest and its last as latest", () => {
    expect(parsePartialDate("2024-05-02/2024-05-03")).toEqual({
      iso: "2024-05-02/2024-05-03",
      precision: "DAY",
      earliest: "2024-05-02",
      latest: "2024-05-03",
    });
  });

  it("spans whole months and whole years in month and year ranges", () => {
    expect(parsePartialDate("2024-05/2024-06")).toEqual({
      iso: "2024-05/2024-06",
      precision: "MONTH",
      earliest: "2024-05-01",
      latest: "2024-06-30",
    });
    expect(parsePartialDate("2023/2024")).toEqual({
      iso: "2023/2024",
      precision: "YEAR",
      earliest: "2023-01-01",
      latest: "2024-12-31",
    });
  });

  it("knows leap years: February has 29 days in 2024 and 2000, 28 in 2023 and 1900", () => {
    expect(parsed("2024-02").latest).toBe("2024-02-29");
    expect(parsed("2000-02").latest).toBe("2000-02-29");
    expect(parsed("2023-02").latest).toBe("2023-02-28");
    expect(parsed("1900-02").latest).toBe("1900-02-28");
    expect(parsed("2024-02-29").precision).toBe("DAY");
    expect(parsed("2000-02-29").earliest).toBe("2000-02-29");
    expect(parsePartialDate("2023-02-29")).toBe(
      '"2023-02-29" has day 29, which 2023-02 does not have',
    );
    expect(parsePartialDate("1900-02-29")).toBe(
      '"1900-02-29" has day 29, which 1900-02 does not have',
    );
  });

  it("knows the leap years of the first century too (not read as 19xx): 0000 and 0004 are, 0100 is not", () => {
    expect(parsed("0000-02-29").earliest).toBe("0000-02-29");
    expect(parsed("0004-02").latest).toBe("0004-02-29");
    expect(parsed("0099-02").latest).toBe("0099-02-28");
    expect(parsePartialDate("0100-02-29")).toBe(
      '"0100-02-29" has day 29, which 0100-02 does not have',
    );
    expect(parseDay("0000-02-29")).toBe("0000-02-29");
    expect(parsed("0001-04").latest).toBe("0001-04-30");
  });

  it.each([
    ["2024-13", '"2024-13" has month 13, which does not exist'],
    ["2024-00-10", '"2024-00-10" has month 00, which does not exist'],
    ["2024-13-40", '"2024-13-40" has month 13, which does not exist'],
    ["2024-04-31", '"2024-04-31" has day 31, which 2024-04 does not have'],
    ["2024-05-00", '"2024-05-00" has day 00, which 2024-05 does not have'],
    ["2024-02-30", '"2024-02-30" has day 30, which 2024-02 does not have'],
    ["June", '"June" is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    ["", '"" is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    ["2024-6-1", '"2024-6-1" is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    ["2024-05-02/", '"" is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)'],
    ["2024/2025/2026", '"2024/2025/2026" has more than one "/"; a range is START/END'],
    ["2024-05-03/2024-05-02", '"2024-05-03/2024-05-02" ends before or when it starts'],
    ["2024-05-02/2024-05-02", '"2024-05-02/2024-05-02" ends before or when it starts'],
    ["2024-06/2024-05", '"2024-06/2024-05" ends before or when it starts'],
    [
      "2024-05/2024-05-03",
      '"2024-05/2024-05-03" mixes precisions; both ends of a range must be months',
    ],
    [
      "2024-05-02/2024-06",
      '"2024-05-02/2024-06" mixes precisions; both ends of a range must be days',
    ],
    ["2024/2024-05-03", '"2024/2024-05-03" mixes precisions; both ends of a range must be years'],
    ["2024-05-02/2024-02-30", '"2024-02-30" has day 30, which 2024-02 does not have'],
  ])("rejects %j: %s", (text, message) => {
    expect(parsePartialDate(text)).toBe(message);
  });
});

describe("parseDay", () => {
  it("accepts a calendar day and returns it", () => {
    expect(parseDay("2024-02-29")).toBe("2024-02-29");
  });

  it("rejects a month, a year and an impossible day with a message", () => {
    expect(parseDay("2024-06")).toEqual({ error: '"2024-06" is not a full day (YYYY-MM-DD)' });
    expect(parseDay("2024")).toEqual({ error: '"2024" is not a full day (YYYY-MM-DD)' });
    expect(parseDay("2023-02-29")).toEqual({
      error: '"2023-02-29" has day 29, which 2023-02 does not have',
    });
    expect(parseDay("2024-05-02/2024-05-03")).toEqual({
      error: '"2024-05-02/2024-05-03" is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    });
  });

  it("quotes at most 80 characters of a long value in its message", () => {
    const result = parseDay(`2024-01-01${"x".repeat(100_000)}`);
    expect(result).toEqual({
      error: `"2024-01-01${"x".repeat(70)}…" is not an ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    });
  });
});

describe("overlapsRange", () => {
  const june = parsed("2024-06");

  it("lets a month overlap a single day inside it (June 2024 vs 10 June)", () => {
    expect(overlapsRange(june, { from: "2024-06-10", to: "2024-06-10" })).toBe(true);
  });

  it("lets a month overlap ranges that share only its first or last day", () => {
    expect(overlapsRange(june, { from: "2024-05-01", to: "2024-06-01" })).toBe(true);
    expect(overlapsRange(june, { from: "2024-06-30", to: "2024-07-31" })).toBe(true);
    expect(overlapsRange(june, { from: "2024-06-30" })).toBe(true);
    expect(overlapsRange(june, { to: "2024-06-01" })).toBe(true);
  });

  it("keeps a month out of ranges that end before it or start after it", () => {
    expect(overlapsRange(june, { from: "2024-05-01", to: "2024-05-31" })).toBe(false);
    expect(overlapsRange(june, { from: "2024-07-01" })).toBe(false);
    expect(overlapsRange(june, { to: "2024-05-31" })).toBe(false);
  });

  it("treats an open range as overlapping everything", () => {
    expect(overlapsRange(june, {})).toBe(true);
  });

  it("compares a day range by its first and last day", () => {
    const mayTwoToThree = parsed("2024-05-02/2024-05-03");
    expect(overlapsRange(mayTwoToThree, { from: "2024-05-03", to: "2024-05-10" })).toBe(true);
    expect(overlapsRange(mayTwoToThree, { from: "2024-04-01", to: "2024-05-02" })).toBe(true);
    expect(overlapsRange(mayTwoToThree, { from: "2024-05-04" })).toBe(false);
    expect(overlapsRange(mayTwoToThree, { to: "2024-05-01" })).toBe(false);
  });

  it("lets a year overlap its first and last day and nothing outside it", () => {
    const year = parsed("2024");
    expect(overlapsRange(year, { to: "2024-01-01" })).toBe(true);
    expect(overlapsRange(year, { from: "2024-12-31" })).toBe(true);
    expect(overlapsRange(year, { to: "2023-12-31" })).toBe(false);
    expect(overlapsRange(year, { from: "2025-01-01" })).toBe(false);
  });

  it("uses the leap day as the end of February 2024", () => {
    const february = parsed("2024-02");
    expect(overlapsRange(february, { from: "2024-02-29" })).toBe(true);
    expect(overlapsRange(parsed("2023-02"), { from: "2023-03-01" })).toBe(false);
  });
});
