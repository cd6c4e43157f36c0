/**
 * What the side panel shows of the selection: one node's details (a topic's
 * involvement too), one relationship's, or a count. Two selected nodes ask for the
 * shortest paths between them, which become the path being read.
 */
import { useEffect, useRef, useState } from "react";
import {
  fetchDetails,
  fetchInvolvement,
  fetchPaths,
  type Involvement,
  type NodeDetails,
  type RelationshipDetails,
} from "./api.js";
import type { Reading } from "./explorer-state.js";
import type { GraphCanvas } from "./graph-canvas.js";
import { asOfOf, type TimeFilter } from "./time-filter.js";

export type Panel =
  | { readonly kind: "intro" }
  | {
      readonly kind: "node";
      readonly id: string;
      readonly details?: NodeDetails | null;
      readonly involvement?: Involvement[];
    }
  | { readonly kind: "edge"; readonly id: string; readonly relationship?: RelationshipDetails }
  | { readonly kind: "pair" }
  | { readonly kind: "many"; readonly count: number };

export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export function useSelectionDetails(options: {
  selection: Selection;
  time: TimeFilter;
  canvas: () => GraphCanvas | undefined;
  reading: Reading | undefined;
  onReading(reading: Reading): void;
  onProblem(message: string): void;
  /** True once when the selection was restored with a scene: two restored nodes are no question. */
  takeRestored(): boolean;
}): Panel {
  const { selection, time } = options;
  const [panel, setPanel] = useState<Panel>({ kind: "intro" });
  // The callbacks and the path being read are read when the selection changes, not followed.
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const { reading, onReading, onProblem, canvas } = latest.current;
    const restored = latest.current.takeRestored();
    const asOf = asOfOf(time);
    let current = true;
    const fail = (error: unknown) => current && onProblem((error as Error).message);
    const [first, second] = selection.nodes;
    if (selection.nodes.length === 1 && selection.edges.length === 0 && first) {
      setPanel({ kind: "node", id: first });
      fetchDetails(first, time).then(async (details) => {
        const involvement =
          details?.category === "Topic"
            ? (await fetchInvolvement(first, asOf)).agreements
            : undefined;
        if (current) setPanel({ kind: "node", id: first, details, involvement });
      }, fail);
    } else if (selection.nodes.length === 2 && selection.edges.length === 0 && first && second) {
      setPanel({ kind: "pair" });
      // A path between these two is already being read (or restored with a scene).
      const known = reading?.from === first && reading.to === second;
      if (!known && !restored) {
        onReading({ from: first, to: second });
        fetchPaths(first, second, time).then((paths) => {
          if (current) onReading({ from: first, to: second, paths });
        }, fail);
      }
    } else if (selection.edges.length === 1 && selection.nodes.length === 0) {
      const id = selection.edges[0] ?? "";
      const from = canvas()?.cy.getElementById(id).data("source") as string | undefined;
      setPanel({ kind: "edge", id });
      if (from) {
        fetchDetails(from, time).then((details) => {
          const link = details?.links.find((candidate) => candidate.relationship.id === id);
          if (current && link) setPanel({ kind: "edge", id, relationship: link.relationship });
        }, fail);
      }
    } else if (selection.nodes.length + selection.edges.length > 1) {
      setPanel({ kind: "many", count: selection.nodes.length + selection.edges.length });
    } else {
      setPanel({ kind: "intro" });
    }
    return () => {
      current = false;
    };
  }, [selection, time]);
  return panel;
}
