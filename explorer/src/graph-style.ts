/**
 * How the graph looks: one colour and one shape per node category (so the
 * difference never rests on colour alone), node size by the number of
 * relationships shown, labels on a light backing so they stay legible over edges,
 * dashed outlines and lines for what the sources report as only planned or
 * expected, and relationship labels on the selection and on paths.
 */
import type { StylesheetJson } from "cytoscape";
import type { NodeCategory } from "../../src/domain/vocabulary.js";

export interface CategoryLook {
  /** Fill; dark enough for a white glyph, light enough to tell from the outline. */
  readonly colour: string;
  readonly border: string;
  readonly shape:
    | "ellipse"
    | "round-rectangle"
    | "diamond"
    | "hexagon"
    | "round-triangle"
    | "rectangle";
  /** Plural, for the legend. */
  readonly label: string;
}

export const CATEGORY_LOOKS: Readonly<Record<NodeCategory, CategoryLook>> = {
  Actor: { colour: "#3b82f6", border: "#1e40af", shape: "ellipse", label: "Actors" },
  Agreement: {
    colour: "#f59e0b",
    border: "#92400e",
    shape: "round-rectangle",
    label: "Agreements",
  },
  Event: { colour: "#a78bfa", border: "#5b21b6", shape: "diamond", label: "Events" },
  Topic: { colour: "#34d399", border: "#065f46", shape: "hexagon", label: "Topics" },
  Place: { colour: "#f472b6", border: "#9d174d", shape: "round-triangle", label: "Places" },
  Source: { colour: "#cbd5e1", border: "#334155", shape: "rectangle", label: "Sources" },
};

const PROSPECTIVE = ["PROPOSED", "ENCOURAGED", "PLANNED", "EXPECTED"];

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-family": "sans-serif",
      "font-size": 16,
      color: "#111827",
      "text-valign": "bottom",
      "text-halign": "center",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "150px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.92,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
      "min-zoomed-font-size": 6,
      width: "mapData(degree, 0, 12, 24, 56)",
      height: "mapData(degree, 0, 12, 24, 56)",
      "border-width": 2,
      "overlay-opacity": 0,
    },
  },
  ...Object.entries(CATEGORY_LOOKS).map(([category, look]) => ({
    selector: `node[category = "${category}"]`,
    style: { "background-color": look.colour, "border-color": look.border, shape: look.shape },
  })),
  {
    selector: PROSPECTIVE.map((status) => `node[status = "${status}"]`).join(", "),
    style: { "border-style": "dashed" },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#94a3b8",
      "target-arrow-color": "#94a3b8",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      "font-family": "sans-serif",
      "font-size": 12,
      color: "#1f2937",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 7,
      "overlay-opacity": 0,
    },
  },
  { selector: "edge[?prospective]", style: { "line-style": "dashed" } },
  {
    selector: "node:selected",
    style: {
      "border-width": 5,
      "border-color": "#111827",
      "text-background-color": "#fde68a",
      "text-background-opacity": 1,
      "z-index": 20,
    },
  },
  {
    selector: "edge:selected",
    style: {
      width: 3.5,
      "line-color": "#111827",
      "target-arrow-color": "#111827",
      label: "data(label)",
      "z-index": 20,
    },
  },
  { selector: "node.hover", style: { "border-width": 4 } },
  { selector: "edge.hover, edge.incident", style: { label: "data(label)" } },
  {
    selector: "edge.on-path",
    style: {
      width: 4,
      "line-color": "#dc2626",
      "target-arrow-color": "#dc2626",
      label: "data(label)",
      color: "#7f1d1d",
      "z-index": 15,
    },
  },
  {
    selector: "node.on-path",
    style: { "border-width": 4, "border-color": "#dc2626", "z-index": 15 },
  },
  { selector: ".filtered", style: { display: "none" } },
];
