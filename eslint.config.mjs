/**
 * The schema linter's rule set: graphql-eslint's schema rules over schema/*.graphql.
 * ESLint lints nothing else here (Biome lints and formats the code); the unit test
 * test/schema/schema-lint.test.ts runs it in `npm test`, and `npx eslint schema` runs it
 * by hand. Every rule of graphql-eslint's `schema-recommended` and `schema-relay` sets is
 * on, with the options and exceptions below, each with its reason; docs/api.md sums it up.
 */
import graphqlPlugin from "@graphql-eslint/eslint-plugin";

/**
 * Object types without an `id`, by design: values that are part of the node or field
 * they are read from (a quote, a date, a path, a count). Clients keep them inside their
 * parent; /value-types.json lists them and docs/api.md gives the cache policies. A new
 * type without an id must be added here, with the same reason, or be given an id.
 */
const VALUE_TYPES = [
  "ClaimConflict",
  "CountAggregate",
  "Dataset",
  "DateAggregate",
  "EdgeAggregate",
  "Evidence",
  "Export",
  "GroupCount",
  "Inference",
  "Link",
  "ListAggregate",
  "NodeAggregate",
  "NodeCountAggregate",
  "NodeDegree",
  "PageInfo",
  "PartialDate",
  "Path",
  "PathStep",
  "PropertyInference",
  "RelationshipAggregate",
  "SearchHit",
  "StatementToVerify",
  "StatusStep",
  "Subgraph",
  "TimelineEntry",
  "Validity",
  "Verification",
];

const recommended = graphqlPlugin.configs["flat/schema-recommended"].rules;
const [, recommendedNaming] = recommended["@graphql-eslint/naming-convention"];
const { InputValueDefinition: _camelCase, ...naming } = recommendedNaming;

/**
 * The boolean operators of `where` inputs (schema/where.graphql) are written AND, OR and
 * NOT, as the Neo4j GraphQL Library writes them; every other input value is camelCase.
 */
const WHERE_OPERATORS = "/^(AND|OR|NOT)$/";

/**
 * The rule set over the SDL files in `schemaDir` (a test lints a copy with one file more).
 * @param {string} schemaDir
 * @returns {import("eslint").Linter.Config[]}
 */
export function schemaLintConfig(schemaDir) {
  return [
    {
      files: ["schema/**/*.graphql"],
      languageOptions: {
        parser: graphqlPlugin.parser,
        // The schema-aware rules (unreachable types, known types) see every file together.
        parserOptions: { graphQLConfig: { schema: `${schemaDir}/*.graphql` } },
      },
      plugins: { "@graphql-eslint": graphqlPlugin },
      rules: {
        ...recommended,
        ...graphqlPlugin.configs["flat/schema-relay"].rules,

        // Every type, field, argument, input field and directive says what it is (enum values
        // are the vocabulary's own words; those that need one, such as RelationshipType's and
        // the prospective statuses, have a description too).
        "@graphql-eslint/require-description": [
          "error",
          {
            types: true,
            rootField: true,
            FieldDefinition: true,
            InputValueDefinition: true,
            DirectiveDefinition: true,
          },
        ],
        // The API is read-only: no mutations, no subscriptions.
        "@graphql-eslint/no-root-type": ["error", { disallow: ["mutation", "subscription"] }],
        "@graphql-eslint/naming-convention": [
          "error",
          {
            ...naming,
            [`InputValueDefinition[name.value!=${WHERE_OPERATORS}]`]: "camelCase",
            [`InputValueDefinition[name.value=${WHERE_OPERATORS}]`]: "UPPER_CASE",
          },
        ],
        "@graphql-eslint/strict-id-in-types": [
          "error",
          {
            acceptedIdNames: ["id"],
            acceptedIdTypes: ["ID"],
            // Relay's page types are values too, cached with the field that returned them.
            exceptions: { types: VALUE_TYPES, suffixes: ["Connection", "Edge"] },
          },
        ],
        // Relationship fields answer plain lists of nodes as well as connections, and search,
        // paths and counts answer lists of values: only a connection's `edges` need be edges.
        // Edges of statements and timeline entries hold no Node: a Relationship has an id of
        // its own but is a statement, not a graph node, and a timeline entry is a value.
        "@graphql-eslint/relay-edge-types": [
          "error",
          { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
        ],
        // Pages go forward only (`first`, `after`): no `last` and `before`.
        "@graphql-eslint/relay-arguments": ["error", { includeBoth: false }],
        // Off: one-line descriptions are written "inline", longer ones as """blocks""", as
        // Biome's formatter leaves them; the rule would force one style on both.
        "@graphql-eslint/description-style": "off",
      },
    },
  ];
}

export default schemaLintConfig(`${import.meta.dirname}/schema`);
