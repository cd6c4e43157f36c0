/**
 * A neighbourhood as a person asks for it, checked once for every entry point: GraphQL
 * (`neighbourhood`, `subgraph`), the HTTP export route and `entente export` all hand
 * their values to `checkNeighbourhoodRequest`, which applies the ceilings of
 * src/domain/limits.ts and names the argument (in the caller's own words) when a value
 * is wrong; `resolveNeighbourhood` then turns the start references into ids.
 */

import { BadUserInputError } from "../domain/errors.js";
import {
  DEFAULT_FAN_OUT,
  DEFAULT_NEIGHBOURHOOD_DEPTH,
  DEFAULT_NEIGHBOURHOOD_LIMIT,
  MAX_FAN_OUT,
  MAX_IDS,
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NEIGHBOURHOOD_LIMIT,
  MAX_TEXT_LENGTH,
} from "../domain/limits.js";
import type { DayRange } from "../domain/partial-date.js";
import { parseDay } from "../domain/partial-date.js";
import { quoteValue } from "../domain/quote-value.js";
import type { AsOfMode } from "../domain/validity.js";
import type { NodeCategory, NodeKind, RelationshipType } from "../domain/vocabulary.js";
import type { GraphStore, NeighbourhoodQuery } from "./graph-store.js";
import { type Reference, resolveReferences } from "./resolve-references.js";

/** A whole number as GraphQL gives it, or as text from a query string or a command line. */
type Count = number | string | null | undefined;

/** The values as the caller has them (absent or null: the default). */
export interface NeighbourhoodInput {
  readonly starts: readonly string[];
  readonly depth?: Count;
  readonly types?: readonly RelationshipType[] | null;
  readonly categories?: readonly NodeCategory[] | null;
  readonly kinds?: readonly NodeKind[] | null;
  readonly limit?: Count;
  readonly fanOut?: Count;
  readonly asOf?: string | null;
  readonly during?: { readonly from?: string | null; readonly to?: string | null } | null;
  readonly asOfMode?: AsOfMode | null;
}

/** What the caller calls each value, for error messages ("ids" in GraphQL, "around" in URLs). */
export interface ArgumentNames {
  readonly starts: string;
  readonly types: string;
}

export type NeighbourhoodRequest = Omit<NeighbourhoodQuery, "ids"> & {
  readonly starts: readonly Reference[];
};

function checkInteger(argument: string, given: Count, fallback: number, min: number, max: number) {
  if (given === null || given === undefined) return fallback;
  const value =
    typeof given === "number" ? given : /^\s*\d+\s*$/.test(given) ? Number(given) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new BadUserInputError(
      argument,
      `must be an integer from ${min} to ${max}, got ${quoteValue(String(given))}`,
    );
  }
  return value;
}

function checkDay(argument: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const day = parseDay(value.trim());
  if (typeof day !== "string") throw new BadUserInputError(argument, day.error);
  return day;
}

function checkRange(argument: string, input: NeighbourhoodInput["during"]): DayRange | undefined {
  if (!input) return undefined;
  const range = {
    from: checkDay(`${argument}.from`, input.from),
    to: checkDay(`${argument}.to`, input.to),
  };
  if (range.from && range.to && range.from > range.to) {
    throw new BadUserInputError(argument, `from (${range.from}) is after to (${range.to})`);
  }
  return range;
}

/** Checks every value; throws a BadUserInputError naming the first wrong one. */
export function checkNeighbourhoodRequest(
  input: NeighbourhoodInput,
  names: ArgumentNames = { starts: "ids", types: "relationshipTypes" },
): NeighbourhoodRequest {
  const starts = input.starts.map((text) => text.trim());
  if (starts.length === 0 || starts.length > MAX_IDS) {
    throw new BadUserInputError(
      names.starts,
      `give from 1 to ${MAX_IDS} start nodes (ids, names or aliases), got ${starts.length}`,
    );
  }
  if (starts.some((text) => text === "")) {
    throw new BadUserInputError(names.starts, "must not be empty");
  }
  const long = starts.find((text) => text.length > MAX_TEXT_LENGTH);
  if (long !== undefined) {
    throw new BadUserInputError(
      names.starts,
      `must be at most ${MAX_TEXT_LENGTH} characters each, got ${long.length}`,
    );
  }
  return {
    starts: starts.map((text) => ({ argument: names.starts, text })),
    depth: checkInteger(
      "depth",
      input.depth,
      DEFAULT_NEIGHBOURHOOD_DEPTH,
      0,
      MAX_NEIGHBOURHOOD_DEPTH,
    ),
    types: input.types ?? undefined,
    categories: input.categories ?? undefined,
    kinds: input.kinds ?? undefined,
    limit: checkInteger(
      "limit",
      input.limit,
      DEFAULT_NEIGHBOURHOOD_LIMIT,
      1,
      MAX_NEIGHBOURHOOD_LIMIT,
    ),
    fanOut: checkInteger("fanOut", input.fanOut, DEFAULT_FAN_OUT, 1, MAX_FAN_OUT),
    asOf: checkDay("asOf", input.asOf),
    during: checkRange("during", input.during),
    ...(input.asOfMode ? { asOfMode: input.asOfMode } : {}),
  };
}

/** The store query: the start references resolved (one store call), without repeats. */
export async function resolveNeighbourhood(
  store: GraphStore,
  request: NeighbourhoodRequest,
): Promise<NeighbourhoodQuery> {
  const { starts, ...walk } = request;
  const ids = [...new Set((await resolveReferences(store, starts)).flat())];
  return { ...walk, ids };
}
