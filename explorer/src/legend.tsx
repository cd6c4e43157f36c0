/**
 * The legend, below the drawing (never over it): the colours of the styling rule in
 * use, the outlines and lines for planned and undated items, and the path's colour
 * while one is drawn.
 */
import type { LegendEntry } from "./style-rules.js";

export function Legend(props: { entries: readonly LegendEntry[]; path: boolean }) {
  return (
    <ul className="legend" aria-label="Legend">
      {props.entries.map((entry) => (
        <li key={entry.label}>
          <span
            className={`swatch${entry.category ? ` swatch-shape-${entry.category}` : ""}`}
            style={{ background: entry.fill, borderColor: entry.border }}
            aria-hidden="true"
          />
          {entry.label}
        </li>
      ))}
      <li>
        <span className="swatch swatch-dashed" aria-hidden="true" />
        planned or expected
      </li>
      <li>
        <span className="swatch swatch-double" aria-hidden="true" />
        undated
      </li>
      {props.path && (
        <li>
          <span className="swatch swatch-path" aria-hidden="true" />
          path
        </li>
      )}
    </ul>
  );
}
