/**
 * `baocao fill`: the Word pane's loop on a .docx file, for clerks whose Office cannot run the
 * add-in. Inserts each section's figures under its heading in the clerk's own report, refreshes
 * what an earlier run (or the Word pane) inserted, keeps what the clerk edited, and checks the
 * percentages in the clerk's own text.
 *
 * The decisions are the pane's (core/headings.ts, core/placement.ts); this module only reads the
 * package and writes the result: word/document.xml is spliced at the offsets of its elements
 * (xml-tree.ts), so every byte outside our content controls is the clerk's, and every other part
 * of the package is copied unchanged. Runs in Node and in the browser (bytes in, bytes out).
 */
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import type JSZip from "jszip";
import { Finding, checkParagraphs } from "../core/checker";
import { Diagnostic } from "../core/diagnostics";
import { Block, ReportDocument } from "../core/document";
import { visibleHash } from "../core/hash";
import {
  InsertPlan,
  RefreshAction,
  RefreshPlan,
  Stamp,
  blocksHash,
  isEdited,
  planInsert,
  planRefresh,
  sectionContents,
  stampOf,
} from "../core/placement";
import { baseTag, isOurTag, sectionTag, sectionTitle, stampedTag } from "../core/tags";
import { DocParagraph, SectionHeading, reportHeadings } from "../core/headings";
import { BODY_PARTS, bodyParagraphs } from "./docx-body";
import { DocxReadError, assertWordPackage, openDocx } from "./docx-text";
import { indicatorXml, sectionXml } from "./ooxml-blocks";
import { XmlElement, XmlSyntaxError, childNamed, elements, parseXmlTree } from "./xml-tree";

const DOCUMENT = "word/document.xml";
/** Where Word keeps an add-in's settings (the pane's stamps), when the pane wrote the file. */
const WEB_EXTENSIONS = Array.from(
  { length: 8 },
  (_, i) => `word/webextensions/webextension${i + 1}.xml`
);
const STAMPS_SETTING = "baocao.stamps";

export interface FillOptions {
  /** "all" (default) or the section ids to insert and refresh. */
  sections?: "all" | string[];
  /** Rewrite controls the clerk edited too (`--overwrite-edited`). */
  overwriteEdited?: boolean;
}

export interface FillResult {
  /** The updated .docx; the input's own bytes when nothing changed. */
  bytes: Uint8Array;
  /** Sections inserted, with the heading paragraph they went under (0-based, as the checker counts). */
  inserted: {
    sectionId: string;
    /** The section's heading as the report has it, and its title alone (no number). */
    line: string;
    title: string;
    /** The clerk's heading it went under, and its paragraph (0-based, in the input). */
    heading: string;
    paragraph: number;
  }[];
  /** Controls rewritten with new figures: "Mục “…”" or the sentence quoted. */
  refreshed: string[];
  /** Controls the clerk edited since they were written, left as they are. */
  kept: string[];
  /** Sections already in the document whose figures did not change. */
  unchanged: number;
  /** Vietnamese: headings missing or repeated, sections without figures. */
  diagnostics: Diagnostic[];
  /** Wrong percentages in the clerk's own text (outside our controls), paragraphs as in the input. */
  findings: Finding[];
  /** True when the result differs from the input. */
  changed: boolean;
}

/** One of our content controls in word/document.xml. */
interface OurControl {
  element: XmlElement;
  tag: string;
  /** Its w:tag element, to retag in place. */
  tagElement: XmlElement;
  text: string;
}

/** A change to the XML string: [start, end) replaced by `xml`. */
interface Edit {
  start: number;
  end: number;
  xml: string;
}

const tagBuilder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  suppressEmptyNode: true,
});

/** `<w:tag w:val="…"/>`, escaped by the builder. */
function tagElementXml(tag: string): string {
  return tagBuilder.build({ "w:tag": { "@w:val": tag } }) as string;
}

/** The tag of a w:sdt, or undefined. */
function sdtTag(sdt: XmlElement): XmlElement | undefined {
  return childNamed(childNamed(sdt, "w:sdtPr"), "w:tag");
}

/** What Word shows as the text of an element: runs' text, a space or tab between paragraphs and cells. */
export function elementText(e: XmlElement): string {
  let out = "";
  const visit = (node: XmlElement) => {
    const kids = node.name === "mc:AlternateContent" ? node.children.slice(0, 1) : node.children;
    for (const c of kids) {
      if (typeof c === "string") {
        if (node.name === "w:t") out += c;
        continue;
      }
      if (SKIPPED.has(c.name)) continue;
      if (c.name === "w:tab" || c.name === "w:ptab") out += "\t";
      else if (c.name === "w:br" || c.name === "w:cr") out += "\n";
      else if (c.name === "w:noBreakHyphen") out += "-";
      else if (c.name === "w:footnoteReference" || c.name === "w:endnoteReference") out += " ";
      else visit(c);
      if (c.name === "w:p") out += "\n";
      else if (c.name === "w:tc") out += "\t";
    }
  };
  visit(e);
  return out.normalize("NFC");
}

const SKIPPED = new Set(["w:sdtPr", "w:pPr", "w:rPr", "w:delText", "w:instrText", "w:txbxContent"]);

/** The body's paragraphs as docx-body.ts counts them, each with whether it is inside our control. */
function paragraphsOf(root: XmlElement): { element: XmlElement; ours: boolean }[] {
  const out: { element: XmlElement; ours: boolean }[] = [];
  const walk = (nodes: XmlElement[], ours: boolean) => {
    for (const e of nodes) {
      if (e.name === "w:p") out.push({ element: e, ours });
      else if (e.name === "mc:AlternateContent")
        walk(
          e.children.slice(0, 1).filter((c): c is XmlElement => typeof c !== "string"),
          ours
        );
      else if (e.name !== "w:pPr" && e.name !== "w:rPr" && e.name !== "w:txbxContent")
        walk(elements(e), ours || (e.name === "w:sdt" && isOurTag(sdtTag(e)?.attributes["w:val"])));
    }
  };
  walk([root], false);
  return out;
}

/** Our content controls, in document order (a section's control before the sentences inside it). */
function controlsOf(root: XmlElement): OurControl[] {
  const out: OurControl[] = [];
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.name === "w:sdt") {
        const tagElement = sdtTag(c);
        const tag = tagElement?.attributes["w:val"];
        if (tagElement && tag && isOurTag(tag))
          out.push({
            element: c,
            tag,
            tagElement,
            text: elementText(childNamed(c, "w:sdtContent") ?? c),
          });
      }
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** A section we inserted that another program saved without our tags: found by its title. */
interface UntaggedSection {
  sectionId: string;
  line: string;
  start: number;
  end: number;
}

/**
 * Sections whose controls lost their tags: LibreOffice (7.4) saves our block content control as
 * one inline control per paragraph, keeping only its title ("Báo cáo – 2.2. …"). The paragraphs
 * holding them, when adjacent, are the section's range; so a second run never inserts it again.
 */
function untaggedSections(
  xml: string,
  root: XmlElement,
  report: ReportDocument
): UntaggedSection[] {
  const byTitle = new Map(
    reportHeadings(report.body).flatMap((h) => [
      [sectionTitle(h.line), h],
      [sectionTitle(h.title), h],
    ])
  );
  const out: UntaggedSection[] = [];
  const add = (h: SectionHeading, block: XmlElement) => {
    const last = out[out.length - 1];
    if (last?.sectionId === h.sectionId && block.start < last.end) return; // same paragraph
    if (last?.sectionId === h.sectionId && xml.slice(last.end, block.start).trim() === "")
      last.end = block.end;
    else out.push({ sectionId: h.sectionId, line: h.line, start: block.start, end: block.end });
  };
  const visit = (e: XmlElement) => {
    for (const c of elements(e)) {
      const title = childNamed(childNamed(c, "w:sdtPr"), "w:alias")?.attributes["w:val"];
      const h = c.name === "w:sdt" && !sdtTag(c) && title ? byTitle.get(title) : undefined;
      if (h) add(h, c.parent?.name === "w:p" ? c.parent : c);
      else visit(c);
    }
  };
  visit(root);
  return out;
}

function untaggedWarning(u: UntaggedSection): Diagnostic {
  return {
    severity: "warning",
    message: `Mục “${u.line}” đã có số liệu chèn lần trước, nhưng tệp đã được lưu bằng chương trình khác (LibreOffice, WPS…) nên không còn biết cán bộ có sửa đoạn đó hay không; đoạn đó được giữ nguyên. Muốn thay bằng số liệu mới, chạy lại với --overwrite-edited (trên trang web: đánh dấu “Ghi số liệu mới đè lên cả đoạn cán bộ đã sửa tay”).`,
  };
}

/** The XML string with the edits made (they must not overlap). */
function applyEdits(xml: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = xml;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error("overlapping edits");
    out = out.slice(0, e.start) + e.xml + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** word/document.xml as a string and its tree; DocxReadError in Vietnamese when unreadable. */
async function readDocumentXml(zip: JSZip): Promise<{ xml: string; root: XmlElement }> {
  assertWordPackage(zip);
  const part = zip.file(DOCUMENT)!;
  let xml: string;
  try {
    xml = decoder.decode(await part.async("uint8array"));
  } catch {
    throw new DocxReadError(
      "Phần nội dung của tệp không ở dạng UTF-8 nên không cập nhật được. Hãy mở tệp bằng Word, lưu lại rồi chạy lại."
    );
  }
  const root = parseDocument(xml);
  // Our XML uses the "w:" prefix, which Word and LibreOffice always bind on the root; a file
  // that binds it elsewhere (or not at all) is not written into.
  if (!root.attributes["xmlns:w"] || root.name !== "w:document")
    throw new DocxReadError(
      "Tệp được tạo bằng chương trình ghi nội dung theo cách khác thường nên không chèn số liệu vào được. Hãy mở tệp bằng Word (hoặc LibreOffice), lưu lại dưới dạng .docx rồi chạy lại."
    );
  return { xml, root };
}

function parseDocument(xml: string): XmlElement {
  try {
    return parseXmlTree(xml);
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    throw new DocxReadError(
      "Không đọc được nội dung tài liệu: phần chữ của tệp (word/document.xml) bị hỏng. Hãy mở tệp bằng Word, lưu lại rồi kiểm tra lại."
    );
  }
}

const settingsParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => name === "we:property",
});

/** The stamps the Word pane saved in the document's settings, if the pane wrote this file. */
async function paneStamps(zip: JSZip): Promise<Record<string, Stamp>> {
  for (const name of WEB_EXTENSIONS) {
    const part = zip.file(name);
    if (!part) continue;
    try {
      const x = settingsParser.parse(await part.async("string")) as {
        "we:webextension"?: {
          "we:properties"?: { "we:property"?: { name: string; value: string }[] };
        };
      };
      const property = x["we:webextension"]?.["we:properties"]?.["we:property"]?.find(
        (p) => p.name === STAMPS_SETTING
      );
      if (!property) continue;
      let value: unknown = JSON.parse(property.value);
      if (typeof value === "string") value = JSON.parse(value);
      if (value && typeof value === "object") return value as Record<string, Stamp>;
    } catch {
      // Unreadable settings only cost the stamps: an unstamped control counts as edited.
    }
  }
  return {};
}

/** What a refresh action writes in place of its control (retags change the tag only). */
function rewrite(
  a: RefreshAction,
  controls: OurControl[],
  stamps: Record<string, Stamp>,
  titles: Map<string, string>
): Edit {
  const c = controls[a.control];
  if (a.kind === "section")
    return {
      start: c.element.start,
      end: c.element.end,
      xml: sectionXml({ ...a, title: titles.get(a.sectionId) ?? a.line }),
    };
  if (a.kind === "indicator")
    return { start: c.element.start, end: c.element.end, xml: indicatorXml(a.block) };
  // Rows renumbered above: the same sentence under a new id keeps (or gains) its stamp.
  const stamp = stampOf(c.tag, stamps);
  const tag =
    stamp && !isEdited(stamp, c.text)
      ? stampedTag(a.tag, { v: visibleHash(c.text), m: stamp.m })
      : a.tag;
  return { start: c.tagElement.start, end: c.tagElement.end, xml: tagElementXml(tag) };
}

/** The clerk's .docx as fill reads it. */
interface Target {
  zip: JSZip;
  xml: string;
  root: XmlElement;
  /** What the heading matcher reads (docx-body.ts). */
  paragraphs: DocParagraph[];
  /** The same paragraphs' text, as the checker reads it. */
  texts: string[];
  /** The same paragraphs' elements, for their offsets. */
  positions: { element: XmlElement; ours: boolean }[];
  controls: OurControl[];
  /** The Word pane's stamps, if it wrote this file. */
  stamps: Record<string, Stamp>;
}

async function readTarget(bytes: Uint8Array): Promise<Target> {
  const zip = await openDocx(bytes, [...BODY_PARTS, ...WEB_EXTENSIONS]);
  const { xml, root } = await readDocumentXml(zip);
  const { paragraphs, texts } = await bodyParagraphs(zip);
  const positions = paragraphsOf(root);
  if (positions.length !== paragraphs.length)
    throw new DocxReadError(
      "Không đọc được cấu trúc đoạn văn của tài liệu. Hãy mở tệp bằng Word, lưu lại rồi chạy lại."
    );
  return {
    zip,
    xml,
    root,
    paragraphs,
    texts,
    positions,
    controls: controlsOf(root),
    stamps: await paneStamps(zip),
  };
}

/** What one run does: the pane's two plans, narrowed to the sections asked for. */
interface FillPlan {
  insert: InsertPlan;
  refresh: RefreshPlan;
  /** Refresh actions of the sections asked for; `chosen` are those carried out. */
  actions: RefreshAction[];
  chosen: RefreshAction[];
  /** Sections saved without our tags: rewritten when overwriting edits, else kept. */
  untagged: UntaggedSection[];
  /** Section controls to stamp anew once their sentences are rewritten. */
  restamp: OurControl[];
  /** Each section's title without its number, by id. */
  titles: Map<string, string>;
}

function planFill(t: Target, report: ReportDocument, options: FillOptions): FillPlan {
  const wanted = (id: string) =>
    options.sections === undefined || options.sections === "all" || options.sections.includes(id);
  const untagged = untaggedSections(t.xml, t.root, report).filter((u) => wanted(u.sectionId));
  const present = new Set([
    ...t.controls.map((c) => baseTag(c.tag)),
    ...untagged.map((u) => sectionTag(u.sectionId)),
  ]);
  const insert = planInsert({
    paragraphs: t.paragraphs,
    report,
    tags: [...present],
    sections: [...sectionContents(report).keys()].filter(
      (id) => wanted(id) && !present.has(sectionTag(id))
    ),
    advice: "file",
  });
  const refresh = planRefresh(
    t.controls.map(({ tag, text }) => ({ tag, text })),
    t.stamps,
    report,
    { reportAbsent: false }
  );
  const actions = refresh.actions.filter((a) => wanted(a.sectionId));
  const chosen = actions.filter((a) => options.overwriteEdited || !a.edited);
  const restamp = new Set([
    ...chosen.flatMap((a) => (a.kind === "section" ? [] : [a.section])),
    ...refresh.restamp.filter((i) => wanted(sectionIdOf(t.controls[i], report))),
  ]);
  // A section whose kept sentence the clerk edited keeps its stamp: it is asked about next time.
  for (const a of actions)
    if (!chosen.includes(a) && a.kind === "indicator") restamp.delete(a.section);
  return {
    insert,
    refresh,
    actions,
    chosen,
    untagged,
    restamp: [...restamp].map((i) => t.controls[i]),
    titles: new Map(reportHeadings(report.body).map((h) => [h.sectionId, h.title])),
  };
}

/** The section id a section control stands for, among the report's sections ("" if none). */
function sectionIdOf(c: OurControl, report: ReportDocument): string {
  return (
    reportHeadings(report.body).find((h) => sectionTag(h.sectionId) === baseTag(c.tag))
      ?.sectionId ?? ""
  );
}

function editsOf(
  t: Target,
  plan: FillPlan,
  contents: Map<string, Block[]>,
  overwrite: boolean
): Edit[] {
  const after = (i: number) => t.positions[i].element.end;
  return [
    ...plan.insert.actions.map((a) => ({
      start: after(a.after),
      end: after(a.after),
      xml: sectionXml({ ...a, title: plan.titles.get(a.sectionId) ?? a.line }),
    })),
    ...plan.chosen.map((a) => rewrite(a, t.controls, t.stamps, plan.titles)),
    ...(overwrite ? plan.untagged : []).flatMap((u) => {
      const blocks = contents.get(u.sectionId);
      const title = plan.titles.get(u.sectionId) ?? u.line;
      return blocks
        ? [{ start: u.start, end: u.end, xml: sectionXml({ ...u, title, blocks }) }]
        : [];
    }),
  ];
}

/** The plan told as the result lists it. */
function outcome(t: Target, plan: FillPlan, overwrite: boolean) {
  const untagged = plan.untagged.map((u) => `Mục “${u.line}”`);
  return {
    inserted: plan.insert.actions.map((a) => ({
      sectionId: a.sectionId,
      line: a.line,
      title: plan.titles.get(a.sectionId) ?? a.line,
      heading: t.paragraphs[a.after].text,
      paragraph: a.after,
    })),
    refreshed: [
      ...plan.chosen.filter((a) => a.kind !== "retag").map((a) => a.label),
      ...(overwrite ? untagged : []),
    ],
    kept: [
      ...plan.actions.filter((a) => !plan.chosen.includes(a)).map((a) => a.label),
      ...(overwrite ? [] : untagged),
    ],
    unchanged: plan.refresh.unchanged,
    diagnostics: [
      ...plan.insert.diagnostics,
      ...plan.refresh.diagnostics,
      ...(overwrite ? [] : plan.untagged.map(untaggedWarning)),
    ],
  };
}

/**
 * Fills the clerk's .docx with the report's sections: inserts those not yet in it under their
 * headings, refreshes those already in it (only where the figures changed), keeps a control the
 * clerk edited unless `overwriteEdited`. Never changes anything outside our controls.
 * Throws DocxReadError (Vietnamese) when `bytes` are not a readable .docx (.doc, encrypted,
 * damaged).
 */
export async function fillDocx(
  bytes: Uint8Array,
  report: ReportDocument,
  options: FillOptions = {}
): Promise<FillResult> {
  const t = await readTarget(bytes);
  const plan = planFill(t, report, options);
  const contents = sectionContents(report);
  const overwrite = options.overwriteEdited === true;
  const edited = applyEdits(t.xml, editsOf(t, plan, contents, overwrite));
  const out = restampSections(edited, plan.restamp, t.stamps, contents);
  const changed = out !== t.xml;
  const result = changed ? await repack(t.zip, out) : bytes;
  return {
    bytes: result,
    ...outcome(t, plan, overwrite),
    // The clerk's text is the same before and after: counted in the input, as the headings are.
    findings: clerkFindings(t.texts, t.positions),
    changed,
  };
}

/**
 * Gives the sections whose sentences were rewritten (or whose stamp was stale) a stamp for what
 * they hold now, unless the clerk had edited them outside their sentences: those keep the hashes
 * they were written with (or no stamp when only the pane's settings had one), and stay edited.
 */
function restampSections(
  xml: string,
  before: OurControl[],
  stamps: Record<string, Stamp>,
  contents: Map<string, Block[]>
): string {
  if (before.length === 0) return xml;
  const now = new Map(controlsOf(parseDocument(xml)).map((c) => [baseTag(c.tag), c]));
  const edits: Edit[] = [];
  for (const old of before) {
    const c = now.get(baseTag(old.tag));
    const blocks = [...contents.entries()].find(([k]) => sectionTag(k) === baseTag(old.tag))?.[1];
    if (!c || !blocks) continue;
    const stamp = stampOf(old.tag, stamps);
    const m = blocksHash(blocks);
    const edited = stamp !== undefined && isEdited(stamp, old.text);
    if (edited && stamp.v === undefined) continue;
    const v = edited ? stamp.v! : visibleHash(c.text);
    edits.push({
      start: c.tagElement.start,
      end: c.tagElement.end,
      xml: tagElementXml(stampedTag(old.tag, { v, m })),
    });
  }
  return applyEdits(xml, edits);
}

/** The package with word/document.xml replaced; every other part is copied as it was. */
async function repack(zip: JSZip, xml: string): Promise<Uint8Array> {
  zip.file(DOCUMENT, new TextEncoder().encode(xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The checker's findings in the paragraphs outside our controls (our own figures are right). */
function clerkFindings(texts: string[], positions: { ours: boolean }[]): Finding[] {
  return checkParagraphs(texts.map((t, i) => (positions[i]?.ours ? "" : t)));
}
