/**
 * The Export menu: the drawing as a PNG with its title, time, legend and citation,
 * and the scene (its nodes where they are drawn, its time and filters) as a file for
 * Cytoscape, D3, yEd or Gephi, rendered by the API (`POST /export/<format>`).
 */
import type { Scene } from "../../src/export/scene.js";
import { EXPORT_FORMATS, exportScene } from "./api.js";
import type { GraphCanvas } from "./graph-canvas.js";
import { captionedPng, download } from "./picture.js";
import type { LegendEntry } from "./style-rules.js";
import { captionedSvg } from "./svg-picture.js";

export function ExportMenu(props: {
  canvas(): GraphCanvas | undefined;
  scene(): Scene | undefined;
  timeText: string;
  legend: readonly LegendEntry[];
  citation: string;
  onMessage(message: string, problem?: boolean): void;
}) {
  const base = () => {
    const asOf = props.scene()?.asOf;
    return `entente-view${asOf ? `-as-of-${asOf}` : ""}`;
  };
  const caption = () => ({
    title: "Entente: digital-policy diplomacy",
    time: props.timeText === "all dates" ? "All dates" : `As of ${props.timeText}`,
    legend: props.legend,
    citation: props.citation,
  });
  const savePng = async () => {
    const graph = props.canvas();
    if (!graph) return;
    try {
      download(await captionedPng(graph.png(), caption()), `${base()}.png`);
      props.onMessage("Saved the view as PNG.");
    } catch (error) {
      props.onMessage(`The picture could not be made: ${(error as Error).message}`, true);
    }
  };
  const saveSvg = () => {
    const graph = props.canvas();
    if (!graph) return;
    download(captionedSvg(graph.cy, caption()), `${base()}.svg`);
    props.onMessage("Saved the view as SVG.");
  };
  return (
    <details className="menu export">
      <summary>Export</summary>
      <div className="menu-body">
        <p className="hint">What is shown now, {props.timeText}, where it is drawn.</p>
        <button type="button" onClick={savePng}>
          PNG image (with legend and citation)
        </button>
        <button type="button" onClick={saveSvg}>
          SVG image (with legend and citation)
        </button>
        {EXPORT_FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            onClick={async () => {
              const scene = props.scene();
              if (!scene || scene.nodes.length === 0) return;
              try {
                const file = await exportScene(scene, format);
                download(file.blob, `${base()}.${file.extension}`);
                props.onMessage(`Saved the view as ${label}.`);
              } catch (error) {
                props.onMessage(`Export failed: ${(error as Error).message}`, true);
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
    </details>
  );
}
