/**
 * Cytoscape.js elements JSON, keyed by group (https://js.cytoscape.org/#notation/elements-json):
 * `cy.add(json.elements)` in Cytoscape.js, or File → Import → Network from File in
 * Cytoscape desktop. Graph-level `data` names the dataset version and the citation.
 * Nodes of a scene keep the `position` they had in the view, so the file opens as
 * the reader arranged it (Cytoscape.js's `preset` layout, Cytoscape desktop's import).
 */
import type { Subgraph } from "../store/graph-store.js";
import { type EdgeRecord, edgeRecord, type NodeRecord, nodeRecord } from "./element-records.js";
import type { ExportMeta } from "./export-format.js";

export interface CytoscapeNodeData extends NodeRecord {
  /** The node's name again: the column Cytoscape desktop shows as the node's name. */
  readonly name: string;
}

export interface CytoscapeEdgeData extends EdgeRecord {
  /** The relationship type again: Cytoscape desktop's conventional edge column. */
  readonly interaction: string;
}

export interface CytoscapeJson {
  readonly data: {
    readonly name: string;
    readonly datasetVersion: string;
    readonly citation: string;
    /** True when the neighbourhood's limits left nodes out. */
    readonly truncated: boolean;
  };
  readonly elements: {
    readonly nodes: readonly {
      readonly data: CytoscapeNodeData;
      readonly position?: { readonly x: number; readonly y: number };
    }[];
    readonly edges: readonly { readonly data: CytoscapeEdgeData }[];
  };
}

export function toCytoscapeJson(subgraph: Subgraph, meta: ExportMeta): CytoscapeJson {
  return {
    data: {
      name: `Entente subgraph (dataset ${meta.datasetVersion})`,
      datasetVersion: meta.datasetVersion,
      citation: meta.citation,
      truncated: subgraph.truncated,
    },
    elements: {
      nodes: subgraph.nodes.map((node) => {
        const record = nodeRecord(node, meta.sources);
        const position = meta.positions?.[node.id];
        return {
          data: { ...record, name: record.label },
          ...(position ? { position: { x: position.x, y: position.y } } : {}),
        };
      }),
      edges: subgraph.edges.map((edge) => {
        const record = edgeRecord(edge, meta.sources);
        return { data: { ...record, interaction: record.type } };
      }),
    },
  };
}
