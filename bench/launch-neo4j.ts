/**
 * The in-process Neo4j of tools/neo4j, for the benchmark. Imported at run time from its
 * place in the repository (not compiled with the harness): the launcher finds its Maven
 * build beside its own file.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PACKAGE_ROOT } from "../src/package-paths.js";

export interface Neo4jServer {
  readonly uris: string[];
  readonly pid: number;
  stop(): Promise<void>;
}

export interface Neo4jLaunchOptions {
  readonly heap?: string;
  readonly pageCache?: string;
  readonly log?: (line: string) => void;
}

interface LauncherModule {
  missingPrerequisite(): string | undefined;
  startNeo4j(options: Neo4jLaunchOptions): Promise<Neo4jServer>;
}

const launcher = () =>
  import(
    pathToFileURL(join(PACKAGE_ROOT, "tools", "neo4j", "neo4j.mjs")).href
  ) as Promise<LauncherModule>;

/** What the launcher needs and this machine lacks (Java, Maven), if anything. */
export async function neo4jPrerequisiteMissing(): Promise<string | undefined> {
  return (await launcher()).missingPrerequisite();
}

/** Starts one Neo4j server; fails with what to install when Java or Maven is missing. */
export async function launchNeo4j(options: Neo4jLaunchOptions): Promise<Neo4jServer> {
  const missing = await neo4jPrerequisiteMissing();
  if (missing) throw new Error(`bench: Neo4j mode needs ${missing} (or --no-neo4j)`);
  return (await launcher()).startNeo4j(options);
}
