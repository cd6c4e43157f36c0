/** The formats a subgraph can be exported in, for drawing tools and network analysis. */
export const EXPORT_FORMATS = ["cytoscape", "d3", "graphml", "gexf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedSubgraph {
  readonly format: ExportFormat;
  readonly mimeType: string;
  /** Suggested file extension, without the dot. */
  readonly extension: string;
  readonly content: string;
}

/** Tells where the exported data came from; written into every export. */
export interface ExportMeta {
  readonly datasetVersion: string;
  readonly citation: string;
}
