/**
 * The part of the Office.js Word API the adapter uses, as structural types with Microsoft's
 * names and signatures: WordApi 1.3 (Word 2021 volume-licensed) as the baseline, WordApi 1.5 for
 * footnotes. office.ts checks at compile time that the real Word.RequestContext satisfies them;
 * the test double in test/doubles/word/ implements them with the same load/sync semantics. Units are Word's:
 * points for sizes, indents and spacing; lineSpacing in points where 12 is one line.
 */

/** A proxy object: properties are readable only after load(...) and context.sync(). */
export interface WClientObject {
  load(propertyNames?: string): void;
}

export interface WFont extends WClientObject {
  name: string;
  /** Points. */
  size: number;
  /** "#000000". */
  color: string;
  bold: boolean;
  italic: boolean;
}

export interface WParagraph extends WClientObject {
  readonly text: string;
  style: string;
  /** "Normal", "Heading1" … "Heading9", "Other" (WordApi 1.3). */
  styleBuiltIn: string;
  outlineLevel: number;
  /** 0 outside tables (WordApi 1.3). */
  readonly tableNestingLevel: number;
  /** "Left" | "Centered" | "Right" | "Justified". */
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  rightIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
  readonly font: WFont;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: "Before" | "After",
    values?: string[][]
  ): WTable;
  insertText(text: string, insertLocation: "Start" | "End" | "Replace"): WRange;
  insertContentControl(): WContentControl;
  getRange(rangeLocation?: "Whole" | "Start" | "End"): WRange;
}

/**
 * Word.SearchOptions (WordApi 1.1). Without wildcards, "^" starts a special character ("^s" a
 * non-breaking space, "^t" a tab, "^^" the caret itself); Word for Windows refuses a search
 * text longer than 255 characters (InvalidArgument).
 */
export interface WSearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

/** Ranges found by a search, in document order (WordApi 1.1). */
export interface WRangeCollection extends WClientObject {
  readonly items: WRange[];
}

export interface WParagraphCollection extends WClientObject {
  readonly items: WParagraph[];
  getFirst(): WParagraph;
}

/** A footnote (WordApi 1.5). */
export interface WNoteItem {
  readonly body: WBody;
}

export interface WRange extends WClientObject {
  readonly text: string;
  readonly font: WFont;
  readonly paragraphs: WParagraphCollection;
  readonly parentContentControlOrNullObject: WContentControl;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: "Before" | "After",
    values?: string[][]
  ): WTable;
  insertOoxml(ooxml: string, insertLocation: "Before" | "After"): WRange;
  insertContentControl(): WContentControl;
  /** WordApi 1.5: the reference mark goes after this range. */
  insertFootnote(insertText?: string): WNoteItem;
  expandTo(range: WRange): WRange;
  /** "Replace" puts the text in place of the range, with the formatting of its first character. */
  insertText(text: string, insertLocation: "Replace" | "Start" | "End"): WRange;
  /** Selects the range and scrolls Word to it (WordApi 1.1). */
  select(selectionMode?: "Select" | "Start" | "End"): void;
}

export interface WContentControl extends WClientObject {
  tag: string;
  title: string;
  /** "BoundingBox" | "Tags" | "Hidden". */
  appearance: string;
  color: string;
  readonly text: string;
  readonly isNullObject: boolean;
  readonly paragraphs: WParagraphCollection;
  getRange(rangeLocation?: "Whole"): WRange;
  insertParagraph(
    paragraphText: string,
    insertLocation: "Before" | "After" | "Start" | "End"
  ): WParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: "Before" | "After" | "Start" | "End",
    values?: string[][]
  ): WTable;
  /** Removes the control; with keepContent false, its content too. */
  delete(keepContent: boolean): void;
}

export interface WContentControlCollection extends WClientObject {
  readonly items: WContentControl[];
}

export interface WTableBorder {
  /** "None" | "Single" | … */
  type: string;
  /** Points. */
  width: number;
  color: string;
}

export interface WTableCell {
  readonly body: WBody;
  /** Points. */
  columnWidth: number;
  horizontalAlignment: string;
  verticalAlignment: string;
}

export interface WTable {
  headerRowCount: number;
  readonly font: WFont;
  getCell(rowIndex: number, cellIndex: number): WTableCell;
  getBorder(borderLocation: "All" | "Outside" | "Inside"): WTableBorder;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: "Before" | "After",
    values?: string[][]
  ): WTable;
  insertContentControl(): WContentControl;
  getRange(rangeLocation?: "Whole"): WRange;
}

export interface WBody extends WClientObject {
  readonly text: string;
  readonly font: WFont;
  readonly paragraphs: WParagraphCollection;
  /** Every occurrence of `searchText` in the body, tables and content controls included, in order. */
  search(searchText: string, searchOptions?: WSearchOptions): WRangeCollection;
  insertParagraph(paragraphText: string, insertLocation: "Start" | "End"): WParagraph;
  insertOoxml(ooxml: string, insertLocation: "Start" | "End"): WRange;
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: "Start" | "End",
    values?: string[][]
  ): WTable;
}

export interface WDocument {
  readonly body: WBody;
  readonly contentControls: WContentControlCollection;
  getSelection(): WRange;
}

export interface WContext {
  readonly document: WDocument;
  sync(): Promise<unknown>;
}

/** Office.context.document.settings (the common API): stored in the document when it is saved. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback?: (result: { status: unknown; error?: { message: string } | null }) => void
  ): void;
}

/** Everything the adapter needs from its host: Word.run, requirement sets, settings, mode. */
export interface WordEnvironment {
  /** Word.run: runs a batch; context.sync() inside it sends the queued commands. */
  run<T>(batch: (context: WContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version: string): boolean;
  /** False when no document is open (Office.context.document missing). */
  hasDocument(): boolean;
  /** True when the document is open read-only (Office.context.document.mode). */
  isReadOnly(): boolean;
  settings(): DocumentSettings | undefined;
}

/** The error Office.js rejects with: `code` is OfficeExtension.ErrorCodes ("AccessDenied", …). */
export interface OfficeErrorLike {
  code?: string;
  message?: string;
}
