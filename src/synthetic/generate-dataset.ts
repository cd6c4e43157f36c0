/**
 * Synthetic datasets for tests and benchmarks: any number of nodes, shaped like
 * the seed (the same categories, kinds, statuses, dates, and evidence on every
 * fact) and linked the way real networks are, with a few hubs and a long tail.
 *
 * Growth is preferential attachment (Barabási–Albert): nodes arrive one by one
 * and each links to about `edgesPerNode` earlier nodes, drawn with probability
 * proportional to 1 + their degree. Each category keeps a pool in which a node
 * appears once when it is created and once more per relationship it gains, so a
 * draw is one random index and the whole run is O(nodes + edges).
 *
 * Every link is drawn from a table of (type, from category, to category) that
 * the vocabulary allows, so endpoints always fit RELATIONSHIP_DECLARATIONS. PART_OF and
 * SUBTOPIC_OF always point from the newer node to an older one, so they cannot
 * form cycles. All randomness comes from one seeded generator: the same options
 * give the same dataset.
 *
 * Built for millions of objects: edge ids are flat strings made once, quotes
 * reuse the names they quote and one type's quote about a node is made once,
 * dates are parsed once and shared, nodes without aliases share one empty
 * array, and each node and relationship is copied once, with its validity, as
 * it is made (ValidityAssigner).
 */

import type { Dataset, Evidence, GraphEdge, GraphNode, Inference } from "../domain/graph-types.js";
import { invariant } from "../domain/invariant.js";
import { type PartialDate, parsePartialDate } from "../domain/partial-date.js";
import { ValidityAssigner } from "../domain/validity.js";
import {
  allowsEndpoints,
  NODE_CATEGORIES,
  type NodeCategory,
  type NodeKind,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  relationshipTypesWhere,
  type Status,
} from "../domain/vocabulary.js";
import { MAX_QUOTE_LENGTH } from "../seed/seed-schema.js";
import { NameMaker } from "./names.js";
import { randomInt, seededRandom, WeightedChoice } from "./random.js";

export interface GenerateOptions {
  /** Nodes in all, Source nodes included. */
  readonly nodes: number;
  /** Relationships each new node makes to earlier ones, so also the mean per node; default 5. */
  readonly edgesPerNode?: number;
  /** A safe integer; the same seed and sizes give the same dataset. */
  readonly seed: number;
  /** Source nodes among `nodes`; default sourceCountFor(nodes), one per order of magnitude. */
  readonly sources?: number;
}

export const DEFAULT_EDGES_PER_NODE = 5;

type Table<T> = readonly (readonly [T, number])[];

/** Shares of the nodes that are not sources. */
const CATEGORIES = new WeightedChoice<NodeCategory>([
  ["Actor", 38],
  ["Agreement", 24],
  ["Event", 28],
  ["Topic", 5],
  ["Place", 5],
]);

/** The first nodes after the sources, so that every kind of link soon has something to link to. */
const BOOTSTRAP: readonly NodeCategory[] = ["Actor", "Agreement", "Event", "Topic", "Place"];

/** How many Source nodes: one per order of magnitude, at least one (evidence needs a source). */
export function sourceCountFor(nodes: number): number {
  return nodes === 0 ? 0 : Math.min(nodes, Math.max(1, Math.floor(Math.log10(nodes))));
}

interface NodeStyle {
  readonly kinds: WeightedChoice<NodeKind>;
  readonly statuses?: WeightedChoice<Status>;
  /** Chance of a status; events always have one, as the seed requires. */
  readonly statusShare: number;
  /** Chance of a date; as in the seed, only events and agreements have one. */
  readonly dateShare: number;
}

const NODE_STYLES: { readonly [C in NodeCategory]: NodeStyle } = {
  Actor: {
    kinds: new WeightedChoice([
      ["COUNTRY", 8],
      ["UNION", 1],
      ["INSTITUTION", 10],
      ["OFFICE", 8],
      ["AGENCY", 10],
      ["GOVERNMENT_BODY", 12],
      ["INTERNATIONAL_ORGANISATION", 4],
      ["FORUM", 5],
      ["PERSON", 34],
      ["GROUP", 8],
    ]),
    statuses: new WeightedChoice([["ACTIVE", 1]]),
    statusShare: 0.1,
    dateShare: 0,
  },
  Agreement: {
    kinds: new WeightedChoice([
      ["PARTNERSHIP", 14],
      ["COOPERATION", 20],
      ["MEMORANDUM", 15],
      ["REGULATION", 14],
      ["PLEDGE", 10],
      ["PROCESS", 10],
      ["INITIATIVE", 17],
    ]),
    statuses: new WeightedChoice([
      ["SIGNED", 20],
      ["ADOPTED", 15],
      ["IN_FORCE", 15],
      ["LAUNCHED", 15],
      ["ACTIVE", 15],
      ["ANNOUNCED", 8],
      ["PROPOSED", 7],
      ["PLANNED", 5],
    ]),
    statusShare: 0.8,
    dateShare: 0.6,
  },
  Event: {
    kinds: new WeightedChoice([
      ["SUMMIT", 12],
      ["COUNCIL", 14],
      ["MINISTERIAL_MEETING", 24],
      ["STATEMENT", 34],
      ["MILESTONE", 16],
    ]),
    statuses: new WeightedChoice([
      ["HELD", 60],
      ["PLANNED", 12],
      ["ANNOUNCED", 8],
      ["EXPECTED", 5],
      ["ONGOING", 10],
      ["PROPOSED", 5],
    ]),
    statusShare: 1,
    dateShare: 0.9,
  },
  Topic: { kinds: new WeightedChoice([["TOPIC", 1]]), statusShare: 0, dateShare: 0 },
  Place: {
    kinds: new WeightedChoice([
      ["CITY", 80],
      ["COUNTRY_REGION", 20],
    ]),
    statusShare: 0,
    dateShare: 0,
  },
  Source: {
    kinds: new WeightedChoice([
      ["NEWS_ARTICLE", 60],
      ["OFFICIAL_DOCUMENT", 10],
      ["OFFICIAL_STATEMENT", 10],
      ["LEGAL_ACT", 5],
      ["PRESS_RELEASE", 10],
      ["MEETING_MINUTES", 5],
    ]),
    statusShare: 0,
    dateShare: 1,
  },
};

/** How statements of one type look: their statuses, how often dated, roles, and wording. */
interface EdgeStyle {
  readonly statuses: WeightedChoice<Status>;
  readonly dateShare: number;
  readonly roleShare: number;
  readonly roles: readonly string[];
  /** Start of the evidence quote, followed by the `to` node's name. */
  readonly lead: string;
}

const USUAL_STATUSES: Table<Status> = [
  ["ACTIVE", 50],
  ["ANNOUNCED", 15],
  ["ONGOING", 10],
  ["PLANNED", 10],
  ["PROPOSED", 5],
  ["ENCOURAGED", 5],
  ["EXPECTED", 5],
];
const MEETING_STATUSES: Table<Status> = [
  ["HELD", 70],
  ["PLANNED", 20],
  ["EXPECTED", 10],
];
/** Statements sources usually date (signings, launches, attendance…) against the rest. */
const OFTEN_DATED = 0.4;
const RARELY_DATED = 0.08;

function style(
  phrase: string,
  options: { statuses?: Table<Status>; dated?: boolean; roles?: [number, string[]] } = {},
): EdgeStyle {
  return {
    statuses: new WeightedChoice(options.statuses ?? USUAL_STATUSES),
    dateShare: options.dated ? OFTEN_DATED : RARELY_DATED,
    roleShare: options.roles?.[0] ?? 0,
    roles: options.roles?.[1] ?? [],
    lead: `${phrase} `,
  };
}

const EDGE_STYLES: { readonly [T in RelationshipType]: EdgeStyle } = {
  PART_OF: style("is part of"),
  MEMBER_OF: style("is a member of"),
  HEADS: style("heads", {
    dated: true,
    roles: [0.8, ["President", "Chair", "Director", "Minister", "Secretary-General"]],
  }),
  HOLDS_PRESIDENCY_OF: style("holds the presidency of", { dated: true }),
  PARTY_TO: style("is a party to", {
    dated: true,
    statuses: [
      ["SIGNED", 55],
      ["ACTIVE", 25],
      ["EXPECTED", 10],
      ["PROPOSED", 10],
    ],
  }),
  SET_UP_BY: style("was set up by"),
  SIGNED_AT: style("was signed at", {
    dated: true,
    statuses: [
      ["SIGNED", 85],
      ["EXPECTED", 15],
    ],
  }),
  ANNOUNCED_AT: style("was announced at", {
    dated: true,
    statuses: [
      ["ANNOUNCED", 90],
      ["EXPECTED", 10],
    ],
  }),
  CONVENED_UNDER: style("met under", { statuses: MEETING_STATUSES }),
  ORGANISED_BY: style("was organised by", { statuses: MEETING_STATUSES }),
  LAUNCHED: style("launched", {
    dated: true,
    statuses: [
      ["LAUNCHED", 80],
      ["ANNOUNCED", 10],
      ["PLANNED", 10],
    ],
  }),
  HELD_IN: style("took place in", { statuses: MEETING_STATUSES }),
  PARTICIPATES_IN: style("took part in", {
    dated: true,
    statuses: [
      ["HELD", 45],
      ["ACTIVE", 35],
      ["PLANNED", 10],
      ["EXPECTED", 10],
    ],
    roles: [0.3, ["party", "observer", "host", "co-chair", "signatory"]],
  }),
  SUPPORTS: style("supports"),
  SUPERVISES: style("oversees", {
    roles: [0.5, ["general application", "enforcement", "rules for general-purpose AI"]],
  }),
  COORDINATES_WITH: style("coordinates with"),
  IMPLEMENTS: style("implements"),
  APPROVES: style("approved", {
    dated: true,
    statuses: [
      ["ADOPTED", 60],
      ["EXPECTED", 20],
      ["PROPOSED", 20],
    ],
  }),
  ADDRESSED_TO: style("called on"),
  CONCERNS: style("concerns"),
  COVERS: style("deals with"),
  SUBTOPIC_OF: style("is a narrower subject of"),
};

/** Relationship types that must not form cycles; generated from newer to older nodes only. */
const ACYCLIC: ReadonlySet<RelationshipType> = new Set(
  relationshipTypesWhere((declaration) => declaration.acyclic),
);

/**
 * The links drawn and how common each is. Only combinations that read naturally
 * are listed; each is checked against the vocabulary when this module loads.
 */
const LINKS: readonly (readonly [RelationshipType, NodeCategory, NodeCategory, number])[] = [
  ["PART_OF", "Actor", "Actor", 6],
  ["PART_OF", "Event", "Event", 3],
  ["PART_OF", "Agreement", "Agreement", 2],
  ["PART_OF", "Event", "Agreement", 2],
  ["PART_OF", "Place", "Place", 4],
  ["MEMBER_OF", "Actor", "Actor", 8],
  ["HEADS", "Actor", "Actor", 2],
  ["HOLDS_PRESIDENCY_OF", "Actor", "Actor", 1],
  ["PARTY_TO", "Actor", "Agreement", 12],
  ["SET_UP_BY", "Agreement", "Actor", 4],
  ["SET_UP_BY", "Event", "Actor", 1],
  ["SIGNED_AT", "Agreement", "Event", 3],
  ["ANNOUNCED_AT", "Agreement", "Event", 3],
  ["CONVENED_UNDER", "Event", "Agreement", 4],
  ["ORGANISED_BY", "Event", "Actor", 6],
  ["LAUNCHED", "Event", "Agreement", 2],
  ["LAUNCHED", "Actor", "Agreement", 3],
  ["HELD_IN", "Event", "Place", 6],
  ["PARTICIPATES_IN", "Actor", "Event", 14],
  ["PARTICIPATES_IN", "Actor", "Agreement", 4],
  ["SUPPORTS", "Actor", "Agreement", 4],
  ["SUPPORTS", "Event", "Agreement", 1],
  ["SUPPORTS", "Agreement", "Agreement", 1],
  ["SUPERVISES", "Actor", "Agreement", 1],
  ["COORDINATES_WITH", "Actor", "Actor", 3],
  ["IMPLEMENTS", "Agreement", "Agreement", 2],
  ["APPROVES", "Actor", "Agreement", 2],
  ["ADDRESSED_TO", "Event", "Actor", 1],
  ["ADDRESSED_TO", "Agreement", "Actor", 1],
  ["CONCERNS", "Event", "Agreement", 2],
  ["CONCERNS", "Event", "Actor", 1],
  ["CONCERNS", "Agreement", "Agreement", 1],
  ["CONCERNS", "Agreement", "Actor", 1],
  ["COVERS", "Agreement", "Topic", 6],
  ["COVERS", "Event", "Topic", 4],
  ["SUBTOPIC_OF", "Topic", "Topic", 2],
];

for (const [type, from, to] of LINKS) {
  invariant(allowsEndpoints(type, from, to), `LINKS: ${type} cannot link ${from}→${to}`);
}

/** A way a new node can link to an earlier one. */
interface LinkChoice {
  readonly type: RelationshipType;
  /** Whether the new node is the `from` end. */
  readonly newIsFrom: boolean;
  /** Index in NODE_CATEGORIES of the earlier node's category. */
  readonly other: number;
  readonly style: EdgeStyle;
  /** Index of `type` in RELATIONSHIP_TYPES. */
  readonly typeIndex: number;
}

/** Per category (by index in NODE_CATEGORIES), the links a new node of it can make. */
const LINK_CHOICES: readonly (WeightedChoice<LinkChoice> | undefined)[] = NODE_CATEGORIES.map(
  (category) => {
    const entries: [LinkChoice, number][] = [];
    for (const [type, from, to, weight] of LINKS) {
      const link = (newIsFrom: boolean, other: NodeCategory): LinkChoice => ({
        type,
        newIsFrom,
        other: NODE_CATEGORIES.indexOf(other),
        style: EDGE_STYLES[type],
        typeIndex: RELATIONSHIP_TYPES.indexOf(type),
      });
      // Within one category a link can go either way (half the weight each), except for
      // acyclic types, which only ever point from the newer node to the older one.
      const share = from === to && !ACYCLIC.has(type) ? weight / 2 : weight;
      if (from === category) entries.push([link(true, to), share]);
      if (to === category && !ACYCLIC.has(type)) entries.push([link(false, from), share]);
    }
    return entries.length > 0 ? new WeightedChoice(entries) : undefined;
  },
);

const INFERRED: Inference = {
  reasoning: "Synthetic: follows from the quoted statements taken together.",
};
const INFERRED_SHARE = 0.01;
/** Share of facts quoted from two sources rather than one. */
const TWO_SOURCES_SHARE = 0.1;
const FIRST_YEAR = 1995;
const YEARS = 31;
/** Quotes start below this offset, as in a long source text. */
const TEXT_LENGTH = 200_000;

/** Node indices, each once per unit of draw weight, in a growable typed array. */
class Pool {
  private data = new Int32Array(1024);
  size = 0;

  add(value: number, times = 1): void {
    if (this.size + times > this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, this.size + times));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.fill(value, this.size, this.size + times);
    this.size += times;
  }

  draw(random: () => number): number {
    return this.data[randomInt(random, this.size)] ?? -1;
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Makes nodes, edges and their evidence from one random sequence. */
class Maker {
  private readonly names: NameMaker;
  private readonly dates = new Map<number, PartialDate>();
  private readonly counters = new Map<NodeCategory, number>();
  /**
   * Each type's quote about one node, made once and shared: "took part in X Summit" is
   * the same text for every participant (a string is a value; sharing it changes nothing
   * but the heap: at 10^6 nodes, 3·10^6 strings fewer). Keyed by node index and type.
   */
  private readonly quotes = new Map<number, string>();
  readonly sourceIds: string[] = [];

  constructor(
    private readonly random: () => number,
    private readonly idWidth: number,
  ) {
    this.names = new NameMaker(random);
  }

  private chance(share: number): boolean {
    return this.random() < share;
  }

  private nextId(category: NodeCategory): string {
    const number = (this.counters.get(category) ?? 0) + 1;
    this.counters.set(category, number);
    return `${category.toLowerCase()}-${String(number).padStart(this.idWidth, "0")}`;
  }

  /** A date at year, month or day precision (with `ranges`, a few spans of two or three days). */
  date(ranges: boolean, precision: "ANY" | "DAY" = "ANY"): PartialDate {
    const year = FIRST_YEAR + randomInt(this.random, YEARS);
    const month = 1 + randomInt(this.random, 12);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = 1 + randomInt(this.random, last);
    const roll = precision === "DAY" ? 1 : this.random();
    if (roll < 0.2) return this.parsed(year, 0, 0, 0);
    if (roll < 0.5) return this.parsed(year, month, 0, 0);
    if (ranges && roll > 0.95 && day < last) {
      return this.parsed(year, month, day, Math.min(last, day + 1 + randomInt(this.random, 2)));
    }
    return this.parsed(year, month, day, 0);
  }

  /** Each distinct date parsed once and then shared: they repeat a lot and never change. */
  private parsed(year: number, month: number, day: number, endDay: number): PartialDate {
    const key = ((year * 100 + month) * 100 + day) * 100 + endDay;
    let date = this.dates.get(key);
    if (!date) {
      const pad = (n: number) => String(n).padStart(2, "0");
      let iso = String(year);
      if (month > 0) iso += `-${pad(month)}`;
      if (day > 0) iso += `-${pad(day)}`;
      if (endDay > 0) iso += `/${year}-${pad(month)}-${pad(endDay)}`;
      const parsed = parsePartialDate(iso);
      invariant(typeof parsed !== "string", `generated a bad date: ${parsed}`);
      date = parsed;
      this.dates.set(key, date);
    }
    return date;
  }

  /** One quote (now and then found in two sources); array literals, as `push` over-allocates. */
  evidence(quote: string): Evidence[] {
    const text = quote.length > MAX_QUOTE_LENGTH ? quote.slice(0, MAX_QUOTE_LENGTH) : quote;
    return this.chance(TWO_SOURCES_SHARE)
      ? [this.evidenceItem(text), this.evidenceItem(text)]
      : [this.evidenceItem(text)];
  }

  private evidenceItem(quote: string): Evidence {
    const start = randomInt(this.random, TEXT_LENGTH);
    const sourceId = this.sourceIds[randomInt(this.random, this.sourceIds.length)] ?? "";
    return { sourceId, quote, start, end: start + quote.length };
  }

  /** "took part in X Summit": one cons string that reuses the name, cut as evidence() would. */
  private quote(link: LinkChoice, to: GraphNode, toIndex: number): string {
    const key = toIndex * RELATIONSHIP_TYPES.length + link.typeIndex;
    let quote = this.quotes.get(key);
    if (quote === undefined) {
      quote = link.style.lead + to.name;
      if (quote.length > MAX_QUOTE_LENGTH) quote = quote.slice(0, MAX_QUOTE_LENGTH);
      this.quotes.set(key, quote);
    }
    return quote;
  }

  sourceNode(): GraphNode {
    const id = this.nextId("Source");
    this.sourceIds.push(id);
    const kind = NODE_STYLES.Source.kinds.pick(this.random);
    const { name } = this.names.forKind(kind);
    const publishedOn = this.date(false, "DAY");
    return {
      id,
      category: "Source",
      kind,
      name,
      aliases: [],
      date: publishedOn,
      // As in the seed, a source carries bibliographic data rather than evidence.
      evidence: [],
      source: {
        title: name,
        publisher: this.chance(0.7) ? "Synthetic Times" : "Official Journal of Nowhere",
        publishedOn,
        url: `https://example.org/synthetic/${id}`,
        file: `${id}.txt`,
      },
    };
  }

  factNode(category: NodeCategory): GraphNode {
    const style = NODE_STYLES[category];
    const kind = style.kinds.pick(this.random);
    const { name, aliases } = this.names.forKind(kind);
    const node: Writable<GraphNode> = {
      id: this.nextId(category),
      category,
      kind,
      name,
      aliases,
      // A node's evidence quotes its name.
      evidence: this.evidence(name),
    };
    // Optional fields only where they have a value: a million nodes need no empty slots.
    if (style.statuses && this.chance(style.statusShare)) {
      node.status = style.statuses.pick(this.random);
    }
    if (this.chance(style.dateShare)) node.date = this.date(category === "Event");
    if ((kind === "SUMMIT" || kind === "COUNCIL") && this.chance(0.3)) {
      node.ordinal = 1 + randomInt(this.random, 40);
    }
    return node;
  }

  edge(id: string, link: LinkChoice, from: GraphNode, to: GraphNode, toIndex: number): GraphEdge {
    const { style } = link;
    const edge: Writable<GraphEdge> = {
      id,
      type: link.type,
      from: from.id,
      to: to.id,
      status: style.statuses.pick(this.random),
      evidence: this.evidence(this.quote(link, to, toIndex)),
    };
    if (this.chance(style.dateShare)) {
      // A statement about a meeting takes the meeting's date where it has one.
      edge.date =
        (from.category === "Event" ? from.date : undefined) ??
        (to.category === "Event" ? to.date : undefined) ??
        this.date(false);
    }
    if (style.roleShare > 0 && this.chance(style.roleShare)) {
      edge.role = style.roles[randomInt(this.random, style.roles.length)];
    }
    if (this.chance(INFERRED_SHARE)) edge.inference = INFERRED;
    return edge;
  }
}

/** A dataset of `nodes` nodes and about `edgesPerNode` × `nodes` relationships, the same for the same options. */
export function generateDataset(options: GenerateOptions): Dataset {
  const { nodes: nodeCount, seed } = options;
  const edgesPerNode = options.edgesPerNode ?? DEFAULT_EDGES_PER_NODE;
  if (!Number.isSafeInteger(nodeCount) || nodeCount < 0) {
    throw new RangeError(`nodes must be a whole number ≥ 0, not ${nodeCount}`);
  }
  if (!Number.isFinite(edgesPerNode) || edgesPerNode < 0) {
    throw new RangeError(`edgesPerNode must be a finite number ≥ 0, not ${edgesPerNode}`);
  }
  const random = seededRandom(seed);
  const maker = new Maker(random, Math.max(6, String(nodeCount).length));
  const sourceCount = Math.min(nodeCount, options.sources ?? sourceCountFor(nodeCount));
  if (!Number.isSafeInteger(sourceCount) || sourceCount < 0) {
    throw new RangeError(`sources must be a whole number ≥ 0, not ${options.sources}`);
  }
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const pools = NODE_CATEGORIES.map(() => new Pool());
  const wholeEdges = Math.floor(edgesPerNode);
  const extraEdge = edgesPerNode - wholeEdges;
  /** The links made for the current node, to spot a repeated statement and key it `#2`, `#3`… */
  const madeTo: number[] = [];
  const madeLink: LinkChoice[] = [];

  for (let index = 0; index < sourceCount; index++) nodes.push(maker.sourceNode());
  // Each node and relationship gets its validity (as withValidity gives it) as it is made:
  // its draft then dies young rather than sitting in the old generation until the end.
  const assign = new ValidityAssigner(nodes);
  for (let index = 0; index < sourceCount; index++) {
    nodes[index] = assign.node(nodes[index] as GraphNode);
  }
  for (let index = sourceCount; index < nodeCount; index++) {
    const order = index - sourceCount;
    const category = BOOTSTRAP[order] ?? CATEGORIES.pick(random);
    const categoryIndex = NODE_CATEGORIES.indexOf(category);
    const node = assign.node(maker.factNode(category));
    nodes.push(node);
    const choices = LINK_CHOICES[categoryIndex];
    // No more links than there are earlier nodes to link to.
    const wanted = Math.min(order, wholeEdges + (random() < extraEdge ? 1 : 0));
    let made = 0;
    for (let n = 0; n < wanted && choices; n++) {
      let link: LinkChoice | undefined;
      let otherIndex = -1;
      let repeats = 0;
      // A statement this node already made is redrawn a few times before it is kept (and keyed).
      for (let attempt = 0; attempt < 4 && (otherIndex < 0 || repeats > 0); attempt++) {
        link = choices.pick(random);
        // Early on a category may have no nodes yet; draw another kind of link.
        for (let tries = 0; (pools[link.other]?.size ?? 0) === 0 && tries < 32; tries++) {
          link = choices.pick(random);
        }
        otherIndex = pools[link.other]?.draw(random) ?? -1;
        repeats = 0;
        for (let k = 0; k < made; k++) {
          if (madeTo[k] === otherIndex && madeLink[k] === link) repeats++;
        }
      }
      const other = nodes[otherIndex];
      if (!link || !other) continue;
      const [from, to] = link.newIsFrom ? [node, other] : [other, node];
      // join() makes one flat string, where a template literal would chain cons strings.
      const id = [from.id, link.type, repeats > 0 ? `${to.id}#${repeats + 1}` : to.id].join("/");
      const toIndex = link.newIsFrom ? otherIndex : index;
      edges.push(assign.edge(maker.edge(id, link, from, to, toIndex)));
      pools[link.other]?.add(otherIndex);
      madeTo[made] = otherIndex;
      madeLink[made] = link;
      made++;
    }
    pools[categoryIndex]?.add(index, 1 + made);
  }
  return { nodes, edges, version: `synthetic-n${nodeCount}-e${edgesPerNode}-s${seed}` };
}
