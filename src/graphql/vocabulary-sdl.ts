/**
 * The GraphQL enums of the closed vocabulary, rendered from the domain declarations
 * (src/domain/vocabulary.ts) into schema/vocabulary.graphql. The file is generated so that
 * a reader of the SDL sees the enums, and checked by test/codegen/generated-files.test.ts,
 * which fails when it is stale (`npm run generate` rewrites it): an enum value the domain
 * has and the API does not can no longer reach a client as an internal error.
 */
import { CLAIM_RANKS, type ClaimRank } from "../domain/graph-types.js";
import {
  isProspective,
  NODE_CATEGORIES,
  NODE_KINDS,
  type NodeCategory,
  RELATIONSHIP_DECLARATIONS,
  type RelationshipDeclaration,
  STATUSES,
  type Status,
} from "../domain/vocabulary.js";

/** What the renderer reads; the real vocabulary by default, another one in tests. */
export interface VocabularyDeclarations {
  readonly categories: readonly NodeCategory[];
  readonly kinds: Readonly<Record<NodeCategory, readonly string[]>>;
  readonly statuses: readonly Status[];
  readonly relationships: Readonly<Record<string, RelationshipDeclaration>>;
}

export const DOMAIN_VOCABULARY: VocabularyDeclarations = {
  categories: NODE_CATEGORIES,
  kinds: NODE_KINDS,
  statuses: STATUSES,
  relationships: RELATIONSHIP_DECLARATIONS,
};

const RANK_MEANINGS: Record<ClaimRank, string> = {
  PREFERRED: "Outweighs every claim of its statement that is not preferred.",
  NORMAL: "Counts as usual: outcome over plan, then the latest source.",
  DEPRECATED: "No longer counts (see rankReason); kept so the record shows it.",
};

const description = (text: string, indent = "") =>
  text.includes("\n") || text.includes('"')
    ? `${indent}"""\n${text
        .split("\n")
        .map((line) => `${indent}${line}`)
        .join("\n")}\n${indent}"""`
    : `${indent}"${text}"`;

function enumType(name: string, about: string, values: readonly (readonly [string, string?])[]) {
  const lines = values.map(([value, doc]) =>
    doc ? `${description(doc, "  ")}\n  ${value}` : `  ${value}`,
  );
  return `${description(about)}\nenum ${name} {\n${lines.join("\n")}\n}\n`;
}

/** A category as the NodeCategory enum writes it (ACTOR), one case style with every enum. */
export function categoryEnumValue(category: NodeCategory): string {
  return category.toUpperCase();
}

export function renderVocabularySdl(
  vocabulary: VocabularyDeclarations = DOMAIN_VOCABULARY,
): string {
  const allKinds = [...new Set(vocabulary.categories.flatMap((c) => vocabulary.kinds[c]))];
  const parts = [
    "# Generated from src/domain/vocabulary.ts by `npm run generate`; do not edit by hand.\n",
    enumType(
      "NodeCategory",
      "The kind of thing a node is; each category is one Neo4j label (ACTOR is the label Actor, and the GraphQL type Actor).",
      vocabulary.categories.map((category) => [categoryEnumValue(category)]),
    ),
    enumType(
      "NodeKind",
      "Every node kind across categories (see the `kind` field of each node type).",
      allKinds.map((kind) => [kind]),
    ),
    ...vocabulary.categories.map((category) =>
      enumType(
        `${category}Kind`,
        `The finer kind of ${category === "Actor" || category === "Agreement" || category === "Event" ? "an" : "a"} ${category.toLowerCase()}.`,
        vocabulary.kinds[category].map((kind) => [kind]),
      ),
    ),
    enumType(
      "Status",
      "Where a statement stands as its source reports it. PROPOSED, ENCOURAGED, PLANNED\nand EXPECTED are prospective: intended or foreseen, not (yet) happened.",
      vocabulary.statuses.map((status) => [
        status,
        isProspective(status) ? "Prospective: intended or foreseen, not happened." : undefined,
      ]),
    ),
    enumType(
      "ClaimRank",
      "How a claim is weighed against the other claims of its statement (Wikidata's ranks).",
      CLAIM_RANKS.map((rank) => [rank, RANK_MEANINGS[rank]]),
    ),
    enumType(
      "RelationshipType",
      'The closed vocabulary of relationship types (Neo4j relationship types). Each value\'s\ndescription completes the sentence "<from> … <to>".',
      Object.entries(vocabulary.relationships).map(([type, declaration]) => [
        type,
        `${declaration.meaning} (from ${declaration.from.join(", ")} to ${declaration.to.join(", ")})`,
      ]),
    ),
  ];
  return parts.join("\n");
}
