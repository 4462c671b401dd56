/**
 * Writes the mapping sheet (core/mapping.ts) into a clerk's .xlsx, so that the downloaded file
 * carries the choices made on the web page: `baocao build`, the Excel pane and the Word pane read
 * them from there. Runs in Node and in the browser bundle: bytes in, bytes out.
 *
 * The package is edited part by part (JSZip), not loaded and saved again through ExcelJS, which
 * would rewrite every sheet and drop what it does not model (charts, pictures, pivot tables,
 * some conditional formats). Only these parts change:
 *   - the mapping sheet's own part, written anew (replaced in place when the workbook has one);
 *   - for a new mapping sheet: one <sheet> in the workbook part (very hidden, after the others),
 *     one relationship, one content-type override.
 * Every other part, the clerk's sheets, styles and shared strings among them, is copied as is.
 * Cells are inline strings, so every value stays text ("1.10" stays "1.10").
 */
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { SheetGrid, a1, columnLetters } from "../core/grid";
import { MAPPING_SHEET, Mapping, findMappingSheet, mappingToRows } from "../core/mapping";
import { WorkbookReadError, assertXlsx, readWorkbook } from "./xlsx";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_WORKSHEET = `${NS_REL}/worksheet`;
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/**
 * The workbook `bytes` with its mapping sheet set to `mapping` (very hidden, every cell text).
 * `grids`: the cell grids already read from `bytes`, if any.
 * Throws WorkbookReadError (Vietnamese) when the bytes are not an .xlsx that can be edited.
 */
export async function withMappingSheet(
  bytes: Uint8Array,
  mapping: Mapping,
  grids?: SheetGrid[]
): Promise<Uint8Array> {
  assertXlsx(bytes);
  // The sheet the readers take as the mapping sheet (by name, or by its marker in A1); the
  // caller's grids of the same bytes, when it has them, spare reading the workbook again.
  const existing = findMappingSheet(grids ?? (await readWorkbook(bytes)))?.name;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw broken("tệp nén bị hỏng");
  }
  const workbookPath = await officeDocumentPath(zip);
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const relsPath = `${dir}_rels/${workbookPath.slice(dir.length)}.rels`;
  let workbook = await text(zip, workbookPath);
  let rels = await text(zip, relsPath);
  const relations = elements(rels, "Relationship");
  const sheets = elements(workbook, "sheet");
  if (sheets.length === 0) throw broken("không có danh sách trang tính");
  const sheetXml = mappingSheetXml(mappingToRows(mapping));

  const rid = existing ? sheetList(workbook).find((x) => x.name === existing)?.rid : undefined;
  const found = rid ? sheets.find((s) => relId(s) === rid) : undefined;
  const foundRel = found && relations.find((r) => r.attrs.Id === relId(found));
  if (found && foundRel?.attrs.Target) {
    // Replace the sheet's part; its position, id and defined names stay as they were.
    const part = resolveTarget(dir, foundRel.attrs.Target);
    zip.file(part, sheetXml);
    zip.remove(`${part.slice(0, part.lastIndexOf("/") + 1)}_rels/${part.split("/").pop()}.rels`);
    workbook = replaceAt(workbook, found, withAttr(found.xml, "state", "veryHidden"));
  } else {
    const taken = new Set(relations.map((r) => r.attrs.Id));
    let k = relations.length + 1;
    while (taken.has(`rId${k}`)) k++;
    const id = `rId${k}`;
    let n = sheets.length + 1;
    while (zip.file(`${dir}worksheets/sheet${n}.xml`)) n++;
    const target = `worksheets/sheet${n}.xml`;
    zip.file(`${dir}${target}`, sheetXml);
    const sheetId = Math.max(0, ...sheets.map((s) => Number(s.attrs.sheetId) || 0)) + 1;
    const p = sheets[0].prefix;
    const rAttr = Object.keys(sheets[0].attrs).find((a) => /^[\w.-]+:id$/.test(a)) ?? "r:id";
    workbook = insertBefore(
      workbook,
      `</${p}sheets>`,
      `<${p}sheet name="${MAPPING_SHEET}" sheetId="${sheetId}" state="veryHidden" ${rAttr}="${id}"/>`
    );
    const rp = relations[0]?.prefix ?? "";
    rels = insertBefore(
      rels,
      `</${rp}Relationships>`,
      `<${rp}Relationship Id="${id}" Type="${REL_WORKSHEET}" Target="${target}"/>`
    );
    zip.file(relsPath, rels);
    const types = await text(zip, "[Content_Types].xml");
    const tp =
      elements(types, "Override")[0]?.prefix ?? elements(types, "Default")[0]?.prefix ?? "";
    zip.file(
      "[Content_Types].xml",
      insertBefore(
        types,
        `</${tp}Types>`,
        `<${tp}Override PartName="/${dir}${target}" ContentType="${CT_WORKSHEET}"/>`
      )
    );
  }
  zip.file(workbookPath, workbook);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The worksheet part of the mapping sheet: one inline-string cell per non-empty value. */
export function mappingSheetXml(rows: string[][]): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const ref = `A1:${columnLetters(width - 1)}${Math.max(1, rows.length)}`;
  // XMLBuilder escapes the clerk's text; characters XML 1.0 forbids are dropped first.
  const row = rows.map((cells, r) => ({
    "@_r": r + 1,
    c: cells.flatMap((v, c) =>
      v === ""
        ? []
        : [
            {
              "@_r": a1(r, c),
              "@_t": "inlineStr",
              is: { t: { "@_xml:space": "preserve", "#text": v.replace(NOT_XML, "") } },
            },
          ]
    ),
  }));
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_" });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    builder.build({
      worksheet: {
        "@_xmlns": NS_MAIN,
        "@_xmlns:r": NS_REL,
        dimension: { "@_ref": ref },
        sheetData: { row },
      },
    })
  );
}

/** The workbook's sheets as a parser reads them: names unescaped, relationship ids. */
function sheetList(workbookXml: string): { name: string; rid?: string }[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    isArray: (name) => name === "sheet",
  });
  const doc = parser.parse(workbookXml) as {
    workbook?: { sheets?: { sheet?: { name?: string; id?: string }[] } };
  };
  return (doc.workbook?.sheets?.sheet ?? []).map((x) => ({
    name: String(x.name ?? "").normalize("NFC"),
    rid: x.id,
  }));
}

interface Element {
  /** "" or "x:" */
  prefix: string;
  attrs: Record<string, string>;
  xml: string;
  index: number;
}

/** The elements named `name` (any namespace prefix) with their attributes, raw (still escaped). */
function elements(xml: string, name: string): Element[] {
  const out: Element[] = [];
  const re = new RegExp(`<([\\w.-]+:)?${name}(\\s[^>]*?)?\\/?>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs: Record<string, string> = {};
    const ar = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    for (let a = ar.exec(m[2] ?? ""); a; a = ar.exec(m[2] ?? "")) attrs[a[1]] = a[2] ?? a[3];
    out.push({ prefix: m[1] ?? "", attrs, xml: m[0], index: m.index });
  }
  return out;
}

function relId(sheet: Element): string | undefined {
  const key = Object.keys(sheet.attrs).find((a) => /^[\w.-]+:id$/.test(a) && a !== "xml:id");
  return key ? sheet.attrs[key] : undefined;
}

/** `tag` with attribute `name` set to `value` (replaced when present). */
function withAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

function replaceAt(xml: string, at: Element, replacement: string): string {
  return xml.slice(0, at.index) + replacement + xml.slice(at.index + at.xml.length);
}

function insertBefore(xml: string, closing: string, insertion: string): string {
  const i = xml.lastIndexOf(closing);
  if (i < 0) throw broken(`thiếu ${closing}`);
  return xml.slice(0, i) + insertion + xml.slice(i);
}

/** The package path of a relationship target, relative to `dir` ("xl/") or absolute ("/xl/…"). */
function resolveTarget(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `${dir}${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

async function officeDocumentPath(zip: JSZip): Promise<string> {
  const rels = zip.file("_rels/.rels");
  if (!rels) return "xl/workbook.xml";
  const main = elements(await rels.async("string"), "Relationship").find((r) =>
    /\/officeDocument$/.test(r.attrs.Type ?? "")
  );
  return main?.attrs.Target ? resolveTarget("", main.attrs.Target) : "xl/workbook.xml";
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw broken(`thiếu phần ${path}`);
  return f.async("string");
}

function broken(detail: string): WorkbookReadError {
  return new WorkbookReadError(
    `Không ghi được lựa chọn vào sổ: tệp Excel không đúng định dạng .xlsx (${detail}).`
  );
}

/** Characters XML 1.0 does not allow, even escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
