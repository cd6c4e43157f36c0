/**
 * The legend, below the drawing (never over it): the colours of the styling rule in
 * use, the outlines and lines for planned and undated items, the faded lines of
 * relationships not known to hold on the day chosen, and the path's colour while one
 * is drawn.
 */
import type { LegendEntry } from "./style-rules.js";

export function Legend(props: {
  entries: readonly LegendEntry[];
  path: boolean;
  /** A day is chosen, so relationships not known to hold on it are faded. */
  day?: boolean;
}) {
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
      <li>
        <span className="swatch swatch-dotted" aria-hidden="true" />
        undated relationship
      </li>
      {props.day && (
        <li>
          <span className="swatch swatch-faded" aria-hidden="true" />
          not known to hold on that day
        </li>
      )}
      {props.path && (
        <li>
          <span className="swatch swatch-path" aria-hidden="true" />
          path
        </li>
      )}
    </ul>
  );
}
