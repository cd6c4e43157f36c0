/**
 * The nested connections, rendered from the SDL itself into schema/connections.graphql:
 * for every relationship field a node type declares with `@relation` (`parties`), a twin
 * `<field>Connection` that pages the same relationships (`first`, `after`, a multi-key
 * `sort`), counts them (`totalCount`), shows each relationship beside its far node
 * (`edges { cursor node properties }`) and aggregates them (`aggregate`), in the shape of
 * the Neo4j GraphQL Library's connections. The twin takes the field's own arguments (but
 * `first`), so a relationship field, or an argument, added by hand gets its connection
 * from `npm run generate`; test/codegen/generated-files.test.ts fails while the file is
 * stale. The relation connection resolver finds the field a twin pages by its name.
 */
import {
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  Kind,
  type ObjectTypeDefinitionNode,
  print,
  type TypeNode,
} from "graphql";
import { MAX_SORT_KEYS } from "../domain/limits.js";
import { loadTypeDefs } from "./load-type-defs.js";

export const CONNECTION_SDL_FILE = "connections.graphql";

/** The suffix of a relationship field's connection twin, as the Neo4j GraphQL Library names it. */
export const CONNECTION_SUFFIX = "Connection";

/** Default page size of a nested connection, as for the root lists. */
export const NESTED_PAGE_SIZE = 20;

/** The type of a root list's `aggregate` (ActorConnection.aggregate…, declared by hand). */
export const LIST_AGGREGATE = "ListAggregate";

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

export const hasRelation = (field: FieldDefinitionNode): boolean =>
  field.directives?.some((directive) => directive.name.value === "relation") ?? false;

function describe(text: string, indent: string): string {
  return text.includes("\n") || text.includes('"')
    ? `${indent}"""\n${text
        .split("\n")
        .map((line) => (line === "" ? "" : `${indent}${line}`))
        .join("\n")}\n${indent}"""`
    : `${indent}"${text}"`;
}

function objectType(
  name: string,
  about: string,
  fields: readonly (readonly [string, string, string])[],
): string {
  const lines = fields.map(([field, type, doc]) => `${describe(doc, "  ")}\n  ${field}: ${type}`);
  return `${describe(about, "")}\ntype ${name} {\n${lines.join("\n")}\n}\n`;
}

/** An argument as written in the SDL, its description kept. */
function argument(arg: InputValueDefinitionNode): string {
  const doc = arg.description?.value ?? arg.name.value;
  const defaultValue = arg.defaultValue ? ` = ${print(arg.defaultValue)}` : "";
  return `${describe(doc, "    ")}\n    ${arg.name.value}: ${print(arg.type)}${defaultValue}`;
}

/** What a far type is called in a description. */
const plural = (far: string) => (far === "Node" ? "nodes" : `${far.toLowerCase()}s`);

function twin(field: FieldDefinitionNode): string {
  const far = namedType(field.type);
  const about = field.description?.value ?? field.name.value;
  const args = [
    ...(field.arguments ?? []).filter((arg) => arg.name.value !== "first").map(argument),
    argument({
      kind: Kind.INPUT_VALUE_DEFINITION,
      name: { kind: Kind.NAME, value: "sort" },
      type: {
        kind: Kind.LIST_TYPE,
        type: {
          kind: Kind.NON_NULL_TYPE,
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "NodeSort" } },
        },
      },
      description: {
        kind: Kind.STRING,
        value: `The order of the ${plural(far)} at the other end, key after key (at most ${MAX_SORT_KEYS}, each field once; by name when none is given); ties by their id, then the relationship's id.`,
      },
    }),
    `${describe(`Most relationships per page (default ${NESTED_PAGE_SIZE}, at most 100).`, "    ")}\n    first: Int = ${NESTED_PAGE_SIZE}`,
    `${describe("Start after this cursor: `pageInfo.endCursor` of the previous page of this field on this node.", "    ")}\n    after: String`,
  ];
  const doc = `${about}\nA page at a time, each relationship (\`properties\`: status, date, role, evidence, claims) beside the\nnode at its other end, with how many there are and their aggregates.`;
  return `${describe(doc, "  ")}\n  ${field.name.value}${CONNECTION_SUFFIX}(\n${args.join("\n")}\n  ): ${far}Relationship${CONNECTION_SUFFIX}! @listSize(slicingArguments: ["first"])`;
}

/** The node types (object types implementing Node), in the SDL's order. */
function nodeTypes(typeDefs: DocumentNode): ObjectTypeDefinitionNode[] {
  return typeDefs.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      (definition.interfaces ?? []).some((each) => each.name.value === "Node"),
  );
}

/** The SDL of schema/connections.graphql, from the other SDL files. */
export function renderConnectionSdl(
  typeDefs: DocumentNode = loadTypeDefs(undefined, { [CONNECTION_SDL_FILE]: "" }),
): string {
  const parts: string[] = [
    "# Generated from the other schema files by `npm run generate`; do not edit by hand.\n",
  ];
  const targets = new Set<string>();
  for (const type of nodeTypes(typeDefs)) {
    const relations = (type.fields ?? []).filter(hasRelation);
    if (relations.length === 0) continue;
    for (const field of relations) targets.add(namedType(field.type));
    parts.push(`extend type ${type.name.value} {\n${relations.map(twin).join("\n")}\n}\n`);
  }
  for (const far of [...targets].sort()) {
    parts.push(
      objectType(
        `${far}Relationship${CONNECTION_SUFFIX}`,
        `A page of relationships and the ${plural(far)} at their other end (a Relay connection).`,
        [
          [
            "edges",
            `[${far}RelationshipEdge!]!`,
            "The relationships of this page, each with its cursor.",
          ],
          ["pageInfo", "PageInfo!", "Where this page stands in the whole list."],
          ["totalCount", "Int!", "How many relationships the whole list holds, over all pages."],
          [
            "aggregate",
            "RelationshipAggregate!",
            "Figures over the whole list (all pages): counts, and the span of dates.",
          ],
        ],
      ),
      objectType(
        `${far}RelationshipEdge`,
        `A relationship in a nested connection, with the ${far === "Node" ? "node" : far.toLowerCase()} at its other end.`,
        [
          [
            "cursor",
            "String!",
            "Where this item stands: pass it as `after` for the items that follow it.",
          ],
          ["node", `${far}!`, "The node at the other end."],
          [
            "properties",
            "Relationship!",
            "The relationship itself: its status, date, role, evidence and claims.",
          ],
        ],
      ),
    );
  }
  parts.push(
    objectType(
      "RelationshipAggregate",
      "Figures over all the relationships of a connection, as the Neo4j GraphQL Library's `aggregate`.",
      [
        [
          "count",
          "CountAggregate!",
          "How many relationships, and how many distinct nodes they reach.",
        ],
        ["node", "NodeAggregate!", "Aggregates of the nodes at the other end."],
        ["edge", "EdgeAggregate!", "Aggregates of the relationships themselves."],
      ],
    ),
    objectType(
      LIST_AGGREGATE,
      "Figures over every node of a list, as the Neo4j GraphQL Library's `aggregate`.",
      [
        ["count", "NodeCountAggregate!", "How many nodes the list holds."],
        ["node", "NodeAggregate!", "Aggregates of the nodes."],
      ],
    ),
    objectType("NodeCountAggregate", "Counts over a whole list of nodes.", [
      ["nodes", "Int!", "Nodes."],
    ]),
    objectType("CountAggregate", "Counts over a whole list.", [
      ["nodes", "Int!", "Distinct nodes (a node reached by two relationships counts once)."],
      ["edges", "Int!", "Relationships."],
    ]),
    objectType("NodeAggregate", "Aggregates of nodes.", [
      ["date", "DateAggregate!", "The span of their own dates (undated ones take no part)."],
    ]),
    objectType("EdgeAggregate", "Aggregates of relationships.", [
      ["date", "DateAggregate!", "The span of their dates (undated ones take no part)."],
    ]),
    objectType(
      "DateAggregate",
      'The earliest and latest of some partial dates, each as recorded, never a day no source gives:\n`min` is the date that can begin first, `max` the one that can end last (of "2024" and\n"2024-05", both are "2024"); ties go to the more precise. Null when none is dated.',
      [
        ["min", "PartialDate", "The date whose first possible day is earliest."],
        ["max", "PartialDate", "The date whose last possible day is latest."],
      ],
    ),
  );
  return parts.join("\n");
}
