/**
 * The drawing as a picture to put in a paper: Cytoscape's PNG of the whole graph with
 * a title and the time it shows above it, and the legend and the dataset's citation
 * below, drawn onto one canvas, so the picture says what it is wherever it goes.
 */
import type { LegendEntry } from "./style-rules.js";

export interface Caption {
  readonly title: string;
  /** "as of 30 April 2022", "all dates"… */
  readonly time: string;
  readonly legend: readonly LegendEntry[];
  readonly citation: string;
}

const FONT = "DejaVu Sans, Liberation Sans, sans-serif";
const MARGIN = 32;

/** Splits text into lines no wider than `width` as measured by the context. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export async function captionedPng(drawing: Blob, caption: Caption): Promise<Blob> {
  const image = await createImageBitmap(drawing);
  const width = Math.max(image.width + 2 * MARGIN, 1200);
  const measure = document.createElement("canvas").getContext("2d");
  if (!measure) throw new Error("this browser cannot draw pictures");
  measure.font = `24px ${FONT}`;
  const citationLines = wrap(measure, caption.citation, width - 2 * MARGIN);
  const legendRows = Math.ceil(caption.legend.length / 4);
  const header = 100;
  const footer = 40 + legendRows * 40 + citationLines.length * 32 + MARGIN;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = header + image.height + footer;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw pictures");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = "#111827";
  context.font = `bold 36px ${FONT}`;
  context.fillText(caption.title, MARGIN, 48);
  context.font = `26px ${FONT}`;
  context.fillStyle = "#374151";
  context.fillText(caption.time, MARGIN, 86);
  context.drawImage(image, (width - image.width) / 2, header);
  let y = header + image.height + 40;
  context.font = `24px ${FONT}`;
  const column = (width - 2 * MARGIN) / 4;
  caption.legend.forEach((entry, index) => {
    const x = MARGIN + (index % 4) * column;
    const rowY = y + Math.floor(index / 4) * 40;
    context.fillStyle = entry.fill;
    context.strokeStyle = entry.border;
    context.lineWidth = 3;
    context.fillRect(x, rowY - 20, 24, 24);
    context.strokeRect(x, rowY - 20, 24, 24);
    context.fillStyle = "#111827";
    context.fillText(entry.label, x + 34, rowY);
  });
  y += legendRows * 40 + 10;
  context.fillStyle = "#374151";
  for (const line of citationLines) {
    context.fillText(line, MARGIN, y);
    y += 32;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no picture"))), "image/png"),
  );
}

/** Offers a file for download under a name. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
