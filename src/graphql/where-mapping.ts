/**
 * `where` arguments (schema/where.graphql) as the store's NodeWhere trees. The
 * relationship conditions are read from the node type's `@relation` fields, as the
 * relation fields themselves are, so a field and its condition cannot disagree. Every
 * value is checked and bounded here (depth, number of conditions, text lengths, dates),
 * naming the input path in the error, so that no store ever sees an unbounded tree.
 */
import {
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
} from "graphql";
import type { DaySpan } from "../domain/date-comparison.js";
import { BadUserInputError } from "../domain/errors.js";
import {
  MAX_IDS,
  MAX_TEXT_LENGTH,
  MAX_WHERE_CONDITIONS,
  MAX_WHERE_DEPTH,
} from "../domain/limits.js";
import { parsePartialDate } from "../domain/partial-date.js";
import type { NodeKind, Status } from "../domain/vocabulary.js";
import type {
  EdgeWhere,
  NodeWhere,
  Quantifier,
  RelatedWhere,
  StringCondition,
} from "../store/graph-store.js";
import { relationSpecOf } from "./resolvers/relation-spec.js";

type Input = Readonly<Record<string, unknown>>;

const QUANTIFIER_KEYS: Readonly<Record<string, Quantifier>> = {
  some: "SOME",
  all: "ALL",
  none: "NONE",
  single: "SINGLE",
};

/** The `where` argument on a list of `typeName` nodes as a NodeWhere, or undefined when absent. */
export function toNodeWhere(
  argument: string,
  typeName: string,
  input: Input | null | undefined,
  schema: GraphQLSchema,
): NodeWhere | undefined {
  if (input === null || input === undefined) return undefined;
  const budget = { conditions: 0 };
  return new WhereReader(schema, budget).node(argument, typeName, input, 1);
}

class WhereReader {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly budget: { conditions: number },
  ) {}

  private count(path: string): void {
    if (++this.budget.conditions > MAX_WHERE_CONDITIONS) {
      throw new BadUserInputError(
        path,
        `a where tree may hold at most ${MAX_WHERE_CONDITIONS} conditions`,
      );
    }
  }

  node(path: string, typeName: string, input: Input, depth: number): NodeWhere {
    if (depth > MAX_WHERE_DEPTH) {
      throw new BadUserInputError(path, `where trees nest at most ${MAX_WHERE_DEPTH} levels`);
    }
    this.count(path);
    const where: { -readonly [K in keyof NodeWhere]: NodeWhere[K] } = {};
    const related: RelatedWhere[] = [];
    for (const [key, value] of Object.entries(input)) {
      if (value === null || value === undefined) continue;
      const at = `${path}.${key}`;
      switch (key) {
        case "AND":
        case "OR":
          where[key] = (value as Input[]).map((item, index) =>
            this.node(`${at}[${index}]`, typeName, item, depth + 1),
          );
          break;
        case "NOT":
          where.NOT = this.node(at, typeName, value as Input, depth + 1);
          break;
        case "id":
          where.ids = this.oneOf(at, value as Input, (id) => id);
          break;
        case "name":
          where.name = this.text(at, value as Input);
          break;
        case "kind":
          where.kinds = this.oneOf(at, value as Input, (kind) => kind as NodeKind);
          break;
        case "status":
          where.statuses = this.oneOf(at, value as Input, (status) => status as Status);
          break;
        case "date":
          where.date = this.dates(at, value as Input);
          break;
        default:
          related.push(...this.related(at, typeName, key, value as Input, depth));
      }
    }
    if (related.length > 0) where.related = related;
    return where;
  }

  /** `parties: { some: … }` or `partiesConnection: { all: { node, edge } }`. */
  private related(
    path: string,
    typeName: string,
    key: string,
    input: Input,
    depth: number,
  ): RelatedWhere[] {
    const connection = key.endsWith("Connection");
    const fieldName = connection ? key.slice(0, -"Connection".length) : key;
    const type = this.schema.getType(typeName);
    const field = isObjectType(type)
      ? (type as GraphQLObjectType).getFields()[fieldName]
      : undefined;
    const spec = field ? relationSpecOf(field) : undefined;
    // The generated input types hold no other keys, so this is a schema out of step.
    if (!field || !spec)
      throw new BadUserInputError(path, `${typeName} has no relationship field ${fieldName}`);
    const farType = getNamedType(field.type);
    const farName = isObjectType(farType) || isInterfaceType(farType) ? farType.name : "Node";
    const conditions: RelatedWhere[] = [];
    for (const [word, value] of Object.entries(input)) {
      if (value === null || value === undefined) continue;
      const quantifier = QUANTIFIER_KEYS[word];
      if (!quantifier) throw new BadUserInputError(`${path}.${word}`, "is not a quantifier");
      const at = `${path}.${word}`;
      this.count(at);
      const item = value as Input;
      const nodeInput = connection ? (item.node as Input | null | undefined) : item;
      const edgeInput = connection ? (item.edge as Input | null | undefined) : undefined;
      conditions.push({
        types: spec.types,
        direction: spec.direction,
        ...(spec.edgeStatuses ? { statuses: spec.edgeStatuses } : {}),
        quantifier,
        ...(nodeInput
          ? { node: this.node(connection ? `${at}.node` : at, farName, nodeInput, depth + 1) }
          : {}),
        ...(edgeInput ? { edge: this.edge(`${at}.edge`, edgeInput) } : {}),
      });
    }
    return conditions;
  }

  private edge(path: string, input: Input): EdgeWhere {
    this.count(path);
    const where: { -readonly [K in keyof EdgeWhere]: EdgeWhere[K] } = {};
    if (input.status)
      where.statuses = this.oneOf(`${path}.status`, input.status as Input, (s) => s as Status);
    if (input.date) where.date = this.dates(`${path}.date`, input.date as Input);
    if (input.role) where.role = this.text(`${path}.role`, input.role as Input);
    return where;
  }

  /** `{ eq, in }` as the list of values allowed (eq and in together: both must hold). */
  private oneOf<T>(path: string, input: Input, as: (value: string) => T): T[] {
    this.count(path);
    let values: string[] | undefined;
    if (input.in !== null && input.in !== undefined) {
      const list = input.in as string[];
      if (list.length > MAX_IDS) {
        throw new BadUserInputError(`${path}.in`, `at most ${MAX_IDS} values, got ${list.length}`);
      }
      values = [...list];
    }
    if (input.eq !== null && input.eq !== undefined) {
      const eq = input.eq as string;
      values = values === undefined || values.includes(eq) ? [eq] : [];
    }
    return (values ?? []).map(as);
  }

  private text(path: string, input: Input): StringCondition {
    this.count(path);
    const checked = (key: string): string | undefined => {
      const value = input[key];
      if (value === null || value === undefined) return undefined;
      const text = value as string;
      if (text.length > MAX_TEXT_LENGTH) {
        throw new BadUserInputError(
          `${path}.${key}`,
          `must be at most ${MAX_TEXT_LENGTH} characters, got ${text.length}`,
        );
      }
      return text.toLowerCase();
    };
    const condition: { -readonly [K in keyof StringCondition]: StringCondition[K] } = {};
    const inList = input.in as string[] | null | undefined;
    if (inList) {
      if (inList.length > MAX_IDS) {
        throw new BadUserInputError(
          `${path}.in`,
          `at most ${MAX_IDS} values, got ${inList.length}`,
        );
      }
      inList.forEach((_, index) => {
        if ((inList[index] ?? "").length > MAX_TEXT_LENGTH) {
          throw new BadUserInputError(
            `${path}.in[${index}]`,
            `must be at most ${MAX_TEXT_LENGTH} characters`,
          );
        }
      });
      condition.in = inList.map((text) => text.toLowerCase());
    }
    const eq = checked("eq");
    if (eq !== undefined) {
      condition.in = condition.in === undefined || condition.in.includes(eq) ? [eq] : [];
    }
    const contains = checked("contains");
    if (contains !== undefined) condition.contains = contains;
    const startsWith = checked("startsWith");
    if (startsWith !== undefined) condition.startsWith = startsWith;
    const endsWith = checked("endsWith");
    if (endsWith !== undefined) condition.endsWith = endsWith;
    return condition;
  }

  private dates(path: string, input: Input) {
    this.count(path);
    const span = (key: string): DaySpan | undefined => {
      const value = input[key];
      if (value === null || value === undefined) return undefined;
      const text = value as string;
      if (text.length > 40) throw new BadUserInputError(`${path}.${key}`, "is not a date");
      const parsed = parsePartialDate(text);
      if (typeof parsed === "string") throw new BadUserInputError(`${path}.${key}`, parsed);
      return { earliest: parsed.earliest, latest: parsed.latest };
    };
    const comparison: { lt?: DaySpan; lte?: DaySpan; gt?: DaySpan; gte?: DaySpan } = {};
    for (const key of ["lt", "lte", "gt", "gte"] as const) {
      const parsed = span(key);
      if (parsed) comparison[key] = parsed;
    }
    return comparison;
  }
}
