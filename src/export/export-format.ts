/**
 * The formats a subgraph can be exported in, for drawing tools and network analysis.
 * `gexf12` is GEXF 1.2 (the `1.2draft` namespace) for readers that know no 1.3, such
 * as networkx before 2.6 and older Gephi releases.
 */
export const EXPORT_FORMATS = ["cytoscape", "d3", "graphml", "gexf", "gexf12"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedSubgraph {
  readonly format: ExportFormat;
  readonly mimeType: string;
  /** Suggested file extension, without the dot. */
  readonly extension: string;
  readonly content: string;
}

/** What a source is, as exports name it beside its id. */
export interface SourceSummary {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly publishedOn: string;
}

/** Tells where the exported data came from; written into every export. */
export interface ExportMeta {
  readonly datasetVersion: string;
  readonly citation: string;
  /** The sources the evidence cites, by id, so files name them by title and address. */
  readonly sources?: Readonly<Record<string, SourceSummary>>;
  /** Where nodes were drawn (a scene's positions), written as each format holds positions. */
  readonly positions?: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
}
