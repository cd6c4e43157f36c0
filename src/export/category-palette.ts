/**
 * The colours and shapes of the node categories, shared by Explorer's drawing and
 * the exports' `viz` data, so that a file opened in Gephi or Cytoscape looks like
 * the view it came from. Each category also has its own shape, so that the
 * difference never rests on colour alone. Plain data: Explorer bundles this module.
 */
import type { NodeCategory } from "../domain/vocabulary.js";

export interface CategoryLook {
  /** Fill; dark enough for a white glyph, light enough to tell from the outline. */
  readonly colour: string;
  readonly border: string;
  /** Cytoscape.js node shape. */
  readonly shape:
    | "ellipse"
    | "round-rectangle"
    | "diamond"
    | "hexagon"
    | "round-triangle"
    | "rectangle";
  /** The nearest GEXF `viz:shape` (GEXF knows disc, square, triangle and diamond). */
  readonly gexfShape: "disc" | "square" | "triangle" | "diamond";
  /** Plural, for legends. */
  readonly label: string;
}

export const CATEGORY_LOOKS: Readonly<Record<NodeCategory, CategoryLook>> = {
  Actor: {
    colour: "#3b82f6",
    border: "#1e40af",
    shape: "ellipse",
    gexfShape: "disc",
    label: "Actors",
  },
  Agreement: {
    colour: "#f59e0b",
    border: "#92400e",
    shape: "round-rectangle",
    gexfShape: "square",
    label: "Agreements",
  },
  Event: {
    colour: "#a78bfa",
    border: "#5b21b6",
    shape: "diamond",
    gexfShape: "diamond",
    label: "Events",
  },
  Topic: {
    colour: "#34d399",
    border: "#065f46",
    shape: "hexagon",
    gexfShape: "disc",
    label: "Topics",
  },
  Place: {
    colour: "#f472b6",
    border: "#9d174d",
    shape: "round-triangle",
    gexfShape: "triangle",
    label: "Places",
  },
  Source: {
    colour: "#cbd5e1",
    border: "#334155",
    shape: "rectangle",
    gexfShape: "square",
    label: "Sources",
  },
};

/** `#rrggbb` → its red, green and blue components (0–255). */
export function rgbOf(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.replace(/^#/, ""), 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

/** Drawn size of a node with `degree` relationships in the file: grows with it, within bounds. */
export function sizeForDegree(degree: number): number {
  return Math.min(10 + 2 * degree, 40);
}
