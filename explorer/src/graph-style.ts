/**
 * How the graph looks: fill, outline and size come from the styling rule chosen in
 * the Style menu (see style-rules.ts), shape always from the category (so the
 * difference never rests on colour alone); labels sit on a light backing so they
 * stay legible over edges; dashed outlines and lines for what the sources report as
 * only planned or expected, double outlines for agreements and events the sources
 * do not date, dotted lines for undated relationships, faded ones for relationships
 * not known to hold on the day chosen; relationship labels on the selection and on paths, drawn above the
 * nodes so that a path's labels are never cut off by a node.
 */
import type { StylesheetJson } from "cytoscape";
import { CATEGORY_LOOKS } from "../../src/export/category-palette.js";

export { CATEGORY_LOOKS };

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
      "background-color": "data(fill)",
      "border-color": "data(border)",
      width: "data(size)",
      height: "data(size)",
      "border-width": 2,
      "overlay-opacity": 0,
      "z-index-compare": "manual",
      "z-index": 10,
    },
  },
  ...Object.entries(CATEGORY_LOOKS).map(([category, look]) => ({
    selector: `node[category = "${category}"]`,
    style: { shape: look.shape },
  })),
  { selector: "node[?prospective]", style: { "border-style": "dashed" } },
  { selector: "node[?undated]", style: { "border-style": "double", "border-width": 5 } },
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
      "text-wrap": "none",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.95,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
      "min-zoomed-font-size": 7,
      "overlay-opacity": 0,
      "z-index-compare": "manual",
      "z-index": 5,
    },
  },
  { selector: "edge[?prospective]", style: { "line-style": "dashed" } },
  { selector: "edge[?undated]", style: { "line-style": "dotted", width: 2.5 } },
  { selector: ".not-known", style: { opacity: 0.35 } },
  {
    selector: "node:selected",
    style: {
      "border-width": 5,
      "border-color": "#111827",
      "text-background-color": "#fde68a",
      "text-background-opacity": 1,
      "z-index": 40,
    },
  },
  {
    selector: "edge:selected",
    style: {
      width: 3.5,
      "line-color": "#111827",
      "target-arrow-color": "#111827",
      label: "data(label)",
      "z-index": 35,
    },
  },
  { selector: "node.hover", style: { "border-width": 4 } },
  { selector: "edge.hover, edge.incident", style: { label: "data(label)", "z-index": 20 } },
  {
    selector: "edge.on-path",
    style: {
      width: 4,
      "line-color": "#dc2626",
      "target-arrow-color": "#dc2626",
      label: "data(label)",
      color: "#7f1d1d",
      "font-weight": "bold",
      "z-index": 30,
    },
  },
  {
    selector: "node.on-path",
    style: { "border-width": 4, "border-color": "#dc2626", "z-index": 25 },
  },
  { selector: ".filtered", style: { display: "none" } },
];
