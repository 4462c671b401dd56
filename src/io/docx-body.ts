/**
 * The paragraphs of a clerk's own .docx as the heading matcher reads them (core/headings.ts
 * `DocParagraph`): text, style name, outline level, inside a table or not; and, for a paragraph
 * Word numbers automatically, its number in front of its text ("1. Cải cách thể chế"), worked out
 * from numbering.xml, since the number is not in the text. Groundwork of issue 13 (filling the
 * clerk's own .docx); the Word pane reads the same things through Office.js.
 * Throws DocxReadError (Vietnamese) when the bytes are not a .docx. The package, parser and text
 * of a paragraph are docx-text.ts's.
 */
import type JSZip from "jszip";
import type { DocParagraph } from "../core/headings";
import { toRoman } from "../core/numbering";
import { XmlNode, childrenOf, docxPart, openDocx, paragraphText, tagOf } from "./docx-text";

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const a = node?.[":@"] as Record<string, string> | undefined;
  return a?.[name];
}

/** The first child element named `tag`. */
function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
}

/** Every element named `tag` under `nodes`, in document order. */
function all(nodes: XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const n of nodes) {
    const t = tagOf(n);
    if (t === tag) out.push(n);
    else if (t !== "#text") all(childrenOf(n), tag, out);
  }
  return out;
}

/** A list level: how its number is written. */
interface Level {
  start: number;
  format: string;
  text: string;
}

interface Style {
  name: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
}

/** "numId w:val", "w:ilvl w:val" of a w:pPr. */
function numberingOf(pPr: XmlNode | undefined): { numId?: string; ilvl?: number } {
  const numPr = child(pPr, "w:numPr");
  const numId = attr(child(numPr, "w:numId"), "w:val");
  const ilvl = attr(child(numPr, "w:ilvl"), "w:val");
  return { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

function outlineOf(pPr: XmlNode | undefined): number | undefined {
  const v = attr(child(pPr, "w:outlineLvl"), "w:val");
  // Word's w:outlineLvl is 0-based (0 = level 1); 9 is body text.
  return v === undefined ? undefined : Number(v) + 1;
}

function readStyles(nodes: XmlNode[]): Map<string, Style> {
  const out = new Map<string, Style>();
  for (const s of all(nodes, "w:style")) {
    const id = attr(s, "w:styleId");
    if (!id) continue;
    const pPr = child(s, "w:pPr");
    out.set(id, {
      name: attr(child(s, "w:name"), "w:val") ?? id,
      outlineLevel: outlineOf(pPr),
      ...numberingOf(pPr),
    });
  }
  return out;
}

/** numId → its levels (through its abstract numbering). */
function readNumbering(nodes: XmlNode[]): Map<string, Map<number, Level>> {
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of all(nodes, "w:abstractNum")) {
    const levels = new Map<number, Level>();
    for (const l of childrenOf(a).filter((c) => tagOf(c) === "w:lvl"))
      levels.set(Number(attr(l, "w:ilvl") ?? 0), {
        start: Number(attr(child(l, "w:start"), "w:val") ?? 1),
        format: attr(child(l, "w:numFmt"), "w:val") ?? "decimal",
        text: attr(child(l, "w:lvlText"), "w:val") ?? "",
      });
    abstract.set(attr(a, "w:abstractNumId") ?? "", levels);
  }
  const out = new Map<string, Map<number, Level>>();
  for (const n of all(nodes, "w:num")) {
    const levels = abstract.get(attr(child(n, "w:abstractNumId"), "w:val") ?? "");
    if (levels) out.set(attr(n, "w:numId") ?? "", levels);
  }
  return out;
}

/** A counter in a list format: decimal 3, upperRoman III, lowerLetter c. */
export function formatCounter(n: number, format: string): string {
  if (format === "upperRoman") return toRoman(n);
  if (format === "lowerRoman") return toRoman(n).toLowerCase();
  if (format === "upperLetter" || format === "lowerLetter") {
    const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
    return format === "upperLetter" ? letter.toUpperCase() : letter;
  }
  if (format === "decimalZero") return String(n).padStart(2, "0");
  return String(n);
}

/** Counts list items as Word does: per list, a level's counter resets those below it. */
class ListCounter {
  private counts = new Map<string, number[]>();

  constructor(private readonly numbering: Map<string, Map<number, Level>>) {}

  /** The number Word shows for the next item of list `numId` at `ilvl`; "" for bullets or unknown lists. */
  next(numId: string, ilvl: number): string {
    const levels = this.numbering.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level || numId === "0") return "";
    const counts = this.counts.get(numId) ?? [];
    for (let i = 0; i < ilvl; i++) counts[i] ??= levels.get(i)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    this.counts.set(numId, counts);
    if (level.format === "bullet" || level.format === "none") return "";
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatCounter(counts[i] ?? 1, levels.get(i)?.format ?? "decimal");
    });
  }
}

/**
 * Every paragraph of the body in document order (table cells included, as Word counts them),
 * with what tells a heading: style name, outline level, inside a table, and the automatic
 * number. Index i matches readDocxParagraphs's i.
 */
export async function readDocxBody(bytes: Uint8Array): Promise<DocParagraph[]> {
  return (await bodyParagraphs(await openDocx(bytes, BODY_PARTS))).paragraphs;
}

/** The parts readDocxBody reads. */
export const BODY_PARTS = ["word/document.xml", "word/styles.xml", "word/numbering.xml"];

/**
 * readDocxBody of a package already opened (with BODY_PARTS among its checked parts), with each
 * paragraph's text as readDocxParagraphs gives it (no list number): the checker's input, from
 * the same parse.
 */
export async function bodyParagraphs(
  zip: JSZip
): Promise<{ paragraphs: DocParagraph[]; texts: string[] }> {
  const styles = readStyles(await docxPart(zip, "word/styles.xml"));
  const counter = new ListCounter(readNumbering(await docxPart(zip, "word/numbering.xml")));
  const out: DocParagraph[] = [];
  const texts: string[] = [];
  const walk = (nodes: XmlNode[], inTable: boolean) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === "w:p") {
        const text = paragraphText(node);
        texts.push(text);
        out.push(paragraph(node, inTable, text));
      } else if (tag === "mc:AlternateContent") walk(childrenOf(node).slice(0, 1), inTable);
      else if (tag !== "#text" && tag !== "w:pPr" && tag !== "w:rPr" && tag !== "w:txbxContent")
        walk(childrenOf(node), inTable || tag === "w:tbl");
    }
  };
  const paragraph = (p: XmlNode, inTable: boolean, text: string): DocParagraph => {
    const pPr = child(p, "w:pPr");
    const styleId = attr(child(pPr, "w:pStyle"), "w:val") ?? "Normal";
    const style = styles.get(styleId);
    const own = numberingOf(pPr);
    const numId = own.numId ?? style?.numId;
    const ilvl = own.ilvl ?? style?.ilvl ?? 0;
    const number = numId && text.trim() !== "" ? counter.next(numId, ilvl) : "";
    const name = style?.name ?? styleId;
    const heading = /^heading (\d)$/i.exec(name);
    return {
      text: number ? `${number} ${text}` : text,
      style: name,
      styleBuiltIn: heading
        ? `Heading${heading[1]}`
        : name.toLowerCase() === "normal"
          ? "Normal"
          : "Other",
      outlineLevel:
        outlineOf(pPr) ?? style?.outlineLevel ?? (heading ? Number(heading[1]) : undefined),
      inTable,
    };
  };
  walk(await docxPart(zip, "word/document.xml"), false);
  return { paragraphs: out, texts };
}
