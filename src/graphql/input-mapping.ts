/**
 * Turns GraphQL arguments into store queries, checking each value and naming the
 * argument in the error when one is wrong. Resolvers stay thin because of it.
 */
import { BadUserInputError } from "../domain/errors.js";
import { DEFAULT_INVOLVEMENT_HOPS, MAX_INVOLVEMENT_HOPS } from "../domain/involvement.js";
import { MAX_SORT_KEYS, MAX_TEXT_LENGTH } from "../domain/limits.js";
import { type DayRange, parseDay } from "../domain/partial-date.js";
import {
  isProspective,
  NODE_CATEGORIES,
  type NodeCategory,
  type NodeKind,
  RELATIONSHIP_DECLARATIONS,
  type RelationshipType,
  STATUSES,
  type Status,
} from "../domain/vocabulary.js";
import type {
  Direction,
  EdgeFilter,
  NodeFilter,
  NodeSort,
  RelatedToFilter,
} from "../store/graph-store.js";
import type { Reference, Resolved } from "../store/resolve-references.js";
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

/**
 * The relation filters each input field stands for, seen from the filtered node; each is
 * named after the node type's field that lists those relationships (`parties`).
 */
const RELATED_FIELDS: Record<string, Omit<RelatedToFilter, "nodes">> = {
  memberOf: { types: ["MEMBER_OF"], direction: "OUT" },
  partOf: { types: ["PART_OF"], direction: "OUT" },
  agreements: { types: ["PARTY_TO"], direction: "OUT" },
  parties: { types: ["PARTY_TO"], direction: "IN" },
  participants: { types: ["PARTICIPATES_IN"], direction: "IN" },
  places: { types: ["HELD_IN"], direction: "OUT" },
  convenedUnder: { types: ["CONVENED_UNDER"], direction: "OUT" },
};

/** Former names of filter fields (deprecated in the SDL), by the name that replaced them. */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  agreements: "partyTo",
  parties: "party",
  participants: "participant",
  places: "place",
  topics: "topic",
};

/**
 * The value of filter field `field`, given under its name or its former one (not both:
 * a BAD_USER_INPUT naming both), checked as text, with the path of the name the client
 * used (errors name what the client wrote).
 */
function fieldText(
  argument: string,
  input: FilterInput,
  field: string,
): { readonly value: string; readonly path: string } | undefined {
  const values = input as unknown as Readonly<Record<string, string | null | undefined>>;
  const former = FORMER_NAMES[field];
  const current = values[field] ?? undefined;
  const old = former === undefined ? undefined : (values[former] ?? undefined);
  if (current !== undefined && old !== undefined) {
    throw new BadUserInputError(
      `${argument}.${field}`,
      `give ${field} or ${former} (its former name), not both`,
    );
  }
  const path = `${argument}.${current === undefined && former !== undefined ? former : field}`;
  const value = checkText(path, current ?? old ?? null);
  return value === undefined ? undefined : { value, path };
}

/**
 * The categories a node at the far end of `types` may have, seen from `category` in
 * `direction`: read from the relationship declarations, so that `party` takes actors and
 * `place` places without a list of its own.
 */
export function farCategories(
  types: readonly RelationshipType[],
  direction: Direction,
  category: NodeCategory | undefined,
): NodeCategory[] {
  const found = new Set<NodeCategory>();
  for (const type of types) {
    const declared = RELATIONSHIP_DECLARATIONS[type];
    const ends: [readonly NodeCategory[], readonly NodeCategory[]][] = [];
    if (direction !== "IN") ends.push([declared.from, declared.to]);
    if (direction !== "OUT") ends.push([declared.to, declared.from]);
    for (const [near, far] of ends) {
      if (category && !near.includes(category)) continue;
      for (const each of far) found.add(each);
    }
  }
  return NODE_CATEGORIES.filter((each) => found.has(each));
}

/** Resolves references of one request (the request's batched loader, or a store in tests and tools). */
export type ReferenceResolver = (reference: Reference) => Promise<Resolved>;

/** A resolver over the request's loader: one store call per level, each reference once. */
export function requestResolver(loaders: {
  references: { load(reference: Reference): Promise<Resolved> };
}): ReferenceResolver {
  return (reference) => loaders.references.load(reference);
}

/**
 * A node list's filter as the store's NodeFilter, each value checked and each name
 * resolved (ids, names, aliases, then the best search hit, among the categories the
 * field's relationship may reach): a name that matches nothing is a BAD_USER_INPUT
 * naming the field and the closest names, never an empty answer.
 */
export async function toNodeFilter(
  argument: string,
  category: NodeCategory | undefined,
  input: FilterInput | null | undefined,
  resolve: ReferenceResolver,
): Promise<NodeFilter> {
  const filter: {
    -readonly [K in keyof NodeFilter]: NodeFilter[K];
  } = { categories: category ? [category] : undefined };
  if (!input) return filter;
  filter.kinds = input.kinds ?? undefined;
  filter.statuses = statusesFor(input);
  filter.date = toDayRange(`${argument}.date`, input.date);
  filter.asOf = checkDay(`${argument}.asOf`, input.asOf);
  if (input.asOfMode) filter.asOfMode = input.asOfMode;
  const includeParts = input.includeParts ?? false;
  // Every value is checked before any name is looked up: a check that throws after a
  // lookup has begun would leave that lookup's rejection unhandled.
  const related: { name: string; value: string; relation: (typeof RELATED_FIELDS)[string] }[] = [];
  for (const [field, relation] of Object.entries(RELATED_FIELDS)) {
    const given = fieldText(argument, input, field);
    if (given) related.push({ name: given.path, value: given.value, relation });
  }
  const topic = fieldText(argument, input, "topics");
  const involves = checkText(`${argument}.involvesTopic`, input.involvesTopic);
  const maxHops = input.maxHops ?? DEFAULT_INVOLVEMENT_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 0 || maxHops > MAX_INVOLVEMENT_HOPS) {
    throw new BadUserInputError(
      `${argument}.maxHops`,
      `must be from 0 to ${MAX_INVOLVEMENT_HOPS}, got ${maxHops}`,
    );
  }
  const pending = related.map(({ name, value, relation }) => {
    const categories = farCategories(relation.types, relation.direction, category);
    return resolve({ argument: name, text: value, categories }).then(({ ids }) => ({
      ...relation,
      nodes: ids,
      ...(includeParts && categories.includes("Actor") ? { includeParts: true } : {}),
    }));
  });
  const [relatedTo, coversTopic, involvesTopic] = await Promise.all([
    Promise.all(pending),
    topic === undefined ? undefined : topicReference(resolve, topic.path, topic.value),
    involves === undefined
      ? undefined
      : topicReference(resolve, `${argument}.involvesTopic`, involves),
  ]);
  if (relatedTo.length > 0) filter.relatedTo = relatedTo;
  filter.coversTopic = coversTopic;
  if (involvesTopic !== undefined) filter.involvesTopic = { topic: involvesTopic, maxHops };
  return filter;
}

/**
 * A topic reference checked to name a topic; the text itself goes on to the store (which
 * takes every topic of that name), or the search hit's id when only search found one.
 */
export async function topicReference(
  resolve: ReferenceResolver,
  argument: string,
  text: string,
): Promise<string> {
  const resolved = await resolve({ argument, text, categories: ["Topic"] });
  return resolved.exact ? text : (resolved.ids[0] ?? text);
}

/**
 * A statement list's filter as the store's EdgeFilter, each value checked first and then
 * each name resolved (`from` and `to` among all nodes, `source` among sources): a name
 * that matches nothing is a BAD_USER_INPUT suggesting the closest names.
 */
export async function toEdgeFilter(
  input: RelationshipFilterInput | null | undefined,
  resolve: ReferenceResolver,
): Promise<EdgeFilter> {
  if (!input) return {};
  const checked: EdgeFilter = {
    types: input.types ?? undefined,
    statuses: input.statuses ?? undefined,
    prospective: input.prospective ?? undefined,
    inferred: input.inferred ?? undefined,
    date: toDayRange("filter.date", input.date),
    asOf: checkDay("filter.asOf", input.asOf),
    ...(input.asOfMode ? { asOfMode: input.asOfMode } : {}),
  };
  const ends = {
    from: checkText("filter.from", input.from),
    to: checkText("filter.to", input.to),
    sources: checkText("filter.source", input.source),
  };
  const idsOf = (field: keyof typeof ends, argument: string, categories?: NodeCategory[]) => {
    const text = ends[field];
    return text === undefined
      ? undefined
      : resolve({ argument, text, ...(categories ? { categories } : {}) }).then(({ ids }) => ids);
  };
  const [from, to, sources] = await Promise.all([
    idsOf("from", "filter.from"),
    idsOf("to", "filter.to"),
    idsOf("sources", "filter.source", ["Source"]),
  ]);
  return {
    ...checked,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(sources ? { sources } : {}),
  };
}

export function toSort(input: { field?: string; direction?: string } | null | undefined): NodeSort {
  return {
    field: (input?.field as NodeSort["field"] | undefined) ?? "NAME",
    descending: input?.direction === "DESC",
  };
}

/**
 * A `sort` list (`[NodeSort!]`, where a single key may be written without brackets) as the
 * store's keys, first to last: at most MAX_SORT_KEYS, each field once (a field named again
 * could order nothing more), else a BAD_USER_INPUT naming the key.
 */
export function toSorts(
  argument: string,
  input: readonly { field?: string; direction?: string }[] | null | undefined,
): NodeSort[] {
  const keys = input ?? [];
  if (keys.length > MAX_SORT_KEYS) {
    throw new BadUserInputError(
      argument,
      `at most ${MAX_SORT_KEYS} sort keys (one per field), got ${keys.length}`,
    );
  }
  const seen = new Set<string>();
  return keys.map((key, index) => {
    const sort = toSort(key);
    if (seen.has(sort.field)) {
      throw new BadUserInputError(
        `${argument}[${index}]`,
        `sorts by ${sort.field} again; each field may be a key once`,
      );
    }
    seen.add(sort.field);
    return sort;
  });
}
