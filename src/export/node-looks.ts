/**
 * How each exported node is drawn: its category's colour and shape, a size that
 * grows with its relationships in the file, and the position it had in the view
 * when the export came from a scene. GEXF writes these as `viz` elements, GraphML
 * as the `x`, `y`, `size`, `r`, `g`, `b` columns Gephi reads, Cytoscape JSON as
 * element positions; so a file opens ready to read rather than as a hairball.
 */
import type { Subgraph } from "../store/graph-store.js";
import { CATEGORY_LOOKS, rgbOf, sizeForDegree } from "./category-palette.js";
import type { ExportMeta } from "./export-format.js";

export interface NodeLook {
  readonly colour: string;
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly gexfShape: string;
  readonly size: number;
  readonly x?: number;
  readonly y?: number;
}

export function nodeLooks(subgraph: Subgraph, meta: ExportMeta): Map<string, NodeLook> {
  const degree = new Map<string, number>();
  for (const edge of subgraph.edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  const looks = new Map<string, NodeLook>();
  for (const node of subgraph.nodes) {
    const look = CATEGORY_LOOKS[node.category];
    const position = meta.positions?.[node.id];
    looks.set(node.id, {
      colour: look.colour,
      ...rgbOf(look.colour),
      gexfShape: look.gexfShape,
      size: sizeForDegree(degree.get(node.id) ?? 0),
      // Screen y grows downwards, Gephi's upwards: flip it so the picture is the same.
      ...(position ? { x: Math.round(position.x), y: -Math.round(position.y) } : {}),
    });
  }
  return looks;
}
