/**
 * Enum values the API writes in its one case style (upper case) while the domain keeps
 * its own names: a category is a Neo4j label and a type name (`Actor`), an export format
 * a file name and a URL segment (`gexf`). graphql-tools maps each GraphQL value to the
 * internal one here, so resolvers receive and return the domain's names, and the
 * generated argument types (render-schema-types.ts) say so.
 */
import { NODE_CATEGORIES } from "../../domain/vocabulary.js";
import { EXPORT_FORMATS } from "../../export/export-format.js";
import { categoryEnumValue } from "../vocabulary-sdl.js";

/** Per enum, its GraphQL values and the internal value of each. */
export const ENUM_INTERNAL_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  NodeCategory: Object.fromEntries(
    NODE_CATEGORIES.map((category) => [categoryEnumValue(category), category]),
  ),
  ExportFormat: Object.fromEntries(EXPORT_FORMATS.map((format) => [format.toUpperCase(), format])),
};
