/**
 * The Word renderer of the document model (core/document.ts), the counterpart of io/docx.ts:
 * the same blocks, the same text helpers (core/lines.ts), the same numbers (core/layout.ts via
 * format.ts). It only queues commands on the request context; the caller syncs, once.
 *
 * Every block it writes goes into a content control tagged with its source: a section's blocks
 * into "baocao:section:<id>", each indicator sentence also into "baocao:indicator:<id>", the
 * skeleton's parts into "baocao:part:<name>". Headings are left outside: they are the clerk's
 * anchors, found again by their text.
 */
import { Block, Inline, ReportDocument, Table, isFootnote, plainText } from "../core/document";
import {
  BODY,
  CLOSING,
  HEADER_TABLE,
  MOTTO,
  NATIONAL_TITLE,
  TITLE,
  TEXT_WIDTH_TWIPS,
} from "../core/layout";
import { addresseeLines, headingLine, paragraphRuns } from "../core/lines";
import {
  INDICATOR_TITLE,
  controlTitle,
  indicatorTag,
  sectionTitle,
  partTag,
  sectionTag,
} from "../core/tags";
import type { WContentControl, WParagraph, WRange, WTable } from "./api";
import {
  CLOSING_COLUMNS,
  FOOTNOTE_FONT,
  HEADER_COLUMNS,
  ParagraphFormat,
  TABLE_ALIGN,
  addresseeFormat,
  bodyFormat,
  centredLine,
  closingLine,
  columnWidthsPt,
  headingFormat,
  tableClosingFormat,
  ruleOoxml,
  tableCellFormat,
  twipsToPt,
} from "../core/writing/formats";

/** How the Ghi chú notes are written: real footnotes (WordApi 1.5) or "(…)" after the sentence. */
export type NoteMode = "footnote" | "parentheses";

/** A place to write the next block. */
interface Anchor {
  paragraph(text: string): WParagraph;
  table(rows: number, columns: number, values: string[][]): WTable;
  ooxml(xml: string): WRange;
}

/** Right after a paragraph, a table, a range or a content control (outside it). */
export function after(x: WParagraph | WTable | WRange | WContentControl): Anchor {
  return {
    paragraph: (text) => x.insertParagraph(text, "After"),
    table: (rows, columns, values) => x.insertTable(rows, columns, "After", values),
    ooxml: (xml) => ("getRange" in x ? x.getRange("Whole") : x).insertOoxml(xml, "After"),
  };
}

/** Right before a content control (to replace it) or a paragraph (to start an empty document). */
export function before(x: WContentControl | WParagraph): Anchor {
  return {
    paragraph: (text) => x.insertParagraph(text, "Before"),
    table: (rows, columns, values) => x.insertTable(rows, columns, "Before", values),
    ooxml: () => {
      throw new Error("A rule never opens a run of blocks.");
    },
  };
}

/** Writes blocks one after the other from an anchor, remembering the range of each. */
export class BlockWriter {
  private anchor: Anchor;
  private readonly ranges: WRange[] = [];
  /** The last block written is a table (its cells' own paragraphs do not count). */
  private endsWithTable = false;

  constructor(
    start: Anchor,
    readonly notes: NoteMode
  ) {
    this.anchor = start;
  }

  /** A paragraph of runs in `format`; bold and italic runs keep their marks. */
  paragraph(runs: Inline[], format: ParagraphFormat): WParagraph {
    const p = this.anchor.paragraph("");
    applyParagraphFormat(p, format);
    writeRuns(p, runs, format, this.notes);
    this.advance(p, p.getRange("Whole"));
    return p;
  }

  /** A line of plain text. */
  line(text: string, format: ParagraphFormat): WParagraph {
    return this.paragraph([{ text }], format);
  }

  table(rows: number, columns: number, values: string[][]): WTable {
    const t = this.anchor.table(rows, columns, values);
    this.advance(t, t.getRange("Whole"));
    this.endsWithTable = true;
    return t;
  }

  /** A drawn rule `widthTwips` long, centred in the text width. */
  rule(widthTwips: number): void {
    const r = this.anchor.ooxml(ruleOoxml(widthTwips, TEXT_WIDTH_TWIPS));
    this.advance(r, r);
  }

  /** The number of blocks written so far. */
  get count(): number {
    return this.ranges.length;
  }

  /** Wraps the blocks written since `from` (a count) into one content control; what follows goes after it, outside. */
  wrap(from: number, tag: string, title: string): WContentControl {
    // Word refuses Before/After on a control holding only a table (richTextTable, and
    // office-js#4251): a control never ends with a table, so one can always be written after it
    // and a refresh can write before it. The closing paragraph is 1 pt high, so the page does
    // not change.
    if (this.endsWithTable) this.line("", tableClosingFormat());
    const first = this.ranges[from];
    const last = this.ranges[this.ranges.length - 1];
    const control = (
      from === this.ranges.length - 1 ? first : first.expandTo(last)
    ).insertContentControl();
    control.tag = tag;
    control.title = controlTitle(title);
    control.appearance = "BoundingBox";
    this.anchor = after(control);
    return control;
  }

  private advance(x: WParagraph | WTable | WRange, range: WRange) {
    this.ranges.push(range);
    this.anchor = after(x);
    this.endsWithTable = false;
  }
}

export function applyParagraphFormat(p: WParagraph, f: ParagraphFormat): void {
  if (f.style) p.style = f.style;
  else if (f.styleBuiltIn) p.styleBuiltIn = f.styleBuiltIn;
  p.alignment = f.alignment;
  p.firstLineIndent = f.firstLineIndent;
  p.leftIndent = f.leftIndent;
  p.rightIndent = f.rightIndent;
  p.spaceBefore = f.spaceBefore;
  p.spaceAfter = f.spaceAfter;
  p.lineSpacing = f.lineSpacing;
  p.font.name = f.font.name;
  p.font.size = f.font.size;
  p.font.color = f.font.color;
  p.font.bold = f.font.bold;
  p.font.italic = f.font.italic;
}

/**
 * Appends runs to a paragraph in `format`; a run is bold or italic as it says, else as the
 * paragraph (io/docx.ts does the same). A note becomes a footnote or "(…)".
 */
function writeRuns(p: WParagraph, runs: Inline[], format: ParagraphFormat, notes: NoteMode): void {
  let last: WRange | undefined;
  for (const r of runs) {
    if (!isFootnote(r)) {
      last = p.insertText(r.text, "End");
      last.font.bold = r.bold ?? format.font.bold;
      last.font.italic = r.italic ?? format.font.italic;
      continue;
    }
    const note = plainText(r.footnote);
    if (notes === "parentheses") {
      last = p.insertText(` (${note})`, "End");
      last.font.bold = format.font.bold;
      last.font.italic = format.font.italic;
      continue;
    }
    const item = (last ?? p.getRange("Whole")).insertFootnote(note);
    item.body.font.name = FOOTNOTE_FONT.name;
    item.body.font.size = FOOTNOTE_FONT.size;
  }
}

/** A body table (STT, Chỉ tiêu, …): a real Word table, bordered, header row bold and centred. */
function writeTable(w: BlockWriter, t: Table): WTable {
  const rows = [...t.header, ...t.rows];
  const columns = t.widths.length;
  const cellText = (cell: Inline[]) =>
    cell.map((r) => (isFootnote(r) ? ` (${plainText(r.footnote)})` : r.text)).join("");
  const table = w.table(
    rows.length,
    columns,
    rows.map((row) => row.map(cellText))
  );
  table.headerRowCount = t.header.length;
  const border = table.getBorder("All");
  border.type = "Single";
  border.width = 0.5;
  border.color = "#000000";
  const widths = columnWidthsPt(t);
  rows.forEach((row, r) => {
    const header = r < t.header.length;
    row.forEach((_, c) => {
      const cell = table.getCell(r, c);
      const align = header ? "Centered" : TABLE_ALIGN[t.align[c] ?? "left"];
      cell.columnWidth = widths[c];
      cell.verticalAlignment = "Center";
      cell.horizontalAlignment = align;
      applyParagraphFormat(cell.body.paragraphs.getFirst(), tableCellFormat(align, header));
    });
  });
  return table;
}

/** The controls written for one section: its own, and one per indicator sentence. */
export interface WrittenSection {
  sectionId: string;
  tag: string;
  blocks: Block[];
  control: WContentControl;
  indicators: { block: Block; tag: string; control: WContentControl }[];
}

/**
 * Writes a section's blocks (sentences, tables) from the writer's anchor and wraps them:
 * the whole in a section control, each indicator sentence in its own control inside it.
 * `format` is the paragraphs' format: nd30 by default, or one copied from the document.
 */
export function writeSection(
  w: BlockWriter,
  section: { sectionId: string; line: string; blocks: Block[] },
  format: ParagraphFormat = bodyFormat()
): WrittenSection {
  const from = w.count;
  const sentences: { block: Block; paragraph: WParagraph }[] = [];
  for (const b of section.blocks) {
    if (b.type === "table") writeTable(w, b);
    else if (b.type === "paragraph") {
      const paragraph = w.paragraph(paragraphRuns(b), format);
      if (b.source?.indicatorId) sentences.push({ block: b, paragraph });
    }
  }
  const tag = sectionTag(section.sectionId);
  const control = w.wrap(from, tag, sectionTitle(section.line));
  const indicators = sentences.map(({ block, paragraph }) => {
    const c = paragraph.insertContentControl();
    const itag = indicatorTag((block.type === "paragraph" && block.source?.indicatorId) || "");
    c.tag = itag;
    c.title = INDICATOR_TITLE;
    c.appearance = "BoundingBox";
    return { block, tag: itag, control: c };
  });
  return { sectionId: section.sectionId, tag, blocks: section.blocks, control, indicators };
}

/** One indicator sentence in its own control (refreshing one sentence in place). */
export function writeIndicator(
  w: BlockWriter,
  block: Block & { type: "paragraph" },
  format: ParagraphFormat = bodyFormat()
): { tag: string; control: WContentControl } {
  const paragraph = w.paragraph(paragraphRuns(block), format);
  const control = paragraph.insertContentControl();
  const tag = indicatorTag(block.source?.indicatorId ?? "");
  control.tag = tag;
  control.title = INDICATOR_TITLE;
  control.appearance = "BoundingBox";
  return { tag, control };
}

/** nd30.md § Header block: a borderless 2-column table, agencies left, Quốc hiệu and Tiêu ngữ right, Số and place-date below. */
function writeHeader(w: BlockWriter, doc: ReportDocument): void {
  const h = doc.header;
  const left = [
    ...(h.parentAgency
      ? [{ text: h.parentAgency, f: centredLine(HEADER_TABLE.parentAgencyPt) }]
      : []),
    ...h.issuer.map((text) => ({ text, f: centredLine(HEADER_TABLE.issuerPt, { bold: true }) })),
  ];
  const right = [
    { text: NATIONAL_TITLE, f: centredLine(HEADER_TABLE.nationalTitlePt, { bold: true }) },
    { text: MOTTO, f: centredLine(HEADER_TABLE.mottoPt, { bold: true }) },
  ];
  const spacer = { text: "", f: centredLine(HEADER_TABLE.spacerPt) };
  const cells = [
    [left, right],
    [[spacer], [spacer]],
    [
      [{ text: h.number, f: centredLine(HEADER_TABLE.numberPt) }],
      [{ text: h.placeDate, f: centredLine(HEADER_TABLE.placeDatePt, { italic: true }) }],
    ],
  ];
  const table = w.table(
    3,
    2,
    cells.map((row) => row.map((lines) => lines[0].text))
  );
  noBorders(table);
  const rules = [
    Math.round(HEADER_COLUMNS[0] * HEADER_TABLE.issuerRuleShare),
    HEADER_TABLE.mottoRuleTwips,
  ];
  cells.forEach((row, r) =>
    row.forEach((lines, c) => {
      const cell = table.getCell(r, c);
      cell.columnWidth = twipsToPt(HEADER_COLUMNS[c]);
      cell.verticalAlignment = "Top";
      applyParagraphFormat(cell.body.paragraphs.getFirst(), lines[0].f);
      for (const l of lines.slice(1)) {
        const p = cell.body.insertParagraph("", "End");
        applyParagraphFormat(p, l.f);
        p.insertText(l.text, "End");
      }
      if (r === 0) cell.body.insertOoxml(ruleOoxml(rules[c], HEADER_COLUMNS[c]), "End");
    })
  );
}

function noBorders(table: WTable): void {
  const border = table.getBorder("All");
  border.type = "None";
  border.width = 0;
}

/** nd30.md § Title: "BÁO CÁO", the trích yếu, a short rule, then Kính gửi. */
function writeTitle(w: BlockWriter, doc: ReportDocument): void {
  const bold = { bold: true };
  w.line(
    doc.documentType,
    centredLine(TITLE.sizePt, { ...bold, spaceBefore: TITLE.spacingBeforePt })
  );
  for (const l of doc.summary) w.line(l, centredLine(TITLE.sizePt, bold));
  w.rule(TITLE.ruleTwips);
  const kinhGui = addresseeLines(doc.addressees);
  if (kinhGui.single) w.line(kinhGui.single, addresseeFormat("single"));
  else if (kinhGui.items.length > 0) {
    w.line("Kính gửi:", addresseeFormat("label"));
    for (const item of kinhGui.items) w.line(item, addresseeFormat("item"));
  }
}

/** nd30.md § Closing: Nơi nhận left, signature right, in a borderless 2-column table. */
function writeClosing(w: BlockWriter, doc: ReportDocument): void {
  const s = doc.signature;
  const left = [
    { text: "Nơi nhận:", f: closingLine(CLOSING.recipientsLabelPt, { bold: true, italic: true }) },
    ...s.recipients.map((text) => ({ text, f: closingLine(CLOSING.recipientsPt) })),
  ];
  const sig = centredLine(CLOSING.signaturePt, { bold: true });
  const gap = centredLine(CLOSING.signaturePt);
  const right = [
    ...(s.authority ? [{ text: s.authority, f: sig }] : []),
    { text: s.position, f: sig },
    ...Array.from({ length: CLOSING.signatureGapLines }, () => ({ text: "", f: gap })),
    { text: s.signerName, f: sig },
  ];
  const table = w.table(1, 2, [[left[0].text, right[0].text]]);
  noBorders(table);
  [left, right].forEach((lines, c) => {
    const cell = table.getCell(0, c);
    cell.columnWidth = twipsToPt(CLOSING_COLUMNS[c]);
    cell.verticalAlignment = "Top";
    applyParagraphFormat(cell.body.paragraphs.getFirst(), lines[0].f);
    for (const l of lines.slice(1)) {
      const p = cell.body.insertParagraph("", "End");
      applyParagraphFormat(p, l.f);
      p.insertText(l.text, "End");
    }
  });
}

/** What writeSkeleton produced, for the caller to load and stamp. */
export interface WrittenSkeleton {
  sections: WrittenSection[];
  headings: number;
}

/**
 * "Tạo khung báo cáo": the whole report from `w`'s anchor on: header block, title and Kính gửi,
 * căn cứ and opening, the sections (headings, generated content, placeholders for the clerk),
 * the closing sentence, Nơi nhận and the signature.
 */
export function writeSkeleton(w: BlockWriter, doc: ReportDocument): WrittenSkeleton {
  let from = w.count;
  writeHeader(w, doc);
  w.wrap(from, partTag("header"), "Báo cáo – phần đầu");
  from = w.count;
  writeTitle(w, doc);
  w.wrap(from, partTag("title"), "Báo cáo – tên báo cáo");

  const sections: WrittenSection[] = [];
  let headings = 0;
  const body = doc.body;
  for (let i = 0; i < body.length;) {
    const b = body[i];
    if (b.type === "heading") {
      w.line(headingLine(b), headingFormat(b.level));
      headings++;
      i++;
    } else if (b.type === "paragraph" && b.placeholder) {
      // The clerk writes here: a plain paragraph, not ours.
      w.paragraph(b.runs, bodyFormat());
      i++;
    } else if (sourceOf(b)) {
      const id = sourceOf(b)!.sectionId;
      let j = i;
      while (j < body.length && !isPlaceholder(body[j]) && sourceOf(body[j])?.sectionId === id) j++;
      const heading = body
        .slice(0, i)
        .reverse()
        .find((x) => x.type === "heading");
      const line = heading?.type === "heading" ? headingLine(heading) : id;
      sections.push(writeSection(w, { sectionId: id, line, blocks: body.slice(i, j) }));
      i = j;
    } else {
      // Căn cứ and the opening before the sections; the closing sentence after them.
      from = w.count;
      for (; i < body.length && !sourceOf(body[i]) && body[i].type !== "heading"; i++) {
        const x = body[i];
        if (x.type === "paragraph") w.paragraph(paragraphRuns(x), bodyFormat());
        else if (x.type === "table") writeTable(w, x);
      }
      const name = headings === 0 ? "mo-dau" : "ket-thuc";
      w.wrap(from, partTag(name), headings === 0 ? "Báo cáo – căn cứ" : "Báo cáo – kết thúc");
    }
  }
  from = w.count;
  w.line("", {
    ...bodyFormat(),
    spaceBefore: CLOSING.spacingBeforePt,
    spaceAfter: BODY.spacingAfterPt,
  });
  writeClosing(w, doc);
  w.wrap(from, partTag("closing"), "Báo cáo – nơi nhận, chữ ký");
  return { sections, headings };
}

function sourceOf(b: Block) {
  return b.type === "heading" ? undefined : b.source;
}

function isPlaceholder(b: Block): boolean {
  return b.type === "paragraph" && !!b.placeholder;
}
