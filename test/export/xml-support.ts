/** XML helpers for the export tests: a parse that fails on any XML error or warning. */
import { DOMParser } from "@xmldom/xmldom";

export function strictXml(text: string): Document {
  const problems: string[] = [];
  const record = (level: string) => (message: string) => {
    problems.push(`${level}: ${message}`);
  };
  const document = new DOMParser({
    errorHandler: {
      warning: record("warning"),
      error: record("error"),
      fatalError: record("fatal"),
    },
  }).parseFromString(text, "application/xml");
  if (problems.length > 0) throw new Error(`not well-formed XML:\n${problems.join("\n")}`);
  return document;
}

/** The elements named `tag`, as an array. */
export function elementsOf(document: Document, tag: string): Element[] {
  const list = document.getElementsByTagName(tag);
  const elements: Element[] = [];
  for (let index = 0; index < list.length; index++) {
    const element = list.item(index);
    if (element) elements.push(element);
  }
  return elements;
}
