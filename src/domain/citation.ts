/**
 * The line a researcher pastes into a paper to cite an answer: the dataset's
 * content hash pins exactly which facts the answer came from.
 */
export interface CitableDataset {
  readonly version: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
}

export function citationFor(dataset: CitableDataset): string {
  return `Entente knowledge graph of digital-policy diplomacy, dataset version ${dataset.version} (${dataset.nodeCount} nodes, ${dataset.edgeCount} relationships). Every fact carries its source, quote and offsets.`;
}
