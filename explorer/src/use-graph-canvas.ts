/**
 * The Cytoscape.js canvas, created with the view's container and kept as long as it;
 * resized when its tab is shown again. The handlers are read when events come, so
 * they may change between renders. Returns a getter: the canvas exists only once the
 * container is on the page.
 */
import { type RefObject, useCallback, useEffect, useRef } from "react";
import { type CanvasHandlers, GraphCanvas } from "./graph-canvas.js";

export function useGraphCanvas(
  container: RefObject<HTMLDivElement | null>,
  active: boolean,
  handlers: CanvasHandlers,
): () => GraphCanvas | undefined {
  const canvas = useRef<GraphCanvas | undefined>(undefined);
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!container.current) return;
    const graph = new GraphCanvas(container.current, {
      onSelection: (nodes, edges) => latest.current.onSelection(nodes, edges),
      onExpand: (id) => latest.current.onExpand(id),
      onMoved: () => latest.current.onMoved(),
    });
    canvas.current = graph;
    return () => {
      graph.destroy();
      canvas.current = undefined;
    };
  }, [container]);
  useEffect(() => {
    if (active) canvas.current?.resize();
  }, [active]);
  return useCallback(() => canvas.current, []);
}
