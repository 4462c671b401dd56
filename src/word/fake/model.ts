/**
 * The document of the Word test double: a tree like Word's own. The body holds paragraphs,
 * tables and content controls; a content control holds blocks (and may nest); a table holds
 * cells that hold blocks. Paragraphs hold runs with their font, and footnotes.
 * Sizes and spacing are in points, as Office.js reports them.
 */

export interface FakeFont {
  name: string;
  size: number;
  color: string;
  bold: boolean;
  italic: boolean;
}

export interface FakeRun {
  text: string;
  font: FakeFont;
  /** A footnote reference: the run's text is empty, the note's text is here. */
  footnote?: FakeBody;
}

export interface FakeParagraphFormat {
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  rightIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
}

/** Word's own defaults for a new blank document (Normal: Calibri 11, 8 pt after, 1,08 lines). */
export const NORMAL_FONT: FakeFont = {
  name: "Calibri",
  size: 11,
  color: "#000000",
  bold: false,
  italic: false,
};
export const NORMAL_FORMAT: FakeParagraphFormat = {
  alignment: "Left",
  firstLineIndent: 0,
  leftIndent: 0,
  rightIndent: 0,
  spaceBefore: 0,
  spaceAfter: 8,
  lineSpacing: 12.95,
};

export type Container = FakeBody | FakeControl | FakeCell;
export type FakeBlock = FakeParagraph | FakeTable | FakeControl;

export class FakeBody {
  readonly kind = "body";
  children: FakeBlock[] = [];
}

export class FakeParagraph {
  readonly kind = "paragraph";
  runs: FakeRun[] = [];
  /** Font of text typed into the paragraph next. */
  font: FakeFont = { ...NORMAL_FONT };
  format: FakeParagraphFormat = { ...NORMAL_FORMAT };
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

export class FakeCell {
  readonly kind = "cell";
  children: FakeBlock[] = [];
  horizontalAlignment = "Left";
  verticalAlignment = "Top";
  columnWidth = 0;
  constructor(readonly table: FakeTable) {}
}

export interface FakeBorder {
  type: string;
  width: number;
  color: string;
}

export class FakeTable {
  readonly kind = "table";
  rows: FakeCell[][] = [];
  headerRowCount = 0;
  /** By location: "All", "Outside", "Inside". */
  borders: Record<string, FakeBorder> = { All: { type: "Single", width: 0.5, color: "#000000" } };
  parent!: Container;
}

let nextControlId = 1;

export class FakeControl {
  readonly kind = "control";
  children: FakeBlock[] = [];
  tag = "";
  title = "";
  appearance = "BoundingBox";
  color = "";
  readonly id = nextControlId++;
  parent!: Container;
}

/** Thrown like OfficeExtension.Error: `code` is one of Office.js's error codes. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

/** The blocks a container holds, tables entered cell by cell: every paragraph, in order. */
export function paragraphsOf(node: Container | FakeBlock): FakeParagraph[] {
  if (node.kind === "paragraph") return [node];
  if (node.kind === "table") return node.rows.flat().flatMap((c) => paragraphsOf(c));
  return node.children.flatMap((b) => paragraphsOf(b));
}

/** Every content control inside `node`, outer before inner, in document order. */
export function controlsOf(node: Container | FakeBlock): FakeControl[] {
  if (node.kind === "paragraph") return [];
  if (node.kind === "table") return node.rows.flat().flatMap((c) => controlsOf(c));
  const own = node.kind === "control" ? [node] : [];
  return [...own, ...node.children.flatMap((b) => controlsOf(b))];
}

/** Text as Word gives it: paragraphs end with "\r"-joined lines, cells joined with "\t". */
export function textOf(node: Container | FakeBlock): string {
  if (node.kind === "paragraph") return node.text;
  if (node.kind === "table")
    return node.rows.map((row) => row.map((c) => textOf(c)).join("\t")).join("\r");
  return node.children.map((b) => textOf(b)).join("\r");
}

/** The containers around a block, innermost first. */
export function ancestors(node: FakeBlock): Container[] {
  const out: Container[] = [];
  let c: Container | undefined = node.parent;
  while (c) {
    out.push(c);
    c = c.kind === "body" ? undefined : c.kind === "cell" ? c.table.parent : c.parent;
  }
  return out;
}

export function tableNestingLevel(p: FakeParagraph): number {
  return ancestors(p).filter((c) => c.kind === "cell").length;
}

/** The innermost content control around a block, or null. */
export function parentControl(node: FakeBlock): FakeControl | null {
  return ancestors(node).find((c): c is FakeControl => c.kind === "control") ?? null;
}

function siblings(node: FakeBlock): FakeBlock[] {
  return node.parent.children;
}

export function insertAt(container: Container, index: number, node: FakeBlock): void {
  node.parent = container;
  container.children.splice(index, 0, node);
}

export function insertBeside(ref: FakeBlock, node: FakeBlock, where: "Before" | "After"): void {
  const list = siblings(ref);
  const at = list.indexOf(ref);
  if (at < 0)
    throw new FakeOfficeError("ItemNotFound", "The reference object is not in the document.");
  insertAt(ref.parent, where === "Before" ? at : at + 1, node);
}

export function insertInside(container: Container, node: FakeBlock, where: "Start" | "End"): void {
  insertAt(container, where === "Start" ? 0 : container.children.length, node);
}

export function remove(node: FakeBlock): void {
  const list = siblings(node);
  const at = list.indexOf(node);
  if (at >= 0) list.splice(at, 1);
}

/** Wraps consecutive sibling blocks in a new content control, as Word does for a block range. */
export function wrap(nodes: FakeBlock[]): FakeControl {
  const parent = nodes[0].parent;
  const list = parent.children;
  const first = list.indexOf(nodes[0]);
  const consecutive = nodes.every((n, k) => n.parent === parent && list[first + k] === n);
  if (first < 0 || !consecutive)
    throw new FakeOfficeError(
      "InvalidArgument",
      "The range does not cover whole, adjacent blocks of one container."
    );
  const control = new FakeControl();
  control.parent = parent;
  list.splice(first, nodes.length, control);
  for (const n of nodes) {
    n.parent = control;
    control.children.push(n);
  }
  return control;
}

/** A new paragraph as Word makes one next to `like` (pressing Enter): same style and format. */
export function newParagraph(text: string, like?: FakeParagraph): FakeParagraph {
  const p = new FakeParagraph();
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
export function newTable(rows: number, columns: number, values?: string[][]): FakeTable {
  if (values && (values.length !== rows || values.some((r) => r.length !== columns)))
    throw new FakeOfficeError("InvalidArgument", "values must be rowCount × columnCount.");
  const t = new FakeTable();
  t.rows = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = new FakeCell(t);
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
export function replaceText(p: FakeParagraph, start: number, end: number, text: string): void {
  let offset = 0;
  let placed = false;
  const runs: FakeRun[] = [];
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
  if (!placed) throw new FakeOfficeError("InvalidArgument", "The range is not in the paragraph.");
  p.runs = runs;
}

/** The special characters of Word's search text without wildcards that the adapter may use. */
const SEARCH_CODES: Record<string, string> = { "^": "^", s: "\u00a0", t: "\t" };

/** Word's search text without wildcards, as the characters it matches. */
export function searchedText(searchText: string): string {
  if (searchText === "" || searchText.length > 255)
    throw new FakeOfficeError(
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
