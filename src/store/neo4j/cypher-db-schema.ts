/**
 * What Neo4j's analyser is told about our database when it checks a statement:
 * the closed vocabulary of labels and relationship types, the property keys the
 * adapter writes, and the one parameter map every statement reads its values from.
 */
import { NODE_CATEGORIES, RELATIONSHIP_TYPES } from "../../domain/vocabulary.js";
import {
  ENTITY_LABEL,
  LOAD_PROPERTY_KEYS,
  META_LABEL,
  RETIRED_LABEL,
  STAGED_LABEL,
} from "./cypher-load-statements.js";
import { type CypherStatement, PARAMETER_MAP } from "./cypher-statement.js";
import { EDGE_PROPERTY_KEYS, NODE_PROPERTY_KEYS } from "./record-mapping.js";

/** Properties of the dataset marker node. */
const META_PROPERTY_KEYS = ["key", "version", "format", "maxDateSpanDays"];
/** Keys of the parameter rows used inside node patterns (`{id: row.from}`), which the analyser checks too. */
const ROW_KEYS = ["from", "to"];

export interface CypherDbSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  parameters: Record<string, unknown>;
}

/**
 * The schema for `statement`: its values come from the one parameter map, whose keys (the
 * declared parameters) the analyser checks as property keys where the text reads them.
 */
export function dbSchemaFor(statement: CypherStatement): CypherDbSchema {
  return {
    labels: [ENTITY_LABEL, META_LABEL, STAGED_LABEL, RETIRED_LABEL, ...NODE_CATEGORIES],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [
      ...new Set([
        ...NODE_PROPERTY_KEYS,
        ...EDGE_PROPERTY_KEYS,
        ...META_PROPERTY_KEYS,
        ...LOAD_PROPERTY_KEYS,
        ...ROW_KEYS,
        ...statement.parameters,
      ]),
    ],
    parameters: { [PARAMETER_MAP]: null },
  };
}
