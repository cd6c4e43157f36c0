/**
 * The query view: GraphiQL 3 from its npm package (bundled, never from a CDN) with
 * the schema's documentation, and the example questions of docs/examples as saved queries
 * in a sidebar of their own. Loaded only when first opened.
 */

import examples from "entente:examples";
import { type GraphiQLPlugin, useEditorContext } from "@graphiql/react";
import { GraphiQL } from "graphiql";
import type { ExecutionResult } from "graphql";
import { useEffect, useState } from "react";
import { GRAPHQL_PATH } from "./api.js";

interface FetcherParams {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: unknown;
}

async function fetcher(params: FetcherParams): Promise<ExecutionResult> {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
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

export default function QueryView() {
  const ready = useGraphiqlStyles();
  // On a phone the sidebar would squeeze the editor; the examples are a tap away there.
  const [wide] = useState(() => window.matchMedia("(min-width: 801px)").matches);
  if (!ready) return <p className="loading-view">Loading the query editor…</p>;
  return (
    <div className="query-view">
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={examples[0]?.query}
        plugins={[EXAMPLES_PLUGIN]}
        visiblePlugin={wide ? EXAMPLES_PLUGIN : undefined}
        forcedTheme="light"
        defaultEditorToolsVisibility={false}
        isHeadersEditorEnabled={false}
      />
    </div>
  );
}
