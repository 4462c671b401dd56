/**
 * The text of a .docx body, paragraph by paragraph, for checking the figures written in it
 * (issue 6). JSZip opens the package, fast-xml-parser reads word/document.xml. Runs in Node and
 * in the browser (it takes bytes).
 */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { officeFileKind } from "./signatures";
import { PackageTooLargeError, openBoundedZip } from "./zip-limits";

/** The file is not a Word document the reader can open. The message is Vietnamese. */
export class DocxReadError extends Error {}

/** An element as fast-xml-parser gives it with preserveOrder: { tag: children, ":@": attributes }. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false, // docx-body.ts reads styles and numbering from the attributes
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false, // "007" and "1.389" stay text
  trimValues: false, // spaces inside <w:t xml:space="preserve"> are text
  htmlEntities: true, // &#7841; → ạ
});

/** Elements whose text is not part of the visible paragraph. */
const SKIPPED = new Set([
  "w:pPr",
  "w:rPr",
  "w:delText",
  "w:instrText",
  "w:txbxContent",
  "w:footnoteReference",
  "w:endnoteReference",
  "w:commentReference",
]);

/**
 * Every paragraph of the body in document order, table cells included, empty ones kept, so that
 * index i is the (i+1)-th paragraph as Word counts the body's paragraphs. Tabs become "\t" and
 * line breaks "\n". Text boxes, footnotes, headers, deleted text and field codes are left out.
 * Throws DocxReadError when the bytes are not a .docx.
 */
export async function readDocxParagraphs(bytes: Uint8Array): Promise<string[]> {
  // Only the body is read: only its size matters beyond the declared ones.
  const zip = await openDocx(bytes, ["word/document.xml"]);
  assertWordPackage(zip);
  const out: string[] = [];
  collect(await docxPart(zip, "word/document.xml"), out);
  return out.map((p) => p.normalize("NFC"));
}

/** The package, with the sizes of `parts` checked; DocxReadError when it is not a .docx. */
export async function openDocx(bytes: Uint8Array, parts: string[]): Promise<JSZip> {
  const kind = officeFileKind(bytes);
  if (kind === "encrypted")
    throw new DocxReadError(
      "Tài liệu Word đang được đặt mật khẩu (mã hóa). Hãy mở bằng Word, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu), lưu lại rồi chạy lại."
    );
  if (kind === "legacy")
    throw new DocxReadError(
      "Tệp là định dạng Word cũ (.doc). Hãy mở bằng Word (hoặc LibreOffice) và lưu lại dưới dạng .docx rồi chạy lại."
    );
  try {
    return await openBoundedZip(bytes, (name) => parts.includes(name));
  } catch (e) {
    if (e instanceof PackageTooLargeError) throw new DocxReadError(e.message);
    throw new DocxReadError("Tệp không phải là tài liệu Word (.docx) hoặc đã bị hỏng.");
  }
}

/** Throws DocxReadError when the package has no Word body: an Excel or PowerPoint file, or a damaged one. */
export function assertWordPackage(zip: JSZip): void {
  if (zip.file("word/document.xml")) return;
  if (zip.file("xl/workbook.xml"))
    throw new DocxReadError(
      "Tệp này là sổ Excel, không phải văn bản Word (.docx). Hãy chọn tệp báo cáo Word."
    );
  if (zip.file("ppt/presentation.xml"))
    throw new DocxReadError(
      "Tệp này là bản trình chiếu PowerPoint, không phải văn bản Word (.docx)."
    );
  throw new DocxReadError("Tệp .docx không có phần nội dung (word/document.xml).");
}

/** A part's XML as ordered nodes; [] when the package has no such part. */
export async function docxPart(zip: JSZip, name: string): Promise<XmlNode[]> {
  const part = zip.file(name);
  if (!part) return [];
  try {
    return parser.parse(await part.async("string")) as XmlNode[];
  } catch {
    // The parser's own message is English ("undefined entity"): the clerk gets what to do.
    const what =
      name === "word/document.xml"
        ? "phần chữ của tệp (word/document.xml)"
        : `phần ${name} của tệp`;
    throw new DocxReadError(
      `Không đọc được nội dung tài liệu: ${what} bị hỏng. Hãy mở tệp bằng Word, lưu lại rồi kiểm tra lại.`
    );
  }
}

export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ":@") ?? "";
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function collect(nodes: XmlNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:p") out.push(textOf(childrenOf(node)));
    else if (tag === "mc:AlternateContent") collect(childrenOf(node).slice(0, 1), out);
    else if (tag !== "#text" && !SKIPPED.has(tag)) collect(childrenOf(node), out);
  }
}

/** The visible text of a w:p element, NFC. */
export function paragraphText(p: XmlNode): string {
  return textOf(childrenOf(p)).normalize("NFC");
}

/** The visible text of a paragraph's content. */
function textOf(nodes: XmlNode[]): string {
  let text = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:t")
      text += childrenOf(node)
        .map((c) => String(c["#text"] ?? ""))
        .join("");
    else if (tag === "w:tab" || tag === "w:ptab") text += "\t";
    else if (tag === "w:br" || tag === "w:cr") text += "\n";
    else if (tag === "w:noBreakHyphen") text += "-";
    else if (tag === "mc:AlternateContent") text += textOf(childrenOf(node).slice(0, 1));
    else if (tag !== "#text" && !SKIPPED.has(tag)) text += textOf(childrenOf(node));
  }
  return text;
}
