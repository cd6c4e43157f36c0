/**
 * Folds text for matching: case, accents and typographic punctuation should not
 * stop "Japans safety institute" from finding "Japan’s Safety Institute".
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[‘’´`']/g, "")
    .replace(/[–—‐-]/g, "-")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
