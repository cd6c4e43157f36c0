/**
 * The drawing as an SVG with its title, time, legend and citation: nodes in their
 * category's shape and the styling rule's colours, relationships as straight lines
 * (dashed when prospective), labels as text a reader can search and copy. Written
 * here from the Cytoscape model because the one Cytoscape SVG extension is GPL-3.0,
 * which this project's bundle cannot take; what it draws is the same elements and
 * positions as the canvas.
 */
import type { Core } from "cytoscape";
import type { Caption } from "./picture.js";

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
  );

function shapeOf(shape: string, x: number, y: number, r: number, paint: string): string {
  switch (shape) {
    case "ellipse":
      return `<circle cx="${x}" cy="${y}" r="${r}" ${paint}/>`;
    case "diamond":
      return `<polygon points="${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}" ${paint}/>`;
    case "round-triangle":
      return `<polygon points="${x},${y - r} ${x + r},${y + r} ${x - r},${y + r}" ${paint}/>`;
    case "hexagon": {
      const h = r * 0.87;
      return `<polygon points="${x - r / 2},${y - h} ${x + r / 2},${y - h} ${x + r},${y} ${x + r / 2},${y + h} ${x - r / 2},${y + h} ${x - r},${y}" ${paint}/>`;
    }
    default:
      return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" rx="${shape === "rectangle" ? 0 : r / 4}" ${paint}/>`;
  }
}

export function captionedSvg(cy: Core, caption: Caption): Blob {
  const visible = cy.elements().not(".filtered");
  const box = visible.boundingBox({});
  const margin = 40;
  const width = Math.max(box.w + 2 * margin, 900);
  const header = 80;
  const legendRows = Math.ceil(caption.legend.length / 4);
  const footer = 40 + legendRows * 28 + 60;
  const height = header + box.h + 2 * margin + footer;
  const dx = margin - box.x1 + (width - (box.w + 2 * margin)) / 2;
  const dy = header + margin - box.y1;
  const parts: string[] = [];
  visible.edges().forEach((edge) => {
    const a = edge.source().position();
    const b = edge.target().position();
    const onPath = edge.hasClass("on-path");
    const dash = edge.data("prospective") ? ' stroke-dasharray="6 4"' : "";
    parts.push(
      `<line x1="${a.x + dx}" y1="${a.y + dy}" x2="${b.x + dx}" y2="${b.y + dy}" stroke="${onPath ? "#dc2626" : "#94a3b8"}" stroke-width="${onPath ? 4 : 1.5}"${dash}/>`,
    );
  });
  visible.nodes().forEach((node) => {
    const { x, y } = node.position();
    const r = Number(node.data("size") ?? 30) / 2;
    const dash = node.data("prospective") ? ' stroke-dasharray="4 3"' : "";
    const paint = `fill="${node.data("fill")}" stroke="${node.data("border")}" stroke-width="2"${dash}`;
    parts.push(shapeOf(String(node.style("shape")), x + dx, y + dy, r, paint));
    parts.push(
      `<text x="${x + dx}" y="${y + dy + r + 14}" text-anchor="middle" font-size="12" fill="#111827">${escapeXml(String(node.data("label")))}</text>`,
    );
  });
  let legendY = header + box.h + 2 * margin + 30;
  const column = (width - 2 * margin) / 4;
  caption.legend.forEach((entry, index) => {
    const x = margin + (index % 4) * column;
    const y = legendY + Math.floor(index / 4) * 28;
    parts.push(
      `<rect x="${x}" y="${y - 12}" width="14" height="14" fill="${entry.fill}" stroke="${entry.border}" stroke-width="2"/><text x="${x + 22}" y="${y}" font-size="14" fill="#111827">${escapeXml(entry.label)}</text>`,
    );
  });
  legendY += legendRows * 28 + 10;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Liberation Sans, sans-serif">`,
    `<title>${escapeXml(caption.title)}, ${escapeXml(caption.time)}</title>`,
    `<desc>${escapeXml(caption.citation)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${margin}" y="36" font-size="24" font-weight="bold" fill="#111827">${escapeXml(caption.title)}</text>`,
    `<text x="${margin}" y="64" font-size="16" fill="#374151">${escapeXml(caption.time)}</text>`,
    ...parts,
    `<foreignObject x="${margin}" y="${legendY}" width="${width - 2 * margin}" height="60"><p xmlns="http://www.w3.org/1999/xhtml" style="margin:0;font-size:13px;color:#374151">${escapeXml(caption.citation)}</p></foreignObject>`,
    "</svg>",
    "",
  ];
  return new Blob([svg.join("\n")], { type: "image/svg+xml" });
}
