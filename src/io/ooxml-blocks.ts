/**
 * The WordprocessingML of a section's blocks, for `baocao fill` to put into a clerk's own .docx:
 * one block-level content control (w:sdt) per section, tagged and titled as the Word pane tags
 * them (core/tags.ts), each indicator sentence in its own control inside it. The formatting is
 * the Word pane's (core/writing/formats.ts, from core/layout.ts and nd30.md), written as direct
 * formatting so it does not depend on the clerk's styles. fast-xml-parser's builder escapes
 * every text and attribute.
 *
 * Only the `w:` prefix (and `xml:`) is used: every .docx declares it on its root, so the
 * fragment is valid wherever a paragraph may stand. Ghi chú notes are written "(…)" after the
 * sentence, as the pane does without footnotes: footnotes would change word/footnotes.xml.
 */
import { XMLBuilder } from "fast-xml-parser";
import { Block, Inline, Paragraph, Table, isFootnote, plainText } from "../core/document";
import { visibleHash } from "../core/hash";
import { paragraphRuns } from "../core/lines";
import { blocksHash, isIndicatorParagraph } from "../core/placement";
import { INDICATOR_TITLE, indicatorTag, sectionTag, sectionTitle, stampedTag } from "../core/tags";
import { BODY_TABLE, TEXT_WIDTH_TWIPS } from "../core/layout";
import {
  Alignment,
  ParagraphFormat,
  TABLE_ALIGN,
  bodyFormat,
  columnWidthsTwips,
  tableCellFormat,
  tableClosingFormat,
} from "../core/writing/formats";

/** A node as fast-xml-parser's builder takes it with preserveOrder. */
type Node = Record<string, unknown>;

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  suppressEmptyNode: true,
});

const el = (
  name: string,
  attributes: Record<string, string | number> = {},
  children: Node[] = []
): Node => {
  const node: Node = { [name]: children };
  if (Object.keys(attributes).length > 0)
    node[":@"] = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, String(v)]));
  return node;
};
const val = (name: string, v: string | number) => el(name, { "w:val": v });
const text = (t: string): Node => ({ "#text": t });

const twips = (pt: number) => Math.round(pt * 20);
const JC: Record<Alignment, string> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "both",
};

/** w:rPr of a run in `f`'s font, bold and italic as given. */
function runProperties(f: ParagraphFormat, bold: boolean, italic: boolean): Node {
  const font = f.font;
  return el("w:rPr", {}, [
    el("w:rFonts", { "w:ascii": font.name, "w:hAnsi": font.name, "w:cs": font.name }),
    ...(bold ? [el("w:b"), el("w:bCs")] : []),
    ...(italic ? [el("w:i"), el("w:iCs")] : []),
    val("w:color", font.color.replace(/^#/, "")),
    val("w:sz", Math.round(font.size * 2)),
    val("w:szCs", Math.round(font.size * 2)),
    val("w:lang", "vi-VN"),
  ]);
}

/** w:pPr of `f` (schema order: spacing, ind, jc, rPr). Line spacing: 12 pt per line → 240ths. */
function paragraphProperties(f: ParagraphFormat): Node {
  return el("w:pPr", {}, [
    el("w:spacing", {
      "w:before": twips(f.spaceBefore),
      "w:after": twips(f.spaceAfter),
      "w:line": Math.round((f.lineSpacing / 12) * 240),
      "w:lineRule": "auto",
    }),
    el("w:ind", {
      "w:left": twips(f.leftIndent),
      "w:right": twips(f.rightIndent),
      "w:firstLine": twips(f.firstLineIndent),
    }),
    val("w:jc", JC[f.alignment]),
    runProperties(f, f.font.bold, f.font.italic),
  ]);
}

/** Collects the visible text of what is rendered, for the controls' stamps. */
class Rendered {
  text = "";
}

/** A paragraph of runs; a note becomes " (…)", as the pane writes it without footnotes. */
function paragraph(runs: Inline[], f: ParagraphFormat, out: Rendered): Node {
  const children: Node[] = [paragraphProperties(f)];
  for (const r of runs) {
    const t = isFootnote(r) ? ` (${plainText(r.footnote)})` : r.text;
    if (t === "") continue;
    const bold = isFootnote(r) ? f.font.bold : (r.bold ?? f.font.bold);
    const italic = isFootnote(r) ? f.font.italic : (r.italic ?? f.font.italic);
    out.text += t;
    children.push(
      el("w:r", {}, [
        runProperties(f, bold, italic),
        el("w:t", { "xml:space": "preserve" }, [text(t)]),
      ])
    );
  }
  out.text += "\n";
  return el("w:p", {}, children);
}

const BORDER = { "w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "000000" };

/** A body table: bordered, fixed widths over the text width, header rows repeated and bold. */
function table(t: Table, out: Rendered): Node {
  const widths = columnWidthsTwips(t);
  const row = (cells: Inline[][], header: boolean) =>
    el("w:tr", {}, [
      ...(header ? [el("w:trPr", {}, [el("w:tblHeader")])] : []),
      ...cells.map((cell, c) => {
        const align = header ? "Centered" : TABLE_ALIGN[t.align[c] ?? "left"];
        const p = paragraph(cell, tableCellFormat(align, header), out);
        return el("w:tc", {}, [
          el("w:tcPr", {}, [
            el("w:tcW", { "w:w": widths[c], "w:type": "dxa" }),
            val("w:vAlign", "center"),
          ]),
          p,
        ]);
      }),
    ]);
  return el("w:tbl", {}, [
    el("w:tblPr", {}, [
      el("w:tblW", { "w:w": TEXT_WIDTH_TWIPS, "w:type": "dxa" }),
      el(
        "w:tblBorders",
        {},
        ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map((b) =>
          el(b, BORDER)
        )
      ),
      el("w:tblLayout", { "w:type": "fixed" }),
      el(
        "w:tblCellMar",
        {},
        ["w:left", "w:right"].map((side) =>
          el(side, { "w:w": BODY_TABLE.cellMarginTwips, "w:type": "dxa" })
        )
      ),
    ]),
    el(
      "w:tblGrid",
      {},
      widths.map((w) => el("w:gridCol", { "w:w": w }))
    ),
    ...t.header.map((cells) => row(cells, true)),
    ...t.rows.map((cells) => row(cells, false)),
  ]);
}

/** A block-level content control around `content`. */
function sdt(tag: string, title: string, content: Node[]): Node {
  return el("w:sdt", {}, [
    el("w:sdtPr", {}, [val("w:alias", title), val("w:tag", tag)]),
    el("w:sdtContent", {}, content),
  ]);
}

/** An indicator sentence in its own control, stamped with what it holds. */
function indicatorNode(b: Paragraph & { source: { indicatorId: string } }, out: Rendered): Node {
  const own = new Rendered();
  const p = paragraph(paragraphRuns(b), bodyFormat(), own);
  out.text += own.text;
  const tag = stampedTag(indicatorTag(b.source.indicatorId), {
    v: visibleHash(own.text),
    m: blocksHash([b]),
  });
  return sdt(tag, INDICATOR_TITLE, [p]);
}

/** The XML of one indicator sentence's control (refreshing one sentence in place). */
export function indicatorXml(b: Block): string {
  if (!isIndicatorParagraph(b)) throw new Error("not an indicator sentence");
  return builder.build([indicatorNode(b, new Rendered())]) as string;
}

/**
 * The XML of a section's control, titled "Báo cáo – <title>" (the title without the outline's
 * number, which may not be the clerk's): its sentences and tables, in the pane's formats; a control
 * never ends with a table (render.ts: a 1 pt paragraph closes it), so the page is the same.
 */
export function sectionXml(section: { sectionId: string; title: string; blocks: Block[] }): string {
  const out = new Rendered();
  const content: Node[] = [];
  for (const b of section.blocks) {
    if (b.type === "table") content.push(table(b, out));
    else if (isIndicatorParagraph(b)) content.push(indicatorNode(b, out));
    else if (b.type === "paragraph") content.push(paragraph(paragraphRuns(b), bodyFormat(), out));
  }
  if (section.blocks[section.blocks.length - 1]?.type === "table")
    content.push(paragraph([], tableClosingFormat(), out));
  const tag = stampedTag(sectionTag(section.sectionId), {
    v: visibleHash(out.text),
    m: blocksHash(section.blocks),
  });
  return builder.build([sdt(tag, sectionTitle(section.title), content)]) as string;
}
