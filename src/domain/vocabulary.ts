/**
 * The closed vocabulary of the graph. Everything that becomes a Neo4j label,
 * a relationship type or an enum in GraphQL is listed here once, so that the
 * seed validator, both stores and the API cannot disagree about what exists,
 * and so that no label or type is ever built from user text.
 */

/** Node categories; each maps 1:1 onto a Neo4j label. */
export const NODE_CATEGORIES = ["Actor", "Agreement", "Event", "Topic", "Place", "Source"] as const;
export type NodeCategory = (typeof NODE_CATEGORIES)[number];

/** Whether a name (a GraphQL type's, a group's key) is one of the node categories. */
export function isNodeCategory(name: string): name is NodeCategory {
  return (NODE_CATEGORIES as readonly string[]).includes(name);
}

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
  Source: [
    "NEWS_ARTICLE",
    "OFFICIAL_DOCUMENT",
    "OFFICIAL_STATEMENT",
    "LEGAL_ACT",
    "PRESS_RELEASE",
    "MEETING_MINUTES",
  ],
} as const satisfies Record<NodeCategory, readonly string[]>;

export type SourceKind = (typeof NODE_KINDS)["Source"][number];

/**
 * Source kinds that speak for the actors themselves; at equal dates their claims win
 * over news reports (see deriveStatement in src/domain/claims.ts).
 */
const OFFICIAL_SOURCE_KINDS: ReadonlySet<SourceKind> = new Set([
  "OFFICIAL_DOCUMENT",
  "OFFICIAL_STATEMENT",
  "LEGAL_ACT",
  "PRESS_RELEASE",
]);

/** True when a source of this kind is the actors' own word, not a report about them. */
export function isOfficialSourceKind(kind: string | undefined): boolean {
  return kind !== undefined && OFFICIAL_SOURCE_KINDS.has(kind as SourceKind);
}

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

/**
 * A step of an agreement's status history: the end of the relationship the agreement is
 * on, how the step reads (`says` then the other node's name), and which categories the
 * other node may have for the relationship to count as a step (all when absent).
 */
export interface StatusStepRule {
  readonly agreementIs: "from" | "to";
  readonly says: string;
  readonly otherCategories?: readonly NodeCategory[];
}

/**
 * Everything a relationship type does, declared in one place. Every field is required,
 * so adding a type to RELATIONSHIP_DECLARATIONS makes the compiler ask each question;
 * the lists the rest of the code reads (timeline types, status steps, involvement steps,
 * acyclic types, the GraphQL enum in schema/vocabulary.graphql) are derived from here.
 */
export interface RelationshipDeclaration {
  /** Node categories allowed at the start and at the end. */
  readonly from: readonly NodeCategory[];
  readonly to: readonly NodeCategory[];
  /** What it says, completing "<from> … <to>"; the GraphQL enum value's documentation. */
  readonly meaning: string;
  /** No chain of it may lead back to where it started (checked in every seed). */
  readonly acyclic: boolean;
  /** When dated, it changes where its start stands (signed, launched…): a timeline entry. */
  readonly onTimeline: boolean;
  /** Its role in an agreement's status history, or null. */
  readonly statusStep: StatusStepRule | null;
  /**
   * Whether topic involvement walks it, and which way, seen walking away from the
   * agreement (OUT: from its start to its end), or null.
   */
  readonly involvement: "OUT" | "IN" | null;
  /** For the timeline's actor filter: the end an actor is on when it takes part in an event. */
  readonly eventActor: "from" | "to" | null;
  /**
   * How it stands in time (docs/decisions/0008-claims-and-time.md): an EVENT happens at a
   * point and stays true after (signed at, launched); a STATE holds over an interval
   * (member of, party to); TIMELESS links things outside time (a topic's broader topic).
   * Each claim's validity is read from it (src/domain/validity.ts).
   */
  readonly temporal: Temporal;
}

export const TEMPORALS = ["EVENT", "STATE", "TIMELESS"] as const;
export type Temporal = (typeof TEMPORALS)[number];

const PLAIN = {
  acyclic: false,
  onTimeline: false,
  statusStep: null,
  involvement: null,
  eventActor: null,
} as const;

/** The relationship types (Neo4j relationship types) and what each one does. */
export const RELATIONSHIP_DECLARATIONS = {
  PART_OF: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Actor", "Event", "Agreement", "Place"],
    to: ["Actor", "Event", "Agreement", "Place"],
    meaning: "is a component, department or sub-unit of",
    acyclic: true,
    involvement: "IN",
  },
  MEMBER_OF: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Actor"],
    to: ["Actor"],
    meaning: "belongs as a member to",
  },
  HEADS: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Actor"],
    to: ["Actor"],
    meaning: "holds the leading office (see role) of",
  },
  HOLDS_PRESIDENCY_OF: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Actor"],
    to: ["Actor"],
    meaning: "holds the rotating presidency of",
  },
  PARTY_TO: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Actor"],
    to: ["Agreement"],
    meaning: "is a party or signatory to",
    onTimeline: true,
  },
  SET_UP_BY: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Agreement", "Event"],
    to: ["Actor"],
    meaning: "was set up, initiated or issued by",
    onTimeline: true,
    statusStep: { agreementIs: "from", says: "set up by" },
  },
  SIGNED_AT: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Agreement"],
    to: ["Event"],
    meaning: "is signed at",
    onTimeline: true,
    statusStep: { agreementIs: "from", says: "signed at" },
    involvement: "IN",
  },
  ANNOUNCED_AT: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Agreement"],
    to: ["Event"],
    meaning: "is announced at",
    onTimeline: true,
    statusStep: { agreementIs: "from", says: "announced at" },
    involvement: "IN",
  },
  CONVENED_UNDER: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Event"],
    to: ["Agreement"],
    meaning: "is a meeting held within the framework of",
    involvement: "IN",
  },
  ORGANISED_BY: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Event"],
    to: ["Actor"],
    meaning: "is organised or hosted by",
    eventActor: "to",
  },
  LAUNCHED: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Event", "Actor"],
    to: ["Agreement"],
    meaning: "launched",
    onTimeline: true,
    statusStep: { agreementIs: "to", says: "launched by" },
    involvement: "OUT",
  },
  HELD_IN: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Event"],
    to: ["Place"],
    meaning: "takes place in",
  },
  PARTICIPATES_IN: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Actor"],
    to: ["Event", "Agreement"],
    meaning: "takes part in (see role)",
    eventActor: "from",
  },
  SUPPORTS: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Actor", "Event", "Agreement"],
    to: ["Agreement"],
    meaning: "declares support for or furthers",
    onTimeline: true,
  },
  SUPERVISES: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Actor"],
    to: ["Agreement"],
    meaning: "oversees the application of (see role for the scope)",
  },
  COORDINATES_WITH: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Actor"],
    to: ["Actor"],
    meaning: "coordinates its work with",
  },
  IMPLEMENTS: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Agreement"],
    to: ["Agreement"],
    meaning: "puts into practice",
  },
  APPROVES: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Actor"],
    to: ["Agreement"],
    meaning: "gives formal approval to",
    onTimeline: true,
    statusStep: { agreementIs: "to", says: "approved by" },
  },
  ADDRESSED_TO: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Event", "Agreement"],
    to: ["Actor"],
    meaning: "is a call or message directed at",
  },
  CONCERNS: {
    ...PLAIN,
    temporal: "EVENT",
    from: ["Event", "Agreement"],
    to: ["Agreement", "Actor"],
    meaning: "is about, or changes the state of",
    statusStep: { agreementIs: "to", says: "", otherCategories: ["Event"] },
  },
  COVERS: {
    ...PLAIN,
    temporal: "STATE",
    from: ["Agreement", "Event"],
    to: ["Topic"],
    meaning: "deals with the subject",
  },
  SUBTOPIC_OF: {
    ...PLAIN,
    temporal: "TIMELESS",
    from: ["Topic"],
    to: ["Topic"],
    meaning: "is a narrower subject of",
    acyclic: true,
  },
} as const satisfies Record<string, RelationshipDeclaration>;

export type RelationshipType = keyof typeof RELATIONSHIP_DECLARATIONS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_DECLARATIONS) as RelationshipType[];

/** The declaration of `type`, widened to the interface (the constant keeps literal types). */
export function declarationOf(type: RelationshipType): RelationshipDeclaration {
  return RELATIONSHIP_DECLARATIONS[type];
}

/** The relationship types for which `test` holds, in declaration order. */
export function relationshipTypesWhere(
  test: (declaration: RelationshipDeclaration) => boolean,
): RelationshipType[] {
  return RELATIONSHIP_TYPES.filter((type) => test(declarationOf(type)));
}

/** Whether `type` may connect a node of category `from` to one of category `to`. */
export function allowsEndpoints(
  type: RelationshipType,
  from: NodeCategory,
  to: NodeCategory,
): boolean {
  const declaration = declarationOf(type);
  return declaration.from.includes(from) && declaration.to.includes(to);
}

/** The category a kind belongs to (kinds are unique across categories but for COUNTRY-like names). */
export function categoriesOfKind(kind: string): NodeCategory[] {
  return NODE_CATEGORIES.filter((category) =>
    (NODE_KINDS[category] as readonly string[]).includes(kind),
  );
}
