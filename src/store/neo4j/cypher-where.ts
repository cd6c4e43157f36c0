/**
 * `where` trees (NodeWhere) compiled to Cypher. The text follows the tree's shape (which
 * conditions, quantifiers and relationship types it holds); every value travels in one
 * list parameter, `<param>.whereValues`, referred to by position. Relationship types come
 * from the closed vocabulary and are checked against it before they are written; the
 * API bounds a tree's depth and size (MAX_WHERE_DEPTH, MAX_WHERE_CONDITIONS), so the text
 * is linear in the client's query. `test/neo4j/cypher-lint.test.ts` lints the statements
 * of a set of trees that holds every kind of condition.
 */
import type { DateComparison } from "../../domain/date-comparison.js";
import { invariant } from "../../domain/invariant.js";
import { RELATIONSHIP_TYPES } from "../../domain/vocabulary.js";
import type {
  EdgeWhere,
  NodeWhere,
  Quantifier,
  RelatedWhere,
  StringCondition,
} from "../graph-store.js";
import { toNeo4jDate } from "./record-mapping.js";

export interface CompiledWhere {
  /** A Cypher condition on the node variable it was compiled for. */
  readonly text: string;
  /** The values `text` reads, in order, as `<param>.whereValues[i]`. */
  readonly values: unknown[];
}

const QUANTIFIER_FUNCTIONS: Readonly<Record<Quantifier, string>> = {
  SOME: "any",
  ALL: "all",
  NONE: "none",
  SINGLE: "single",
};

const KNOWN_TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);

/**
 * The condition for node variable `x` against `where`, reading values from the list
 * `values` (a parameter expression, e.g. `$filter.whereValues`).
 */
export function compileWhere(x: string, where: NodeWhere, values: string): CompiledWhere {
  const compiler = new WhereCompiler(values);
  return { text: compiler.node(x, where), values: compiler.values };
}

class WhereCompiler {
  readonly values: unknown[] = [];
  private variables = 0;

  constructor(private readonly list: string) {}

  private value(value: unknown): string {
    this.values.push(value);
    return `${this.list}[${this.values.length - 1}]`;
  }

  private fresh(name: string): string {
    return `w${name}${++this.variables}`;
  }

  node(x: string, where: NodeWhere): string {
    const parts: string[] = [];
    if (where.ids) parts.push(`${x}.id IN ${this.value([...where.ids])}`);
    if (where.name) parts.push(...this.text(`${x}.sortName`, where.name));
    if (where.kinds) parts.push(`${x}.kind IN ${this.value([...where.kinds])}`);
    if (where.statuses)
      parts.push(`coalesce(${x}.status IN ${this.value([...where.statuses])}, false)`);
    if (where.date) parts.push(...this.date(x, where.date));
    for (const related of where.related ?? []) parts.push(this.related(x, related));
    for (const each of where.AND ?? []) parts.push(this.node(x, each));
    if (where.OR) {
      parts.push(
        where.OR.length === 0 ? "false" : where.OR.map((each) => this.node(x, each)).join(" OR "),
      );
    }
    if (where.NOT) parts.push(`NOT ${this.node(x, where.NOT)}`);
    return parts.length === 0 ? "true" : `(${parts.map((part) => `(${part})`).join(" AND ")})`;
  }

  private text(t: string, condition: StringCondition): string[] {
    const parts: string[] = [];
    if (condition.in) parts.push(`${t} IN ${this.value([...condition.in])}`);
    if (condition.contains !== undefined)
      parts.push(`${t} CONTAINS ${this.value(condition.contains)}`);
    if (condition.startsWith !== undefined)
      parts.push(`${t} STARTS WITH ${this.value(condition.startsWith)}`);
    if (condition.endsWith !== undefined)
      parts.push(`${t} ENDS WITH ${this.value(condition.endsWith)}`);
    return parts.map((part) => `coalesce(${part}, false)`);
  }

  /** See src/domain/date-comparison.ts: each comparison against the day that decides it. */
  private date(v: string, comparison: DateComparison): string[] {
    const parts: string[] = [];
    const day = (text: string) => this.value(toNeo4jDate(text));
    if (comparison.lt) parts.push(`${v}.dateLatest < ${day(comparison.lt.earliest)}`);
    if (comparison.lte) parts.push(`${v}.dateLatest <= ${day(comparison.lte.latest)}`);
    if (comparison.gt) parts.push(`${v}.dateEarliest > ${day(comparison.gt.latest)}`);
    if (comparison.gte) parts.push(`${v}.dateEarliest >= ${day(comparison.gte.earliest)}`);
    return parts.map((part) => `coalesce(${part}, false)`);
  }

  private edge(r: string, where: EdgeWhere): string {
    const parts: string[] = [];
    if (where.statuses) parts.push(`${r}.status IN ${this.value([...where.statuses])}`);
    if (where.date) parts.push(...this.date(r, where.date));
    if (where.role) parts.push(...this.text(`toLower(${r}.role)`, where.role));
    return parts.length === 0 ? "true" : parts.map((part) => `(${part})`).join(" AND ");
  }

  private related(x: string, related: RelatedWhere): string {
    for (const type of related.types) invariant(KNOWN_TYPES.has(type), `unknown type ${type}`);
    const [r, m, b] = [this.fresh("R"), this.fresh("M"), this.fresh("B")];
    const types = related.types.join("|");
    const pattern =
      related.direction === "OUT"
        ? `(${x})-[${r}:${types}]->(${m}:Entity)`
        : related.direction === "IN"
          ? `(${x})<-[${r}:${types}]-(${m}:Entity)`
          : `(${x})-[${r}:${types}]-(${m}:Entity)`;
    const conditions = [
      related.edge ? this.edge(r, related.edge) : undefined,
      related.node ? this.node(m, related.node) : undefined,
    ].filter((condition): condition is string => condition !== undefined);
    const each = conditions.length === 0 ? "true" : conditions.join(" AND ");
    const scope = related.statuses
      ? ` WHERE ${r}.status IN ${this.value([...related.statuses])}`
      : "";
    return `${QUANTIFIER_FUNCTIONS[related.quantifier]}(${b} IN [${pattern}${scope} | ${each}] WHERE ${b})`;
  }
}
