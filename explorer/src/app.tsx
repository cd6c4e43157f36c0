/**
 * Explorer's frame: the title, two tabs (the graph, and GraphiQL for queries) kept
 * in the address as #graph and #query, and the views, each mounted once and kept.
 */
import {
  type KeyboardEvent,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";
import { GraphView, type ShowRequest } from "./graph-view.js";

const QueryView = lazy(() => import("./query-view.js"));

type Tab = "graph" | "query";
const TABS: { id: Tab; label: string }[] = [
  { id: "graph", label: "Graph" },
  { id: "query", label: "Query (GraphiQL)" },
];

function tabFromHash(): Tab {
  return window.location.hash === "#query" ? "query" : "graph";
}

export function App() {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [queryOpened, setQueryOpened] = useState(tab === "query");
  const [show, setShow] = useState<ShowRequest>();
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  useEffect(() => {
    if (tab === "query") setQueryOpened(true);
    document.title = tab === "query" ? "Query · Entente Explorer" : "Entente Explorer";
  }, [tab]);

  const choose = useCallback((next: Tab, focus = false) => {
    setTab(next);
    // The entry keeps its scene (the query string) and its place in the history.
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${search}#${next}`);
    if (focus) buttons.current[next]?.focus();
  }, []);
  const showInGraph = useCallback(
    (ids: readonly string[]) => {
      setShow({ ids, key: Date.now() });
      choose("graph", true);
    },
    [choose],
  );
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((entry) => entry.id === tab);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length];
    if (next) choose(next.id, true);
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Entente <span>Explorer</span>
        </h1>
        <div className="tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
          {TABS.map((entry) => (
            <button
              key={entry.id}
              ref={(element) => {
                buttons.current[entry.id] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${entry.id}`}
              aria-selected={tab === entry.id}
              aria-controls={`panel-${entry.id}`}
              tabIndex={tab === entry.id ? 0 : -1}
              onClick={() => choose(entry.id)}
            >
              {entry.label}
            </button>
          ))}
        </div>
        <p className="endpoint">
          GraphQL at <code>/graphql</code>
        </p>
      </header>
      <main>
        <div
          id="panel-graph"
          role="tabpanel"
          aria-labelledby="tab-graph"
          className="tab-panel"
          hidden={tab !== "graph"}
        >
          <GraphView active={tab === "graph"} show={show} />
        </div>
        <div
          id="panel-query"
          role="tabpanel"
          aria-labelledby="tab-query"
          className="tab-panel"
          hidden={tab !== "query"}
        >
          {queryOpened && (
            <Suspense fallback={<p className="loading-view">Loading the query editor…</p>}>
              <QueryView onShowInGraph={showInGraph} />
            </Suspense>
          )}
        </div>
      </main>
    </div>
  );
}
