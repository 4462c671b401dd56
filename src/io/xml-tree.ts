/**
 * An XML part as a tree of elements that know where they are in the source string, read with
 * saxes. `baocao fill` changes word/document.xml by splicing that string at these offsets, so
 * every byte outside what it replaces stays as the clerk's Word wrote it: nothing is
 * re-serialised, unknown elements and namespace declarations included.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Qualified name as written: "w:p". */
  name: string;
  attributes: Record<string, string>;
  /** Offset of "<" of the start tag, in UTF-16 code units of the source string. */
  start: number;
  /** Offset just past the end tag's ">" (or the "/>" of an empty element). */
  end: number;
  /** Offset just past the start tag's ">". */
  contentStart: number;
  children: XmlNode[];
  parent?: XmlElement;
}

export type XmlNode = XmlElement | string;

/** The XML is not well-formed; `offset` is where the parser stopped. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message);
  }
}

/**
 * The root element of `xml` with offsets. Text nodes are kept decoded (entities resolved).
 * Throws XmlSyntaxError when the XML is not well-formed.
 */
export function parseXmlTree(xml: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const document: XmlElement = {
    name: "#document",
    attributes: {},
    start: 0,
    end: xml.length,
    contentStart: 0,
    children: [],
  };
  let current = document;
  let tagStart = 0;
  parser.on("opentagstart", () => {
    tagStart = xml.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      start: tagStart,
      end: -1,
      contentStart: parser.position,
      children: [],
      parent: current,
    };
    current.children.push(element);
    current = element;
  });
  parser.on("text", (text) => current.children.push(text));
  parser.on("closetag", () => {
    current.end = parser.position;
    current = current.parent ?? document;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new XmlSyntaxError((e as Error).message, parser.position);
  }
  const root = document.children.find((c): c is XmlElement => typeof c !== "string");
  if (!root) throw new XmlSyntaxError("no root element", 0);
  return root;
}

/** The element children of `e`. */
export function elements(e: XmlElement): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== "string");
}

/** The first element child named `name`. */
export function childNamed(e: XmlElement | undefined, name: string): XmlElement | undefined {
  return e ? elements(e).find((c) => c.name === name) : undefined;
}

/** Every element named `name` under `e` (not `e` itself), in document order. */
export function descendants(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of elements(e)) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}
