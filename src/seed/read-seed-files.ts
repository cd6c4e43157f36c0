/**
 * Reads seed files from disk and checks each one on its own: encoding, YAML
 * syntax and the JSON Schema. Cross-file checks live in build-dataset.ts.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Node as YamlNode,
} from "yaml";
import { formatDataPath, type SeedIssue } from "./seed-issue.js";
import { SEED_FILE_SCHEMA, type SeedFileContent } from "./seed-schema.js";

export type DataPath = readonly (string | number)[];

export interface ParsedSeedFile {
  /** Path relative to the seed directory. */
  readonly file: string;
  readonly bytes: Buffer;
  /** Present only when the file passed every per-file check. */
  readonly content?: SeedFileContent;
  /** Locates a data path in the file, falling back to the nearest enclosing node that exists. */
  readonly locate: (path: DataPath) => Pick<SeedIssue, "line" | "column" | "path">;
}

const validateFile = new Ajv({ allErrors: true, strict: true }).compile(SEED_FILE_SCHEMA);

/** Lists `*.yaml`/`*.yml` below `dir`, sorted, so loading order and the dataset hash are stable. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

export async function readSeedFile(
  dir: string,
  file: string,
): Promise<{ parsed: ParsedSeedFile; issues: SeedIssue[] }> {
  const bytes = await readFile(join(dir, file));
  return parseSeedFile(file, bytes);
}

/** Parses one file's bytes; split from reading so tests can feed bad bytes directly. */
export function parseSeedFile(
  file: string,
  bytes: Buffer,
): { parsed: ParsedSeedFile; issues: SeedIssue[] } {
  const noLocation = () => ({});
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      parsed: { file, bytes, locate: noLocation },
      issues: [
        {
          file,
          line: firstInvalidUtf8Line(bytes),
          message: "is not valid UTF-8; save the file as UTF-8",
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate = (path: DataPath) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
      if (node?.range) return { ...position(node.range[0]), path: formatDataPath(path) };
    }
    return { path: formatDataPath(path) };
  };
  /** Locates the key `name` of the mapping at `path` (its value may sit lines below it). */
  const locateKey = (path: DataPath, name: string) => {
    const map = doc.getIn(path, true);
    const key = isMap(map)
      ? map.items.find((pair) => isScalar(pair.key) && pair.key.value === name)?.key
      : undefined;
    if (isScalar(key) && key.range) {
      return { ...position(key.range[0]), path: formatDataPath([...path, name]) };
    }
    return locate([...path, name]);
  };
  const parsed: ParsedSeedFile = { file, bytes, locate };
  const syntaxErrors = [...doc.errors];
  if (syntaxErrors.length > 0) {
    return {
      parsed,
      issues: syntaxErrors.map((error) => ({
        file,
        ...position(error.pos[0]),
        message: `YAML syntax: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // yaml throws (a ReferenceError) for an alias with no anchor before it, and for
    // aliases that would expand past its limit (an "alias bomb"): the file's mistake.
    const at = aliasOffset(doc);
    return {
      parsed,
      issues: [
        {
          file,
          ...(at === undefined ? {} : position(at)),
          message: `YAML aliases: ${(error as Error).message}`,
        },
      ],
    };
  }
  if (data === null || data === undefined) {
    return {
      parsed,
      issues: [{ file, message: "is empty; a seed file lists at least one section" }],
    };
  }
  if (validateFile(data)) {
    return { parsed: { ...parsed, content: data as SeedFileContent }, issues: [] };
  }
  // An "if" error only repeats the "then" errors below it (the required fields of the
  // single-evidence form), which name what is wrong.
  const issues = (validateFile.errors ?? [])
    .filter((error) => error.keyword !== "if")
    .map((error) =>
      schemaIssue(file, error, locate, locateKey, isCollectionAt(doc, error.instancePath)),
    );
  return { parsed, issues: dedupeIssues(issues) };
}

/** Offset of the first alias without an anchor before it, or else of the first alias. */
function aliasOffset(doc: Document): number | undefined {
  const anchors = new Set<string>();
  let first: number | undefined;
  let unresolved: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        first ??= node.range?.[0];
        if (!anchors.has(node.source)) {
          unresolved = node.range?.[0];
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return unresolved ?? first;
}

function isCollectionAt(doc: ReturnType<typeof parseDocument>, pointer: string): boolean {
  const node = doc.getIn(pointerToPath(pointer), true);
  return isMap(node) || isSeq(node);
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function schemaIssue(
  file: string,
  error: ErrorObject,
  locate: ParsedSeedFile["locate"],
  locateKey: (path: DataPath, name: string) => ReturnType<ParsedSeedFile["locate"]>,
  atCollection: boolean,
): SeedIssue {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperty":
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      return { file, ...locateKey(path, name), message: `unknown field "${name}"` };
    }
    case "required":
      return {
        file,
        ...locate(path),
        message: `missing required field "${String(params.missingProperty)}"`,
      };
    case "enum":
      return {
        file,
        ...locate(path),
        message: `must be one of ${(params.allowedValues as unknown[]).join(", ")}`,
      };
    case "pattern":
      return {
        file,
        ...locate(path),
        message: patternMessage(path, String(params.pattern)),
      };
    default:
      return {
        file,
        ...locate(path),
        message:
          atCollection && error.keyword === "type"
            ? `must be ${params.type}`
            : (error.message ?? error.keyword),
      };
  }
}

function patternMessage(path: DataPath, pattern: string): string {
  const field = path[path.length - 1];
  if (field === "retrievedOn") return "is not a day: write YYYY-MM-DD";
  if (field === "contentHash") return "must be sha256: followed by 64 lower-case hex digits";
  if (field === "language") return "is not a language tag such as en or pt-BR";
  if (field === "fulfils" || field === "supersedes") {
    return "must name a claim: its key in this statement, or a claim id";
  }
  if (pattern.startsWith("^\\d{4}")) {
    return "is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or a range START/END";
  }
  if (field === "url") return "is not an http(s) URL";
  if (field === "file") return "must be a bare file name in the sources directory";
  if (pattern === "\\S") return "must not be blank";
  return "must be a slug: lower-case letters and digits joined by single hyphens";
}

function dedupeIssues(issues: SeedIssue[]): SeedIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.line}:${issue.column}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Line of the first byte sequence that is not UTF-8, found through the decoder's replacement character. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  const lenient = bytes.toString("utf8");
  const at = lenient.indexOf("\uFFFD");
  return lenient.slice(0, Math.max(at, 0)).split("\n").length;
}
