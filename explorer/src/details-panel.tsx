/**
 * The side panel's readings of the selection: a node (its properties, evidence and
 * relationships; for a topic, the agreements that involve it and why), or a
 * relationship (its qualifiers and evidence). Paths have their own panel
 * (path-panel.tsx), which stays while these show what is selected.
 */
import type { Evidence, Involvement, NodeDetails, RelationshipDetails, Why } from "./api.js";
import { formatDate, formatIsoPart, humanise } from "./format.js";

export function EvidenceList(props: { evidence: readonly Evidence[] }) {
  if (props.evidence.length === 0) return null;
  return (
    <ul className="evidence-list">
      {props.evidence.map((evidence) => (
        <li key={`${evidence.source.id}:${evidence.start}`}>
          <figure className="evidence">
            <blockquote cite={evidence.source.url}>“{evidence.quote}”</blockquote>
            <figcaption>
              <a href={evidence.source.url} target="_blank" rel="noopener noreferrer">
                {evidence.source.title}
              </a>
              , {evidence.source.publisher}, {formatIsoPart(evidence.source.publishedOn.iso)}{" "}
              <span className="offsets">
                (characters {evidence.start}–{evidence.end})
              </span>
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}

export function Qualifiers(props: { relationship: RelationshipDetails }) {
  const { relationship } = props;
  const parts = [humanise(relationship.status)];
  const date = formatDate(relationship.date);
  if (date) parts.push(date);
  if (relationship.role) parts.push(relationship.role);
  return (
    <span className="qualifiers">
      {parts.join(" · ")}
      {relationship.prospective ? " (prospective)" : ""}
    </span>
  );
}

function Inference(props: { inferred: boolean; inference: { reasoning: string } | null }) {
  if (!props.inferred) return null;
  return (
    <p className="inference">
      <strong>Inferred:</strong> {props.inference?.reasoning ?? "no quote states it outright."}
    </p>
  );
}

export interface NodeActions {
  /** Adds a node to the view and selects it. */
  show(id: string): void;
  expand(id: string): void;
  hide(id: string): void;
  /** Adds a path's nodes to the view, highlights it and selects one of its nodes. */
  showPath(path: Why, select: string): void;
}

export function NodeDetailsView(props: {
  details: NodeDetails;
  involvement: Involvement[] | undefined;
  actions: NodeActions;
}) {
  const { details, actions } = props;
  const status = details.status ? humanise(details.status) : undefined;
  const date = formatDate(details.date);
  return (
    <article className="details" aria-labelledby="details-name">
      <h2 id="details-name">{details.name}</h2>
      <p className="kind-line">
        <span className={`swatch swatch-${details.category}`} aria-hidden="true" />
        {details.category} · {humanise(details.kind)}
        {status ? ` · ${status}` : ""}
        {date ? ` · ${date}` : ""}
      </p>
      {details.aliases.length > 0 && (
        <p className="aliases">
          <span className="label">Also called</span> {details.aliases.join(", ")}
        </p>
      )}
      {details.description && <p>{details.description}</p>}
      {details.url && (
        <p>
          <a href={details.url} target="_blank" rel="noopener noreferrer">
            {details.title ?? details.url}
          </a>
          {details.publisher ? `, ${details.publisher}` : ""}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => actions.expand(details.id)}>
          Expand neighbours
        </button>
        <button type="button" onClick={() => actions.hide(details.id)}>
          Hide
        </button>
      </div>
      <Inference inferred={details.inferred} inference={details.inference} />
      {details.evidence.length > 0 && (
        <section aria-labelledby="details-evidence">
          <h3 id="details-evidence">Evidence</h3>
          <EvidenceList evidence={details.evidence} />
        </section>
      )}
      {props.involvement && (
        <section aria-labelledby="details-involvement">
          <h3 id="details-involvement">Agreements that involve this topic</h3>
          {props.involvement.length === 0 ? (
            <p>None on this day.</p>
          ) : (
            <ul className="involvement">
              {props.involvement.map(({ node, why }) => (
                <li key={node.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => (why ? actions.showPath(why, node.id) : actions.show(node.id))}
                  >
                    {node.name}
                  </button>
                  {why && <p className="why">{why.summary}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {details.links.length > 0 && (
        <section aria-labelledby="details-links">
          <h3 id="details-links">Relationships ({details.links.length})</h3>
          <ul className="links">
            {details.links.map((link) => (
              <li key={link.relationship.id}>
                <span className="relationship-type">
                  {link.direction === "OUT"
                    ? `${humanise(link.relationship.type)} →`
                    : `← ${humanise(link.relationship.type)}`}
                </span>{" "}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.show(link.node.id)}
                >
                  {link.node.name}
                </button>{" "}
                <Qualifiers relationship={link.relationship} />
                {link.relationship.evidence[0] && (
                  <q className="link-quote">{link.relationship.evidence[0].quote}</q>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

export function RelationshipDetailsView(props: {
  relationship: RelationshipDetails;
  from: string;
  to: string;
  onShow(id: string): void;
}) {
  const { relationship } = props;
  return (
    <article className="details" aria-labelledby="details-name">
      <h2 id="details-name">
        {props.from} <span className="relationship-type">{humanise(relationship.type)} →</span>{" "}
        {props.to}
      </h2>
      <p className="kind-line">
        Relationship · <Qualifiers relationship={relationship} />
      </p>
      <div className="actions">
        <button type="button" onClick={() => props.onShow(relationship.from.id)}>
          Select {props.from}
        </button>
        <button type="button" onClick={() => props.onShow(relationship.to.id)}>
          Select {props.to}
        </button>
      </div>
      <Inference inferred={relationship.inferred} inference={relationship.inference} />
      <section aria-labelledby="details-evidence">
        <h3 id="details-evidence">Evidence</h3>
        <EvidenceList evidence={relationship.evidence} />
      </section>
    </article>
  );
}
