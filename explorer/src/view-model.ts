/**
 * What the graph shows, kept as the steps that built it (the overview, a search
 * hit, an expansion, a path, a hidden node) rather than as a pile of nodes. Moving
 * the date replays the steps with `asOf` (or `during` for a range), so the view is
 * what the API answers for that time, not a client-side guess; the relationships
 * among the nodes come from one `neighbourhood` call at depth 0.
 */

import { topicFocusIds as focusOnTopic } from "../../src/domain/topic-focus.js";
import {
  fetchInvolvement,
  fetchNeighbourhood,
  fetchPaths,
  type Subgraph,
  type ViewEdge,
  type ViewNode,
} from "./api.js";
import { asOfOf, shownAt, type TimeFilter, timeKey } from "./time-filter.js";

export type Step =
  /** Nodes within `depth` steps of these (the overview, a double-click). */
  | { readonly kind: "expand"; readonly ids: readonly string[]; readonly depth: number }
  /** Just these nodes (a search hit, a node named in the details). */
  | { readonly kind: "add"; readonly ids: readonly string[] }
  /** The shortest paths between two nodes. */
  | { readonly kind: "path"; readonly from: string; readonly to: string }
  /** Agreements and events that involve a topic, with the paths that explain why. */
  | { readonly kind: "topic"; readonly topic: string }
  /** Take these nodes out again. */
  | { readonly kind: "hide"; readonly ids: readonly string[] };

export interface View {
  readonly nodes: ViewNode[];
  readonly edges: ViewEdge[];
  /** A limit left nodes out somewhere. */
  readonly truncated: boolean;
}

export const EMPTY_VIEW: View = { nodes: [], edges: [], truncated: false };

/** Most step answers remembered before starting afresh. */
const MAX_REMEMBERED = 500;

/** Most nodes one view holds. */
export const VIEW_LIMIT = 1_000;

/** The ids of the nodes a topic focus keeps, by the rule the API's scene export applies too. */
export async function topicFocusIds(topic: string, asOf?: string): Promise<Set<string>> {
  const involvement = await fetchInvolvement(topic, asOf);
  return focusOnTopic([topic], {
    agreements: involvement.agreements.map(({ node, why }) => ({
      id: node.id,
      pathIds: why?.nodes.map((step) => step.id),
    })),
    events: involvement.events,
  });
}

/** Replays steps against the API, remembering answers per step and day. */
export class ViewBuilder {
  private readonly answers = new Map<string, Promise<{ ids: string[]; truncated: boolean }>>();

  private stepIds(step: Step, time: TimeFilter) {
    const key = JSON.stringify([step, timeKey(time)]);
    let answer = this.answers.get(key);
    if (!answer) {
      // Each day on the slider is a new key; keep the memory bounded.
      if (this.answers.size >= MAX_REMEMBERED) this.answers.clear();
      answer = this.resolveStep(step, time);
      answer.catch(() => this.answers.delete(key));
      this.answers.set(key, answer);
    }
    return answer;
  }

  private async resolveStep(
    step: Step,
    time: TimeFilter,
  ): Promise<{ ids: string[]; truncated: boolean }> {
    switch (step.kind) {
      case "expand": {
        const subgraph: Subgraph = await fetchNeighbourhood(step.ids, step.depth, time, 300);
        return { ids: subgraph.nodes.map((node) => node.id), truncated: subgraph.truncated };
      }
      case "add":
      case "hide":
        return { ids: [...step.ids], truncated: false };
      case "path": {
        const paths = await fetchPaths(step.from, step.to, time);
        const ids = paths.flatMap((path) => path.nodes.map((node) => node.id));
        return { ids: ids.length > 0 ? ids : [step.from, step.to], truncated: false };
      }
      case "topic":
        return { ids: [...(await topicFocusIds(step.topic, asOfOf(time)))], truncated: false };
    }
  }

  /** The nodes the steps name at that time, and every relationship among them. */
  async build(steps: readonly Step[], time: TimeFilter): Promise<View> {
    const answers = await Promise.all(steps.map((step) => this.stepIds(step, time)));
    const ids = new Set<string>();
    let truncated = false;
    steps.forEach((step, index) => {
      const answer = answers[index];
      if (!answer) return;
      truncated ||= answer.truncated;
      if (step.kind === "hide") for (const id of answer.ids) ids.delete(id);
      else for (const id of answer.ids) ids.add(id);
    });
    if (ids.size === 0) return EMPTY_VIEW;
    const subgraph = await fetchNeighbourhood([...ids].slice(0, VIEW_LIMIT), 0, time, VIEW_LIMIT);
    // A start node is returned whatever its date; the API's rule applies to it here.
    const nodes = subgraph.nodes.filter((node) => shownAt(node.validity, time));
    const shown = new Set(nodes.map((node) => node.id));
    const edges = subgraph.edges.filter(
      (edge) => shown.has(edge.from.id) && shown.has(edge.to.id) && shownAt(edge.validity, time),
    );
    return { nodes, edges, truncated: truncated || ids.size > VIEW_LIMIT || subgraph.truncated };
  }
}
