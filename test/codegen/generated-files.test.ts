/**
 * Files generated from other sources of truth are up to date: the vocabulary enums of the
 * SDL (from src/domain/vocabulary.ts), and the TypeScript types of the schema (from the
 * SDL, by GraphQL Code Generator). `npm run generate` rewrites them; under CI a stale
 * file fails this test instead of being rewritten.
 */
import { describe, expect, it } from "vitest";
import { CONNECTION_SDL_FILE, renderConnectionSdl } from "../../src/graphql/connection-sdl.js";
import { loadTypeDefs } from "../../src/graphql/load-type-defs.js";
import { renderSchemaTypes } from "../../src/graphql/render-schema-types.js";
import { renderVocabularySdl } from "../../src/graphql/vocabulary-sdl.js";
import { renderWhereSdl, WHERE_SDL_FILE } from "../../src/graphql/where-sdl.js";

describe("generated files", () => {
  it("schema/vocabulary.graphql holds the domain vocabulary (npm run generate rewrites it)", async () => {
    await expect(renderVocabularySdl()).toMatchFileSnapshot("../../schema/vocabulary.graphql");
  });

  it("schema/where.graphql holds the where inputs of the node types (npm run generate rewrites it)", async () => {
    await expect(renderWhereSdl()).toMatchFileSnapshot("../../schema/where.graphql");
  });

  it("schema/connections.graphql holds the nested connections of the relationship fields (npm run generate rewrites it)", async () => {
    await expect(renderConnectionSdl()).toMatchFileSnapshot("../../schema/connections.graphql");
  });

  it("src/graphql/generated/schema-types.ts holds the schema's types (npm run generate rewrites it)", async () => {
    // From the where inputs and connections as rendered now, so one `npm run generate` updates all.
    const typeDefs = loadTypeDefs(undefined, {
      [WHERE_SDL_FILE]: renderWhereSdl(),
      [CONNECTION_SDL_FILE]: renderConnectionSdl(),
    });
    await expect(await renderSchemaTypes(typeDefs)).toMatchFileSnapshot(
      "../../src/graphql/generated/schema-types.ts",
    );
  });
});
