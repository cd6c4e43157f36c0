/**
 * A lookup by id whose selection follows one relation and asks its far nodes for heads
 * only (`node(id: $id) { ... on Actor { name agreements { id name } } }`) can be read in
 * one store call (`nodesWithNeighbourHeads`) instead of two in turn: the lookup, then the
 * relation from what it found. The relation field's arguments are known before the node
 * is: they are in the query and its variables. On Neo4j this is one statement fewer per
 * request, which is a third of a two-level traversal's statements.
 *
 * Only the plain case is read ahead: exactly one `@relation` field in the selection (on
 * an object type, through fragments or not), selected once under its response key, its
 * far nodes asked for heads only. A field whose arguments are wrong is not read ahead, so
 * that its own resolver reports the mistake where it is. If the node turns out to be of
 * another type than the fragment's, the heads read go unused.
 */

import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import type { NeighbourQuery } from "../store/graph-store.js";
import { FieldNodeMemo } from "./field-node-memo.js";
import { relationFieldReadsHeadsOnly } from "./reads-heads-only.js";
import type { RequestContext } from "./request-context.js";
import { type RelationFieldArgs, relationQueryOf } from "./resolvers/relation-resolver.js";
import { type RelationSpec, relationSpecOf } from "./resolvers/relation-spec.js";

interface RelationField {
  readonly field: FieldNode;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly spec: RelationSpec;
}

/** The one relation field of a parsed lookup's selection, or null; kept per schema and field. */
const found = new FieldNodeMemo<RelationField | null>();

/**
 * The store query of the relation the lookup's selection follows, when it can be read with
 * the lookup. Undefined at once, not a promise, when the selection follows no relation (a
 * plain lookup), so that the lookup does not wait a turn for nothing.
 */
export function prefetchedRelation(
  info: GraphQLResolveInfo,
  context: RequestContext,
): Promise<NeighbourQuery | undefined> | undefined {
  const [lookup, ...more] = info.fieldNodes;
  if (!lookup || more.length > 0) return undefined;
  const relation = found.get(info.schema, lookup, () =>
    oneRelationField(lookup.selectionSet, getNamedType(info.returnType), info),
  );
  if (!relation) return undefined;
  return (async () => {
    try {
      const args = getArgumentValues(relation.definition, relation.field, info.variableValues);
      return await relationQueryOf(relation.spec, args as RelationFieldArgs, context, info);
    } catch {
      // The field's own resolver meets the same mistake and reports it at its path.
      return undefined;
    }
  })();
}

/** The selection's one relation field, read ahead only as described above; null otherwise. */
function oneRelationField(
  set: SelectionSetNode | undefined,
  type: GraphQLNamedType,
  info: GraphQLResolveInfo,
): RelationField | null {
  const keys = new Map<string, number>();
  const relations: RelationField[] = [];
  const read = new Set<string>();
  const visit = (selections: SelectionSetNode | undefined, scope: GraphQLNamedType | undefined) => {
    for (const selection of selections?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        keys.set(key, (keys.get(key) ?? 0) + 1);
        const definition = isObjectType(scope)
          ? scope.getFields()[selection.name.value]
          : undefined;
        const spec = definition ? relationSpecOf(definition) : undefined;
        if (definition && spec) relations.push({ field: selection, definition, spec });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        visit(selection.selectionSet, condition ? info.schema.getType(condition) : scope);
      } else {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        if (read.has(name) || !fragment) continue;
        read.add(name);
        visit(fragment.selectionSet, info.schema.getType(fragment.typeCondition.name.value));
      }
    }
  };
  visit(set, type);
  const [relation, ...others] = relations;
  if (!relation || others.length > 0) return null;
  const key = relation.field.alias?.value ?? relation.field.name.value;
  if (keys.get(key) !== 1) return null;
  return relationFieldReadsHeadsOnly(relation.field, relation.definition.type, info)
    ? relation
    : null;
}
