/** One thing wrong with the seed, located precisely enough for an editor to jump to it. */
export interface SeedIssue {
  /** Path of the file relative to the seed directory. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Where in the file's data, e.g. `actors[3].statements[0].status`. */
  readonly path?: string;
  readonly message: string;
}

/** `file:line:column path: message`, the form compilers use, so terminals and editors link it. */
export function formatSeedIssue(issue: SeedIssue): string {
  const position =
    issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  return issue.path
    ? `${position} ${issue.path}: ${issue.message}`
    : `${position}: ${issue.message}`;
}

/** `["actors", 3, "name"]` → `actors[3].name` */
export function formatDataPath(path: readonly (string | number)[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join("");
}
