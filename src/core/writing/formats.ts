/**
 * Word formatting of the report's parts, computed from core/layout.ts (the numbers io/docx.ts
 * uses) and converted to the units Office.js takes: points for sizes, indents and spacing,
 * lineSpacing in points where 12 is one line. Pure data, no Office.js calls.
 */
import { HeadingLevel, Inline, Table, isFootnote, plainText } from "../document";
import {
  BODY,
  BODY_TABLE,
  CLOSING,
  FONT,
  FOOTNOTE,
  HEADER_TABLE,
  HEADINGS,
  RULE,
  TEXT_WIDTH_TWIPS,
  TITLE,
} from "../layout";
import { textWidthPt } from "./text-width";

export type Alignment = "Left" | "Centered" | "Right" | "Justified";

export interface ParagraphFormat {
  /** A built-in style to apply first ("Normal", "Heading2"), or a style name copied from the document. */
  styleBuiltIn?: string;
  style?: string;
  alignment: Alignment;
  /** Points. */
  firstLineIndent: number;
  leftIndent: number;
  rightIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Points, 12 per line: 13,8 is 1,15 lines. */
  lineSpacing: number;
  font: { name: string; size: number; color: string; bold: boolean; italic: boolean };
}

/** Twips (1/20 pt) → points. */
export const twipsToPt = (twips: number) => twips / 20;

/** A line spacing in 240ths of a line (OOXML "auto") → Office.js points, 12 per line: 276 → 13,8. */
export const linesToPt = (auto240: number) => Math.round((auto240 / 240) * 12 * 100) / 100;

const BLACK = "#000000";

/**
 * The empty paragraph that closes a content control ending with a table (render.ts): 1 pt
 * high with no spacing, so the page looks as the .docx renderer lays it out.
 */
export function tableClosingFormat(): ParagraphFormat {
  const body = bodyFormat();
  return {
    ...body,
    alignment: "Left",
    firstLineIndent: 0,
    spaceAfter: 0,
    lineSpacing: 1,
    font: { ...body.font, size: 1 },
  };
}

/** nd30.md § Page, "body": Times New Roman 14 pt, justified, 1 cm first line, 6 pt after, 1,15 lines. */
export function bodyFormat(): ParagraphFormat {
  return {
    styleBuiltIn: "Normal",
    alignment: "Justified",
    firstLineIndent: twipsToPt(BODY.firstLineIndentTwips),
    leftIndent: 0,
    rightIndent: 0,
    spaceBefore: 0,
    spaceAfter: BODY.spacingAfterPt,
    lineSpacing: linesToPt(BODY.lineAuto240),
    font: { name: FONT, size: BODY.sizePt, color: BLACK, bold: false, italic: false },
  };
}

/** nd30.md § Body headings: the body's size and indent, bold/italic per level, a Heading style for the navigation pane. */
export function headingFormat(level: HeadingLevel): ParagraphFormat {
  const f = HEADINGS[level];
  const body = bodyFormat();
  return {
    ...body,
    styleBuiltIn: `Heading${level + 1}`,
    font: { ...body.font, bold: f.bold, italic: f.italic },
  };
}

/** A centred line with no indent (header block, title, signature), as io/docx.ts's `line`. */
export function centredLine(
  sizePt: number,
  options: { bold?: boolean; italic?: boolean; spaceBefore?: number; spaceAfter?: number } = {}
): ParagraphFormat {
  const body = bodyFormat();
  return {
    ...body,
    alignment: "Centered",
    firstLineIndent: 0,
    spaceBefore: options.spaceBefore ?? 0,
    spaceAfter: options.spaceAfter ?? 0,
    font: { ...body.font, size: sizePt, bold: !!options.bold, italic: !!options.italic },
  };
}

/** A left-aligned single-spaced line of Nơi nhận (nd30.md § Closing). */
export function closingLine(
  sizePt: number,
  options: { bold?: boolean; italic?: boolean } = {}
): ParagraphFormat {
  const body = bodyFormat();
  return {
    ...body,
    alignment: "Left",
    firstLineIndent: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    lineSpacing: linesToPt(CLOSING.lineAuto240),
    font: { ...body.font, size: sizePt, bold: !!options.bold, italic: !!options.italic },
  };
}

/** Kính gửi lines (nd30.md § Title): one recipient centred; several under an indented label. */
export function addresseeFormat(kind: "single" | "label" | "item"): ParagraphFormat {
  const body = bodyFormat();
  if (kind === "single")
    return centredLine(BODY.sizePt, {
      spaceBefore: TITLE.spacingBeforePt,
      spaceAfter: BODY.spacingAfterPt,
    });
  const share = kind === "label" ? TITLE.addresseeLabelIndentShare : TITLE.addresseeItemIndentShare;
  return {
    ...body,
    alignment: "Justified",
    firstLineIndent: 0,
    leftIndent: twipsToPt(Math.round(TEXT_WIDTH_TWIPS * share)),
    spaceBefore: kind === "label" ? TITLE.spacingBeforePt : 0,
    spaceAfter: 0,
  };
}

/** A body table cell's paragraph: 13 pt, no indent, 2 pt around, single spacing; header bold and centred. */
export function tableCellFormat(alignment: Alignment, header: boolean): ParagraphFormat {
  const body = bodyFormat();
  return {
    ...body,
    alignment,
    firstLineIndent: 0,
    spaceBefore: twipsToPt(BODY_TABLE.cellSpacingTwips),
    spaceAfter: twipsToPt(BODY_TABLE.cellSpacingTwips),
    lineSpacing: linesToPt(BODY_TABLE.cellLineAuto240),
    font: { ...body.font, size: BODY_TABLE.sizePt, bold: header && BODY_TABLE.headerBold },
  };
}

/** The widest word of a cell, twips: a line may break between words, never inside one. */
function widestWordTwips(cell: Inline[], bold: boolean): number {
  const strong = bold || cell.some((r) => !isFootnote(r) && r.bold);
  const words = plainText(cell).split(/\s+/);
  // 4 % to spare: Word and LibreOffice round each glyph's position.
  return Math.max(0, ...words.map((w) => textWidthPt(w, BODY_TABLE.sizePt, strong) * 20 * 1.04));
}

/**
 * Column widths in twips over the text width (every renderer's): each column at least as wide as
 * its widest word (headers bold) plus the cell margins, left and right, so "Kế hoạch" never breaks
 * as "Kế hoạc h"; the rest shared by the relative `widths` (the indicator names take most of it).
 */
export function columnWidthsTwips(
  t: Pick<Table, "widths" | "header" | "rows">,
  marginTwips: number = BODY_TABLE.cellMarginTwips
): number[] {
  const need = t.widths.map(
    (_, c) =>
      Math.ceil(
        Math.max(
          ...t.header.map((r) => widestWordTwips(r[c] ?? [], true)),
          ...t.rows.map((r) => widestWordTwips(r[c] ?? [], false))
        )
      ) +
      2 * marginTwips
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(need) >= TEXT_WIDTH_TWIPS)
    return need.map((n) => Math.floor((n / sum(need)) * TEXT_WIDTH_TWIPS));
  // A column whose share is below its need gets its need; the others share what is left.
  const fixed = new Set<number>();
  for (;;) {
    const free = TEXT_WIDTH_TWIPS - sum([...fixed].map((c) => need[c]));
    const weight = sum(t.widths.filter((_, c) => !fixed.has(c)));
    const share = (c: number) => (t.widths[c] / weight) * free;
    const short = t.widths.map((_, c) => c).filter((c) => !fixed.has(c) && share(c) < need[c]);
    if (short.length === 0)
      return t.widths.map((_, c) => (fixed.has(c) ? need[c] : Math.floor(share(c))));
    short.forEach((c) => fixed.add(c));
  }
}

/** Column widths in points, for Office.js, whose tables keep Word's default cell margins. */
export function columnWidthsPt(t: Pick<Table, "widths" | "header" | "rows">): number[] {
  return columnWidthsTwips(t, BODY_TABLE.wordDefaultCellMarginTwips).map(twipsToPt);
}

/** A body table column's alignment (core/document.ts) as Word names it. */
export const TABLE_ALIGN: Record<"left" | "center" | "right", Alignment> = {
  left: "Left",
  center: "Centered",
  right: "Right",
};

/** The two columns of the header block and of the closing table, in twips. */
export function twoColumnsTwips(leftShare: number): [number, number] {
  const left = Math.round(TEXT_WIDTH_TWIPS * leftShare);
  return [left, TEXT_WIDTH_TWIPS - left];
}

export const HEADER_COLUMNS = twoColumnsTwips(HEADER_TABLE.leftShare);
export const CLOSING_COLUMNS = twoColumnsTwips(CLOSING.leftShare);

/** Footnote text size and font (nd30.md: footnotes 12 pt [P]). */
export const FOOTNOTE_FONT = { name: FONT, size: FOOTNOTE.sizePt };

/**
 * A drawn rule (nd30.md § Header block: never typed dashes) as a one-paragraph OOXML package:
 * an empty paragraph's bottom border, `widthTwips` long, centred in `columnTwips`. WordApi 1.3 has
 * no paragraph borders, but insertOoxml (WordApi 1.1) takes this; io/docx.ts draws the same rule.
 * Only numbers go into the XML.
 */
export function ruleOoxml(widthTwips: number, columnTwips: number): string {
  const side = Math.max(0, Math.round((columnTwips - widthTwips) / 2));
  const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const paragraph =
    `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="${RULE.borderEighthsPt}" w:space="1" w:color="000000"/></w:pBdr>` +
    `<w:spacing w:before="0" w:after="0" w:line="${RULE.lineTwips}" w:lineRule="exact"/>` +
    `<w:ind w:left="${side}" w:right="${side}" w:firstLine="0"/></w:pPr>` +
    `<w:r><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}"/><w:sz w:val="${RULE.sizePt * 2}"/></w:rPr><w:t></w:t></w:r></w:p>`;
  return (
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>` +
    `<w:document xmlns:w="${w}"><w:body>${paragraph}</w:body></w:document>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}
