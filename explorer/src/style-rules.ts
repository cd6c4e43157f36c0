/**
 * Styling rules, as Neo4j Bloom has them: colour the nodes by category, by status
 * (planned or expected, against happened or in force), by date or by the number of
 * relationships shown, and size them by relationships, by date or not at all. The
 * rule gives each node its paint; the legend is written from the same rule, so it
 * always says what the drawing shows. Shapes stay by category whatever the colour.
 */
import type { NodeCategory, Status } from "../../src/domain/vocabulary.js";
import { isProspective, NODE_CATEGORIES } from "../../src/domain/vocabulary.js";
import { CATEGORY_LOOKS } from "../../src/export/category-palette.js";
import type { ColourRule, SceneStyle, SizeRule } from "../../src/export/scene.js";

export interface PaintedNode {
  readonly category: NodeCategory;
  readonly status?: string | null;
  readonly earliest?: string;
  readonly degree: number;
}

export interface Paint {
  readonly fill: string;
  readonly border: string;
  readonly size: number;
}

export interface LegendEntry {
  readonly label: string;
  readonly fill: string;
  readonly border: string;
  /** A category's shape, when the entry is one. */
  readonly category?: NodeCategory;
}

export const COLOUR_LABELS: Readonly<Record<ColourRule, string>> = {
  category: "Category",
  status: "Status (planned or happened)",
  date: "Date",
  degree: "Relationships shown",
};

export const SIZE_LABELS: Readonly<Record<SizeRule, string>> = {
  degree: "Relationships shown",
  date: "Date (later is larger)",
  uniform: "All the same",
};

const NEUTRAL = { fill: "#e5e7eb", border: "#4b5563" };
const PLANNED = { fill: "#fb923c", border: "#9a3412" };
const HAPPENED = { fill: "#60a5fa", border: "#1e3a8a" };
/** A sequential scale, light to dark, that stays apart for colour-blind readers (viridis). */
const SCALE = [
  { fill: "#fde725", border: "#6b6200" },
  { fill: "#5ec962", border: "#1f5e22" },
  { fill: "#21918c", border: "#0b3b39" },
  { fill: "#3b528b", border: "#172342" },
  { fill: "#440154", border: "#1b0022" },
];

/** What the rules need to know of the whole view: its years and its largest degree. */
export interface PaintContext {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly maxDegree: number;
}

export function paintContext(nodes: readonly PaintedNode[]): PaintContext {
  const years = nodes.flatMap((node) => (node.earliest ? [Number(node.earliest.slice(0, 4))] : []));
  return {
    firstYear: years.length > 0 ? Math.min(...years) : 0,
    lastYear: years.length > 0 ? Math.max(...years) : 0,
    maxDegree: Math.max(1, ...nodes.map((node) => node.degree)),
  };
}

/** Where a value falls in 0…n-1 steps between low and high. */
function step(value: number, low: number, high: number, steps: number): number {
  if (high <= low) return steps - 1;
  return Math.min(steps - 1, Math.floor(((value - low) / (high - low + 1)) * steps));
}

function colourOf(node: PaintedNode, rule: ColourRule, context: PaintContext) {
  switch (rule) {
    case "category": {
      const look = CATEGORY_LOOKS[node.category];
      return { fill: look.colour, border: look.border };
    }
    case "status":
      if (!node.status) return NEUTRAL;
      return isProspective(node.status as Status) ? PLANNED : HAPPENED;
    case "date": {
      if (!node.earliest) return NEUTRAL;
      const year = Number(node.earliest.slice(0, 4));
      return SCALE[step(year, context.firstYear, context.lastYear, SCALE.length)] ?? NEUTRAL;
    }
    case "degree":
      return SCALE[step(node.degree, 0, context.maxDegree, SCALE.length)] ?? NEUTRAL;
  }
}

function sizeOf(node: PaintedNode, rule: SizeRule, context: PaintContext): number {
  switch (rule) {
    case "uniform":
      return 34;
    case "degree":
      return 24 + Math.round((32 * Math.min(node.degree, 12)) / 12);
    case "date": {
      if (!node.earliest) return 22;
      const year = Number(node.earliest.slice(0, 4));
      return 24 + 8 * step(year, context.firstYear, context.lastYear, 5);
    }
  }
}

export function paintNode(node: PaintedNode, style: SceneStyle, context: PaintContext): Paint {
  return { ...colourOf(node, style.colour, context), size: sizeOf(node, style.size, context) };
}

/** The legend of a colour rule, for the nodes in view. */
export function legendEntries(
  nodes: readonly PaintedNode[],
  rule: ColourRule,
  context: PaintContext,
): LegendEntry[] {
  const categories = NODE_CATEGORIES.filter((category) =>
    nodes.some((node) => node.category === category),
  );
  switch (rule) {
    case "category":
      return categories.map((category) => ({
        label: CATEGORY_LOOKS[category].label,
        fill: CATEGORY_LOOKS[category].colour,
        border: CATEGORY_LOOKS[category].border,
        category,
      }));
    case "status":
      return [
        { label: "happened or in force", ...HAPPENED },
        { label: "planned or expected", ...PLANNED },
        { label: "no status", ...NEUTRAL },
      ];
    case "date": {
      const entries: LegendEntry[] = [];
      const { firstYear, lastYear } = context;
      if (lastYear > 0) {
        const seen = new Set<number>();
        for (let year = firstYear; year <= lastYear; year++) {
          const index = step(year, firstYear, lastYear, SCALE.length);
          if (seen.has(index)) continue;
          seen.add(index);
          const colour = SCALE[index] ?? NEUTRAL;
          entries.push({ label: `from ${year}`, ...colour });
        }
      }
      return [...entries, { label: "no date", ...NEUTRAL }];
    }
    case "degree":
      return SCALE.map((colour, index) => {
        const low = Math.ceil((index * (context.maxDegree + 1)) / SCALE.length);
        return { label: `${low}+ relationships`, ...colour };
      }).filter(
        (entry, index, all) => all.findIndex((other) => other.label === entry.label) === index,
      );
  }
}
