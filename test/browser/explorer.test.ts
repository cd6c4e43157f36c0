/**
 * Explorer end to end in a real browser: Debian's Chromium driven by playwright-core
 * against the API started in-process on 127.0.0.1, serving the Explorer that
 * beforeAll builds. Every test runs in a fresh context whose requests may only go to
 * that server, fails on any console error or failed request, and leaves a screenshot
 * in test-output/. Without Chromium the suite is skipped with a notice, except under
 * CI, where that is a failure.
 *
 * Each tab is also checked with axe-core at desktop and phone sizes: no serious or
 * critical violation.
 *
 * ENTENTE_DOCS_SCREENSHOT=1 also writes the README's picture, docs/explorer.png.
 */
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readExamples } from "../../docs/examples/read-examples.mjs";
import { buildExplorer } from "../../explorer/build.mjs";
import { formatIsoPart } from "../../explorer/src/format.js";
import { isUndatedRelationship } from "../../src/domain/dated-categories.js";
import type { GraphEdge } from "../../src/domain/graph-types.js";
import { statementValidity } from "../../src/domain/validity.js";
import { DEFAULT_SEED_DIR, PACKAGE_ROOT } from "../../src/package-paths.js";
import { loadSeed } from "../../src/seed/load-seed.js";
import { readServerConfig } from "../../src/server/server-config.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import {
  CHROMIUM_ARGS,
  findChromium,
  MISSING_BROWSER_NOTICE,
  underCi,
  type WatchedPage,
  watchedPage,
} from "./browser-support.js";

const OUTPUT = join(PACKAGE_ROOT, "test-output");
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const CHROMIUM = findChromium();
const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** What the tests read off the page's Cytoscape instance (window.__ENTENTE_EXPLORER__). */
interface CyElement {
  nonempty(): boolean;
  renderedPosition(): { x: number; y: number };
  position(): { x: number; y: number };
  hasClass(name: string): boolean;
  style(name: string): string;
  selected(): boolean;
  data(name: string): unknown;
}
interface PageGlobals {
  __ENTENTE_EXPLORER__?: {
    cy: {
      getElementById(id: string): CyElement;
      nodes(selector?: string): { length: number; map<T>(f: (node: { id(): string }) => T): T[] };
      edges(selector?: string): {
        length: number;
        map<T>(
          f: (edge: {
            id(): string;
            data(name: string): unknown;
            hasClass(name: string): boolean;
          }) => T,
        ): T[];
      };
      zoom(): number;
      container(): { getBoundingClientRect(): { left: number; top: number } };
    };
  };
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
    scrollingElement: { scrollWidth: number } | null;
  };
}

/** expect.poll with a wait long enough for a loaded machine (its default is one second). */
function poll<T>(read: () => T | Promise<T>, options: { timeout?: number } = {}) {
  return expect.poll(read, { timeout: 10_000, interval: 50, ...options });
}

/** The serious and critical violations axe-core finds on the page, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(AXE_SOURCE, "utf8"));
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(options: unknown): Promise<{
            violations: { id: string; impact: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.nodes
            .slice(0, 3)
            .map(
              (node) =>
                `${JSON.stringify(node.target)} ${(node as { html?: string }).html?.slice(0, 120)}`,
            )
            .join(", ")} (${violation.nodes.length})`,
      );
  });
}

/** Days since 1970-01-01, the date slider's unit. */
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

if (!CHROMIUM) {
  if (underCi()) {
    describe("Explorer in Chromium", () => {
      it("has a Chromium to run in (required under CI)", () => {
        throw new Error(MISSING_BROWSER_NOTICE);
      });
    });
  } else {
    console.warn(MISSING_BROWSER_NOTICE);
  }
}

describe.skipIf(!CHROMIUM)("Explorer in Chromium", { timeout: 60_000 }, () => {
  let server: RunningServer;
  let base: string;
  let browser: Browser;
  let current: WatchedPage | undefined;

  beforeAll(async () => {
    await buildExplorer();
    server = await startServer({ ...readServerConfig({}), port: 0, host: "127.0.0.1" }, () => {});
    const address = server.http.address();
    if (address === null || typeof address === "string") throw new Error("no server address");
    base = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      timeout: 30_000,
    });
    await mkdir(OUTPUT, { recursive: true });
  }, 120_000);

  afterEach(async () => {
    const finished = current;
    current = undefined;
    // What the page did during the test; closing the context cancels what is left.
    const problems = [...(finished?.problems ?? [])];
    await finished?.context.close();
    expect(problems).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  async function open(viewport = DESKTOP, path = "/"): Promise<Page> {
    current = await watchedPage(browser, base, viewport);
    const { page } = current;
    await page.goto(`${base}${path}`);
    return page;
  }

  async function screenshot(page: Page, name: string): Promise<string> {
    const path = join(OUTPUT, `explorer-${name}.png`);
    await page.screenshot({ path });
    return path;
  }

  /**
   * Waits until the node is on the canvas (or, without one, some node; or none at all
   * when `emptyAllowed`, for a day the sources say nothing of) and the layout has come
   * to rest.
   */
  async function settled(page: Page, id?: string, emptyAllowed = false): Promise<void> {
    await page.waitForFunction(
      ({ wanted, empty }) => {
        const globals = globalThis as unknown as PageGlobals;
        const cy = globals.__ENTENTE_EXPLORER__?.cy;
        const canvas = globals.document.querySelector('[data-testid="graph-canvas"]');
        if (!cy || canvas?.getAttribute("data-layout") !== "idle") return false;
        if (wanted !== null) return cy.getElementById(wanted).nonempty();
        return empty || cy.nodes().length > 0;
      },
      { wanted: id ?? null, empty: emptyAllowed },
      { timeout: 15_000 },
    );
  }

  /** The ids in the list "Nodes in view". */
  function inView(page: Page): Promise<string[]> {
    return page
      .locator(".in-view li[data-node-id]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-node-id") ?? ""));
  }

  /** Where a node is drawn, in page coordinates. */
  function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
    return page.evaluate((wanted) => {
      const cy = (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy;
      if (!cy) throw new Error("no graph");
      const position = cy.getElementById(wanted).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, id);
  }

  /** Types into the search box and picks the suggestion for `id`. */
  async function searchAndPick(page: Page, text: string, id: string): Promise<void> {
    const box = page.getByRole("combobox", { name: "Search" });
    await box.fill(text);
    const option = page.locator(`[role="listbox"] [role="option"][data-node-id="${id}"]`);
    await option.waitFor();
    await option.click();
    await settled(page, id);
  }

  /** How many relationships are drawn as the path being read. */
  function onPathCount(page: Page): Promise<number> {
    return page.evaluate(
      () =>
        (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy.edges(".on-path").length ??
        0,
    );
  }

  /** The scene in the page's address, decoded. */
  function addressScene(page: Page): Record<string, unknown> | undefined {
    const parameter = new URL(page.url()).searchParams.get("scene");
    if (parameter === null) return undefined;
    return JSON.parse(Buffer.from(parameter, "base64url").toString("utf8"));
  }

  async function clearView(page: Page): Promise<void> {
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await poll(() => inView(page)).toEqual([]);
  }

  it("opens at / with a readable overview: categories by colour and shape, a legend, labels", async () => {
    const page = await open();
    await settled(page);
    expect(await page.title()).toBe("Entente Explorer");
    const ids = await inView(page);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids).toContain("european-union");
    await poll(() =>
      page.getByRole("tab", { name: "Graph", exact: true }).getAttribute("aria-selected"),
    ).toBe("true");
    const legend = await page.getByRole("list", { name: "Legend" }).innerText();
    expect(legend).toContain("Actors");
    expect(legend).toContain("Agreements");
    // Every control has a name a screen reader can read out.
    const unnamed = await page.locator("input, select, button").evaluateAll((controls) =>
      controls
        .filter((control) => {
          const element = control as unknown as {
            labels?: { length: number } | null;
            getAttribute(name: string): string | null;
            textContent: string | null;
            outerHTML: string;
          };
          return (
            !element.labels?.length &&
            !element.getAttribute("aria-label") &&
            !element.getAttribute("aria-labelledby") &&
            !element.textContent?.trim()
          );
        })
        .map((control) => (control as unknown as { outerHTML: string }).outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await screenshot(page, "overview");
  });

  it('searches "semiconductors", opens the EU–Korea partnership and shows its evidence quote', async () => {
    const page = await open();
    await settled(page);
    const box = page.getByRole("combobox", { name: "Search" });
    await box.fill("semiconductors");
    const listbox = page.getByRole("listbox", { name: "Suggestions" });
    await poll(() => listbox.getByRole("option").first().innerText()).toContain("Semiconductors");
    await box.press("Enter");
    await settled(page, "semiconductors");
    // The selection's details are the last panel of the side (a path being read comes first).
    const panel = page.locator(".side > .panel").last();
    await poll(() => panel.getByRole("heading", { level: 2 }).innerText()).toBe("Semiconductors");
    // The topic lists the agreements that involve it; showing one draws the path that explains why.
    const involvement = panel.locator(".involvement");
    await involvement.waitFor();
    expect(await involvement.innerText()).toContain("–LAUNCHED→ EU–Korea joint semiconductor");
    await involvement
      .getByRole("button", { name: "EU–Republic of Korea Digital Partnership" })
      .click();
    await settled(page, "eu-korea-digital-partnership");
    await poll(() => panel.getByRole("heading", { level: 2 }).innerText()).toBe(
      "EU–Republic of Korea Digital Partnership",
    );
    await panel.locator(".evidence").first().waitFor();
    // The path from the partnership to the topic is drawn in red: three relationships.
    await poll(() => onPathCount(page)).toBe(3);
    const picture = await screenshot(page, "semiconductors-why");
    if (process.env.ENTENTE_DOCS_SCREENSHOT === "1") {
      await mkdir(join(PACKAGE_ROOT, "docs"), { recursive: true });
      await copyFile(picture, join(PACKAGE_ROOT, "docs", "explorer.png"));
    }

    // The explanation is listed step by step, each with its quote, and stays while it is read.
    const why = page.locator(".path-panel");
    await poll(() => why.getByRole("heading", { level: 2 }).innerText()).toBe(
      "Why it involves the topic",
    );
    expect(await why.locator(".steps > li").count()).toBe(3);
    expect(await why.locator(".steps blockquote").count()).toBeGreaterThanOrEqual(3);
    // Open it from the canvas: click on empty space to clear the selection, then on the node.
    const canvasBox = await page.getByTestId("graph-canvas").boundingBox();
    if (!canvasBox) throw new Error("no canvas");
    await page.mouse.click(canvasBox.x + 8, canvasBox.y + 8);
    await poll(() => panel.locator("h2").count()).toBe(0);
    expect(await onPathCount(page)).toBe(3);
    const point = await nodePoint(page, "eu-korea-digital-partnership");
    await page.mouse.click(point.x, point.y);
    await poll(() => panel.getByRole("heading", { level: 2 }).innerText()).toBe(
      "EU–Republic of Korea Digital Partnership",
    );
    const evidence = panel.locator(".evidence").first();
    await evidence.waitFor();
    expect(await evidence.locator("blockquote").innerText()).toBe(
      "“At their Digital Partnership Council”",
    );
    const source = evidence.getByRole("link");
    expect(await source.innerText()).toBe("EU-Japan to cooperate on AI, data flows");
    expect(await source.getAttribute("href")).toMatch(/^https:\/\/www\.euronews\.com\//);
    expect(await panel.innerText()).toContain("Inferred:");
    await screenshot(page, "semiconductors-evidence");
  });

  it("double-click on the AI Office expands its neighbours", async () => {
    const page = await open();
    await settled(page);
    await clearView(page);
    await searchAndPick(page, "AI Office", "eu-ai-office");
    expect(await inView(page)).toEqual(["eu-ai-office"]);
    const point = await nodePoint(page, "eu-ai-office");
    await page.mouse.dblclick(point.x, point.y);
    await settled(page, "ai-act");
    const ids = await inView(page);
    expect(ids).toEqual(
      expect.arrayContaining([
        "eu-ai-office",
        "ai-act",
        "european-commission",
        "ai-office-aisi-cooperation",
      ]),
    );
    expect(ids.length).toBeGreaterThan(4);
    const edges = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy.edges().length ?? 0,
    );
    expect(edges).toBeGreaterThanOrEqual(ids.length - 1);
    await screenshot(page, "ai-office-expanded");

    // "Hide" takes the node out of the view again; its neighbours stay.
    await page.locator(".panel").getByRole("button", { name: "Hide" }).click();
    await poll(() => inView(page)).not.toContain("eu-ai-office");
    expect(await inView(page)).toContain("ai-act");
    await poll(() => page.locator(".panel h2").innerText()).toBe("Explore the graph");
  });

  it("selecting Japan's AI Safety Institute and the OECD shows the shortest paths between them", async () => {
    const page = await open();
    await settled(page);
    await clearView(page);
    await searchAndPick(page, "Japan's AI Safety Institute", "japan-aisi");
    await searchAndPick(page, "OECD", "oecd");
    // Click the institute, then shift-click the OECD: the path runs from the first to the second.
    const from = await nodePoint(page, "japan-aisi");
    await page.mouse.click(from.x, from.y);
    await poll(() => page.locator(".panel h2").innerText()).toBe("Japan AI Safety Institute");
    const to = await nodePoint(page, "oecd");
    await page.keyboard.down("Shift");
    await page.mouse.click(to.x, to.y);
    await page.keyboard.up("Shift");
    const panel = page.locator(".path-panel");
    await poll(() => panel.getByRole("heading", { level: 2 }).innerText()).toBe("Shortest paths");
    await panel.locator(".path-summary").first().waitFor();
    const summaries = await panel.locator(".path-summary").allInnerTexts();
    expect(summaries).toContain(
      "Japan AI Safety Institute –PART_OF→ Japan –PARTICIPATES_IN→ EU–Japan joint call for swift implementation of the Hiroshima AI Process –ADDRESSED_TO→ OECD member countries –MEMBER_OF→ Organisation for Economic Co-operation and Development",
    );
    await settled(page, "oecd-countries");
    expect(await inView(page)).toEqual(
      expect.arrayContaining(["japan", "eu-japan-joint-call-2024", "oecd-countries"]),
    );
    const onPath = await page.evaluate(
      () =>
        (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy.edges(".on-path").length ??
        0,
    );
    expect(onPath).toBeGreaterThanOrEqual(4);
    // Each step's quote is there inline.
    expect(await panel.innerText()).toContain("Japan’s Safety Institute");
    // Inspecting a step shows its relationship and keeps the path drawn and listed.
    await panel
      .getByRole("button", { name: /OECD member countries.*member of.*Organisation/ })
      .first()
      .click();
    const details = page.locator(".side > .panel").last();
    await poll(() => details.getByRole("heading", { level: 2 }).innerText()).toContain("member of");
    expect(await onPathCount(page)).toBe(onPath);
    expect(await panel.locator(".path-summary").count()).toBe(summaries.length);
    await panel.getByRole("button", { name: "Close path" }).click();
    await poll(() => onPathCount(page)).toBe(0);
    await screenshot(page, "path-aisi-oecd");
  });

  it("moving the date slider before May 2022 hides the EU–Japan Digital Partnership", async () => {
    const page = await open();
    await settled(page, "eu-japan-digital-partnership");
    const slider = page.getByRole("slider", { name: "Day" });
    const output = page.locator(".time-controls output");
    expect(await output.innerText()).toBe("all dates");

    await slider.fill(String(dayNumber("2022-04-30")));
    expect(await output.innerText()).toBe("30 April 2022");
    await poll(() => inView(page)).not.toContain("eu-japan-digital-partnership");
    await settled(page, undefined, true);
    const hidden = await inView(page);
    expect(hidden).not.toContain("eu-japan-dpc-2024");
    // The EU is known from the April 2024 article alone: not drawn before it, as the API
    // would not list it (the view's own start nodes follow the API's rule too).
    expect(hidden).not.toContain("european-union");
    // An empty view at a day says why.
    expect(await page.locator(".nothing-known").innerText()).toContain(
      "Nothing here is known to hold on 30 April 2022",
    );
    await screenshot(page, "as-of-2022-04-30");

    // "May 2022" can mean 1 May: shown from that day on.
    await slider.fill(String(dayNumber("2022-05-01")));
    await poll(() => inView(page)).toContain("eu-japan-digital-partnership");
    expect(await inView(page)).not.toContain("european-union");
    await slider.fill(String(dayNumber("2024-04-24")));
    await poll(() => inView(page)).toContain("european-union");
    await slider.focus();
    await page.keyboard.press("End");
    await poll(() => output.innerText()).toBe("all dates");
    await poll(() => inView(page)).toContain("eu-japan-dpc-2024");
  });

  it("filters by node kind, relationship type and topic", async () => {
    const page = await open();
    await settled(page);
    const filters = page.locator("details.filters");
    await filters.locator("summary").click();
    await filters.getByRole("checkbox", { name: /^topic \(/ }).uncheck();
    await poll(() => inView(page)).not.toContain("digital-identity");
    const relationships = await page.evaluate(
      () =>
        (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy.edges(":visible").length ??
        0,
    );
    await filters.getByRole("checkbox", { name: /^party to \(/ }).uncheck();
    await poll(() =>
      page.evaluate(
        () =>
          (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy.edges(":visible")
            .length ?? 0,
      ),
    ).toBeLessThan(relationships);
    await filters.getByRole("button", { name: "Show everything" }).click();
    await poll(() => inView(page)).toContain("digital-identity");

    await filters.getByRole("combobox", { name: "Topic" }).selectOption("semiconductors");
    await poll(() => inView(page)).toEqual(
      expect.arrayContaining([
        "eu-korea-digital-partnership",
        "eu-korea-dpc-2024",
        "semiconductor-research-forum",
        "semiconductors",
      ]),
    );
    expect(await inView(page)).not.toContain("japan");
    await settled(page);
    await screenshot(page, "topic-filter");
  });

  it("exports the view as PNG and as Cytoscape JSON, D3 JSON, GraphML and GEXF", async () => {
    const page = await open();
    await settled(page);
    const ids = await inView(page);
    const exportMenu = page.locator("details.export");
    await exportMenu.locator("summary").click();

    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        exportMenu.getByRole("button", { name }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), content: await readFile(path) };
    };

    const png = await save("PNG image (with legend and citation)");
    expect(png.name).toBe("entente-view.png");
    expect(png.content.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.content.length).toBeGreaterThan(10_000);
    const svg = await save("SVG image (with legend and citation)");
    expect(svg.name).toBe("entente-view.svg");
    const svgText = svg.content.toString("utf8");
    expect(svgText).toContain("<title>Entente: digital-policy diplomacy, All dates</title>");
    expect(svgText).toContain(">European Union</text>");
    expect(svgText).toContain(">Actors</text>");
    expect(svgText).toMatch(/dataset version [0-9a-f]{12,}/);

    const cytoscape = await save("Cytoscape JSON (with positions)");
    expect(cytoscape.name).toBe("entente-view.cyjs");
    const elements = JSON.parse(cytoscape.content.toString("utf8")) as {
      elements: {
        nodes: { data: { id: string }; position: { x: number; y: number } }[];
        edges: unknown[];
      };
    };
    expect(elements.elements.nodes.map((node) => node.data.id).sort()).toEqual([...ids].sort());
    expect(elements.elements.edges.length).toBeGreaterThan(0);
    // Where the nodes are drawn now is where the file puts them.
    const drawn = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy;
      const { x, y } = cy?.getElementById("european-union").position() ?? { x: 0, y: 0 };
      return { x: Math.round(x), y: Math.round(y) };
    });
    expect(
      elements.elements.nodes.find((node) => node.data.id === "european-union")?.position,
    ).toEqual(drawn);

    const d3 = await save("D3 JSON");
    expect((JSON.parse(d3.content.toString("utf8")) as { nodes: unknown[] }).nodes).toHaveLength(
      ids.length,
    );
    const graphml = await save("GraphML");
    expect(graphml.content.toString("utf8")).toContain("<graphml");
    const gexf = await save("GEXF 1.3 (Gephi)");
    expect(gexf.name).toBe("entente-view.gexf");
    expect(gexf.content.toString("utf8")).toContain('<node id="european-union"');
    expect(gexf.content.toString("utf8")).toContain("<viz:position");
    const gexf12 = await save("GEXF 1.2 (older readers)");
    expect(gexf12.content.toString("utf8")).toContain('xmlns="http://www.gexf.net/1.2draft"');
  });

  it("runs an example query of docs/examples in GraphiQL and shows its result", async () => {
    const page = await open();
    await settled(page);
    await page.getByRole("tab", { name: "Query (GraphiQL)" }).click();
    await page.locator(".graphiql-container").waitFor({ timeout: 15_000 });
    const examples = page.locator(".examples");
    await examples.waitFor();
    const titles = readExamples().map((example) => example.title);
    expect(titles.length).toBeGreaterThanOrEqual(6);
    expect(await examples.getByRole("button").allInnerTexts()).toEqual(titles);

    await examples
      .getByRole("button", { name: "Which partnerships involve semiconductors, and why?" })
      .click();
    await poll(() => page.locator(".graphiql-query-editor .CodeMirror-code").innerText()).toContain(
      "involvesTopic",
    );
    await page.getByRole("button", { name: /Execute query/ }).click();
    const result = page.locator(".result-window");
    await poll(() => result.innerText()).toContain("EU–Republic of Korea Digital Partnership");
    expect(await result.innerText()).toContain('"totalCount": 1');
    expect(new URL(page.url()).hash).toBe("#query");

    // The schema's documentation, from introspection.
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).first().waitFor();
    await docs.getByText("Query", { exact: true }).first().click();
    await docs.getByText("neighbourhood", { exact: true }).first().waitFor();
    await page.getByRole("button", { name: "Show Example queries" }).click();
    await examples.waitFor();
    await screenshot(page, "graphiql-example");
  });

  it("works at 390×844: no sideways scrolling, search, details under the graph, GraphiQL", async () => {
    const page = await open(PHONE);
    await settled(page);
    const width = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.scrollingElement?.scrollWidth ?? 0,
    );
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await searchAndPick(page, "EU AI Office", "eu-ai-office");
    const heading = page.locator(".panel h2");
    await poll(() => heading.innerText()).toBe("EU AI Office");
    const canvas = await page.getByTestId("graph-canvas").boundingBox();
    const details = await heading.boundingBox();
    expect(canvas && details && details.y > canvas.y + canvas.height - 1).toBe(true);
    await screenshot(page, "phone-graph");
    await page.getByRole("tab", { name: "Query (GraphiQL)" }).click();
    await page.locator(".graphiql-container").waitFor({ timeout: 15_000 });
    // The examples are open at first on a phone too.
    await page
      .locator(".examples")
      .getByRole("button", { name: "Which partnerships involve semiconductors, and why?" })
      .click();
    await page.getByRole("button", { name: /Execute query/ }).click();
    await poll(() => page.locator(".result-window").innerText()).toContain(
      "EU–Republic of Korea Digital Partnership",
    );
    const queryWidth = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.scrollingElement?.scrollWidth ?? 0,
    );
    expect(queryWidth).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "phone-graphiql");
  });

  it("can be used from the keyboard: tabs with arrow keys, search with Enter, the node list", async () => {
    const page = await open();
    await settled(page);
    const graphTab = page.getByRole("tab", { name: "Graph", exact: true });
    await graphTab.focus();
    await page.keyboard.press("ArrowRight");
    await poll(() =>
      page.getByRole("tab", { name: "Query (GraphiQL)" }).getAttribute("aria-selected"),
    ).toBe("true");
    await page.keyboard.press("ArrowLeft");
    await poll(() => graphTab.getAttribute("aria-selected")).toBe("true");

    // A menu opens from the keyboard and Escape closes it, focus back on its button.
    const filters = page.locator("details.filters");
    await filters.locator("summary").focus();
    await page.keyboard.press("Enter");
    await poll(() => filters.getAttribute("open")).toBe("");
    await filters.getByRole("combobox", { name: "Topic" }).focus();
    await page.keyboard.press("Escape");
    await poll(() => filters.getAttribute("open")).toBeNull();
    expect(
      await filters
        .locator("summary")
        .evaluate((summary) => summary === summary.ownerDocument.activeElement),
    ).toBe(true);

    const box = page.getByRole("combobox", { name: "Search" });
    await box.focus();
    await page.keyboard.type("chips");
    await poll(() => box.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Enter");
    await settled(page, "semiconductors");
    await poll(() => page.locator(".panel h2").innerText()).toBe("Semiconductors");

    // Semiconductors is selected; ticking a second node in the list gives the paths between them.
    const semiconductors = page.getByRole("checkbox", {
      name: "Select Semiconductors (with others)",
    });
    await poll(() => semiconductors.isChecked()).toBe(true);
    await page.getByRole("checkbox", { name: "Select Japan (with others)" }).check();
    await poll(() => page.locator(".path-panel h2").innerText()).toBe("Shortest paths");
  });

  it("keeps the view in the address: a link restores nodes, positions and path; back, forward and undo step through it", async () => {
    const page = await open();
    await settled(page);
    await clearView(page);
    await searchAndPick(page, "Japan's AI Safety Institute", "japan-aisi");
    await searchAndPick(page, "OECD", "oecd");
    await page
      .getByRole("checkbox", { name: "Select Japan AI Safety Institute (with others)" })
      .check();
    await page.locator(".path-panel .path-summary").first().waitFor();
    await settled(page, "oecd-countries");
    await poll(
      () => (addressScene(page)?.path as string[] | undefined)?.length ?? 0,
    ).toBeGreaterThanOrEqual(5);
    const scene = addressScene(page) ?? {};
    const link = page.url();
    const nodes = [...(await inView(page))].sort();
    const positions = scene.positions as Record<string, [number, number]>;
    expect(Object.keys(positions).sort()).toEqual(expect.arrayContaining(nodes));
    expect((scene.dataset as { version: string }).version).toMatch(/^[0-9a-f]{12,}/);

    // The same link in a fresh page: the same nodes, where they were, and the path drawn.
    const copy = await current?.context.newPage();
    if (!copy) throw new Error("no page");
    await copy.goto(link);
    await settled(copy, "oecd-countries");
    expect([...(await inView(copy))].sort()).toEqual(nodes);
    const restored = await copy.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy;
      const { x, y } = cy?.getElementById("oecd").position() ?? { x: 0, y: 0 };
      return [Math.round(x), Math.round(y)];
    });
    expect(restored).toEqual(positions.oecd);
    // The scene's own picture: no layout ran to make it.
    expect(await copy.getByTestId("graph-canvas").getAttribute("data-layouts")).toBeNull();
    await poll(() => onPathCount(copy)).toBeGreaterThanOrEqual(4);
    await copy.locator(".path-panel .path-summary").first().waitFor();
    await copy.close();

    // Undo goes back to the view before the path; Redo (and forward) come back to it.
    const undo = page.getByRole("button", { name: "Undo" });
    await undo.click();
    await poll(() => addressScene(page)?.path).toBeUndefined();
    await poll(() => onPathCount(page)).toBe(0);
    await page.getByRole("button", { name: "Redo" }).click();
    await poll(() => addressScene(page)?.path).toEqual(scene.path);
    expect(((addressScene(page)?.nodes as string[]) ?? []).sort()).toEqual(nodes);
    await poll(() => onPathCount(page)).toBeGreaterThanOrEqual(4);
    await page.goBack();
    await poll(() => onPathCount(page)).toBe(0);
    await page.goForward();
    await poll(() => onPathCount(page)).toBeGreaterThanOrEqual(4);
  });

  it("says what is wrong with a scene link it cannot read, and shows the overview", async () => {
    const page = await open(DESKTOP, "/?scene=not-a-scene#graph");
    await settled(page);
    // Polled: on a busy machine the notice and the list may come a frame after the layout.
    await poll(() => page.locator(".notice").innerText()).toContain(
      "This link's scene cannot be read",
    );
    await poll(() => inView(page)).toContain("european-union");
    const wrong = Buffer.from(
      JSON.stringify({ format: "entente-scene", version: 1, nodes: ["japan"], asOf: "2024-02-30" }),
    ).toString("base64url");
    await page.goto(`${base}/?scene=${wrong}#graph`);
    await settled(page);
    await poll(() => page.locator(".notice").innerText()).toContain("asOf:");
  });

  it("saves a scene in the browser and as a file, and opens both again", async () => {
    const page = await open();
    await settled(page);
    await clearView(page);
    await searchAndPick(page, "AI Office", "eu-ai-office");
    await searchAndPick(page, "Japan", "japan");
    const menu = page.locator("details.scenes");
    await menu.locator("summary").click();
    await menu.getByRole("textbox", { name: "Save as" }).fill("Two offices");
    await menu.getByRole("button", { name: "Save scene" }).click();
    await menu.getByRole("button", { name: "Two offices", exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      menu.getByRole("button", { name: "Download scene file" }).click(),
    ]);
    const file = await readFile(await download.path(), "utf8");
    const saved = JSON.parse(file) as { nodes: string[]; format: string };
    expect(saved.format).toBe("entente-scene");
    expect(saved.nodes.sort()).toEqual(["eu-ai-office", "japan"]);
    // The API renders the same file for another tool.
    await page.keyboard.press("Escape");
    const rendered = await page.request.post(`${base}/export/d3`, { data: file });
    expect(rendered.status()).toBe(200);
    expect(((await rendered.json()) as { nodes: unknown[] }).nodes).toHaveLength(2);

    await clearView(page);
    await menu.locator("summary").click();
    await menu.getByRole("button", { name: "Two offices", exact: true }).click();
    await poll(async () => (await inView(page)).sort()).toEqual(["eu-ai-office", "japan"]);
    await page.keyboard.press("Escape");
    await clearView(page);
    await menu.locator("summary").click();
    await menu.getByLabel("Open scene file").setInputFiles({
      name: "scene.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    await poll(async () => (await inView(page)).sort()).toEqual(["eu-ai-office", "japan"]);
    await menu.locator("summary").click();
    await menu.getByLabel("Open scene file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format":"entente-scene","version":1}'),
    });
    await poll(() => page.getByRole("alert").innerText()).toContain(
      "broken.json cannot be opened: nodes: must be a list of node ids",
    );
  });

  it("at a day, also shows what is not known to hold then, faded, on request, and keeps the choice in the scene", async () => {
    const page = await open();
    await settled(page, "european-union");
    await page.getByLabel("As of").fill("2023-01-01");
    await poll(() => inView(page)).not.toContain("european-union");
    const unknown = page.getByRole("checkbox", {
      name: "Also what is not known to hold then (faded)",
    });
    await unknown.check();
    await poll(() => inView(page)).toContain("european-union");
    const faded = (id: string) =>
      page.evaluate(
        (wanted) =>
          (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy
            .getElementById(wanted)
            .hasClass("not-known") ?? null,
        id,
      );
    await poll(() => faded("european-union")).toBe(true);
    await poll(() => addressScene(page)?.asOfMode).toBe("INCLUDE_UNKNOWN");
    // The choice stays while the day moves; known from the April 2024 article, the EU is
    // drawn plainly from then on.
    await page.getByLabel("As of").fill("2024-05-01");
    await poll(() => addressScene(page)?.asOf).toBe("2024-05-01");
    expect(await unknown.isChecked()).toBe(true);
    await poll(() => faded("european-union")).toBe(false);
    await unknown.uncheck();
    await poll(() => addressScene(page)?.asOfMode).toBeUndefined();
  });

  it("time: a typed day, a month and a year from the keyboard, a range, play, and undated items hidden", async () => {
    const page = await open();
    await settled(page, "eu-japan-digital-partnership");
    const output = page.locator(".time-controls output");
    await page.getByLabel("As of").fill("2022-04-30");
    await poll(() => output.innerText()).toBe("30 April 2022");
    await poll(() => inView(page)).not.toContain("eu-japan-digital-partnership");
    const slider = page.getByRole("slider", { name: "Day" });
    await slider.focus();
    await page.keyboard.press("PageUp");
    await poll(() => output.innerText()).toBe("30 May 2022");
    await poll(() => inView(page)).toContain("eu-japan-digital-partnership");
    await page.keyboard.press("Shift+PageUp");
    await poll(() => output.innerText()).toBe("30 May 2023");
    await page.keyboard.press("ArrowRight");
    await poll(() => output.innerText()).toBe("31 May 2023");
    await poll(() => addressScene(page)?.asOf).toBe("2023-05-31");

    // A range: only what is known to hold at some point of it.
    await page.getByRole("checkbox", { name: "to", exact: true }).check();
    await page.getByLabel("Until").fill("2023-12-31");
    await poll(() => output.innerText()).toBe("31 May 2023 – 31 December 2023");
    await poll(() => addressScene(page)?.during).toEqual({ from: "2023-05-31", to: "2023-12-31" });
    await poll(() => inView(page)).not.toContain("eu-japan-dpc-2024");
    await page.getByRole("button", { name: "All dates" }).click();
    await poll(() => output.innerText()).toBe("all dates");

    // Undated agreements and events are marked, and can be hidden.
    const undatedInView = () =>
      page.evaluate(() => {
        const cy = (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy;
        return cy?.nodes("[?undated]").map((node) => node.id()) ?? [];
      });
    await poll(async () => (await undatedInView()).length).toBeGreaterThan(0);
    const undated = await undatedInView();
    await page.getByRole("checkbox", { name: /^Hide undated agreements, events and/ }).check();
    await poll(() => inView(page)).not.toContain(undated[0]);

    // Play walks the months from the first year on.
    await page.getByRole("button", { name: "Play" }).click();
    await poll(() => output.innerText(), { timeout: 15_000 }).toMatch(/^1 (February|March) 2022$/);
    await page.getByRole("button", { name: "Pause" }).click();
  });

  it.each([
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ])(
    "undated relationships (%s): dotted, their start marked on the slider by the API's validity, not shown before it, hideable",
    async (name, viewport) => {
      const page = await open(viewport);
      await settled(page);
      const dataset = await loadSeed({ seedDir: DEFAULT_SEED_DIR });
      const edges = await page.evaluate(() => {
        const cy = (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy;
        return (cy?.edges().map((edge) => [edge.id(), edge.data("undated") === true]) ?? []) as [
          string,
          boolean,
        ][];
      });
      // Marked undated exactly when the seed gives no date (and the type is not timeless).
      const byId = new Map(dataset.edges.map((edge) => [edge.id, edge]));
      const undated = edges.filter(([, marked]) => marked).map(([id]) => id);
      expect(undated.length).toBeGreaterThan(0);
      for (const [id, marked] of edges) {
        const edge = byId.get(id);
        if (!edge) throw new Error(`${id} is not in the seed`);
        expect(marked, id).toBe(isUndatedRelationship(edge));
      }
      const first = undated[0] ?? "";
      expect(
        await page.evaluate(
          (id) =>
            (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy
              .getElementById(id)
              .style("line-style"),
          first,
        ),
      ).toBe("dotted");

      // The slider marks the days the undated ones start to be known: their validity.
      const starts = [
        ...new Set(undated.map((id) => statementValidity(byId.get(id) as GraphEdge).from)),
      ].sort();
      const marks = page.locator(".undated-mark");
      await poll(() =>
        marks.evaluateAll((items) => items.map((item) => item.getAttribute("data-day"))),
      ).toEqual(starts);
      const start = starts[0] ?? "";
      const note = page.locator(".undated-note");
      expect(await note.innerText()).toContain(formatIsoPart(start));
      const slider = await page.getByRole("slider", { name: "Day" }).boundingBox();
      const mark = await marks.first().boundingBox();
      expect(mark && slider).toBeTruthy();
      if (mark && slider) {
        expect(mark.x).toBeGreaterThanOrEqual(slider.x);
        expect(mark.x + mark.width).toBeLessThanOrEqual(slider.x + slider.width);
      }

      // The day before: not drawn, since the API does not return what it does not know to
      // hold on the day asked (asOfMode KNOWN, its default).
      const dayBefore = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      /** For each undated relationship drawn now, whether it has the class. */
      const undatedWith = (name: string) =>
        page.evaluate((className) => {
          const cy = (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy;
          return [
            ...new Set(cy?.edges("[?undated]").map((edge) => edge.hasClass(className)) ?? []),
          ];
        }, name);
      await page.getByLabel("As of").fill(dayBefore);
      await poll(() => addressScene(page)?.asOf).toBe(dayBefore);
      await poll(() => undatedWith("not-known")).toEqual([]);
      await screenshot(page, `undated-${name}`);
      await page.getByLabel("As of").fill(start);
      await poll(() => addressScene(page)?.asOf).toBe(start);
      await poll(() => undatedWith("not-known")).toEqual([false]);

      // Hidden with the undated agreements and events, and the scene says so.
      await page.getByRole("checkbox", { name: /^Hide undated agreements, events and/ }).check();
      await poll(() => undatedWith("filtered")).toEqual([true]);
      await poll(() => addressScene(page)?.hideUndated).toBe(true);
    },
  );

  it("styles by status: the drawing and the legend follow the rule", async () => {
    const page = await open();
    await settled(page);
    const menu = page.locator("details.style");
    await menu.locator("summary").click();
    await menu.getByRole("combobox", { name: "Colour by" }).selectOption("status");
    const legend = page.getByRole("list", { name: "Legend" });
    await poll(() => legend.innerText()).toContain("happened or in force");
    expect(await legend.innerText()).not.toContain("Actors");
    const fills = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy;
      return {
        planned: cy?.getElementById("memorandum-digital-identities").data("fill"),
        actor: cy?.getElementById("european-union").data("fill"),
      };
    });
    expect(fills.planned).not.toBe(fills.actor);
    await poll(() => (addressScene(page)?.style as { colour: string } | undefined)?.colour).toBe(
      "status",
    );
  });

  it("sends the nodes of a query result to the graph", async () => {
    const page = await open();
    await settled(page);
    await clearView(page);
    await page.getByRole("tab", { name: "Query (GraphiQL)" }).click();
    await page.locator(".examples").waitFor({ timeout: 15_000 });
    // The editor takes the example once it is there.
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
    const show = page.getByRole("button", { name: "Show in graph" });
    // Before any result there is nothing to show.
    expect(await show.isEnabled()).toBe(false);
    await page
      .locator(".examples")
      .getByRole("button", { name: "Search ignores case, accents and punctuation" })
      .click();
    await poll(() => page.locator(".graphiql-query-editor .CodeMirror-code").innerText()).toContain(
      "japans safety institute",
    );
    await page.getByRole("button", { name: /Execute query/ }).click();
    await poll(() => show.isEnabled()).toBe(true);
    await show.click();
    await poll(() =>
      page.getByRole("tab", { name: "Graph", exact: true }).getAttribute("aria-selected"),
    ).toBe("true");
    await poll(() => inView(page)).toContain("japan-aisi");
  });

  it("on a phone: readable labels, controls of at least 24 px, the legend below the drawing, a path answer scrolled into view", async () => {
    const page = await open(PHONE);
    await settled(page);
    const zoom = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__ENTENTE_EXPLORER__?.cy.zoom() ?? 0,
    );
    // Node labels are 19 px at zoom 1 on a phone: at least 12 px on screen.
    expect(19 * zoom).toBeGreaterThanOrEqual(12);
    const small = await page
      .locator("button:visible, summary:visible, input:visible, select:visible")
      .evaluateAll((controls) =>
        controls
          .map((control) => {
            const box = (
              control as unknown as { getBoundingClientRect(): { width: number; height: number } }
            ).getBoundingClientRect();
            return {
              html: (control as unknown as { outerHTML: string }).outerHTML.slice(0, 60),
              ...box,
            };
          })
          .filter((box) => box.width < 24 || box.height < 24),
      );
    expect(small.map((box) => `${box.html} ${box.width}×${box.height}`)).toEqual([]);
    const canvas = await page.getByTestId("graph-canvas").boundingBox();
    const legend = await page.getByRole("list", { name: "Legend" }).boundingBox();
    expect(canvas && legend && legend.y >= canvas.y + canvas.height - 1).toBe(true);
    await page.getByRole("checkbox", { name: "Select Japan (with others)" }).check();
    await page.getByRole("checkbox", { name: "Select European Commission (with others)" }).check();
    const heading = page.locator(".path-panel h2");
    await heading.waitFor();
    await page.locator(".path-panel .path-summary").first().waitFor();
    await poll(() =>
      heading.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.top < (element.ownerDocument.defaultView?.innerHeight ?? 0);
      }),
    ).toBe(true);
    await screenshot(page, "phone-path");
  });

  it.each([
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ])(
    "has no serious or critical accessibility violation in either tab (axe, %s)",
    async (_name, viewport) => {
      const page = await open(viewport);
      await settled(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("tab", { name: "Query (GraphiQL)" }).click();
      await page.locator(".graphiql-container").waitFor({ timeout: 15_000 });
      await page.locator(".examples").waitFor();
      // The query editor fills in after the examples: wait for its text, so that axe
      // always sees the line numbers (a translucent grey once failed only when it won
      // the race).
      await page.waitForFunction(() => {
        const editor = (
          globalThis as unknown as {
            document: { querySelector(selector: string): unknown };
          }
        ).document.querySelector(".graphiql-query-editor .CodeMirror") as {
          CodeMirror?: { getValue(): string };
        } | null;
        return (editor?.CodeMirror?.getValue().length ?? 0) > 0;
      });
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
