/**
 * A small hand-built dataset for the store contract suite. Every store must give
 * the same answers on it, so each node and relationship is here for a reason:
 *
 * - Topics form a hierarchy: digital policy ⊃ {artificial intelligence ⊃ AI safety,
 *   semiconductors ⊃ chip supply chains}; "Flux de données" stands alone.
 * - The Digital Partnership convenes two meetings. Its council launched the Chip
 *   Research Forum, which covers chip supply chains (narrower than semiconductors),
 *   and saw the AI Office–Japan cooperation announced, which covers AI exactly,
 *   while the council itself covers the narrower AI safety. The AI Regulation covers
 *   two topics (AI safety and, directly, digital policy), so it counts under both.
 * - Dates come at every precision: DAY, MONTH, YEAR, a DAY range, and none; two
 *   events share their earliest day (2024-06 and 2024-06-01) to test tie-breaks.
 * - Statuses are prospective (PLANNED, EXPECTED, PROPOSED) and realised (HELD, SIGNED…).
 * - Three relationships and one node are inferred.
 * - Names carry accents, case and punctuation; two places are both named "Tokyo".
 * - For paths and neighbourhoods: the EU reaches the summit by two equally short routes
 *   (through the partnership and through the memorandum); the AI Office and the agency
 *   are linked twice (both ways); the council is a hub of seven relationships; the
 *   pledge reaches the entry into force only through the (2024) regulation; the annual
 *   review and the source are linked to nothing.
 * - For asOf: month-precise facts (June 2024, December 2019) around 31 May / 1 June
 *   2024 and 30 November / 1 December 2019; undated relationships to dated nodes.
 */
import type {
  Dataset,
  Evidence,
  GraphEdge,
  GraphNode,
  Inference,
} from "../../src/domain/graph-types.js";
import { type PartialDate, parsePartialDate } from "../../src/domain/partial-date.js";
import { withValidity } from "../../src/domain/validity.js";
import type {
  NodeCategory,
  NodeKind,
  RelationshipType,
  Status,
} from "../../src/domain/vocabulary.js";

export const FIXTURE_SOURCE_ID = "src-wire";
export const FIXTURE_VERSION = "contract-fixture-1";

const sourceParts: string[] = [];
let sourceLength = 0;

/** Evidence quoting `quote`; the fixture's source text is the quotes in order, one per line. */
function ev(quote: string): Evidence {
  const start = sourceLength;
  sourceParts.push(quote);
  sourceLength += quote.length + 1;
  return { sourceId: FIXTURE_SOURCE_ID, quote, start, end: start + quote.length };
}

export function fixtureDate(iso: string): PartialDate {
  const parsed = parsePartialDate(iso);
  if (typeof parsed === "string") throw new Error(`contract fixture: bad date ${iso}: ${parsed}`);
  return parsed;
}

interface NodeSpec {
  readonly id: string;
  readonly category: NodeCategory;
  readonly kind: NodeKind;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly date?: string;
  readonly status?: Status;
  readonly ordinal?: number;
  readonly description?: string;
  readonly inferred?: string;
}

function node(spec: NodeSpec): GraphNode {
  const inference: Inference | undefined = spec.inferred ? { reasoning: spec.inferred } : undefined;
  return {
    id: spec.id,
    category: spec.category,
    kind: spec.kind,
    name: spec.name,
    aliases: spec.aliases ?? [],
    description: spec.description,
    date: spec.date === undefined ? undefined : fixtureDate(spec.date),
    status: spec.status,
    ordinal: spec.ordinal,
    evidence: [ev(`${spec.name} is mentioned.`)],
    inference,
  };
}

interface EdgeSpec {
  readonly date?: string;
  readonly role?: string;
  readonly inferred?: string;
}

function edge(
  from: string,
  type: RelationshipType,
  to: string,
  status: Status,
  spec: EdgeSpec = {},
): GraphEdge {
  return {
    id: `${from}/${type}/${to}`,
    type,
    from,
    to,
    role: spec.role,
    date: spec.date === undefined ? undefined : fixtureDate(spec.date),
    status,
    evidence: [ev(`${from} ${type} ${to}.`)],
    inference: spec.inferred ? { reasoning: spec.inferred } : undefined,
  };
}

const source: GraphNode = {
  id: FIXTURE_SOURCE_ID,
  category: "Source",
  kind: "NEWS_ARTICLE",
  name: "Wire report",
  aliases: [],
  date: fixtureDate("2024-04-24"),
  evidence: [],
  source: {
    title: "Wire report",
    publisher: "Test Wire",
    publishedOn: fixtureDate("2024-04-24"),
    url: "https://example.org/wire-report",
    file: "wire-report.txt",
  },
};

const nodes: GraphNode[] = [
  source,
  // Topics
  node({
    id: "t-digital",
    category: "Topic",
    kind: "TOPIC",
    name: "Digital policy",
    aliases: ["digital"],
  }),
  node({
    id: "t-ai",
    category: "Topic",
    kind: "TOPIC",
    name: "Artificial intelligence",
    aliases: ["AI"],
  }),
  node({
    id: "t-ai-safety",
    category: "Topic",
    kind: "TOPIC",
    name: "AI safety",
    aliases: ["safe AI", "sécurité de l'IA"],
  }),
  node({
    id: "t-chips",
    category: "Topic",
    kind: "TOPIC",
    name: "Semiconductors",
    aliases: ["chips"],
  }),
  node({
    id: "t-chip-supply",
    category: "Topic",
    kind: "TOPIC",
    name: "Chip supply chains",
  }),
  node({
    id: "t-data",
    category: "Topic",
    kind: "TOPIC",
    name: "Flux de données",
    aliases: ["data flows"],
  }),
  // Actors
  node({
    id: "a-eu",
    category: "Actor",
    kind: "UNION",
    name: "European Union",
    aliases: ["EU", "Union européenne"],
  }),
  node({
    id: "a-commission",
    category: "Actor",
    kind: "INSTITUTION",
    name: "European Commission",
    aliases: ["Commission", "EC"],
  }),
  node({
    id: "a-office",
    category: "Actor",
    kind: "OFFICE",
    name: "AI Office",
    aliases: ["EU AI Office"],
  }),
  node({ id: "a-agence", category: "Actor", kind: "AGENCY", name: "Agence numérique" }),
  node({ id: "a-japan", category: "Actor", kind: "COUNTRY", name: "Japan", aliases: ["Nippon"] }),
  node({
    id: "a-korea",
    category: "Actor",
    kind: "COUNTRY",
    name: "République de Corée",
    aliases: ["Republic of Korea", "South Korea", "Korea"],
  }),
  node({
    id: "a-austria",
    category: "Actor",
    kind: "COUNTRY",
    name: "Österreich",
    aliases: ["Austria"],
  }),
  node({
    id: "a-zoe",
    category: "Actor",
    kind: "PERSON",
    name: "Zoë Ångström",
    aliases: ["Ångström"],
  }),
  // Agreements
  node({
    id: "g-partnership",
    category: "Agreement",
    kind: "PARTNERSHIP",
    name: "Digital Partnership",
    aliases: ["EU–Japan Digital Partnership"],
    date: "2022-05",
    status: "SIGNED",
  }),
  node({
    id: "g-initiative",
    category: "Agreement",
    kind: "INITIATIVE",
    name: "Chip Research Forum",
    date: "2024-03-26",
    status: "LAUNCHED",
  }),
  node({
    id: "g-coop",
    category: "Agreement",
    kind: "COOPERATION",
    name: "AI Office–Japan cooperation",
    status: "PLANNED",
    inferred: "The report implies the cooperation without naming it.",
  }),
  node({
    id: "g-act",
    category: "Agreement",
    kind: "REGULATION",
    name: "AI Regulation",
    date: "2024",
    status: "ADOPTED",
    description: "Rules for safe AI.",
  }),
  node({
    id: "g-pledge",
    category: "Agreement",
    kind: "PLEDGE",
    name: "Voluntary pledge",
    status: "PROPOSED",
  }),
  node({
    id: "g-data",
    category: "Agreement",
    kind: "MEMORANDUM",
    name: "Accord sur les données",
    date: "2024-06",
    status: "PLANNED",
  }),
  // Events
  node({
    id: "e-council",
    category: "Event",
    kind: "COUNCIL",
    name: "Digital Partnership Council",
    date: "2024-03-26",
    status: "HELD",
    ordinal: 1,
  }),
  node({
    id: "e-summit",
    category: "Event",
    kind: "SUMMIT",
    name: "Summit on digital trade",
    aliases: ["Tōkyō Summit"],
    date: "2024-05-02/2024-05-03",
    status: "PLANNED",
  }),
  node({
    id: "e-ministerial",
    category: "Event",
    kind: "MINISTERIAL_MEETING",
    name: "Ministerial meeting",
    date: "2024-06",
    status: "EXPECTED",
  }),
  node({
    id: "e-deadline",
    category: "Event",
    kind: "MILESTONE",
    name: "Compliance deadline",
    date: "2024-06-01",
    status: "PLANNED",
  }),
  node({
    id: "e-review",
    category: "Event",
    kind: "STATEMENT",
    name: "Annual review",
    date: "2025",
    status: "PLANNED",
  }),
  node({
    id: "e-entry",
    category: "Event",
    kind: "MILESTONE",
    name: "Regulation on AI enters into force",
    status: "EXPECTED",
  }),
  node({
    id: "e-kickoff",
    category: "Event",
    kind: "STATEMENT",
    name: "Kick-off statement",
    status: "HELD",
  }),
  // Places
  node({ id: "p-seoul", category: "Place", kind: "CITY", name: "Seoul" }),
  node({ id: "p-tokyo", category: "Place", kind: "CITY", name: "Tokyo", aliases: ["Tōkyō"] }),
  node({
    id: "p-tokyo-pref",
    category: "Place",
    kind: "COUNTRY_REGION",
    name: "Tokyo",
    aliases: ["Tokyo Metropolis"],
  }),
];

const edges: GraphEdge[] = [
  // Topic hierarchy
  edge("t-ai", "SUBTOPIC_OF", "t-digital", "ACTIVE", { inferred: "Editorial hierarchy." }),
  edge("t-ai-safety", "SUBTOPIC_OF", "t-ai", "ACTIVE"),
  edge("t-chips", "SUBTOPIC_OF", "t-digital", "ACTIVE"),
  edge("t-chip-supply", "SUBTOPIC_OF", "t-chips", "ACTIVE"),
  // Actors among themselves
  edge("a-commission", "PART_OF", "a-eu", "ACTIVE"),
  edge("a-office", "PART_OF", "a-commission", "ACTIVE"),
  edge("a-agence", "PART_OF", "a-commission", "ACTIVE", {
    inferred: "The agency reports to the Commission.",
  }),
  edge("a-austria", "MEMBER_OF", "a-eu", "ACTIVE", { date: "1995" }),
  edge("a-zoe", "HEADS", "a-commission", "ACTIVE", { date: "2019-12", role: "President" }),
  edge("a-office", "COORDINATES_WITH", "a-agence", "PLANNED"),
  edge("a-agence", "COORDINATES_WITH", "a-office", "PLANNED"),
  // Parties and participants
  edge("a-eu", "PARTY_TO", "g-partnership", "SIGNED", { date: "2022-05" }),
  edge("a-japan", "PARTY_TO", "g-partnership", "SIGNED", { date: "2022-05" }),
  edge("a-office", "PARTY_TO", "g-coop", "PLANNED"),
  edge("a-japan", "PARTY_TO", "g-coop", "PLANNED"),
  edge("a-eu", "PARTY_TO", "g-data", "PLANNED", { date: "2024-06" }),
  edge("a-korea", "PARTY_TO", "g-data", "PLANNED", { date: "2024-06" }),
  edge("a-korea", "PARTICIPATES_IN", "e-council", "HELD", { date: "2024-03-26" }),
  edge("a-eu", "PARTICIPATES_IN", "e-council", "HELD", { date: "2024-03-26" }),
  // Agreements
  edge("g-act", "SET_UP_BY", "a-eu", "ADOPTED", { date: "2024", role: "legislator" }),
  edge("g-pledge", "SUPPORTS", "g-act", "PROPOSED"),
  edge("g-pledge", "COVERS", "t-digital", "PROPOSED"),
  edge("g-act", "COVERS", "t-ai-safety", "ACTIVE"),
  edge("g-act", "COVERS", "t-digital", "ACTIVE"),
  edge("g-initiative", "COVERS", "t-chip-supply", "ACTIVE"),
  edge("g-coop", "COVERS", "t-ai", "PLANNED"),
  edge("g-coop", "ANNOUNCED_AT", "e-council", "PLANNED", {
    inferred: "Announced at the only council the report mentions.",
  }),
  edge("g-data", "COVERS", "t-data", "PLANNED"),
  edge("g-data", "SIGNED_AT", "e-summit", "PLANNED", { date: "2024-05-02/2024-05-03" }),
  // Events
  edge("e-council", "CONVENED_UNDER", "g-partnership", "HELD", { date: "2024-03-26" }),
  edge("e-council", "LAUNCHED", "g-initiative", "LAUNCHED", { date: "2024-03-26" }),
  edge("e-council", "COVERS", "t-ai-safety", "ACTIVE"),
  edge("e-council", "HELD_IN", "p-seoul", "HELD", { date: "2024-03-26" }),
  edge("e-summit", "CONVENED_UNDER", "g-partnership", "PLANNED", {
    date: "2024-05-02/2024-05-03",
  }),
  edge("e-summit", "HELD_IN", "p-tokyo", "PLANNED", { date: "2024-05-02/2024-05-03" }),
  edge("e-summit", "ORGANISED_BY", "a-japan", "PLANNED"),
  edge("e-ministerial", "HELD_IN", "p-tokyo-pref", "EXPECTED", { date: "2024-06" }),
  edge("e-deadline", "CONCERNS", "g-act", "PLANNED", { date: "2024-06-01" }),
  edge("e-entry", "CONCERNS", "g-act", "EXPECTED"),
  edge("e-kickoff", "PART_OF", "e-ministerial", "EXPECTED"),
  edge("e-kickoff", "COVERS", "t-data", "ACTIVE"),
];

/** The text every fixture quote is taken from (`text.slice(start, end) === quote`). */
export const FIXTURE_SOURCE_TEXT = `${sourceParts.join("\n")}\n`;

/** A fresh copy of the fixture dataset (the nodes and edges themselves are shared and frozen). */
export function contractFixture(): Dataset {
  return { nodes: [...timed.nodes], edges: [...timed.edges], version: FIXTURE_VERSION };
}

/** The fixture with each node's and statement's validity, as a store loads it. */
const timed = withValidity({ nodes, edges, version: FIXTURE_VERSION });
for (const item of [...timed.nodes, ...timed.edges]) Object.freeze(item);
