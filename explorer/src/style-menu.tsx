/** The Style menu: what node colour and size stand for (see style-rules.ts). */
import {
  COLOUR_RULES,
  type ColourRule,
  type SceneStyle,
  SIZE_RULES,
  type SizeRule,
} from "../../src/export/scene.js";
import { COLOUR_LABELS, SIZE_LABELS } from "./style-rules.js";

export function StyleMenu(props: { style: SceneStyle; onChange(style: SceneStyle): void }) {
  return (
    <details className="menu style">
      <summary>Style</summary>
      <div className="menu-body">
        <label className="topic-filter">
          Colour by
          <select
            value={props.style.colour}
            onChange={(event) =>
              props.onChange({ ...props.style, colour: event.target.value as ColourRule })
            }
          >
            {COLOUR_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {COLOUR_LABELS[rule]}
              </option>
            ))}
          </select>
        </label>
        <label className="topic-filter">
          Size by
          <select
            value={props.style.size}
            onChange={(event) =>
              props.onChange({ ...props.style, size: event.target.value as SizeRule })
            }
          >
            {SIZE_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {SIZE_LABELS[rule]}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">Shapes always show the category; the legend follows the colours.</p>
      </div>
    </details>
  );
}
