/**
 * TypeScript types of the schema's arguments, inputs and enums, generated from the SDL by
 * GraphQL Code Generator (its `typescript` plugin) into src/graphql/generated/schema-types.ts,
 * so resolvers read their arguments with the types the schema declares instead of hand
 * copies. test/codegen/generated-files.test.ts keeps the file in step with the SDL
 * (`npm run generate` rewrites it). Used only at generation time, never by the server.
 */
import { codegen } from "@graphql-codegen/core";
import * as typescriptPlugin from "@graphql-codegen/typescript";
import { buildASTSchema, type DocumentNode, parse, printSchema } from "graphql";
import { loadTypeDefs } from "./load-type-defs.js";
import { ENUM_INTERNAL_VALUES } from "./resolvers/enum-values.js";

export async function renderSchemaTypes(typeDefs: DocumentNode = loadTypeDefs()): Promise<string> {
  const schema = buildASTSchema(typeDefs);
  const output = await codegen({
    schema: parse(printSchema(schema)),
    documents: [],
    filename: "schema-types.ts",
    config: {},
    plugins: [
      {
        typescript: {
          // Inputs as the resolvers receive them: absent or null optional fields.
          avoidOptionals: false,
          maybeValue: "T | null | undefined",
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: true,
          scalars: { ID: "string" },
          // The values resolvers see: the domain's names, not the API's upper case.
          enumValues: ENUM_INTERNAL_VALUES,
        },
      },
    ],
    pluginMap: { typescript: typescriptPlugin },
  });
  return `// Generated from schema/*.graphql by \`npm run generate\`; do not edit by hand.\n${output}`;
}
