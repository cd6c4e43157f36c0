/**
 * The `entente` command line, checked in full before anything runs: node's own
 * `util.parseArgs` (strict) for the options, then what it leaves to us — how many
 * arguments each command takes, which options it takes, and no option given twice
 * (parseArgs would silently keep the last). Every mistake is one line of usage error,
 * for an exit code 2.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { clip } from "../domain/quote-value.js";

const OPTIONS = {
  seed: { type: "string" },
  sources: { type: "string" },
  variables: { type: "string" },
  file: { type: "string" },
  replace: { type: "boolean" },
  format: { type: "string" },
  around: { type: "string", multiple: true },
  depth: { type: "string" },
  types: { type: "string", multiple: true },
  "as-of": { type: "string" },
  limit: { type: "string" },
  all: { type: "boolean" },
  scene: { type: "string" },
  "reference-date": { type: "string" },
  title: { type: "string" },
  publisher: { type: "string" },
  published: { type: "string" },
  url: { type: "string" },
  kind: { type: "string" },
  id: { type: "string" },
  language: { type: "string" },
  "based-on": { type: "string" },
  retrieved: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

type OptionName = keyof typeof OPTIONS;

/** The arguments each command takes after its name, and its options (besides --help). */
const COMMANDS: Readonly<Record<string, { arguments: number; options: readonly OptionName[] }>> = {
  serve: { arguments: 0, options: [] },
  validate: { arguments: 0, options: ["seed", "sources"] },
  query: { arguments: 1, options: ["variables", "seed"] },
  load: { arguments: 0, options: ["replace", "seed"] },
  export: {
    arguments: 0,
    options: ["format", "around", "depth", "types", "as-of", "limit", "all", "scene", "seed"],
  },
  locate: { arguments: 1, options: ["file", "sources"] },
  report: { arguments: 1, options: ["seed", "reference-date"] },
  "add-source": {
    arguments: 1,
    options: [
      "title",
      "publisher",
      "published",
      "url",
      "kind",
      "id",
      "language",
      "based-on",
      "retrieved",
      "seed",
      "sources",
    ],
  },
  help: { arguments: 0, options: [] },
};

const CONFIG = { options: OPTIONS, allowPositionals: true, strict: true, tokens: true } as const;
type Parsed = ReturnType<typeof parseArgs<typeof CONFIG>>;

export type OptionValues = Parsed["values"];

export type CommandLine =
  | {
      readonly ok: true;
      /** The command; undefined when none was given. "help" for --help or -h anywhere. */
      readonly command: string | undefined;
      /** The command's arguments (at most as many as it takes; fewer is the command's to report). */
      readonly arguments: readonly string[];
      readonly values: OptionValues;
    }
  /** A usage mistake, as one line to print before exiting 2. */
  | { readonly ok: false; readonly message: string };

const mistake = (message: string): CommandLine => ({ ok: false, message });

/** The first sentence of parseArgs's message ("Unknown option '--x'. To specify…"). */
function firstSentence(message: string): string {
  const end = message.indexOf(". ");
  return end === -1 ? message : message.slice(0, end);
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ ...CONFIG, args: [...argv] });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return mistake(clip(firstSentence(error.message)));
  }
  const { values, positionals, tokens } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) return { ok: true, command: "help", arguments: [], values };
  if (command === undefined) return { ok: true, command, arguments: [], values };
  const spec = COMMANDS[command];
  // An unknown command is reported by the caller, with the list of commands.
  if (!spec) return { ok: true, command, arguments: rest, values };
  if (rest.length > spec.arguments) {
    const takes = spec.arguments === 0 ? "takes no arguments" : `takes ${spec.arguments} argument`;
    return mistake(`${command} ${takes}, got ${clip(rest.slice(spec.arguments).join(" "))}`);
  }
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const name = token.name as OptionName;
    if (name === "help") continue;
    if (!spec.options.includes(name)) {
      return mistake(`${command} does not take --${name}`);
    }
    if (seen.has(name) && !("multiple" in OPTIONS[name])) {
      return mistake(`--${name} is given more than once; give it once`);
    }
    seen.add(name);
  }
  return { ok: true, command, arguments: rest, values };
}
