/**
 * Refuses a variable whose value nests objects and lists deeper than any input type of
 * the schema could accept, before anything else looks at it. Such a value can only be a
 * mistake or an attack, and the routines that would otherwise meet it first are
 * recursive: `JSON.stringify` overflows the stack at a few thousand levels, which a
 * 100 kB body can reach ("[[[[…]]]]").
 */
import { GraphQLError } from "graphql";
import { MAX_VARIABLE_NESTING } from "../domain/limits.js";
import { clip } from "../domain/quote-value.js";

/** The name of the first variable nested deeper than `max`, walking without recursion. */
export function tooDeeplyNested(
  variables: Readonly<Record<string, unknown>> | undefined,
  max: number,
): string | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
    for (let item = pending.pop(); item; item = pending.pop()) {
      if (item.value === null || typeof item.value !== "object") continue;
      const depth = item.depth + 1;
      if (depth > max) return name;
      for (const child of Object.values(item.value)) pending.push({ value: child, depth });
    }
  }
  return undefined;
}

/** Throws BAD_USER_INPUT (status 400) naming the variable nested deeper than MAX_VARIABLE_NESTING. */
export function checkVariableNesting(
  variables: Readonly<Record<string, unknown>> | undefined,
  max = MAX_VARIABLE_NESTING,
): void {
  const name = tooDeeplyNested(variables, max);
  if (name === undefined) return;
  const argument = `$${clip(name)}`;
  throw new GraphQLError(`${argument}: nests objects and lists deeper than ${max} levels`, {
    extensions: { code: "BAD_USER_INPUT", argument, http: { status: 400 } },
  });
}
