/**
 * Whether a relation field's selection asks its far nodes for their heads and nothing else
 * (`parties { id name }`), or a root list's its nodes (`actors { edges { node { id } } }`):
 * then the field can ask the store for heads alone (`neighbourHeads`, `listNodeHeads`),
 * and the Neo4j store sends neither the relationships nor the rest of each node. A field that reads only the node's id also counts: the relation fields and
 * their connection twins, whose resolvers start from the parent's id. Anything else, or
 * anything this cannot tell, asks for whole nodes.
 *
 * The answer depends only on the query's text and the schema, so it is kept per field of
 * the parsed query (weakly: it goes with the parsed document) and worked out once, in time
 * linear in the selection (each fragment is read once).
 */

import {
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { NODE_HEAD_FIELDS } from "../domain/graph-types.js";
import { FieldNodeMemo } from "./field-node-memo.js";
import { followedRelationOf } from "./resolvers/relation-spec.js";

const HEAD_SELECTIONS: ReadonlySet<string> = new Set(["__typename", ...NODE_HEAD_FIELDS]);

/** Kept per schema and parsed field (a field is a relation field or a root list, never both). */
const answers = new FieldNodeMemo<boolean>();

/** Fields of a root list's connection, and of its edges, that read nothing of the nodes. */
const CONNECTION_SELECTIONS: ReadonlySet<string> = new Set([
  "__typename",
  "totalCount",
  "pageInfo",
  "aggregate",
]);
const EDGE_SELECTIONS: ReadonlySet<string> = new Set(["__typename", "cursor"]);

type FieldTest = (field: FieldNode, type: GraphQLNamedType, read: Set<string>) => boolean;

/** For a relation field: whether its nodes are asked for their heads only. */
export function readsHeadsOnly(info: GraphQLResolveInfo): boolean {
  return remembered(info, info.fieldNodes, info.returnType, nodeFieldReadsHead);
}

/**
 * As `readsHeadsOnly`, for a relation field selected once (`field`, of type `type`) seen
 * from the field above it: the same answer its own resolver will get, kept in the same place.
 */
export function relationFieldReadsHeadsOnly(
  field: FieldNode,
  type: GraphQLOutputType,
  info: GraphQLResolveInfo,
): boolean {
  return remembered(info, [field], type, nodeFieldReadsHead);
}

/**
 * For a root list (a connection): whether its nodes, under `edges { node }`, are asked for
 * their heads only, and nothing else of theirs is (such as an edge's `why`).
 */
export function connectionReadsHeadsOnly(info: GraphQLResolveInfo): boolean {
  return remembered(info, info.fieldNodes, info.returnType, (field, type, read) => {
    const name = field.name.value;
    if (CONNECTION_SELECTIONS.has(name)) return true;
    if (name !== "edges") return false;
    return everyField(field.selectionSet, fieldTypeOf(type, name), info, read, (inner, edge) => {
      const innerName = inner.name.value;
      if (EDGE_SELECTIONS.has(innerName)) return true;
      if (innerName !== "node") return false;
      return everyField(
        inner.selectionSet,
        fieldTypeOf(edge, innerName),
        info,
        read,
        nodeFieldReadsHead,
      );
    });
  });
}

/** `test` applied to the selection of a field (`fieldNodes`, of `returnType`), its answer kept per parsed field. */
function remembered(
  info: GraphQLResolveInfo,
  fieldNodes: readonly FieldNode[],
  returnType: GraphQLOutputType,
  test: FieldTest,
): boolean {
  const [first, ...more] = fieldNodes;
  if (!first) return false;
  // Only a field selected once is kept: the same first node can be merged with different
  // others under different runtime types of its parent.
  const work = () => {
    const read = new Set<string>();
    const type = getNamedType(returnType);
    return fieldNodes.every((field) => everyField(field.selectionSet, type, info, read, test));
  };
  return more.length === 0 ? answers.get(info.schema, first, work) : work();
}

/** Whether `test` holds for every field of `set` (fragments included) on the type it selects from. */
function everyField(
  set: SelectionSetNode | undefined,
  type: GraphQLNamedType | undefined,
  info: GraphQLResolveInfo,
  /** Fragments already read (a fragment's type says where it can be spread, so its answer is the same there). */
  read: Set<string>,
  test: FieldTest,
): boolean {
  if (!set || !type) return false;
  return set.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return test(selection, type, read);
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition?.name.value;
        const inner = condition ? info.schema.getType(condition) : type;
        return everyField(selection.selectionSet, inner, info, read, test);
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        if (read.has(name)) return true;
        read.add(name);
        const fragment = info.fragments[name];
        if (!fragment) return false;
        const inner = info.schema.getType(fragment.typeCondition.name.value);
        return everyField(fragment.selectionSet, inner, info, read, test);
      }
      default:
        return false;
    }
  });
}

function fieldTypeOf(type: GraphQLNamedType, name: string): GraphQLNamedType | undefined {
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const field = type.getFields()[name];
  return field ? getNamedType(field.type) : undefined;
}

const nodeFieldReadsHead: FieldTest = (field, type) => {
  const name = field.name.value;
  if (HEAD_SELECTIONS.has(name)) return true;
  if (!isObjectType(type) && !isInterfaceType(type)) return false;
  const definition = type.getFields()[name];
  return definition !== undefined && followedRelationOf(type, definition) !== undefined;
};
