#!/usr/bin/env node
/**
 * The `entente` command: serve the API, validate the seed, run a query, export a
 * subgraph, or find a quote's offsets. One entry point so researchers need to learn one tool.
 */
import { EntenteError } from "../domain/errors.js";
import { quoteValue } from "../domain/quote-value.js";
import { DEFAULT_SEED_DIR, DEFAULT_SOURCES_DIR } from "../package-paths.js";
import { readServerConfig } from "../server/server-config.js";
import { startServer } from "../server/start-server.js";
import { parseCommandLine } from "./parse-command-line.js";
import { runAddSource } from "./run-add-source.js";
import { runExport } from "./run-export.js";
import { runLoad } from "./run-load.js";
import { runLocate } from "./run-locate.js";
import { runQuery } from "./run-query.js";
import { runReportVerify } from "./run-report-verify.js";
import { runValidate } from "./run-validate.js";

const USAGE = `Usage: entente <command> [options]

Commands:
  serve                               serve GraphQL on PORT (default 4000); SIGHUP reloads
                                      the seed if it is valid
  validate [--seed DIR] [--sources DIR]
                                      check the seed; with --sources, check every quote too
  query '<graphql>' [--variables JSON] [--seed DIR]
                                      run a query in-process and print the JSON result
  load [--replace] [--seed DIR]      load the seed into the Neo4j named by NEO4J_URI
  export --format cytoscape|d3|graphml|gexf|gexf12 --around ID [--around ID…] [--depth N]
         [--types A,B] [--as-of YYYY-MM-DD] [--limit N] [--seed DIR]
                                      print the neighbourhood of nodes as a file for
                                      Cytoscape, D3, yEd or Gephi (> out.gexf)
  export --format F --all [--as-of YYYY-MM-DD]   the whole graph, sources included
  export --format F --scene FILE                 a scene saved by Explorer, as drawn
  locate '<quote>' --file NAME [--sources DIR]
                                      print the offsets of a quote in a source text
  report verify [--reference-date YYYY-MM-DD] [--seed DIR]
                                      list what to verify next: overdue predictions
                                      (against ENTENTE_REFERENCE_DATE, default today),
                                      conflicting claims, facts resting on inference only
  add-source FILE --title T --publisher P --published DATE --url URL [--kind K]
         [--id ID] [--language L] [--based-on TEXT] [--retrieved DATE] [--sources DIR]
                                      record a source text's metadata and sha256 in
                                      seed/sources.yaml (never the text itself)
  help                                show this text

Sources default to ${DEFAULT_SOURCES_DIR}.`;

const print = (line: string) => process.stdout.write(`${line}\n`);
const printError = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv);
  if (!line.ok) {
    printError(`entente: ${line.message} (see "entente help")`);
    return 2;
  }
  const { command, values } = line;
  const rest = line.arguments;
  const seedDir = values.seed ?? DEFAULT_SEED_DIR;
  switch (command) {
    case "serve": {
      const server = await startServer(readServerConfig());
      print(`Entente is serving GraphQL at ${server.url}`);
      const shutdown = (signal: string) => {
        print(`${signal} received: finishing in-flight requests, then stopping`);
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            printError(String(error));
            process.exit(1);
          },
        );
      };
      process.once("SIGTERM", () => shutdown("SIGTERM"));
      process.once("SIGINT", () => shutdown("SIGINT"));
      // SIGHUP: serve the seed again if it is valid; otherwise keep the current dataset.
      process.on("SIGHUP", () => {
        print("SIGHUP received: validating the seed and reloading it");
        void server.reload();
      });
      return new Promise<number>(() => {});
    }
    case "validate":
      return runValidate({ seedDir, sourcesDir: values.sources }, print);
    case "query": {
      const query = rest[0];
      if (!query) {
        printError("query: give the GraphQL text as the first argument");
        return 2;
      }
      return runQuery({ seedDir, query, variables: values.variables }, print);
    }
    case "load":
      return runLoad({ seedDir, replace: values.replace ?? false }, print);
    case "export":
      return runExport(
        {
          seedDir,
          format: values.format,
          around: values.around,
          depth: values.depth,
          types: values.types,
          asOf: values["as-of"],
          limit: values.limit,
          all: values.all,
          scene: values.scene,
        },
        { write: (text) => process.stdout.write(text), error: printError },
      );
    case "locate": {
      const quote = rest[0];
      if (!quote || !values.file) {
        printError("locate: give the quote and --file NAME (a file in the sources directory)");
        return 2;
      }
      return runLocate(
        { sourcesDir: values.sources ?? DEFAULT_SOURCES_DIR, file: values.file, quote },
        print,
      );
    }
    case "report": {
      if (rest[0] !== "verify") {
        printError("report: the one report is `entente report verify`");
        return 2;
      }
      return runReportVerify({ seedDir, referenceDate: values["reference-date"] }, print);
    }
    case "add-source": {
      const file = rest[0];
      if (!file) {
        printError("add-source: give the text's file (in the sources directory) first");
        return 2;
      }
      return runAddSource(
        {
          seedDir,
          sourcesDir: values.sources ?? DEFAULT_SOURCES_DIR,
          file,
          title: values.title,
          publisher: values.publisher,
          published: values.published,
          url: values.url,
          kind: values.kind,
          id: values.id,
          language: values.language,
          basedOn: values["based-on"],
          retrieved: values.retrieved,
        },
        print,
      );
    }
    case "help":
    case undefined:
      print(USAGE);
      return command === undefined ? 2 : 0;
    default:
      printError(`unknown command ${quoteValue(command)}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    printError(error instanceof EntenteError ? error.message : String(error));
    process.exitCode = 1;
  },
);
