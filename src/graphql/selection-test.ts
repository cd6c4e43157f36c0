/**
 * Whether a field's selection reaches a nested field (`edges { node { summary } }`), through
 * fragments and inline fragments alike: for a resolver that can read ahead, in one store
 * call, what the fields under it will ask for one at a time, and should not when they are
 * not asked for. The answer depends on the query's text only, so it is kept per parsed
 * field (FieldNodeMemo), and worked out in time linear in the selection (each named
 * fragment is read once per test).
 */
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import { FieldNodeMemo } from "./field-node-memo.js";

export function selectionTest(path: readonly string[]): (info: GraphQLResolveInfo) => boolean {
  const memo = new FieldNodeMemo<boolean>();
  return (info) => {
    const [field, ...more] = info.fieldNodes;
    if (!field) return false;
    const reached = (node: FieldNode) =>
      memo.get(info.schema, node, () => reaches(node.selectionSet, path, info, new Set()));
    return reached(field) || more.some(reached);
  };
}

function reaches(
  set: SelectionSetNode | undefined,
  path: readonly string[],
  info: GraphQLResolveInfo,
  read: Set<string>,
): boolean {
  const [name, ...rest] = path;
  if (name === undefined) return true;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === name && reaches(selection.selectionSet, rest, info, read)) {
        return true;
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (reaches(selection.selectionSet, path, info, read)) return true;
    } else {
      // Each named fragment once per level of the path: a fragment spread twice says the same.
      const key = `${path.length}:${selection.name.value}`;
      if (read.has(key)) continue;
      read.add(key);
      const fragment = info.fragments[selection.name.value];
      if (reaches(fragment?.selectionSet, path, info, read)) return true;
    }
  }
  return false;
}
