/**
 * Document model → .docx with the `docx` library, laid out per nd30.md. Every number comes
 * from core/layout.ts; this file only maps the model onto docx objects. Runs in Node and in the
 * browser (it returns bytes).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import {
  Block,
  Heading,
  Inline,
  ReportDocument,
  Table as TableBlock,
  TextRun as ModelRun,
  isFootnote,
} from "../core/document";
import { addresseeLines, headingLine, withBullet } from "../core/lines";
import { xmlSafe } from "../core/text";
import { columnWidthsTwips } from "../core/writing/formats";
import {
  BODY,
  BODY_TABLE,
  CLOSING,
  FONT,
  FOOTNOTE,
  HEADER_TABLE,
  HEADINGS,
  MARGINS_MM,
  MOTTO,
  NATIONAL_TITLE,
  PAGE,
  PAGE_NUMBER,
  RULE,
  TEXT_WIDTH_TWIPS,
  TITLE,
  mmToTwips,
} from "../core/layout";

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** docx sizes are half-points. */
const halfPt = (pt: number) => pt * 2;
/** Spacing is in twips: 20 per point. */
const ptTwips = (pt: number) => pt * 20;

interface RunStyle {
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
}

/**
 * A run. Font and size are written only where they differ from the document defaults
 * (Times New Roman, body size): a 10,000-indicator report packs twice as fast without them.
 */
function run(text: string, s: RunStyle): TextRun {
  const size = s.sizePt === BODY.sizePt ? undefined : halfPt(s.sizePt);
  return new TextRun({
    text: xmlSafe(text),
    size,
    bold: s.bold || undefined,
    italics: s.italic || undefined,
  });
}

/** A centred line of the header block or the signature. */
function line(text: string, s: RunStyle, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: ptTwips(after) },
    children: [run(text, s)],
  });
}

/** A solid rule `widthTwips` long, centred in a column `columnTwips` wide: an empty paragraph's bottom border (nd30.md: never typed dashes). */
function rule(widthTwips: number, columnTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - widthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after: 0, line: RULE.lineTwips, lineRule: LineRuleType.EXACT },
    border: {
      bottom: { style: BorderStyle.SINGLE, size: RULE.borderEighthsPt, color: "000000", space: 1 },
    },
    children: [run("", { sizePt: RULE.sizePt })],
  });
}

function borderlessTable(columns: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // No cell padding: the header texts need the full column (Quốc hiệu just fits 60 %).
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: columns[i], type: WidthType.DXA },
                borders: TableBorders.NONE,
                children,
              })
          ),
        })
    ),
  });
}

/** nd30.md § Header block: agency left, Quốc hiệu and Tiêu ngữ right, then Số and place-date. */
function headerBlock(doc: ReportDocument): Table {
  const left = Math.round(TEXT_WIDTH_TWIPS * HEADER_TABLE.leftShare);
  const right = TEXT_WIDTH_TWIPS - left;
  const h = doc.header;
  const agency = [
    ...(h.parentAgency ? [line(h.parentAgency, { sizePt: HEADER_TABLE.parentAgencyPt })] : []),
    ...h.issuer.map((l) => line(l, { sizePt: HEADER_TABLE.issuerPt, bold: true })),
    rule(Math.round(left * HEADER_TABLE.issuerRuleShare), left),
  ];
  const nation = [
    line(NATIONAL_TITLE, { sizePt: HEADER_TABLE.nationalTitlePt, bold: true }),
    line(MOTTO, { sizePt: HEADER_TABLE.mottoPt, bold: true }),
    rule(HEADER_TABLE.mottoRuleTwips, right),
  ];
  const numberRow = [
    [line(h.number, { sizePt: HEADER_TABLE.numberPt })],
    [line(h.placeDate, { sizePt: HEADER_TABLE.placeDatePt, italic: true })],
  ];
  const spacer = [
    [line("", { sizePt: HEADER_TABLE.spacerPt })],
    [line("", { sizePt: HEADER_TABLE.spacerPt })],
  ];
  return borderlessTable([left, right], [[agency, nation], spacer, numberRow]);
}

/** nd30.md § Title: "BÁO CÁO", the trích yếu, a short rule; then Kính gửi. */
function titleBlock(doc: ReportDocument): Paragraph[] {
  const s = { sizePt: TITLE.sizePt, bold: true };
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      spacing: { before: ptTwips(TITLE.spacingBeforePt), after: 0 },
      children: [run(doc.documentType, s)],
    }),
    ...doc.summary.map((l) => line(l, s)),
    rule(TITLE.ruleTwips, TEXT_WIDTH_TWIPS),
  ];
  const body = { sizePt: BODY.sizePt };
  const kinhGui = addresseeLines(doc.addressees);
  if (kinhGui.single) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing: { before: ptTwips(TITLE.spacingBeforePt), after: ptTwips(BODY.spacingAfterPt) },
        children: [run(kinhGui.single, body)],
      })
    );
  } else if (kinhGui.items.length > 0) {
    out.push(
      new Paragraph({
        indent: {
          left: Math.round(TEXT_WIDTH_TWIPS * TITLE.addresseeLabelIndentShare),
          firstLine: 0,
        },
        spacing: { before: ptTwips(TITLE.spacingBeforePt), after: 0 },
        children: [run("Kính gửi:", body)],
      })
    );
    for (const item of kinhGui.items)
      out.push(
        new Paragraph({
          indent: {
            left: Math.round(TEXT_WIDTH_TWIPS * TITLE.addresseeItemIndentShare),
            firstLine: 0,
          },
          spacing: { after: 0 },
          children: [run(item, body)],
        })
      );
  }
  return out;
}

/** Renders blocks; footnotes are numbered in order of appearance. */
class BodyRenderer {
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private nextFootnote = 1;

  blocks(blocks: Block[]): (Paragraph | Table)[] {
    return blocks.map((b) =>
      b.type === "heading"
        ? this.heading(b)
        : b.type === "table"
          ? this.table(b)
          : this.paragraph(b.runs, b.bullet)
    );
  }

  private inlines(runs: Inline[], base: RunStyle): (TextRun | FootnoteReferenceRun)[] {
    return runs.map((r) => {
      if (!isFootnote(r))
        return run(r.text, { ...base, bold: r.bold ?? base.bold, italic: r.italic ?? base.italic });
      const id = this.nextFootnote++;
      this.footnotes[id] = {
        children: [
          new Paragraph({
            children: r.footnote.map((f: ModelRun) =>
              run(f.text, { sizePt: FOOTNOTE.sizePt, bold: f.bold, italic: f.italic })
            ),
          }),
        ],
      };
      return new FootnoteReferenceRun(id);
    });
  }

  private paragraph(runs: Inline[], bullet?: "-" | "+"): Paragraph {
    return new Paragraph({
      children: this.inlines(bullet ? withBullet(runs, bullet) : runs, { sizePt: BODY.sizePt }),
    });
  }

  /** nd30.md § Body headings: body size and indent; bold, italic and case per level. */
  private heading(h: Heading): Paragraph {
    const f = HEADINGS[h.level];
    return new Paragraph({
      style: `Heading${h.level + 1}`,
      keepNext: true,
      children: [run(headingLine(h), { sizePt: BODY.sizePt, bold: f.bold, italic: f.italic })],
    });
  }

  private table(t: TableBlock): Table {
    const widths = columnWidthsTwips(t);
    const cell = (runs: Inline[], align: Align, bold: boolean, i: number) =>
      new TableCell({
        width: { size: widths[i], type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: [
          new Paragraph({
            alignment: align,
            indent: { firstLine: 0 },
            spacing: {
              before: BODY_TABLE.cellSpacingTwips,
              after: BODY_TABLE.cellSpacingTwips,
              line: BODY_TABLE.cellLineAuto240,
            },
            children: this.inlines(runs, { sizePt: BODY_TABLE.sizePt, bold }),
          }),
        ],
      });
    const alignOf = (a: "left" | "center" | "right"): Align =>
      a === "center"
        ? AlignmentType.CENTER
        : a === "right"
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT;
    return new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      margins: { left: BODY_TABLE.cellMarginTwips, right: BODY_TABLE.cellMarginTwips },
      layout: TableLayoutType.FIXED,
      rows: [
        ...t.header.map(
          (cells) =>
            new TableRow({
              tableHeader: true,
              children: cells.map((c, i) =>
                cell(c, AlignmentType.CENTER, BODY_TABLE.headerBold, i)
              ),
            })
        ),
        ...t.rows.map(
          (cells) =>
            new TableRow({
              children: cells.map((c, i) => cell(c, alignOf(t.align[i] ?? "left"), false, i)),
            })
        ),
      ],
    });
  }
}

/** nd30.md § Closing: Nơi nhận left, signature right. */
function closingBlock(doc: ReportDocument): Table {
  const left = Math.round(TEXT_WIDTH_TWIPS * CLOSING.leftShare);
  const right = TEXT_WIDTH_TWIPS - left;
  const s = doc.signature;
  const plain = (text: string, sizePt: number, extra: { bold?: boolean; italic?: boolean } = {}) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { firstLine: 0 },
      spacing: { before: 0, after: 0, line: CLOSING.lineAuto240 },
      children: [run(text, { sizePt, ...extra })],
    });
  const recipients = [
    plain("Nơi nhận:", CLOSING.recipientsLabelPt, { bold: true, italic: true }),
    ...s.recipients.map((r) => plain(r, CLOSING.recipientsPt)),
  ];
  const sig = { sizePt: CLOSING.signaturePt, bold: true };
  const signature = [
    ...(s.authority ? [line(s.authority, sig)] : []),
    line(s.position, sig),
    ...Array.from({ length: CLOSING.signatureGapLines }, () =>
      line("", { sizePt: CLOSING.signaturePt })
    ),
    line(s.signerName, sig),
  ];
  return borderlessTable([left, right], [[recipients, signature]]);
}

function headingStyles() {
  return ([0, 1, 2, 3, 4] as const).map((level) => ({
    id: `Heading${level + 1}`,
    name: `heading ${level + 1}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: {
      font: FONT,
      size: halfPt(BODY.sizePt),
      bold: HEADINGS[level].bold,
      italics: HEADINGS[level].italic,
      color: "000000",
    },
    paragraph: {
      outlineLevel: level,
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: BODY.firstLineIndentTwips },
      spacing: {
        before: 0,
        after: ptTwips(BODY.spacingAfterPt),
        line: BODY.lineAuto240,
        lineRule: LineRuleType.AUTO,
      },
    },
  }));
}

/** Builds the docx object tree of a report. */
export function toDocx(doc: ReportDocument): Document {
  const body = new BodyRenderer();
  const content = [
    headerBlock(doc),
    ...titleBlock(doc),
    ...body.blocks(doc.body),
    new Paragraph({ spacing: { before: ptTwips(CLOSING.spacingBeforePt) }, children: [] }),
    closingBlock(doc),
  ];
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    children: [new TextRun({ size: halfPt(PAGE_NUMBER.sizePt), children: [PageNumber.CURRENT] })],
  });
  return new Document({
    creator: "Báo cáo",
    title: xmlSafe([doc.documentType, ...doc.summary].join(" ")),
    footnotes: body.footnotes,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPt(BODY.sizePt), language: { value: "vi-VN" } },
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: BODY.firstLineIndentTwips },
            spacing: {
              after: ptTwips(BODY.spacingAfterPt),
              line: BODY.lineAuto240,
              lineRule: LineRuleType.AUTO,
            },
          },
        },
      },
      paragraphStyles: headingStyles(),
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.widthTwips, height: PAGE.heightTwips },
            margin: {
              top: mmToTwips(MARGINS_MM.top),
              bottom: mmToTwips(MARGINS_MM.bottom),
              left: mmToTwips(MARGINS_MM.left),
              right: mmToTwips(MARGINS_MM.right),
            },
          },
        },
        headers: {
          default: new Header({ children: [pageNumber] }),
          first: new Header({ children: [] }),
        },
        children: content,
      },
    ],
  });
}

/** The .docx bytes of a report. */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(toDocx(doc)));
}
