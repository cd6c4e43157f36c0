/**
 * The query view: GraphiQL 3 from its npm package (bundled, never from a CDN) with
 * the schema's documentation, and the example questions of docs/examples as saved queries
 * in a sidebar of their own, open at first on every screen size. Made accessible where
 * GraphiQL is not: its editors get names, its colours the contrast our stylesheet sets
 * (styles.css), its scrolling panes a place in the tab order. A result that names nodes
 * can be sent to the graph. Loaded only when first opened.
 */

import examples from "entente:examples";
import { type GraphiQLPlugin, useEditorContext } from "@graphiql/react";
import { GraphiQL } from "graphiql";
import type { ExecutionResult } from "graphql";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { GRAPHQL_PATH, graphql } from "./api.js";

interface FetcherParams {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: unknown;
}

async function send(params: FetcherParams): Promise<ExecutionResult> {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
}

/** Most nodes one result may send to the graph (the view's own limit is higher). */
const MAX_SHOWN = 300;

/** The `id` values of a result that could be node ids (relationship ids have a `/`). */
export function candidateIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) candidateIds(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "id" && typeof inner === "string" && !inner.includes("/")) found.add(inner);
      else candidateIds(inner, found);
    }
  }
  return found;
}

/** Of these ids, the ones that are nodes of the graph. */
async function nodeIds(ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const data = await graphql<{ nodes: ({ id: string } | null)[] }>(
    "query ResultNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }",
    { ids },
  );
  return data.nodes.flatMap((node) => (node ? [node.id] : []));
}

/** Names GraphiQL's unnamed editors and makes its scrolling panes reachable by keyboard. */
function useAccessibleGraphiql(root: RefObject<HTMLDivElement | null>, ready: boolean) {
  useEffect(() => {
    const element = root.current;
    if (!element || !ready) return;
    const names: [string, string][] = [
      [".graphiql-query-editor", "Query editor"],
      [
        ".graphiql-editor-tool [aria-label='Variables'], .graphiql-editor-tool .graphiql-editor:not(.hidden)",
        "Variables editor",
      ],
      [".result-window", "Query result"],
    ];
    const label = () => {
      for (const [selector, name] of names) {
        for (const area of element.querySelectorAll<HTMLTextAreaElement>(`${selector} textarea`)) {
          if (!area.hasAttribute("aria-label")) area.setAttribute("aria-label", name);
        }
      }
      for (const area of element.querySelectorAll<HTMLTextAreaElement>(
        "textarea:not([aria-label])",
      )) {
        area.setAttribute("aria-label", "Editor");
      }
      // CodeMirror marks its scrolling pane tabindex=-1; a pane that scrolls must be reachable.
      for (const scroller of element.querySelectorAll<HTMLElement>(
        ".CodeMirror-scroll[tabindex='-1'], .graphiql-doc-explorer-content:not([tabindex]), .graphiql-plugin:not([tabindex])",
      )) {
        scroller.tabIndex = 0;
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root, ready]);
}

const EXAMPLES_TITLE = "Example queries";

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" aria-hidden="true">
      <path
        d="M5 4h10l4 4v12H5z M15 4v4h4 M8 12h8 M8 16h6"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function ExamplesPanel() {
  const editor = useEditorContext({ nonNull: true });
  return (
    <section className="examples" aria-labelledby="examples-title">
      <div id="examples-title" className="graphiql-doc-explorer-title">
        Example queries
      </div>
      <p>
        Example questions, each with a tested answer. Choose one to put it in the editor, then run
        it with the ▶ button or Ctrl-Enter.
      </p>
      <ul>
        {examples.map((example) => (
          <li key={example.title}>
            <button
              type="button"
              className="example"
              onClick={() => {
                editor.queryEditor?.setValue(example.query);
                editor.queryEditor?.focus();
                // On a phone the pane covers the editor: close it as its sidebar button
                // does (GraphiQL collapses the pane in that button's handler).
                if (window.matchMedia("(max-width: 800px)").matches) {
                  document
                    .querySelector<HTMLButtonElement>(
                      `.graphiql-sidebar button[aria-label="Hide ${EXAMPLES_TITLE}"]`,
                    )
                    ?.click();
                  // CodeMirror measures itself only when shown; it was hidden behind the pane.
                  requestAnimationFrame(() => editor.queryEditor?.refresh());
                }
              }}
            >
              {example.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

const EXAMPLES_PLUGIN: GraphiQLPlugin = {
  title: EXAMPLES_TITLE,
  icon: ExamplesIcon,
  content: ExamplesPanel,
};

/** GraphiQL's styles are a file of their own, loaded with the view. */
function useGraphiqlStyles(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const href = document
      .querySelector<HTMLMetaElement>('meta[name="entente-graphiql-styles"]')
      ?.getAttribute("content");
    if (!href) {
      setReady(true);
      return;
    }
    const existing = document.querySelector<HTMLLinkElement>(`link[href="${href}"]`);
    if (existing) {
      setReady(true);
      return;
    }
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = () => setReady(true);
    link.onerror = () => setReady(true);
    document.head.append(link);
  }, []);
  return ready;
}

export default function QueryView(props: { onShowInGraph(ids: readonly string[]): void }) {
  const ready = useGraphiqlStyles();
  const root = useRef<HTMLDivElement>(null);
  const [resultIds, setResultIds] = useState<string[]>([]);
  useAccessibleGraphiql(root, ready);
  const fetcher = useCallback(async (params: FetcherParams) => {
    const result = await send(params);
    const candidates = [...candidateIds(result.data)].slice(0, MAX_SHOWN);
    nodeIds(candidates).then(setResultIds, () => setResultIds([]));
    return result;
  }, []);
  if (!ready) return <p className="loading-view">Loading the query editor…</p>;
  return (
    <div className="query-view" ref={root}>
      <div className="query-bar">
        <p className="hint" aria-live="polite">
          {resultIds.length > 0
            ? `The result names ${resultIds.length} ${resultIds.length === 1 ? "node" : "nodes"}.`
            : "Run a query; a result that names nodes can be shown in the graph."}
        </p>
        <button
          type="button"
          disabled={resultIds.length === 0}
          onClick={() => props.onShowInGraph(resultIds)}
        >
          Show in graph
        </button>
      </div>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={examples[0]?.query}
        plugins={[EXAMPLES_PLUGIN]}
        visiblePlugin={EXAMPLES_PLUGIN}
        forcedTheme="light"
        defaultEditorToolsVisibility={false}
        isHeadersEditorEnabled={false}
      />
    </div>
  );
}
