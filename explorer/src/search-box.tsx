/**
 * The search box: names and aliases through the API's `search` query, as an ARIA
 * combobox (arrow keys move through the suggestions, Enter picks, Escape closes).
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { type SearchHit, search } from "./api.js";
import { humanise } from "./format.js";

export function SearchBox(props: { onPick(hit: SearchHit): void }) {
  const [text, setText] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<string>();
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const query = text.trim();
    if (query === "") {
      setHits([]);
      setProblem(undefined);
      return;
    }
    // A newer text makes older answers stale; they are dropped, not aborted (an
    // aborted request shows as a failed one, and a search costs the API little).
    let current = true;
    const timer = setTimeout(() => {
      search(query).then(
        (found) => {
          if (!current) return;
          setHits(found);
          setActive(found.length > 0 ? 0 : -1);
          setProblem(undefined);
        },
        (error: unknown) => {
          if (current) setProblem((error as Error).message);
        },
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      current = false;
    };
  }, [text]);

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    props.onPick(hit);
    setText("");
    setHits([]);
    setOpen(false);
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, hits.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(hits[active] ?? hits[0]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  const expanded = open && text.trim() !== "" && (hits.length > 0 || problem !== undefined);
  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>Search</label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        placeholder="Name or alias, e.g. chips"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label="Suggestions" hidden={!expanded}>
        {problem !== undefined ? (
          <p className="search-problem">Search failed: {problem}</p>
        ) : (
          hits.map((hit, index) => (
            <div
              key={hit.node.id}
              id={`${id}-option-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              data-node-id={hit.node.id}
              className={index === active ? "active" : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(hit)}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") pick(hit);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className={`swatch swatch-${hit.node.category}`} aria-hidden="true" />
              <span className="hit-name">{hit.node.name}</span>
              <span className="hit-meta">
                {hit.matched !== hit.node.name ? `“${hit.matched}” · ` : ""}
                {humanise(hit.node.kind)}
              </span>
            </div>
          ))
        )}
      </div>
    </div>
  );
}
