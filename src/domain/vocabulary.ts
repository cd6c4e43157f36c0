/**
 * The closed vocabulary of the graph. Everything that becomes a Neo4j label,
 * a relationship type or an enum in GraphQL is listed here once, so that the
 * seed validator, both stores and the API cannot disagree about what exists,
 * and so that no label or type is ever built from user text.
 */

/** Node categories; each maps 1:1 onto a Neo4j label. */
export const NODE_CATEGORIES = ["Actor", "Agreement", "Event", "Topic", "Place", "Source"] as const;
export type NodeCategory = (typeof NODE_CATEGORIES)[number];

/** The finer kind of a node within its category, kept as the `kind` property. */
export const NODE_KINDS = {
  Actor: [
    "COUNTRY",
    "UNION",
    "INSTITUTION",
    "OFFICE",
    "AGENCY",
    "GOVERNMENT_BODY",
    "INTERNATIONAL_ORGANISATION",
    "FORUM",
    "PERSON",
    "GROUP",
  ],
  Agreement: [
    "PARTNERSHIP",
    "COOPERATION",
    "MEMORANDUM",
    "REGULATION",
    "PLEDGE",
    "PROCESS",
    "INITIATIVE",
  ],
  Event: ["SUMMIT", "COUNCIL", "MINISTERIAL_MEETING", "STATEMENT", "MILESTONE"],
  Topic: ["TOPIC"],
  Place: ["CITY", "COUNTRY_REGION"],
  Source: ["NEWS_ARTICLE", "OFFICIAL_DOCUMENT"],
} as const satisfies Record<NodeCategory, readonly string[]>;

export type NodeKind = (typeof NODE_KINDS)[NodeCategory][number];
export const ALL_NODE_KINDS: readonly NodeKind[] = [...new Set(Object.values(NODE_KINDS).flat())];

/**
 * Where a statement stands, as the source reports it. The first group is
 * prospective: the source only says it is intended or foreseen, so a planned
 * signing is never mistaken for a signing.
 */
export const STATUSES = [
  "PROPOSED",
  "ENCOURAGED",
  "PLANNED",
  "EXPECTED",
  "ANNOUNCED",
  "LAUNCHED",
  "SIGNED",
  "ADOPTED",
  "IN_FORCE",
  "HELD",
  "ONGOING",
  "ACTIVE",
] as const;
export type Status = (typeof STATUSES)[number];

const PROSPECTIVE: ReadonlySet<Status> = new Set(["PROPOSED", "ENCOURAGED", "PLANNED", "EXPECTED"]);

/** True when the source reports the statement as intended or foreseen, not as having happened. */
export function isProspective(status: Status): boolean {
  return PROSPECTIVE.has(status);
}

interface RelationshipRule {
  readonly from: readonly NodeCategory[];
  readonly to: readonly NodeCategory[];
  /** Why the type exists, shown in GraphQL documentation. */
  readonly meaning: string;
}

/** Relationship types with the node categories allowed at each end (Neo4j relationship types). */
export const RELATIONSHIP_RULES = {
  PART_OF: {
    from: ["Actor", "Event", "Agreement", "Place"],
    to: ["Actor", "Event", "Agreement", "Place"],
    meaning: "is a component, department or sub-unit of",
  },
  MEMBER_OF: { from: ["Actor"], to: ["Actor"], meaning: "belongs as a member to" },
  HEADS: { from: ["Actor"], to: ["Actor"], meaning: "holds the leading office (see role) of" },
  HOLDS_PRESIDENCY_OF: {
    from: ["Actor"],
    to: ["Actor"],
    meaning: "holds the rotating presidency of",
  },
  PARTY_TO: { from: ["Actor"], to: ["Agreement"], meaning: "is a party or signatory to" },
  SET_UP_BY: {
    from: ["Agreement", "Event"],
    to: ["Actor"],
    meaning: "was set up, initiated or issued by",
  },
  SIGNED_AT: { from: ["Agreement"], to: ["Event"], meaning: "is signed at" },
  ANNOUNCED_AT: { from: ["Agreement"], to: ["Event"], meaning: "is announced at" },
  CONVENED_UNDER: {
    from: ["Event"],
    to: ["Agreement"],
    meaning: "is a meeting held within the framework of",
  },
  ORGANISED_BY: { from: ["Event"], to: ["Actor"], meaning: "is organised or hosted by" },
  LAUNCHED: { from: ["Event", "Actor"], to: ["Agreement"], meaning: "launched" },
  HELD_IN: { from: ["Event"], to: ["Place"], meaning: "takes place in" },
  PARTICIPATES_IN: {
    from: ["Actor"],
    to: ["Event", "Agreement"],
    meaning: "takes part in (see role)",
  },
  SUPPORTS: {
    from: ["Actor", "Event", "Agreement"],
    to: ["Agreement"],
    meaning: "declares support for or furthers",
  },
  SUPERVISES: {
    from: ["Actor"],
    to: ["Agreement"],
    meaning: "oversees the application of (see role for the scope)",
  },
  COORDINATES_WITH: { from: ["Actor"], to: ["Actor"], meaning: "coordinates its work with" },
  IMPLEMENTS: { from: ["Agreement"], to: ["Agreement"], meaning: "puts into practice" },
  APPROVES: { from: ["Actor"], to: ["Agreement"], meaning: "gives formal approval to" },
  ADDRESSED_TO: {
    from: ["Event", "Agreement"],
    to: ["Actor"],
    meaning: "is a call or message directed at",
  },
  CONCERNS: {
    from: ["Event", "Agreement"],
    to: ["Agreement", "Actor"],
    meaning: "is about, or changes the state of",
  },
  COVERS: { from: ["Agreement", "Event"], to: ["Topic"], meaning: "deals with the subject" },
  SUBTOPIC_OF: { from: ["Topic"], to: ["Topic"], meaning: "is a narrower subject of" },
} as const satisfies Record<string, RelationshipRule>;

export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as RelationshipType[];

/** Whether `type` may connect a node of category `from` to one of category `to`. */
export function allowsEndpoints(
  type: RelationshipType,
  from: NodeCategory,
  to: NodeCategory,
): boolean {
  const rule: RelationshipRule = RELATIONSHIP_RULES[type];
  return rule.from.includes(from) && rule.to.includes(to);
}

/** The category a kind belongs to (kinds are unique across categories but for COUNTRY-like names). */
export function categoriesOfKind(kind: string): NodeCategory[] {
  return NODE_CATEGORIES.filter((category) =>
    (NODE_KINDS[category] as readonly string[]).includes(kind),
  );
}
