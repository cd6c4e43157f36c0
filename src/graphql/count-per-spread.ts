/**
 * Counts something in an operation the way it is executed: a fragment's contents count
 * again at every spread (and the spread's own directives with them). GraphQL Armor's
 * alias and directive rules remember a fragment's count after its first spread and
 * return only that for the next ones, dropping the directives written on the spread
 * itself, so `...F @skip(if: false)` forty times counted as one directive.
 *
 * Each fragment's total is computed once and reused, so counting is linear in the
 * document even when fragments spread fragments many times over (the totals may grow
 * exponentially; they are numbers, compared with a limit). A fragment cycle counts
 * nothing here: graphql-js's NoFragmentCyclesRule refuses the document anyway.
 */
import {
  type ASTNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/** What one node adds to the count, not counting its selections. */
export type NodeCount = (node: ASTNode) => number;

export function countPerSpread(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  count: NodeCount,
): number {
  const totals = new Map<string, number>();
  const inProgress = new Set<string>();

  const fragmentTotal = (fragment: FragmentDefinitionNode): number => {
    const name = fragment.name.value;
    const known = totals.get(name);
    if (known !== undefined) return known;
    if (inProgress.has(name)) return 0;
    inProgress.add(name);
    const total = count(fragment) + selections(fragment.selectionSet);
    inProgress.delete(name);
    totals.set(name, total);
    return total;
  };

  const selections = (set: SelectionSetNode | undefined): number => {
    let total = 0;
    for (const selection of set?.selections ?? []) {
      total += count(selection);
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = context.getFragment(selection.name.value);
        if (fragment) total += fragmentTotal(fragment);
      } else {
        total += selections(selection.selectionSet);
      }
    }
    return total;
  };

  return count(operation) + selections(operation.selectionSet);
}

/** A validation rule reporting `describe(found)` for each operation whose count passes `max`. */
export function maxPerOperationRule(
  max: number,
  count: NodeCount,
  describe: (found: number) => GraphQLError,
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const found = countPerSpread(context, operation, count);
      if (found > max) context.reportError(describe(found));
    },
  });
}

/** Directives written on a node (`@include`, `@skip`, or any other). */
export const directivesOf: NodeCount = (node) =>
  "directives" in node && Array.isArray(node.directives) ? node.directives.length : 0;

/**
 * An aliased field, unless the field is `kind`: queries written when each node type
 * answered its own kind enum had to alias it across types (decision 0003), and a scalar
 * costs nothing to repeat. What is free is the field, never the alias's name.
 */
export const aliasesOf: NodeCount = (node) =>
  node.kind === Kind.FIELD && node.alias !== undefined && node.name.value !== "kind" ? 1 : 0;
