/**
 * The path being read, which stays drawn and listed while its steps are inspected:
 * each step says who does what to whom, with its qualifiers and its quote and source
 * inline, and selecting a step shows that relationship's details below without
 * losing the path. "Close path" is the only way it goes (or a new path).
 */
import type { Path, ViewNode } from "./api.js";
import { EvidenceList, Qualifiers } from "./details-panel.js";
import type { Reading } from "./explorer-state.js";
import { humanise } from "./format.js";

function PathSteps(props: {
  path: Path;
  selected: ReadonlySet<string>;
  onSelect(id: string): void;
}) {
  const { path } = props;
  return (
    <ol className="steps">
      {path.steps.map((step, index) => {
        const here = path.nodes[index];
        const there = path.nodes[index + 1];
        const relationship = step.relationship;
        const arrow =
          step.traversal === "FORWARD"
            ? `–${humanise(relationship.type)}→`
            : `←${humanise(relationship.type)}–`;
        return (
          <li
            key={relationship.id}
            className={props.selected.has(relationship.id) ? "current" : undefined}
          >
            <button
              type="button"
              className="link-button step-button"
              aria-pressed={props.selected.has(relationship.id)}
              onClick={() => props.onSelect(relationship.id)}
            >
              {here?.name} <span className="relationship-type">{arrow}</span> {there?.name}
            </button>{" "}
            <Qualifiers relationship={relationship} />
            <EvidenceList evidence={relationship.evidence} />
          </li>
        );
      })}
    </ol>
  );
}

export function PathPanel(props: {
  reading: Reading;
  names: ReadonlyMap<string, ViewNode>;
  selected: ReadonlySet<string>;
  onSelectStep(id: string): void;
  onClose(): void;
}) {
  const { reading } = props;
  const name = (id: string) => props.names.get(id)?.name ?? id;
  return (
    <section className="path-panel details" aria-labelledby="path-heading">
      <div className="path-heading-row">
        <h2 id="path-heading">{reading.title ?? "Shortest paths"}</h2>
        <button type="button" onClick={props.onClose}>
          Close path
        </button>
      </div>
      <p className="kind-line">
        From {name(reading.from)} to {name(reading.to)}
      </p>
      {reading.paths === undefined ? (
        <p>Looking for paths…</p>
      ) : reading.paths.length === 0 ? (
        <p>No path of at most 4 steps at this time.</p>
      ) : (
        <ol className="paths">
          {reading.paths.map((path) => (
            <li key={path.summary}>
              <p className="path-summary">{path.summary}</p>
              <PathSteps path={path} selected={props.selected} onSelect={props.onSelectStep} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
