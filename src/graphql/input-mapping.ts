/**
 * Turns GraphQL arguments into store queries, checking each value and naming the
 * argument in the error when one is wrong. Resolvers stay thin because of it.
 */
import { BadUserInputError } from "../domain/errors.js";
import { DEFAULT_INVOLVEMENT_HOPS, MAX_INVOLVEMENT_HOPS } from "../domain/involvement.js";
import { MAX_TEXT_LENGTH } from "../domain/limits.js";
import { type DayRange, parseDay } from "../domain/partial-date.js";
import {
  isProspective,
  type NodeCategory,
  type NodeKind,
  STATUSES,
  type Status,
} from "../domain/vocabulary.js";
import type { EdgeFilter, NodeFilter, NodeSort, RelatedToFilter } from "../store/graph-store.js";
import type {
  ActorFilter,
  AgreementFilter,
  DateRange,
  EventFilter,
  RelationshipFilter,
} from "./generated/schema-types.js";

export const MAX_PAGE_SIZE = 100;

export type DateRangeInput = DateRange;
export type RelationshipFilterInput = RelationshipFilter;

/**
 * Any node list's filter (actors, agreements, events: generated from the SDL), read
 * field by field; each category's `kinds` are node kinds.
 */
export type FilterInput = Omit<ActorFilter & AgreementFilter & EventFilter, "kinds"> & {
  kinds?: readonly NodeKind[] | null;
};

/** A day given as YYYY-MM-DD, or a BAD_USER_INPUT naming the argument. */
export function checkDay(argument: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const day = parseDay(value);
  if (typeof day !== "string") throw new BadUserInputError(argument, day.error);
  return day;
}

/** An integer within bounds, or a BAD_USER_INPUT naming the argument and the bounds. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(argument, `must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export function checkPageSize(
  argument: string,
  value: number | null | undefined,
  fallback: number,
) {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(
      argument,
      `must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${size}`,
    );
  }
  return size;
}

export function checkText(argument: string, value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length > MAX_TEXT_LENGTH) {
    throw new BadUserInputError(
      argument,
      `must be at most ${MAX_TEXT_LENGTH} characters, got ${value.length}`,
    );
  }
  if (value.trim() === "") throw new BadUserInputError(argument, "must not be blank");
  return value;
}

/** A DateRange argument as days, or a BAD_USER_INPUT naming the argument. */
export function toDayRange(
  argument: string,
  input: DateRangeInput | null | undefined,
): DayRange | undefined {
  if (!input) return undefined;
  const range = {
    from: checkDay(`${argument}.from`, input.from),
    to: checkDay(`${argument}.to`, input.to),
  };
  return checkOrder(argument, range);
}

/** A range whose ends are in order, or a BAD_USER_INPUT naming the argument. */
export function checkOrder(argument: string, range: DayRange): DayRange {
  if (range.from && range.to && range.from > range.to) {
    throw new BadUserInputError(argument, `from (${range.from}) is after to (${range.to})`);
  }
  return range;
}

function statusesFor(input: FilterInput): Status[] | undefined {
  const chosen = input.statuses ?? undefined;
  if (input.prospective === null || input.prospective === undefined) return chosen;
  const wanted = input.prospective;
  return (chosen ?? [...STATUSES]).filter((status) => isProspective(status) === wanted);
}

/** The relation filters each input field stands for, seen from the filtered node. */
const RELATED_FIELDS: Record<string, Omit<RelatedToFilter, "nodes">> = {
  memberOf: { types: ["MEMBER_OF"], direction: "OUT" },
  partOf: { types: ["PART_OF"], direction: "OUT" },
  partyTo: { types: ["PARTY_TO"], direction: "OUT" },
  party: { types: ["PARTY_TO"], direction: "IN" },
  participant: { types: ["PARTICIPATES_IN"], direction: "IN" },
  place: { types: ["HELD_IN"], direction: "OUT" },
  convenedUnder: { types: ["CONVENED_UNDER"], direction: "OUT" },
};

export function toNodeFilter(
  argument: string,
  category: NodeCategory | undefined,
  input: FilterInput | null | undefined,
): NodeFilter {
  const filter: {
    -readonly [K in keyof NodeFilter]: NodeFilter[K];
  } = { categories: category ? [category] : undefined };
  if (!input) return filter;
  filter.kinds = input.kinds ?? undefined;
  filter.statuses = statusesFor(input);
  filter.date = toDayRange(`${argument}.date`, input.date);
  filter.asOf = checkDay(`${argument}.asOf`, input.asOf);
  const relatedTo: RelatedToFilter[] = [];
  for (const [field, relation] of Object.entries(RELATED_FIELDS)) {
    const value = checkText(
      `${argument}.${field}`,
      input[field as keyof FilterInput] as string | null,
    );
    if (value !== undefined) relatedTo.push({ ...relation, nodes: [value] });
  }
  if (relatedTo.length > 0) filter.relatedTo = relatedTo;
  filter.coversTopic = checkText(`${argument}.topic`, input.topic);
  const involves = checkText(`${argument}.involvesTopic`, input.involvesTopic);
  const maxHops = input.maxHops ?? DEFAULT_INVOLVEMENT_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 0 || maxHops > MAX_INVOLVEMENT_HOPS) {
    throw new BadUserInputError(
      `${argument}.maxHops`,
      `must be from 0 to ${MAX_INVOLVEMENT_HOPS}, got ${maxHops}`,
    );
  }
  if (involves !== undefined) filter.involvesTopic = { topic: involves, maxHops };
  return filter;
}

export function toEdgeFilter(input: RelationshipFilterInput | null | undefined): EdgeFilter {
  if (!input) return {};
  return {
    types: input.types ?? undefined,
    statuses: input.statuses ?? undefined,
    prospective: input.prospective ?? undefined,
    inferred: input.inferred ?? undefined,
    date: toDayRange("filter.date", input.date),
    asOf: checkDay("filter.asOf", input.asOf),
  };
}

export function toSort(input: { field?: string; direction?: string } | null | undefined): NodeSort {
  return {
    field: (input?.field as NodeSort["field"] | undefined) ?? "NAME",
    descending: input?.direction === "DESC",
  };
}

const CURSOR_PREFIX = "offset:";

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString("base64url");
}

/** Offset just after the cursor; cursors are opaque to clients but stable for a dataset version. */
export function offsetAfter(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const offset = Number(text.slice(CURSOR_PREFIX.length));
  if (!text.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw new BadUserInputError("after", "is not a cursor returned by this API");
  }
  return offset + 1;
}
