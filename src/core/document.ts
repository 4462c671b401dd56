/**
 * The document model: the one structure every renderer consumes (.docx, Word, preview).
 * It holds text and structure only; sizes, fonts and spacing come from layout.ts.
 */

/** A run of text. Text is NFC. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A footnote reference at this point of the paragraph; the footnote's own text is `footnote`. */
export interface FootnoteRef {
  footnote: TextRun[];
}

export type Inline = TextRun | FootnoteRef;

export function isFootnote(i: Inline): i is FootnoteRef {
  return "footnote" in i;
}

/**
 * Heading levels, after nd30.md § Body headings:
 * 0 phần ("A."), 1 mục ("I."), 2 khoản ("1."), 3 sub-khoản ("1.1."), 4 điểm ("a)").
 */
export type HeadingLevel = 0 | 1 | 2 | 3 | 4;

/** Where generated content came from: a renderer tags its content control with this. */
export interface Source {
  sectionId: string;
  indicatorId?: string;
}

export interface Heading {
  type: "heading";
  level: HeadingLevel;
  /** "II.", "2.2.", "a)". */
  number: string;
  title: string;
  sectionId: string;
}

export interface Paragraph {
  type: "paragraph";
  runs: Inline[];
  /** A leading "- " or "+ " bullet, typed as text like the clerks do. */
  bullet?: "-" | "+";
  /** True for a visible placeholder the clerk still has to write. */
  placeholder?: boolean;
  source?: Source;
}

/** A table cell: runs, or paragraphs of runs. */
export type TableCell = Inline[];

export interface Table {
  type: "table";
  /** Header rows, each a list of cells. */
  header: TableCell[][];
  rows: TableCell[][];
  /** Per column: text alignment in body rows. */
  align: ("left" | "center" | "right")[];
  /** Relative column widths (any unit; renderers scale them to the text width). */
  widths: number[];
  source?: Source;
}

export type Block = Heading | Paragraph | Table;

/** The page-1 header block of nd30.md § Header block. */
export interface DocumentHeader {
  /** Upper case, or undefined when there is no parent agency. */
  parentAgency?: string;
  /** Upper case, in lines: "ỦY BAN NHÂN DÂN" / "XÃ BÌNH THÀNH" (see `issuerLines`). */
  issuer: string[];
  /** "Số: 05/BC-UBND" or "Số:      /BC-UBND". */
  number: string;
  /** "Bình Thành, ngày 05 tháng 01 năm 2024". */
  placeDate: string;
}

/** The closing table of nd30.md § Closing. */
export interface Signature {
  /** Each "- …;", the last "- Lưu: VT, …." */
  recipients: string[];
  /** "TM. ỦY BAN NHÂN DÂN", or undefined when the head signs in their own name. */
  authority?: string;
  /** "CHỦ TỊCH". */
  position: string;
  signerName: string;
}

export interface ReportDocument {
  header: DocumentHeader;
  /** "BÁO CÁO". */
  documentType: string;
  /** Trích yếu lines, sentence case. */
  summary: string[];
  /** Kính gửi recipients; empty when none. */
  addressees: string[];
  body: Block[];
  signature: Signature;
}

/** Plain text of runs (footnotes left out): for previews, hashes and tests. */
export function plainText(runs: Inline[]): string {
  return runs.map((r) => (isFootnote(r) ? "" : r.text)).join("");
}
