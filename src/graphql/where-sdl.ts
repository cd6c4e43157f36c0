/**
 * The `where` input types, rendered from the SDL itself into schema/where.graphql: one
 * `<Type>Where` per node type, with a quantified condition for every relationship field
 * the type declares with `@relation` (`parties: { some: … }`, `partiesConnection: { all:
 * { node, edge } }`), in the shape of the Neo4j GraphQL Library's filters. A relationship
 * field added to a node type gets its `where` condition from `npm run generate`;
 * test/codegen/generated-files.test.ts fails while the file is stale.
 */
import {
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from "graphql";
import { loadTypeDefs } from "./load-type-defs.js";

export const WHERE_SDL_FILE = "where.graphql";

/** The name of the type a field returns, lists and non-null stripped. */
function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

const hasRelation = (field: FieldDefinitionNode) =>
  field.directives?.some((directive) => directive.name.value === "relation") ?? false;

function describe(text: string, indent = "  "): string {
  return text.includes("\n") || text.includes('"')
    ? `${indent}"""\n${text
        .split("\n")
        .map((line) => `${indent}${line}`)
        .join("\n")}\n${indent}"""`
    : `${indent}"${text}"`;
}

function input(name: string, about: string, fields: readonly [string, string, string][]): string {
  const lines = fields.map(([field, type, doc]) => `${describe(doc)}\n  ${field}: ${type}`);
  return `${describe(about, "")}\ninput ${name} {\n${lines.join("\n")}\n}\n`;
}

const QUANTIFIERS = [
  ["some", "At least one of them matches."],
  ["all", "Every one of them matches (true when there are none)."],
  ["none", "None of them matches."],
  ["single", "Exactly one of them matches."],
] as const;

/** The node types (object types implementing Node), in the SDL's order. */
function nodeTypes(typeDefs: DocumentNode): ObjectTypeDefinitionNode[] {
  return typeDefs.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      (definition.interfaces ?? []).some((each) => each.name.value === "Node"),
  );
}

/** The SDL of schema/where.graphql, from the other SDL files. */
export function renderWhereSdl(
  typeDefs: DocumentNode = loadTypeDefs(undefined, { [WHERE_SDL_FILE]: "" }),
): string {
  const types = nodeTypes(typeDefs);
  const targets = new Set<string>();
  const parts: string[] = [
    "# Generated from the other schema files by `npm run generate`; do not edit by hand.\n",
    input("StringCondition", "Conditions on a text, compared ignoring case; all given must hold.", [
      ["eq", "String", "The text is this one."],
      ["in", "[String!]", "The text is one of these (at most 100)."],
      ["contains", "String", "The text contains this."],
      ["startsWith", "String", "The text starts with this."],
      ["endsWith", "String", "The text ends with this."],
    ]),
    input("IdCondition", "Conditions on a node's id.", [
      ["eq", "ID", "The id is this one."],
      ["in", "[ID!]", "The id is one of these (at most 100)."],
    ]),
    input(
      "StatusCondition",
      "Conditions on a status; nodes or statements without one never match.",
      [
        ["eq", "Status", "The status is this one."],
        ["in", "[Status!]", "The status is one of these."],
      ],
    ),
    input(
      "DateComparison",
      'Comparisons with partial dates (YYYY, YYYY-MM or YYYY-MM-DD). Each holds only for every day\nboth dates can denote: `lt: "2024-05"` is "ends before May 2024", `lte: "2024-05"` "ends by\nthe end of May 2024", `gt` "starts after", `gte` "starts on or after". Undated never matches.',
      [
        ["lt", "String", "Ends before this date begins."],
        ["lte", "String", "Ends on or before this date ends."],
        ["gt", "String", "Starts after this date ends."],
        ["gte", "String", "Starts on or after this date begins."],
      ],
    ),
    input("LinkWhere", "Conditions on a relationship's qualifiers; all given must hold.", [
      ["status", "StatusCondition", "The relationship's status."],
      ["date", "DateComparison", "The relationship's date."],
      ["role", "StringCondition", "The relationship's role (those without one never match)."],
    ]),
  ];
  const whereOf = (
    name: string,
    label: string,
    kindEnum: string,
    own: ReadonlySet<string>,
    relations: readonly FieldDefinitionNode[],
  ) => {
    const fields: [string, string, string][] = [
      ["AND", `[${name}Where!]`, "Every one of these holds."],
      ["OR", `[${name}Where!]`, "At least one of these holds (an empty list: none)."],
      ["NOT", `${name}Where`, "This does not hold."],
      ["id", "IdCondition", `The ${label}'s id.`],
      ["name", "StringCondition", `The ${label}'s name (not its aliases).`],
      ["kind", `${kindEnum}Condition`, `The ${label}'s kind.`],
    ];
    // Only the values the type shows: a topic has no status or date of its own.
    if (own.has("status")) fields.push(["status", "StatusCondition", `The ${label}'s own status.`]);
    if (own.has("date")) fields.push(["date", "DateComparison", `The ${label}'s own date.`]);
    for (const field of relations) {
      const far = namedType(field.type);
      targets.add(far);
      const about = field.description?.value ?? field.name.value;
      fields.push([
        field.name.value,
        `${far}ListWhere`,
        `${about} Quantified: some, all, none or single.`,
      ]);
      fields.push([
        `${field.name.value}Connection`,
        `${far}ConnectionWhere`,
        `The same relationships, with conditions on each relationship (edge) and its far node (node).`,
      ]);
    }
    return input(
      `${name}Where`,
      `Conditions on ${label === "node" ? "any node" : `${label}s`}, as the Neo4j GraphQL Library writes them; every condition given must hold.`,
      fields,
    );
  };
  // Types no list and no relationship reaches (Source) get none.
  const reached = new Set(
    types.flatMap((type) => (type.fields ?? []).filter(hasRelation).map((f) => namedType(f.type))),
  );
  const used = types.filter(
    (type) => reached.has(type.name.value) || (type.fields ?? []).some(hasRelation),
  );
  for (const type of used) {
    const name = type.name.value;
    const relations = (type.fields ?? []).filter(hasRelation);
    const own = new Set((type.fields ?? []).map((field) => field.name.value));
    parts.push(whereOf(name, name.toLowerCase(), `${name}Kind`, own, relations));
  }
  parts.push(whereOf("Node", "node", "NodeKind", new Set(["status", "date"]), []));
  for (const kindEnum of [...used.map((type) => `${type.name.value}Kind`), "NodeKind"]) {
    parts.push(
      input(`${kindEnum}Condition`, "Conditions on a kind.", [
        ["eq", kindEnum, "The kind is this one."],
        ["in", `[${kindEnum}!]`, "The kind is one of these."],
      ]),
    );
  }
  for (const far of [...targets].sort()) {
    parts.push(
      input(
        `${far}ListWhere`,
        "A condition quantified over the relationships a field follows, each counted once.",
        QUANTIFIERS.map(([quantifier, doc]) => [quantifier, `${far}Where`, doc]),
      ),
      input(
        `${far}ConnectionWhere`,
        "A condition on relationships and their far nodes, quantified over the relationships.",
        QUANTIFIERS.map(([quantifier, doc]) => [quantifier, `${far}LinkWhere`, doc]),
      ),
      input(`${far}LinkWhere`, "A relationship and the node at its far end.", [
        ["node", `${far}Where`, "Conditions on the node at the far end."],
        ["edge", "LinkWhere", "Conditions on the relationship's qualifiers."],
      ]),
    );
  }
  return parts.join("\n");
}
