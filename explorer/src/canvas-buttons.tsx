/** Zoom, fit and arrange-again buttons over the canvas's corner. */
import type { GraphCanvas } from "./graph-canvas.js";

export function CanvasButtons(props: { canvas(): GraphCanvas | undefined }) {
  const buttons = [
    { label: "Zoom in", glyph: "+", act: (graph: GraphCanvas) => graph.zoom(1.25) },
    { label: "Zoom out", glyph: "−", act: (graph: GraphCanvas) => graph.zoom(0.8) },
    { label: "Fit the graph", glyph: "⤢", act: (graph: GraphCanvas) => graph.fit() },
    { label: "Arrange again", glyph: "↻", act: (graph: GraphCanvas) => void graph.layout(true) },
  ];
  return (
    <div className="canvas-buttons">
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          className="canvas-button"
          aria-label={button.label}
          title={button.label}
          onClick={() => {
            const graph = props.canvas();
            if (graph) button.act(graph);
          }}
        >
          {button.glyph}
        </button>
      ))}
    </div>
  );
}
