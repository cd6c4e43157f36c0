import { validateSeed } from "../seed/load-seed.js";
import { formatSeedIssue } from "../seed/seed-issue.js";

/** `entente validate`: prints every issue and returns the process exit code. */
export async function runValidate(
  options: { seedDir: string; sourcesDir?: string },
  out: (line: string) => void,
): Promise<number> {
  const result = await validateSeed(options);
  for (const issue of result.issues) out(formatSeedIssue(issue));
  if (result.dataset) {
    const quotes = options.sourcesDir
      ? `quotes checked against ${options.sourcesDir}`
      : "quotes not checked (pass --sources DIR)";
    out(
      `seed OK: ${result.fileCount} files, ${result.dataset.nodes.length} nodes, ${result.dataset.edges.length} relationships, version ${result.dataset.version}; ${quotes}`,
    );
    return 0;
  }
  out(
    `seed invalid: ${result.issues.length} issue(s) in ${result.fileCount} file(s); nothing was loaded`,
  );
  return 1;
}
