/**
 * JSON Schema of one seed file, generated from the domain vocabulary so that
 * the enums accepted in seed files are exactly those the stores and the API know.
 */
import type { FromSchema } from "json-schema-to-ts";
import { CLAIM_RANKS, INFERABLE_PROPERTIES } from "../domain/graph-types.js";
import {
  NODE_KINDS,
  type NodeCategory,
  RELATIONSHIP_TYPES,
  STATUSES,
} from "../domain/vocabulary.js";

/** Top-level key of a seed file → the category of the nodes listed under it. */
export const SECTION_CATEGORIES = {
  sources: "Source",
  actors: "Actor",
  agreements: "Agreement",
  events: "Event",
  topics: "Topic",
  places: "Place",
} as const satisfies Record<string, NodeCategory>;
export type SeedSection = keyof typeof SECTION_CATEGORIES;

export const SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
/** Year, month or day, optionally a range START/END (checked further by parsePartialDate). */
const DATE_PATTERN = "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:/\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)?$";
/** Longest quotation stored as evidence: the source texts are third-party material. */
export const MAX_QUOTE_LENGTH = 240;

const nonEmpty = { type: "string", minLength: 1, pattern: "\\S" } as const;
const date = { type: "string", pattern: DATE_PATTERN } as const;

const evidence = {
  type: "object",
  additionalProperties: false,
  required: ["source", "quote", "start", "end"],
  properties: {
    source: { type: "string", pattern: SLUG_PATTERN },
    quote: { ...nonEmpty, maxLength: MAX_QUOTE_LENGTH },
    start: { type: "integer", minimum: 0 },
    end: { type: "integer", minimum: 1 },
  },
} as const;

const evidenceList = { type: "array", minItems: 1, items: evidence } as const;
const inference = { ...nonEmpty, description: "How the fact follows from its evidence." };

/**
 * A node's inference: text when the node as a whole is inferred, or, when the node is
 * attested and only some properties are worked out, the reasoning per property.
 */
const nodeInference = {
  anyOf: [
    inference,
    {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: Object.fromEntries(INFERABLE_PROPERTIES.map((name) => [name, inference])) as {
        [K in (typeof INFERABLE_PROPERTIES)[number]]: typeof inference;
      },
    },
  ],
} as const;

/** A claim's or a statement's reference to another claim: `<key>` in the same statement, or a full claim id. */
const claimReference = { type: "string", pattern: "^\\S+$" } as const;

/**
 * One source's assertion of a statement (docs/decisions/0008-claims-and-time.md): its
 * quotes, all from that source, and the status, date, interval and role it gives.
 */
const claim = {
  type: "object",
  additionalProperties: false,
  required: ["evidence"],
  properties: {
    key: { type: "string", pattern: SLUG_PATTERN },
    status: { enum: STATUSES },
    date,
    start: date,
    end: date,
    role: nonEmpty,
    rank: { enum: CLAIM_RANKS },
    reason: { ...nonEmpty, description: "Why the claim is ranked so; required for DEPRECATED." },
    fulfils: claimReference,
    supersedes: claimReference,
    evidence: evidenceList,
    inferred: inference,
  },
} as const;

const claimList = { type: "array", minItems: 1, items: claim } as const;

/**
 * Without `claims`, a statement is the single-evidence form (status, date, role, evidence
 * and inferred beside each other), read as one claim per source of its evidence.
 */
const singleEvidenceForm = {
  if: { properties: { claims: true }, required: ["claims"] },
  // Ajv's strict mode wants the properties a subschema requires named in it.
  else: { properties: { status: true, evidence: true }, required: ["status", "evidence"] },
} as const;

const statement = {
  type: "object",
  additionalProperties: false,
  required: ["type", "to"],
  properties: {
    type: { enum: RELATIONSHIP_TYPES },
    to: { type: "string", pattern: SLUG_PATTERN },
    key: { type: "string", pattern: SLUG_PATTERN },
    role: nonEmpty,
    date,
    status: { enum: STATUSES },
    evidence: evidenceList,
    inferred: inference,
    claims: claimList,
  },
  ...singleEvidenceForm,
} as const;

function nodeSchema<const Kinds extends readonly string[]>(kinds: Kinds) {
  return {
    type: "object",
    additionalProperties: false,
    required: ["id", "kind", "name", "evidence"],
    properties: {
      id: { type: "string", pattern: SLUG_PATTERN },
      kind: { enum: kinds },
      name: nonEmpty,
      aliases: { type: "array", items: nonEmpty, uniqueItems: true },
      description: nonEmpty,
      date,
      status: { enum: STATUSES },
      ordinal: { type: "integer", minimum: 1 },
      evidence: evidenceList,
      inferred: nodeInference,
      claims: claimList,
      statements: { type: "array", items: statement },
    },
  } as const;
}

const sourceSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "kind", "title", "publisher", "publishedOn", "url", "file"],
  properties: {
    id: { type: "string", pattern: SLUG_PATTERN },
    kind: { enum: NODE_KINDS.Source },
    title: nonEmpty,
    publisher: nonEmpty,
    section: nonEmpty,
    author: nonEmpty,
    publishedOn: date,
    url: { type: "string", pattern: "^https?://\\S+$" },
    file: { type: "string", pattern: "^[^/\\\\]+$" },
    basedOn: { ...nonEmpty, description: "What the source itself rests on." },
    language: { type: "string", pattern: "^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$" },
    retrievedOn: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    contentHash: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
  },
} as const;

/** Schema of a whole seed file: one or more sections, each a list of nodes. */
export const SEED_FILE_SCHEMA = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    sources: { type: "array", items: sourceSchema },
    actors: { type: "array", items: nodeSchema(NODE_KINDS.Actor) },
    agreements: { type: "array", items: nodeSchema(NODE_KINDS.Agreement) },
    events: { type: "array", items: nodeSchema(NODE_KINDS.Event) },
    topics: { type: "array", items: nodeSchema(NODE_KINDS.Topic) },
    places: { type: "array", items: nodeSchema(NODE_KINDS.Place) },
  },
} as const;

/**
 * Shapes of seed records once the schema has accepted them, derived from the schema
 * itself (json-schema-to-ts), so the two cannot drift apart.
 */
export type SeedFileContent = FromSchema<typeof SEED_FILE_SCHEMA>;
type Section<K extends keyof SeedFileContent> = NonNullable<SeedFileContent[K]>[number];
export type SeedSource = Section<"sources">;
export type SeedNode =
  | Section<"actors">
  | Section<"agreements">
  | Section<"events">
  | Section<"topics">
  | Section<"places">;
export type SeedStatement = NonNullable<SeedNode["statements"]>[number];
export type SeedEvidence = SeedNode["evidence"][number];
export type SeedClaim = NonNullable<SeedNode["claims"]>[number];
