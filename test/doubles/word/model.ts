/**
 * The document of the Word test double: a tree like Word's own. The body holds paragraphs,
 * tables and content controls; a content control holds blocks (and may nest); a table holds
 * cells that hold blocks. Paragraphs hold runs with their font, and footnotes.
 * Sizes and spacing are in points, as Office.js reports them.
 */

export interface FontDouble {
  name: string;
  size: number;
  color: string;
  bold: boolean;
  italic: boolean;
}

/** What Word puts in a paragraph's text for each footnote reference mark. */
export const FOOTNOTE_MARK = "\u0002";

export interface RunDouble {
  text: string;
  font: FontDouble;
  /** A footnote reference: the run's text is FOOTNOTE_MARK, the note's text is here. */
  footnote?: BodyDouble;
}

export interface ParagraphFormatDouble {
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  rightIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
}

/** Word's own defaults for a new blank document (Normal: Calibri 11, 8 pt after, 1,08 lines). */
export const NORMAL_FONT: FontDouble = {
  name: "Calibri",
  size: 11,
  color: "#000000",
  bold: false,
  italic: false,
};
export const NORMAL_FORMAT: ParagraphFormatDouble = {
  alignment: "Left",
  firstLineIndent: 0,
  leftIndent: 0,
  rightIndent: 0,
  spaceBefore: 0,
  spaceAfter: 8,
  lineSpacing: 12.95,
};

export type Container = BodyDouble | ControlDouble | CellDouble;
export type BlockDouble = ParagraphDouble | TableDouble | ControlDouble;

export class BodyDouble {
  readonly kind = "body";
  children: BlockDouble[] = [];
}

export class ParagraphDouble {
  readonly kind = "paragraph";
  runs: RunDouble[] = [];
  /** Font of text typed into the paragraph next. */
  font: FontDouble = { ...NORMAL_FONT };
  format: ParagraphFormatDouble = { ...NORMAL_FORMAT };
  style = "Normal";
  styleBuiltIn = "Normal";
  /** 1–9 for headings, 10 for body text (Word's wdOutlineLevelBodyText). */
  outlineLevel = 10;
  /** Set for a paragraph inserted as OOXML: the XML it came from. */
  ooxml?: string;
  parent!: Container;

  get text(): string {
    return this.runs.map((r) => r.text).join("");
  }
}

export class CellDouble {
  readonly kind = "cell";
  children: BlockDouble[] = [];
  horizontalAlignment = "Left";
  verticalAlignment = "Top";
  columnWidth = 0;
  constructor(readonly table: TableDouble) {}
}

export interface BorderDouble {
  type: string;
  width: number;
  color: string;
}

export class TableDouble {
  readonly kind = "table";
  rows: CellDouble[][] = [];
  headerRowCount = 0;
  /** By location: "All", "Outside", "Inside". */
  borders: Record<string, BorderDouble> = { All: { type: "Single", width: 0.5, color: "#000000" } };
  parent!: Container;
}

let nextControlId = 1;

export class ControlDouble {
  readonly kind = "control";
  children: BlockDouble[] = [];
  tag = "";
  title = "";
  appearance = "BoundingBox";
  color = "";
  readonly id = nextControlId++;
  parent!: Container;
}

/** Thrown like OfficeExtension.Error: `code` is one of Office.js's error codes. */
export class OfficeErrorDouble extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

/** The blocks a container holds, tables entered cell by cell: every paragraph, in order. */
export function paragraphsOf(node: Container | BlockDouble): ParagraphDouble[] {
  if (node.kind === "paragraph") return [node];
  if (node.kind === "table") return node.rows.flat().flatMap((c) => paragraphsOf(c));
  return node.children.flatMap((b) => paragraphsOf(b));
}

/** Every content control inside `node`, outer before inner, in document order. */
export function controlsOf(node: Container | BlockDouble): ControlDouble[] {
  if (node.kind === "paragraph") return [];
  if (node.kind === "table") return node.rows.flat().flatMap((c) => controlsOf(c));
  const own = node.kind === "control" ? [node] : [];
  return [...own, ...node.children.flatMap((b) => controlsOf(b))];
}

/** Text as Word gives it: paragraphs end with "\r"-joined lines, cells joined with "\t". */
export function textOf(node: Container | BlockDouble): string {
  if (node.kind === "paragraph") return node.text;
  if (node.kind === "table")
    return node.rows.map((row) => row.map((c) => textOf(c)).join("\t")).join("\r");
  return node.children.map((b) => textOf(b)).join("\r");
}

/** The containers around a block, innermost first. */
export function ancestors(node: BlockDouble): Container[] {
  const out: Container[] = [];
  let c: Container | undefined = node.parent;
  while (c) {
    out.push(c);
    c = c.kind === "body" ? undefined : c.kind === "cell" ? c.table.parent : c.parent;
  }
  return out;
}

export function tableNestingLevel(p: ParagraphDouble): number {
  return ancestors(p).filter((c) => c.kind === "cell").length;
}

/** The innermost content control around a block, or null. */
export function parentControl(node: BlockDouble): ControlDouble | null {
  return ancestors(node).find((c): c is ControlDouble => c.kind === "control") ?? null;
}

function siblings(node: BlockDouble): BlockDouble[] {
  return node.parent.children;
}

export function insertAt(container: Container, index: number, node: BlockDouble): void {
  node.parent = container;
  container.children.splice(index, 0, node);
}

export function insertBeside(ref: BlockDouble, node: BlockDouble, where: "Before" | "After"): void {
  const list = siblings(ref);
  const at = list.indexOf(ref);
  if (at < 0)
    throw new OfficeErrorDouble("ItemNotFound", "The reference object is not in the document.");
  insertAt(ref.parent, where === "Before" ? at : at + 1, node);
}

export function insertInside(container: Container, node: BlockDouble, where: "Start" | "End"): void {
  insertAt(container, where === "Start" ? 0 : container.children.length, node);
}

export function remove(node: BlockDouble): void {
  const list = siblings(node);
  const at = list.indexOf(node);
  if (at >= 0) list.splice(at, 1);
}

/** Wraps consecutive sibling blocks in a new content control, as Word does for a block range. */
export function wrap(nodes: BlockDouble[]): ControlDouble {
  const parent = nodes[0].parent;
  const list = parent.children;
  const first = list.indexOf(nodes[0]);
  const consecutive = nodes.every((n, k) => n.parent === parent && list[first + k] === n);
  if (first < 0 || !consecutive)
    throw new OfficeErrorDouble(
      "InvalidArgument",
      "The range does not cover whole, adjacent blocks of one container."
    );
  const control = new ControlDouble();
  control.parent = parent;
  list.splice(first, nodes.length, control);
  for (const n of nodes) {
    n.parent = control;
    control.children.push(n);
  }
  return control;
}

/** A new paragraph as Word makes one next to `like` (pressing Enter): same style and format. */
export function newParagraph(text: string, like?: ParagraphDouble): ParagraphDouble {
  const p = new ParagraphDouble();
  if (like) {
    p.style = like.style;
    p.styleBuiltIn = like.styleBuiltIn;
    p.outlineLevel = like.outlineLevel;
    p.format = { ...like.format };
    p.font = { ...like.font };
  }
  if (text !== "") p.runs.push({ text, font: { ...p.font } });
  return p;
}

/** A table as Word's insertTable makes it: every cell one paragraph holding its value. */
export function newTable(rows: number, columns: number, values?: string[][]): TableDouble {
  if (values && (values.length !== rows || values.some((r) => r.length !== columns)))
    throw new OfficeErrorDouble("InvalidArgument", "values must be rowCount × columnCount.");
  const t = new TableDouble();
  t.rows = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = new CellDouble(t);
      insertInside(cell, newParagraph(values?.[r]?.[c] ?? ""), "End");
      return cell;
    })
  );
  return t;
}

/**
 * Replaces characters [start, end) of a paragraph's text with `text`, as Word's
 * insertText(…, "Replace") on that range does: the new text takes the font of the run holding
 * the first replaced character; every other character and run is left as it was, and runs
 * emptied by the replacement disappear (footnote marks stay).
 */
export function replaceText(p: ParagraphDouble, start: number, end: number, text: string): void {
  let offset = 0;
  let placed = false;
  const runs: RunDouble[] = [];
  for (const run of p.runs) {
    const from = offset;
    offset += run.text.length;
    if (offset <= start || from >= end) {
      runs.push(run);
      continue;
    }
    const before = run.text.slice(0, Math.max(0, start - from));
    const after = run.text.slice(Math.min(run.text.length, end - from));
    run.text = placed ? after : before + text + after;
    placed = true;
    if (run.text !== "" || run.footnote) runs.push(run);
  }
  if (!placed) throw new OfficeErrorDouble("InvalidArgument", "The range is not in the paragraph.");
  p.runs = runs;
}

/** The special characters of Word's search text without wildcards that the adapter may use. */
const SEARCH_CODES: Record<string, string> = { "^": "^", s: "\u00a0", t: "\t" };

/** Word's search text without wildcards, as the characters it matches. */
export function searchedText(searchText: string): string {
  if (searchText === "" || searchText.length > 255)
    throw new OfficeErrorDouble(
      "InvalidArgument",
      "The search text must have from 1 to 255 characters."
    );
  return searchText.replace(/\^(.?)/g, (_, code: string) => {
    const ch = SEARCH_CODES[code];
    if (ch === undefined)
      throw new Error(`Test double: the special search character "^${code}" is not implemented.`);
    return ch;
  });
}

/** Offsets of the occurrences of `needle` in `text`, left to right, not overlapping, as Word finds them. */
export function occurrencesIn(text: string, needle: string, matchCase: boolean): number[] {
  const hay = matchCase ? text : text.toLocaleLowerCase("vi");
  const find = matchCase ? needle : needle.toLocaleLowerCase("vi");
  if (hay.length !== text.length || find.length !== needle.length)
    throw new Error(
      "Test double: a case-insensitive search that changes lengths is not implemented."
    );
  const out: number[] = [];
  for (let at = hay.indexOf(find); at >= 0; at = hay.indexOf(find, at + find.length)) out.push(at);
  return out;
}
