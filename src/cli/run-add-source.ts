import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { isSeq, parseDocument, type YAMLSeq } from "yaml";
import { foldText } from "../domain/fold-text.js";
import { validateParsedFiles } from "../seed/load-seed.js";
import { listSeedFiles, parseSeedFile, readSeedFile } from "../seed/read-seed-files.js";
import { formatSeedIssue } from "../seed/seed-issue.js";

export interface AddSourceOptions {
  readonly seedDir: string;
  readonly sourcesDir: string;
  /** The text: a file name in the sources directory, or a path to a file in it. */
  readonly file: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly published?: string;
  readonly url?: string;
  readonly kind?: string;
  readonly id?: string;
  readonly language?: string;
  readonly basedOn?: string;
  /** When the text was retrieved (YYYY-MM-DD); today (UTC) by default. */
  readonly retrieved?: string;
  readonly now?: Date;
}

const SOURCES_FILE = "sources.yaml";

/**
 * `entente add-source`: records a source's metadata and the sha256 of its text in the
 * seed's sources.yaml — never the text, which stays in the sources directory. The new
 * seed is validated before it is written; nothing is written when it has an issue.
 */
export async function runAddSource(
  options: AddSourceOptions,
  out: (line: string) => void,
): Promise<number> {
  const missing = (["title", "publisher", "published", "url"] as const).filter(
    (name) => options[name] === undefined,
  );
  if (missing.length > 0) {
    out(`add-source: give ${missing.map((name) => `--${name}`).join(", ")}`);
    return 2;
  }
  const sourcesDir = resolve(options.sourcesDir);
  const path = options.file.includes("/") ? resolve(options.file) : join(sourcesDir, options.file);
  if (dirname(path) !== sourcesDir) {
    out(
      `add-source: ${options.file} is not in the sources directory ${sourcesDir}; the seed names texts by their file name there`,
    );
    return 2;
  }
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) {
    out(`add-source: cannot read ${path}`);
    return 1;
  }
  const entry = {
    id:
      options.id ??
      foldText(`${options.publisher} ${options.published}`)
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, ""),
    kind: options.kind ?? "NEWS_ARTICLE",
    title: options.title,
    publisher: options.publisher,
    publishedOn: options.published,
    url: options.url,
    file: basename(path),
    ...(options.basedOn ? { basedOn: options.basedOn } : {}),
    ...(options.language ? { language: options.language } : {}),
    retrievedOn: options.retrieved ?? (options.now ?? new Date()).toISOString().slice(0, 10),
    contentHash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
  };

  const sourcesPath = join(options.seedDir, SOURCES_FILE);
  const before = await readFile(sourcesPath, "utf8").catch(() => "sources: []\n");
  const doc = parseDocument(before);
  let list = doc.get("sources");
  if (!isSeq(list)) {
    list = doc.createNode([]);
    doc.set("sources", list);
  }
  (list as YAMLSeq).add(doc.createNode(entry));
  const after = doc.toString();

  // The whole seed with the new sources.yaml, checked as every load checks it.
  const names = (await listSeedFiles(options.seedDir)).filter((name) => name !== SOURCES_FILE);
  const others = await Promise.all(names.map((name) => readSeedFile(options.seedDir, name)));
  const result = await validateParsedFiles([
    ...others,
    parseSeedFile(SOURCES_FILE, Buffer.from(after)),
  ]);
  if (!result.dataset) {
    for (const issue of result.issues) out(formatSeedIssue(issue));
    out(`add-source: nothing written; the seed would have ${result.issues.length} issue(s)`);
    return 1;
  }
  await writeFile(sourcesPath, after);
  out(`added source ${entry.id} to ${sourcesPath} (${entry.contentHash})`);
  out(
    `next: npx entente locate '<quote>' --file ${entry.file}, then cite it as source: ${entry.id}`,
  );
  return 0;
}
