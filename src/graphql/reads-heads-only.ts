/**
 * Whether a relation field's selection asks its far nodes for their heads and nothing else
 * (`parties { id name }`): then the field can ask the store for heads alone
 * (`neighbourHeads`), and the Neo4j store sends neither the relationships nor the rest of
 * each node. A field that reads only the node's id also counts: the relation fields and
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
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { NODE_HEAD_FIELDS } from "../domain/graph-types.js";
import { followedRelationOf } from "./resolvers/relation-spec.js";

const HEAD_SELECTIONS: ReadonlySet<string> = new Set(["__typename", ...NODE_HEAD_FIELDS]);

const answers = new WeakMap<GraphQLSchema, WeakMap<FieldNode, boolean>>();

export function readsHeadsOnly(info: GraphQLResolveInfo): boolean {
  const [first, ...more] = info.fieldNodes;
  if (!first) return false;
  // Only a field selected once is kept: the same first node can be merged with different
  // others under different runtime types of its parent.
  let bySchema = answers.get(info.schema);
  if (!bySchema) {
    bySchema = new WeakMap();
    answers.set(info.schema, bySchema);
  }
  const known = more.length === 0 ? bySchema.get(first) : undefined;
  if (known !== undefined) return known;
  const read = new Set<string>();
  const type = getNamedType(info.returnType);
  const answer = info.fieldNodes.every((field) =>
    selectionReadsHeads(field.selectionSet, type, info, read),
  );
  if (more.length === 0) bySchema.set(first, answer);
  return answer;
}

function selectionReadsHeads(
  set: SelectionSetNode | undefined,
  type: GraphQLNamedType | undefined,
  info: GraphQLResolveInfo,
  /** Fragments already read (their answer is the same wherever they are spread). */
  read: Set<string>,
): boolean {
  if (!set || !type) return false;
  return set.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return fieldReadsHead(selection.name.value, type);
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition?.name.value;
        const inner = condition ? info.schema.getType(condition) : type;
        return selectionReadsHeads(selection.selectionSet, inner, info, read);
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        if (read.has(name)) return true;
        read.add(name);
        const fragment = info.fragments[name];
        if (!fragment) return false;
        const inner = info.schema.getType(fragment.typeCondition.name.value);
        return selectionReadsHeads(fragment.selectionSet, inner, info, read);
      }
      default:
        return false;
    }
  });
}

function fieldReadsHead(name: string, type: GraphQLNamedType): boolean {
  if (HEAD_SELECTIONS.has(name)) return true;
  if (!isObjectType(type) && !isInterfaceType(type)) return false;
  const field = type.getFields()[name];
  return field !== undefined && followedRelationOf(type, field) !== undefined;
}
