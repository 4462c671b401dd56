/**
 * A .docx opened in the Word double, and the double saved back into the .docx: what Word does
 * when a clerk opens a file `baocao fill` wrote and saves it after the pane worked on it. Body
 * paragraphs (their text, runs, footnote marks), tables, and block-level content controls with
 * their tags and titles; the pane's settings go to and come from the web extension part, where
 * Word keeps an add-in's settings. Formatting is not carried: the interop tests are about tags,
 * stamps and text.
 */
import { XMLBuilder } from "fast-xml-parser";
import JSZip from "jszip";
import { XmlElement, childNamed, elements, parseXmlTree } from "../../../src/io/xml-tree";
import {
  BlockDouble,
  CellDouble,
  Container,
  ControlDouble,
  FOOTNOTE_MARK,
  ParagraphDouble,
  TableDouble,
  insertInside,
  newParagraph,
} from "./model";
import { WordDouble } from "./world";

const SETTINGS_PART = "word/webextensions/webextension1.xml";

/** The text of a w:p as Word's paragraph.text gives it (a footnote reference is FOOTNOTE_MARK). */
function paragraphText(p: XmlElement): string {
  let out = "";
  const visit = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") {
        if (e.name === "w:t") out += c;
        continue;
      }
      if (
        ["w:pPr", "w:rPr", "w:delText", "w:instrText", "w:txbxContent", "w:sdtPr"].includes(c.name)
      )
        continue;
      if (c.name === "w:tab") out += "\t";
      else if (c.name === "w:br") out += "\n";
      else if (c.name === "w:footnoteReference") out += FOOTNOTE_MARK;
      else if (c.name === "mc:AlternateContent") visit(elements(c)[0] ?? c);
      else visit(c);
    }
  };
  visit(p);
  return out.normalize("NFC");
}

function addBlocks(container: Container, nodes: XmlElement[]): void {
  for (const e of nodes) {
    if (e.name === "w:p") {
      const p = newParagraph(paragraphText(e));
      const style = childNamed(childNamed(e, "w:pPr"), "w:pStyle")?.attributes["w:val"];
      if (style) p.style = style;
      insertInside(container, p, "End");
    } else if (e.name === "w:tbl") {
      const t = new TableDouble();
      t.rows = elements(e)
        .filter((r) => r.name === "w:tr")
        .map((r) =>
          elements(r)
            .filter((c) => c.name === "w:tc")
            .map((c) => {
              const cell = new CellDouble(t);
              addBlocks(cell, elements(c));
              return cell;
            })
        );
      insertInside(container, t, "End");
    } else if (e.name === "w:sdt") {
      const c = new ControlDouble();
      const pr = childNamed(e, "w:sdtPr");
      c.tag = childNamed(pr, "w:tag")?.attributes["w:val"] ?? "";
      c.title = childNamed(pr, "w:alias")?.attributes["w:val"] ?? "";
      insertInside(container, c, "End");
      addBlocks(c, elements(childNamed(e, "w:sdtContent") ?? e));
    } else if (e.name !== "w:sectPr") addBlocks(container, elements(e));
  }
}

/** The .docx opened in a new Word double (WordApi 1.5 by default), with the pane's settings it saved. */
export async function wordDoubleFromDocx(bytes: Uint8Array, wordApiMinor = 5): Promise<WordDouble> {
  const zip = await JSZip.loadAsync(bytes);
  const root = parseXmlTree(await zip.file("word/document.xml")!.async("string"));
  const w = new WordDouble({ wordApiMinor });
  addBlocks(w.body, elements(childNamed(root, "w:body")!));
  const settings = zip.file(SETTINGS_PART);
  if (settings) {
    const xml = parseXmlTree(await settings.async("string"));
    for (const p of elements(childNamed(xml, "we:properties") ?? xml)) {
      w.settings.set(p.attributes.name, JSON.parse(p.attributes.value));
      w.settings.saved.set(p.attributes.name, JSON.parse(p.attributes.value));
    }
  }
  return w;
}

type Node = Record<string, unknown>;
const el = (name: string, attributes: Record<string, string> = {}, children: Node[] = []): Node =>
  Object.keys(attributes).length > 0
    ? { [name]: children, ":@": attributes }
    : { [name]: children };

function paragraphXml(p: ParagraphDouble): Node {
  return el(
    "w:p",
    {},
    p.runs.map((r) =>
      r.footnote
        ? el("w:r", {}, [el("w:footnoteReference", { "w:id": "1" })])
        : el("w:r", {}, [el("w:t", { "xml:space": "preserve" }, [{ "#text": r.text }])])
    )
  );
}

function blockXml(b: BlockDouble): Node {
  if (b.kind === "paragraph") return paragraphXml(b);
  if (b.kind === "table")
    return el(
      "w:tbl",
      {},
      b.rows.map((row) =>
        el(
          "w:tr",
          {},
          row.map((c) => el("w:tc", {}, c.children.map(blockXml)))
        )
      )
    );
  return el("w:sdt", {}, [
    el("w:sdtPr", {}, [el("w:alias", { "w:val": b.title }), el("w:tag", { "w:val": b.tag })]),
    el("w:sdtContent", {}, b.children.map(blockXml)),
  ]);
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  suppressEmptyNode: true,
});

/**
 * The double saved into `base` (the .docx it was opened from): its body replaces the body of
 * word/document.xml (the root and w:sectPr are kept), its saved settings go to the web extension
 * part.
 */
export async function docxFromWordDouble(w: WordDouble, base: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  const xml = await zip.file("word/document.xml")!.async("string");
  const body = childNamed(parseXmlTree(xml), "w:body")!;
  const sectPr = elements(body).find((e) => e.name === "w:sectPr");
  const inner = builder.build(w.body.children.map(blockXml)) as string;
  const tail = sectPr ? xml.slice(sectPr.start, sectPr.end) : "";
  zip.file(
    "word/document.xml",
    xml.slice(0, body.contentStart) + inner + tail + xml.slice(body.end - "</w:body>".length)
  );
  const properties = [...w.settings.saved].map(([name, value]) =>
    el("we:property", { name, value: JSON.stringify(value) })
  );
  zip.file(
    SETTINGS_PART,
    builder.build([
      el(
        "we:webextension",
        {
          "xmlns:we": "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
          id: "{5C2C9D3E-0000-4000-8000-BA0CA0000001}",
        },
        [el("we:properties", {}, properties)]
      ),
    ]) as string
  );
  return zip.generateAsync({ type: "uint8array" });
}
