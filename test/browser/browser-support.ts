/**
 * Driving Debian's Chromium through playwright-core for the Explorer tests: where
 * the browser is, how it is started (no network, no background services, a fresh
 * profile), and a watch on every page for console errors, failed requests and any
 * request that is not to the test's own loopback server.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** The browser to use: CHROMIUM_PATH, else the first Chromium or Chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
      candidates.push(join(dir, name));
    }
  }
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether this run is CI, where a missing browser is a failure rather than a skip. */
export function underCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

export const MISSING_BROWSER_NOTICE =
  "test/browser: no Chromium found on PATH (or CHROMIUM_PATH), so the Explorer browser tests are skipped. " +
  "Install it with `sudo apt-get install chromium` (Debian/Ubuntu; .ci/run does this in CI) or point " +
  "CHROMIUM_PATH at a Chromium or Chrome binary. Under CI=true a missing browser fails the run.";

/**
 * Chromium's own flags: headless, no sandbox (CI runs as root), and none of the
 * background connections (updates, sync, QUIC probes) a machine without network
 * refuses. Playwright adds a fresh temporary --user-data-dir of its own to every
 * launch and removes it on close (it refuses one given in these arguments).
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, page errors, failed or refused requests, error responses, off-site requests. */
  readonly problems: string[];
}

/**
 * A new context and page whose every request must go to `base`: anything else is
 * aborted (so nothing can leave the machine) and recorded as a problem, as are
 * console errors, uncaught page errors, failed requests and 4xx/5xx answers.
 */
export async function watchedPage(
  browser: Browser,
  base: string,
  viewport: { width: number; height: number },
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    reducedMotion: "reduce",
    acceptDownloads: true,
    serviceWorkers: "block",
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const problems: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`) || url.startsWith("data:") || url.startsWith("blob:")) {
      return route.continue();
    }
    problems.push(`off-site request: ${url}`);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  return { page, context, problems };
}
