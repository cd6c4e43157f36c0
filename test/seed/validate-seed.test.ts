import { afterEach, describe, expect, it } from "vitest";
import { EntenteError } from "../../src/domain/errors.js";
import { NODE_KINDS, RELATIONSHIP_TYPES, STATUSES } from "../../src/domain/vocabulary.js";
import { loadSeed, validateParsedFiles, validateSeed } from "../../src/seed/load-seed.js";
import { parseSeedFile } from "../../src/seed/read-seed-files.js";
import { formatSeedIssue, type SeedIssue } from "../../src/seed/seed-issue.js";
import {
  ACTORS_YAML,
  AGREEMENTS_YAML,
  baseSeed,
  evidence,
  positionOf,
  removeTempDirs,
  replaceOnce,
  type SeedFiles,
  SOURCE_FILE,
  SOURCE_TEXT,
  SOURCES_YAML,
  validateFiles,
  writeSeed,
} from "./seed-fixture.js";

afterEach(removeTempDirs);

/** Validates `files` (quotes checked unless told otherwise) and asserts that nothing was loaded. */
async function rejected(
  files: SeedFiles,
  options: { checkQuotes?: boolean } = {},
): Promise<SeedIssue[]> {
  const result = await validateFiles(files, options);
  expect(result.issues.length).toBeGreaterThan(0);
  expect(result.dataset).toBeUndefined();
  return result.issues;
}

/** The base seed with one file replaced or added. */
function withFile(name: string, text: string | Buffer): SeedFiles {
  return { ...baseSeed(), [name]: text };
}

/** A statement item as written under `statements:` of a top-level node. */
function statementYaml(type: string, to: string, extraLines: string[] = []): string {
  return [
    `      - type: ${type}`,
    `        to: ${to}`,
    ...extraLines.map((line) => `        ${line}`),
    "        status: ACTIVE",
    "        evidence:",
    `          - ${evidence("Alpha Union")}`,
    "",
  ].join("\n");
}

/** actors.yaml with statements appended to alpha-union's list. */
function actorsWithAlphaStatements(...statements: string[]): string {
  return replaceOnce(
    ACTORS_YAML,
    "\n\n  - id: beta-country",
    `\n${statements.join("")}\n  - id: beta-country`,
  );
}

/** actors.yaml with a statements list given to beta-country (which has none). */
function actorsWithBetaStatements(...statements: string[]): string {
  return `${ACTORS_YAML}    statements:\n${statements.join("")}`;
}

/** A topics.yaml holding one topic per entry, each with the given statements. */
function topicsYaml(topics: Record<string, string[]>): string {
  return `topics:\n${Object.entries(topics)
    .map(
      ([id, statements]) =>
        `  - id: ${id}\n    kind: TOPIC\n    name: Topic ${id}\n    evidence:\n      - ${evidence("Alpha-Beta Partnership")}\n${
          statements.length > 0 ? `    statements:\n${statements.join("")}` : ""
        }`,
    )
    .join("")}`;
}

const EVENTS_YAML = `events:
  - id: signing-ceremony
    kind: SUMMIT
    name: Signing ceremony
    date: "2024-06"
    status: PLANNED
    evidence:
      - ${evidence("will sign the Alpha-Beta Partnership in June 2024")}
`;

describe("the base fixture", () => {
  it("is a valid seed, with or without quote checking, so each case below breaks one thing", async () => {
    for (const checkQuotes of [true, false]) {
      const result = await validateFiles(baseSeed(), { checkQuotes });
      expect(result.issues).toEqual([]);
      expect(result.dataset?.nodes.map((node) => node.id).sort()).toEqual([
        "alpha-beta-partnership",
        "alpha-union",
        "beta-country",
        "test-source",
      ]);
    }
  });
});

describe("per-file checks: encoding and YAML syntax", () => {
  it("reports a file that breaks off mid-quote as a YAML syntax error at the point where it ends", async () => {
    const cut = ACTORS_YAML.indexOf('Beta Country", start');
    const truncated = ACTORS_YAML.slice(0, cut + "Beta".length);
    const lastLine = truncated.split("\n").length;
    const lastLineLength = truncated.length - truncated.lastIndexOf("\n") - 1;

    const issues = await rejected(withFile("actors.yaml", truncated));

    expect(issues).toContainEqual({
      file: "actors.yaml",
      line: lastLine,
      column: lastLineLength + 1,
      message: 'YAML syntax: Missing closing "quote',
    });
    // The parser may add follow-on complaints, but all of them are syntax errors at the cut.
    for (const issue of issues.filter((issue) => issue.file === "actors.yaml")) {
      expect(issue).toMatchObject({
        line: lastLine,
        message: expect.stringMatching(/^YAML syntax: /),
      });
    }
  });

  it("reports a badly indented line as a YAML syntax error on that line", async () => {
    const text = replaceOnce(ACTORS_YAML, "    name: Beta Country", "   name: Beta Country");
    const issues = await rejected(withFile("actors.yaml", text));

    const syntax = issues.filter((issue) => issue.file === "actors.yaml");
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]).toEqual({
      file: "actors.yaml",
      line: positionOf(text, "   name: Beta Country").line,
      column: 1,
      message: "YAML syntax: Sequence item without - indicator",
    });
    expect(syntax.every((issue) => issue.message.startsWith("YAML syntax: "))).toBe(true);
  });

  it("reports a key repeated in one mapping, at the repeated key", async () => {
    const text = replaceOnce(
      ACTORS_YAML,
      "    name: Beta Country",
      "    name: Beta Country\n    name: Beta",
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues.filter((issue) => issue.file === "actors.yaml")).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "name: Beta\n"),
        message: "YAML syntax: Map keys must be unique",
      },
    ]);
  });

  it("rejects bytes that are not UTF-8 and names the line holding the first bad byte", async () => {
    const latin1 = Buffer.from(
      "# Places\nplaces:\n  - id: zurich\n    kind: CITY\n    name: Z\u00fcrich\n",
      "latin1",
    );
    expect(parseSeedFile("places.yaml", latin1).issues).toEqual([
      { file: "places.yaml", line: 5, message: "is not valid UTF-8; save the file as UTF-8" },
    ]);

    const files = { ...baseSeed(), "places.yaml": latin1 };
    const result = await validateParsedFiles(
      Object.entries(files).map(([name, content]) => parseSeedFile(name, Buffer.from(content))),
    );
    expect(result.issues).toEqual([
      { file: "places.yaml", line: 5, message: "is not valid UTF-8; save the file as UTF-8" },
    ]);
    expect(result.dataset).toBeUndefined();
  });

  it("reports aliases that would expand past the parser's limit (an alias bomb) as an issue at the first alias", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, previous] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
    ]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const bomb = `${levels.join("\n")}\n`;
    const issues = await rejected(withFile("bomb.yaml", bomb));
    expect(issues).toEqual([
      {
        file: "bomb.yaml",
        ...positionOf(bomb, "*a"),
        message: "YAML aliases: Excessive alias count indicates a resource exhaustion attack",
      },
    ]);
  });

  it("reports an alias whose anchor is missing as an issue at that alias", async () => {
    const text = "actors:\n  - &one { id: x }\n  - *one\n  - *two\n";
    expect(parseSeedFile("actors.yaml", Buffer.from(text)).issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "*two"),
        message: "YAML aliases: Unresolved alias (the anchor must be set before the alias): two",
      },
    ]);
  });

  it("rejects an empty file and a file holding only comments", async () => {
    const issues = await rejected({
      ...baseSeed(),
      "empty.yaml": "",
      "comments.yaml": "# to be filled in\n",
    });

    expect(issues).toEqual([
      { file: "comments.yaml", message: "is empty; a seed file lists at least one section" },
      { file: "empty.yaml", message: "is empty; a seed file lists at least one section" },
    ]);
  });
});

describe("per-file checks: the schema", () => {
  it("names an unknown field and points at its key", async () => {
    const text = replaceOnce(
      ACTORS_YAML,
      "    name: Beta Country",
      "    name: Beta Country\n    colour: red",
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues.filter((issue) => issue.file === "actors.yaml")).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "colour: red"),
        path: "actors[1].colour",
        message: 'unknown field "colour"',
      },
    ]);
  });

  it("points at the key of an unknown field even when its value starts on a later line", async () => {
    const text = replaceOnce(
      ACTORS_YAML,
      "    name: Beta Country",
      "    name: Beta Country\n    colours:\n      - red\n      - white",
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues.filter((issue) => issue.file === "actors.yaml")).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "colours:"),
        path: "actors[1].colours",
        message: 'unknown field "colours"',
      },
    ]);
  });

  it("names an unknown top-level section", async () => {
    const issues = await rejected(withFile("people.yaml", "people:\n  - id: someone\n"));

    expect(issues).toEqual([
      {
        file: "people.yaml",
        line: 1,
        column: 1,
        path: "people",
        message: 'unknown field "people"',
      },
    ]);
  });

  it("reports a misspelt statement field both as unknown and as the required field it lacks", async () => {
    const text = replaceOnce(ACTORS_YAML, "        status: PLANNED", "        stauts: PLANNED");
    const issues = await rejected(withFile("actors.yaml", text));

    const inFile = issues.filter((issue) => issue.file === "actors.yaml");
    expect(inFile).toHaveLength(2);
    expect(inFile).toContainEqual({
      file: "actors.yaml",
      ...positionOf(text, "stauts"),
      path: "actors[0].statements[0].stauts",
      message: 'unknown field "stauts"',
    });
    expect(inFile).toContainEqual({
      file: "actors.yaml",
      ...positionOf(text, "type: PARTY_TO"),
      path: "actors[0].statements[0]",
      message: 'missing required field "status"',
    });
  });

  it("names a missing required field and points at the record that lacks it", async () => {
    const text = replaceOnce(ACTORS_YAML, "    name: Beta Country\n", "");
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues.filter((issue) => issue.file === "actors.yaml")).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "id: beta-country"),
        path: "actors[1]",
        message: 'missing required field "name"',
      },
    ]);
  });

  it("names a missing required field of a source and of an evidence item", async () => {
    const sources = replaceOnce(SOURCES_YAML, "    url: https://example.org/alpha-beta\n", "");
    const actors = replaceOnce(ACTORS_YAML, ", start: 16, end: 28 }", ", start: 16 }");
    const issues = await rejected({
      ...baseSeed(),
      "sources.yaml": sources,
      "actors.yaml": actors,
    });

    expect(issues).toContainEqual({
      file: "sources.yaml",
      ...positionOf(sources, "id: test-source"),
      path: "sources[0]",
      message: 'missing required field "url"',
    });
    expect(issues).toContainEqual({
      file: "actors.yaml",
      ...positionOf(actors, '{ source: test-source, quote: "Beta Country"'),
      path: "actors[1].evidence[0]",
      message: 'missing required field "end"',
    });
  });

  it("rejects an unknown kind and lists the kinds allowed in that section", async () => {
    const text = replaceOnce(ACTORS_YAML, "kind: COUNTRY", "kind: KINGDOM");
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues.filter((issue) => issue.file === "actors.yaml")).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "KINGDOM"),
        path: "actors[1].kind",
        message: `must be one of ${NODE_KINDS.Actor.join(", ")}`,
      },
    ]);
    expect(issues[0]?.message).toContain("COUNTRY, UNION, INSTITUTION");
  });

  it("rejects a kind of another category (a CITY among actors)", async () => {
    const text = replaceOnce(ACTORS_YAML, "kind: COUNTRY", "kind: CITY");
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toContainEqual(
      expect.objectContaining({
        file: "actors.yaml",
        path: "actors[1].kind",
        message: expect.stringMatching(/^must be one of COUNTRY, /),
      }),
    );
  });

  it("rejects an unknown statement status and relationship type, listing the allowed values", async () => {
    const text = replaceOnce(
      replaceOnce(ACTORS_YAML, "status: PLANNED", "status: DONE"),
      "type: PARTY_TO",
      "type: OWNS",
    );
    const issues = await rejected(withFile("actors.yaml", text));

    const inFile = issues.filter((issue) => issue.file === "actors.yaml");
    expect(inFile).toHaveLength(2);
    expect(inFile).toContainEqual({
      file: "actors.yaml",
      ...positionOf(text, "DONE"),
      path: "actors[0].statements[0].status",
      message: `must be one of ${STATUSES.join(", ")}`,
    });
    expect(inFile).toContainEqual({
      file: "actors.yaml",
      ...positionOf(text, "OWNS"),
      path: "actors[0].statements[0].type",
      message: `must be one of ${RELATIONSHIP_TYPES.join(", ")}`,
    });
  });

  it.each([
    "Beta_Country",
    "BetaCountry",
    "beta--country",
    "-beta-country",
    "beta-country-",
    "beta country",
  ])("rejects the id %j as not a slug", async (id) => {
    const text = replaceOnce(ACTORS_YAML, "id: beta-country", `id: ${id}`);
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues.filter((issue) => issue.file === "actors.yaml")).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, `id: ${id}`),
        column: positionOf(text, `id: ${id}`).column + "id: ".length,
        path: "actors[1].id",
        message: "must be a slug: lower-case letters and digits joined by single hyphens",
      },
    ]);
  });

  it("rejects a statement target that is not a slug", async () => {
    const text = replaceOnce(
      ACTORS_YAML,
      "to: alpha-beta-partnership",
      "to: Alpha-Beta Partnership",
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toContainEqual({
      file: "actors.yaml",
      ...positionOf(text, "Alpha-Beta Partnership\n"),
      path: "actors[0].statements[0].to",
      message: "must be a slug: lower-case letters and digits joined by single hyphens",
    });
  });

  it("rejects a blank name and a non-http url with messages for each", async () => {
    const sources = replaceOnce(
      SOURCES_YAML,
      "url: https://example.org/alpha-beta",
      "url: ftp://example.org/alpha-beta",
    );
    const actors = replaceOnce(ACTORS_YAML, "name: Beta Country", 'name: "   "');
    const issues = await rejected({
      ...baseSeed(),
      "sources.yaml": sources,
      "actors.yaml": actors,
    });

    expect(issues).toContainEqual({
      file: "sources.yaml",
      ...positionOf(sources, "ftp://"),
      path: "sources[0].url",
      message: "is not an http(s) URL",
    });
    expect(issues).toContainEqual({
      file: "actors.yaml",
      ...positionOf(actors, '"   "'),
      path: "actors[1].name",
      message: "must not be blank",
    });
  });
});

describe("dates", () => {
  const withAgreementDate = (date: string) =>
    replaceOnce(AGREEMENTS_YAML, 'date: "2024-06"', `date: ${JSON.stringify(date)}`);

  it.each([
    ["2024-13-40", '"2024-13-40" has month 13, which does not exist'],
    ["2024-00", '"2024-00" has month 00, which does not exist'],
    ["2024-02-30", '"2024-02-30" has day 30, which 2024-02 does not have'],
    ["2023-02-29", '"2023-02-29" has day 29, which 2023-02 does not have'],
    ["2024-04-31", '"2024-04-31" has day 31, which 2024-04 does not have'],
    ["2024-05-03/2024-05-02", '"2024-05-03/2024-05-02" ends before or when it starts'],
    ["2024-05-03/2024-05-03", '"2024-05-03/2024-05-03" ends before or when it starts'],
    [
      "2024-05/2024-05-03",
      '"2024-05/2024-05-03" mixes precisions; both ends of a range must be months',
    ],
    ["2024/2024-05", '"2024/2024-05" mixes precisions; both ends of a range must be years'],
  ])("rejects the date %j on an agreement: %s", async (date, message) => {
    const text = withAgreementDate(date);
    const issues = await rejected(withFile("agreements.yaml", text));

    expect(issues).toEqual([
      {
        file: "agreements.yaml",
        ...positionOf(text, JSON.stringify(date)),
        path: "agreements[0].date",
        message,
      },
    ]);
  });

  it.each(["June", "30 April 2024", "2024-6", "24-06", "2024-06-1", "2024-05-02/03"])(
    "rejects %j as not an ISO date at all",
    async (date) => {
      const text = withAgreementDate(date);
      const issues = await rejected(withFile("agreements.yaml", text));

      expect(issues.filter((issue) => issue.file === "agreements.yaml")).toEqual([
        {
          file: "agreements.yaml",
          ...positionOf(text, JSON.stringify(date)),
          path: "agreements[0].date",
          message: "is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END",
        },
      ]);
    },
  );

  it("accepts a leap day, a day range, a month range and a year", async () => {
    for (const date of ["2024-02-29", "2024-05-02/2024-05-03", "2024-05/2024-06", "2024"]) {
      const result = await validateFiles(withFile("agreements.yaml", withAgreementDate(date)));
      expect(result.issues).toEqual([]);
      const agreement = result.dataset?.nodes.find((node) => node.id === "alpha-beta-partnership");
      expect(agreement?.date?.iso).toBe(date);
    }
  });

  it("checks the date of a statement and a source's publication date", async () => {
    const actors = replaceOnce(
      ACTORS_YAML,
      "        status: PLANNED",
      '        status: PLANNED\n        date: "2024-02-30"',
    );
    const sources = replaceOnce(SOURCES_YAML, '"2024-04-24"', '"2023-02-29"');
    const issues = await rejected({
      ...baseSeed(),
      "actors.yaml": actors,
      "sources.yaml": sources,
    });

    // Only these two: the source with a bad date still counts as defined, so
    // the evidence quoting it is not also reported as naming an unknown source.
    expect(issues).toEqual([
      {
        file: "sources.yaml",
        ...positionOf(sources, '"2023-02-29"'),
        path: "sources[0].publishedOn",
        message: '"2023-02-29" has day 29, which 2023-02 does not have',
      },
      {
        file: "actors.yaml",
        ...positionOf(actors, '"2024-02-30"'),
        path: "actors[0].statements[0].date",
        message: '"2024-02-30" has day 30, which 2024-02 does not have',
      },
    ]);
  });

  it("rejects a date on an actor, a topic and a place, which may not have one", async () => {
    const actors = replaceOnce(
      ACTORS_YAML,
      "    name: Beta Country",
      '    name: Beta Country\n    date: "2024"',
    );
    const topics = replaceOnce(
      topicsYaml({ "data-flows": [] }),
      "    kind: TOPIC",
      '    kind: TOPIC\n    date: "2024-06"',
    );
    const places = `places:\n  - id: paris\n    kind: CITY\n    name: Paris\n    date: "2024-05-02/2024-05-03"\n    evidence:\n      - ${evidence("Beta Country")}\n`;
    const issues = await rejected({
      ...baseSeed(),
      "actors.yaml": actors,
      "topics.yaml": topics,
      "places.yaml": places,
    });

    const message = "only events and agreements have a date; put it on a statement instead";
    expect(issues).toEqual([
      { file: "actors.yaml", ...positionOf(actors, '"2024"'), path: "actors[1].date", message },
      {
        file: "places.yaml",
        ...positionOf(places, '"2024-05-02/2024-05-03"'),
        path: "places[0].date",
        message,
      },
      { file: "topics.yaml", ...positionOf(topics, '"2024-06"'), path: "topics[0].date", message },
    ]);
  });

  it("accepts dates on events and agreements", async () => {
    const result = await validateFiles(withFile("events.yaml", EVENTS_YAML));
    expect(result.issues).toEqual([]);
    const event = result.dataset?.nodes.find((node) => node.id === "signing-ceremony");
    expect(event?.date).toEqual({
      iso: "2024-06",
      precision: "MONTH",
      earliest: "2024-06-01",
      latest: "2024-06-30",
    });
  });
});

describe("events", () => {
  it("rejects an event without a status, so plans are not read as outcomes", async () => {
    const text = replaceOnce(EVENTS_YAML, "    status: PLANNED\n", "");
    const issues = await rejected(withFile("events.yaml", text));

    expect(issues).toEqual([
      {
        file: "events.yaml",
        ...positionOf(text, "id: signing-ceremony"),
        path: "events[0]",
        message: "an event needs a status (e.g. PLANNED or HELD) so plans are not read as outcomes",
      },
    ]);
  });
});

describe("ids and references across files", () => {
  it("rejects an id defined again in another file and points to the first definition", async () => {
    const more = `actors:\n  - id: beta-country\n    kind: COUNTRY\n    name: Beta\n    evidence:\n      - ${evidence("Beta Country")}\n`;
    const issues = await rejected(withFile("more/actors.yml", more));

    const first = positionOf(ACTORS_YAML, "id: beta-country").line;
    expect(issues).toEqual([
      {
        file: "more/actors.yml",
        ...positionOf(more, "id: beta-country"),
        path: "actors[0]",
        message: `duplicate id "beta-country"; it is first defined in actors.yaml:${first}`,
      },
    ]);
  });

  it("rejects an id shared by nodes of different categories", async () => {
    const topics = topicsYaml({ "alpha-union": [] });
    const issues = await rejected(withFile("topics.yaml", topics));

    expect(issues).toEqual([
      {
        file: "topics.yaml",
        ...positionOf(topics, "id: alpha-union"),
        path: "topics[0]",
        message: `duplicate id "alpha-union"; it is first defined in actors.yaml:${positionOf(ACTORS_YAML, "id: alpha-union").line}`,
      },
    ]);
  });

  it("rejects the same statement made twice without a key, pointing to the first", async () => {
    const repeat = statementYaml("PARTY_TO", "alpha-beta-partnership");
    const text = actorsWithAlphaStatements(repeat);
    const issues = await rejected(withFile("actors.yaml", text));

    const firstLine = positionOf(text, "type: PARTY_TO", 1).line;
    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "type: PARTY_TO", 2),
        path: "actors[0].statements[1]",
        message: `repeats statement alpha-union/PARTY_TO/alpha-beta-partnership (first at line ${firstLine}); give one a distinct "key"`,
      },
    ]);
  });

  it("accepts the same pair and type twice when one statement has a distinct key", async () => {
    const text = actorsWithAlphaStatements(
      statementYaml("PARTY_TO", "alpha-beta-partnership", ["key: renewal"]),
    );
    const result = await validateFiles(withFile("actors.yaml", text));

    expect(result.issues).toEqual([]);
    expect(result.dataset?.edges.map((edge) => edge.id)).toEqual(
      expect.arrayContaining([
        "alpha-union/PARTY_TO/alpha-beta-partnership",
        "alpha-union/PARTY_TO/alpha-beta-partnership#renewal",
      ]),
    );
  });

  it("rejects a statement to a node no file defines", async () => {
    const text = replaceOnce(ACTORS_YAML, "to: alpha-beta-partnership", "to: gamma-treaty");
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "gamma-treaty"),
        path: "actors[0].statements[0].to",
        message: 'refers to "gamma-treaty", which no seed file defines',
      },
    ]);
  });

  it("rejects a relationship type between categories it may not link (COVERS from an actor)", async () => {
    const actors = actorsWithAlphaStatements(statementYaml("COVERS", "data-flows"));
    const topics = topicsYaml({ "data-flows": [] });
    const issues = await rejected({ ...baseSeed(), "actors.yaml": actors, "topics.yaml": topics });

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(actors, "COVERS"),
        path: "actors[0].statements[1].type",
        message:
          'COVERS cannot link Actor "alpha-union" to Topic "data-flows"; it links Agreement/Event to Topic',
      },
    ]);
  });

  it("rejects PART_OF from an actor to a topic but accepts COVERS from an agreement to it", async () => {
    const actors = actorsWithAlphaStatements(statementYaml("PART_OF", "data-flows"));
    const agreements = `${AGREEMENTS_YAML}${statementYaml("COVERS", "data-flows")}`;
    const topics = topicsYaml({ "data-flows": [] });
    const issues = await rejected({
      ...baseSeed(),
      "actors.yaml": actors,
      "agreements.yaml": agreements,
      "topics.yaml": topics,
    });

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(actors, "PART_OF"),
        path: "actors[0].statements[1].type",
        message:
          'PART_OF cannot link Actor "alpha-union" to Topic "data-flows"; it links Actor/Event/Agreement/Place to Actor/Event/Agreement/Place',
      },
    ]);
  });
});

describe("evidence", () => {
  it("rejects evidence naming a source no sources section defines", async () => {
    const text = replaceOnce(
      ACTORS_YAML,
      evidence("Beta Country"),
      evidence("Beta Country", "other-source"),
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "other-source"),
        path: "actors[1].evidence[0].source",
        message: 'names source "other-source", which no sources section defines',
      },
    ]);
  });

  it("rejects evidence naming a node that exists but is not a source", async () => {
    const text = replaceOnce(
      ACTORS_YAML,
      evidence("Beta Country"),
      evidence("Beta Country", "alpha-union"),
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "source: alpha-union"),
        column: positionOf(text, "source: alpha-union").column + "source: ".length,
        path: "actors[1].evidence[0].source",
        message: 'names source "alpha-union", which no sources section defines',
      },
    ]);
  });

  it("rejects evidence whose end - start differs from the quote's length", async () => {
    const start = SOURCE_TEXT.indexOf("Beta Country");
    const text = replaceOnce(
      ACTORS_YAML,
      `start: ${start}, end: ${start + 12}`,
      `start: ${start}, end: ${start + 13}`,
    );
    const issues = await rejected(withFile("actors.yaml", text), { checkQuotes: false });

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, `end: ${start + 13}`),
        column: positionOf(text, `end: ${start + 13}`).column + "end: ".length,
        path: "actors[1].evidence[0].end",
        message: "end - start is 13 but the quote has 12 characters",
      },
    ]);
  });

  it("rejects a quote that is not at its offsets and says where it does occur", async () => {
    const first = SOURCE_TEXT.indexOf("Beta Country");
    const second = SOURCE_TEXT.indexOf("Beta Country", first + 1);
    expect(second).toBeGreaterThan(first);
    const text = replaceOnce(
      ACTORS_YAML,
      `start: ${first}, end: ${first + 12}`,
      `start: ${first + 1}, end: ${first + 13}`,
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, '"Beta Country"'),
        path: "actors[1].evidence[0].quote",
        message: `quote is not at ${first + 1}–${first + 13} of ${SOURCE_FILE}; it occurs at ${first}–${first + 12}, ${second}–${second + 12}`,
      },
    ]);
  });

  it("does not check quotes against texts when no sources directory is given", async () => {
    const first = SOURCE_TEXT.indexOf("Beta Country");
    const text = replaceOnce(
      ACTORS_YAML,
      `start: ${first}, end: ${first + 12}`,
      `start: ${first + 1}, end: ${first + 13}`,
    );
    const result = await validateFiles(withFile("actors.yaml", text), { checkQuotes: false });

    expect(result.issues).toEqual([]);
    expect(result.dataset).toBeDefined();
  });

  it("rejects a quote that does not occur in the source at all", async () => {
    const start = SOURCE_TEXT.indexOf("Beta Country");
    const text = replaceOnce(
      ACTORS_YAML,
      `quote: "Beta Country", start: ${start}, end: ${start + 12}`,
      `quote: "Beta Countre", start: ${start}, end: ${start + 12}`,
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, '"Beta Countre"'),
        path: "actors[1].evidence[0].quote",
        message: `quote is not at ${start}–${start + 12} of ${SOURCE_FILE}; the quote does not occur in the source at all`,
      },
    ]);
  });

  it("rejects evidence from a source whose text file is missing from the sources directory", async () => {
    const { seedDir, sourcesDir } = await writeSeed(baseSeed(), {});
    const result = await validateSeed({ seedDir, sourcesDir });

    expect(result.dataset).toBeUndefined();
    const message = `source text ${SOURCE_FILE} is not in ${sourcesDir}`;
    // One issue per missing text, at the first evidence item that quotes it.
    expect(result.issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(ACTORS_YAML, "test-source"),
        path: "actors[0].evidence[0].source",
        message,
      },
    ]);
  });
});

describe("hierarchies must not loop", () => {
  it("rejects a PART_OF cycle through two actors", async () => {
    const actors = actorsWithBetaStatements(statementYaml("PART_OF", "alpha-union"));
    const text = replaceOnce(
      actors,
      "\n\n  - id: beta-country",
      `\n${statementYaml("PART_OF", "beta-country")}\n  - id: beta-country`,
    );
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "type: PART_OF"),
        path: "actors[0].statements[1]",
        message: "PART_OF forms a cycle: alpha-union → beta-country → alpha-union",
      },
    ]);
  });

  it("rejects a node that is PART_OF itself", async () => {
    const text = actorsWithAlphaStatements(statementYaml("PART_OF", "alpha-union"));
    const issues = await rejected(withFile("actors.yaml", text));

    expect(issues).toEqual([
      {
        file: "actors.yaml",
        ...positionOf(text, "type: PART_OF"),
        path: "actors[0].statements[1]",
        message: "PART_OF forms a cycle: alpha-union → alpha-union",
      },
    ]);
  });

  it("accepts a PART_OF chain without a loop", async () => {
    const text = actorsWithBetaStatements(statementYaml("PART_OF", "alpha-union"));
    const result = await validateFiles(withFile("actors.yaml", text));

    expect(result.issues).toEqual([]);
    expect(result.dataset?.edges.map((edge) => edge.id)).toContain(
      "beta-country/PART_OF/alpha-union",
    );
  });

  it("rejects a SUBTOPIC_OF cycle through three topics", async () => {
    const topics = topicsYaml({
      "topic-a": [statementYaml("SUBTOPIC_OF", "topic-b")],
      "topic-b": [statementYaml("SUBTOPIC_OF", "topic-c")],
      "topic-c": [statementYaml("SUBTOPIC_OF", "topic-a")],
    });
    const issues = await rejected(withFile("topics.yaml", topics));

    expect(issues).toEqual([
      {
        file: "topics.yaml",
        ...positionOf(topics, "type: SUBTOPIC_OF"),
        path: "topics[0].statements[0]",
        message: "SUBTOPIC_OF forms a cycle: topic-a → topic-b → topic-c → topic-a",
      },
    ]);
  });

  it("names only the topics on the loop, not the chain that leads into it", async () => {
    const topics = topicsYaml({
      outer: [statementYaml("SUBTOPIC_OF", "loop-a")],
      "loop-a": [statementYaml("SUBTOPIC_OF", "loop-b")],
      "loop-b": [statementYaml("SUBTOPIC_OF", "loop-a")],
    });
    const issues = await rejected(withFile("topics.yaml", topics));

    expect(issues).toEqual([
      {
        file: "topics.yaml",
        ...positionOf(topics, "type: SUBTOPIC_OF", 2),
        path: "topics[1].statements[0]",
        message: "SUBTOPIC_OF forms a cycle: loop-a → loop-b → loop-a",
      },
    ]);
  });

  it("rejects a topic that is a SUBTOPIC_OF itself", async () => {
    const topics = topicsYaml({
      broad: [],
      narrow: [statementYaml("SUBTOPIC_OF", "broad"), statementYaml("SUBTOPIC_OF", "narrow")],
    });
    const issues = await rejected(withFile("topics.yaml", topics));

    expect(issues).toEqual([
      {
        file: "topics.yaml",
        ...positionOf(topics, "type: SUBTOPIC_OF", 2),
        path: "topics[1].statements[1]",
        message: "SUBTOPIC_OF forms a cycle: narrow → narrow",
      },
    ]);
  });

  it("accepts a topic hierarchy where two paths meet again (a diamond, not a loop)", async () => {
    const topics = topicsYaml({
      top: [],
      left: [statementYaml("SUBTOPIC_OF", "top")],
      right: [statementYaml("SUBTOPIC_OF", "top")],
      bottom: [statementYaml("SUBTOPIC_OF", "left"), statementYaml("SUBTOPIC_OF", "right")],
    });
    const result = await validateFiles(withFile("topics.yaml", topics));

    expect(result.issues).toEqual([]);
    expect(result.dataset?.edges.filter((edge) => edge.type === "SUBTOPIC_OF")).toHaveLength(4);
  });
});

describe("reporting", () => {
  /** Four unrelated problems in four files. */
  function seedWithFourIssues() {
    const agreements = replaceOnce(AGREEMENTS_YAML, '"2024-06"', '"2024-02-30"');
    const actors = replaceOnce(
      ACTORS_YAML,
      evidence("Beta Country"),
      evidence("Beta Country", "other-source"),
    );
    const events = replaceOnce(EVENTS_YAML, "    status: PLANNED\n", "");
    const broken = "places:\n  - id: paris\n    name: [Paris\n";
    const files = {
      ...baseSeed(),
      "actors.yaml": actors,
      "agreements.yaml": agreements,
      "broken.yaml": broken,
      "events.yaml": events,
    };
    return { files, actors, agreements, events, broken };
  }

  it("reports every issue of a run together, from several files and several kinds of check", async () => {
    const { files, actors, agreements, events } = seedWithFourIssues();
    const issues = await rejected(files);

    expect(issues).toHaveLength(4);
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: "broken.yaml",
        message: expect.stringMatching(/^YAML syntax: /),
      }),
    );
    expect(issues).toContainEqual({
      file: "agreements.yaml",
      ...positionOf(agreements, '"2024-02-30"'),
      path: "agreements[0].date",
      message: '"2024-02-30" has day 30, which 2024-02 does not have',
    });
    expect(issues).toContainEqual({
      file: "actors.yaml",
      ...positionOf(actors, "other-source"),
      path: "actors[1].evidence[0].source",
      message: 'names source "other-source", which no sources section defines',
    });
    expect(issues).toContainEqual({
      file: "events.yaml",
      ...positionOf(events, "id: signing-ceremony"),
      path: "events[0]",
      message: "an event needs a status (e.g. PLANNED or HELD) so plans are not read as outcomes",
    });
  });

  it("loadSeed throws SEED_INVALID listing each issue as file:line:column path: message", async () => {
    const { files } = seedWithFourIssues();
    const { seedDir, sourcesDir } = await writeSeed(files);
    const validation = await validateSeed({ seedDir, sourcesDir });

    const error = await loadSeed({ seedDir, sourcesDir }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(EntenteError);
    const seedError = error as EntenteError;
    expect(seedError.code).toBe("SEED_INVALID");
    expect(seedError.details).toEqual({ issues: validation.issues });
    const lines = seedError.message.split("\n");
    expect(lines[0]).toBe("seed has 4 issue(s):");
    expect(lines.slice(1)).toEqual(validation.issues.map(formatSeedIssue));
    expect(lines).toContain(
      `agreements.yaml:${positionOf(files["agreements.yaml"], '"2024-02-30"').line}:11 agreements[0].date: "2024-02-30" has day 30, which 2024-02 does not have`,
    );
  });

  it("loadSeed returns the dataset of a valid seed, versioned by its content", async () => {
    const one = await writeSeed(baseSeed());
    const same = await writeSeed(baseSeed());
    const changed = await writeSeed(
      withFile("actors.yaml", replaceOnce(ACTORS_YAML, "name: Beta Country", "name: Beta")),
    );

    const dataset = await loadSeed(one);
    expect(dataset.version).toMatch(/^[0-9a-f]{16}$/);
    expect((await loadSeed(same)).version).toBe(dataset.version);
    expect((await loadSeed(changed)).version).not.toBe(dataset.version);
    expect(dataset.edges.map((edge) => edge.id).sort()).toEqual([
      "alpha-beta-partnership/SET_UP_BY/alpha-union",
      "alpha-union/PARTY_TO/alpha-beta-partnership",
    ]);
    const partyTo = dataset.edges.find((edge) => edge.type === "PARTY_TO");
    expect(partyTo?.status).toBe("PLANNED");
    expect(partyTo?.evidence).toEqual([
      {
        sourceId: "test-source",
        quote: "Alpha Union and Beta Country will sign the Alpha-Beta Partnership",
        start: 0,
        end: 65,
      },
    ]);
  });

  it("reports an empty seed directory (other files are ignored) and loads nothing", async () => {
    const { seedDir, sourcesDir } = await writeSeed({ "README.md": "# seed\n" });
    const result = await validateSeed({ seedDir, sourcesDir });

    expect(result).toEqual({
      issues: [{ file: seedDir, message: "holds no .yaml seed files" }],
      fileCount: 0,
    });
    await expect(loadSeed({ seedDir })).rejects.toMatchObject({
      code: "SEED_INVALID",
      message: `seed has 1 issue(s):\n${seedDir}: holds no .yaml seed files`,
    });
  });

  it("throws SEED_INVALID when the seed directory cannot be read", async () => {
    const { seedDir } = await writeSeed({});
    const missing = `${seedDir}/does-not-exist`;

    await expect(validateSeed({ seedDir: missing })).rejects.toMatchObject({
      name: "EntenteError",
      code: "SEED_INVALID",
      message: `cannot read seed directory ${missing}: ENOENT`,
    });
  });
});
