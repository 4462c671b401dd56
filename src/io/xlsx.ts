/**
 * .xlsx → cell grids (core/grid.ts) with ExcelJS. Runs in Node and in the browser bundle:
 * it takes bytes, never a path.
 */
import ExcelJS from "exceljs";
import { officeFileKind } from "./signatures";
import JSZip from "jszip";
import { CellError, CellRange, CellValue, NO_CACHED_VALUE, SheetGrid } from "../core/grid";
import { PackageTooLargeError, openBoundedZip } from "./zip-limits";
import { withUnicodeText } from "./legacy-text";
import { xmlSafe } from "../core/text";

/** A workbook that cannot be read; `message` is Vietnamese and says what to do. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message.normalize("NFC"));
    this.name = "WorkbookReadError";
  }
}

/**
 * Checks the file's signature before ExcelJS sees it, so that a wrong file gets a clear message.
 * Throws WorkbookReadError for an encrypted workbook, an old .xls, or anything that is not .xlsx.
 */
export function assertXlsx(bytes: Uint8Array): void {
  const kind = officeFileKind(bytes);
  if (kind === "package") return;
  if (kind !== "other") {
    if (kind === "encrypted") {
      throw new WorkbookReadError(
        "Tệp Excel đang được đặt mật khẩu (mã hóa). Hãy mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc), lưu lại rồi chạy lại."
      );
    }
    throw new WorkbookReadError(
      "Tệp là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."
    );
  }
  throw new WorkbookReadError("Tệp không phải là sổ làm việc Excel (.xlsx).");
}

/**
 * Reads every worksheet of an .xlsx into a SheetGrid: values as the workbook holds them
 * (formulas give their cached result; a formula with none gives the error NO_CACHED_VALUE),
 * merged ranges, and hidden rows. Throws WorkbookReadError with a Vietnamese message.
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<SheetGrid[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  assertXlsx(bytes);
  let zip: JSZip;
  try {
    zip = await openBoundedZip(bytes);
  } catch (e) {
    if (e instanceof PackageTooLargeError) throw new WorkbookReadError(e.message);
    throw new WorkbookReadError(
      "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở tệp bằng Excel và lưu lại (Lưu thành .xlsx) rồi chạy lại."
    );
  }
  const other = await otherPackage(zip);
  if (other)
    throw new WorkbookReadError(
      `Tệp là ${other}, không phải sổ Excel .xlsx. Hãy mở tệp bằng LibreOffice Calc (hoặc Excel, Numbers) rồi chọn Tệp › Lưu thành… › Sổ làm việc Excel (.xlsx), sau đó chạy lại với tệp .xlsx.`
    );
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(bytes);
  } catch {
    // Some exporters (PX-Web, the statistics office's database) name parts in ways ExcelJS does
    // not look for; Excel opens them. Renamed to the usual names, they read.
    const repaired = await withUsualPartNames(bytes).catch(() => undefined);
    if (!repaired)
      throw new WorkbookReadError(
        "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở tệp bằng Excel và lưu lại (Lưu thành .xlsx) rồi chạy lại."
      );
    try {
      workbook = await loadWorkbook(repaired);
    } catch {
      throw new WorkbookReadError(
        "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở tệp bằng Excel và lưu lại (Lưu thành .xlsx) rồi chạy lại."
      );
    }
  }
  return workbook.worksheets.map((ws) => withUnicodeText(toGrid(ws)));
}

/** What a zip that is no .xlsx holds: an OpenDocument spreadsheet, a Numbers file, a .docx. */
async function otherPackage(zip: JSZip): Promise<string | undefined> {
  if (zip.file("xl/workbook.xml") || zip.file(/workbook\.xml$/).length > 0) return undefined;
  const mimetype = await zip.file("mimetype")?.async("string");
  if (mimetype?.includes("opendocument.spreadsheet")) return "bảng tính OpenDocument (.ods)";
  if (zip.file(/^Index\//).length > 0) return "tệp Numbers (.numbers)";
  if (zip.file("word/document.xml")) return "tài liệu Word (.docx)";
  return undefined;
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS wants an ArrayBuffer-like it can hand to JSZip; a copy avoids surprises with offset views.
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  if (workbook.worksheets.length === 0) throw new Error("no worksheet");
  return workbook;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * A SpreadsheetML part whose elements carry a prefix for the main namespace (`<x:workbook
 * xmlns:x="…/main">`, as PX-Web writes) with that namespace made the default instead, which is
 * what ExcelJS reads. Only element names change: "<" never stands unescaped in XML text or
 * attribute values, so `<x:` and `</x:` are always tags. Undefined when there is no such prefix.
 */
export function withDefaultMainNamespace(xml: string): string | undefined {
  const m = new RegExp(`xmlns:(\\w+)="${MAIN_NS.replace(/[./]/g, "\\$&")}"`).exec(xml);
  if (!m || new RegExp(`xmlns="${MAIN_NS}"`).test(xml)) return undefined;
  const p = m[1];
  return xml.replace(new RegExp(`<(/?)${p}:`, "g"), "<$1").replace(m[0], `xmlns="${MAIN_NS}"`);
}

/**
 * The package with its worksheets renamed to xl/worksheets/sheetN.xml, the workbook's
 * relationships pointing there, and prefixed SpreadsheetML elements unprefixed; undefined when
 * there is nothing to change.
 */
async function withUsualPartNames(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await zip.file(relsPath)?.async("string");
  if (!rels) return undefined;
  let n = 0;
  let changed = false;
  // Document properties are never read; a prefixed one stops ExcelJS.
  if (zip.file("docProps/app.xml")) {
    zip.remove("docProps/app.xml");
    changed = true;
  }
  for (const name of Object.keys(zip.files).filter((f) => /^xl\/.*\.xml$/.test(f))) {
    const xml = await zip.file(name)!.async("string");
    const fixed = withDefaultMainNamespace(xml);
    if (fixed !== undefined) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  const renames: [string, string][] = [];
  let renamed = false;
  const fixed = rels.replace(
    /(<Relationship\b[^>]*\bTarget=")([^"]+)("[^>]*>)/g,
    (whole, head: string, target: string, tail: string) => {
      if (!/\/worksheet"/.test(whole)) return whole;
      const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
      const usual = `xl/worksheets/sheet${++n}.xml`;
      if (part === usual) return whole;
      changed = true;
      renamed = true;
      renames.push([part, usual]);
      return `${head}worksheets/sheet${n}.xml${tail}`;
    }
  );
  if (!changed) return undefined;
  for (const [from, to] of renames) {
    const file = zip.file(from);
    if (!file) return undefined;
    zip.file(to, await file.async("uint8array"));
    zip.remove(from);
  }
  if (renamed) zip.file(relsPath, fixed);
  return zip.generateAsync({ type: "uint8array" });
}

function toGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: CellValue[][] = [];
  const hiddenRows: number[] = [];
  const formats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Only the top-left cell of a merge holds the value; ExcelJS repeats it in the others.
      const v = cell.isMerged && cell.master !== cell ? null : toValue(cell.value);
      out[colNumber - 1] = v;
      // The format says how the clerk sees a number: 0.0713 in "0.00%" is 7,13% (core/tables.ts).
      if (typeof v === "number" && cell.numFmt && cell.numFmt !== "General")
        (formats[rowNumber - 1] ??= [])[colNumber - 1] = cell.numFmt;
    });
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    cells[rowNumber - 1] = out;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
  });
  for (let r = 0; r < cells.length; r++) if (cells[r] === undefined) cells[r] = [];
  const grid: SheetGrid = { name: ws.name.normalize("NFC"), cells, merges: merges(ws), hiddenRows };
  if (formats.length > 0) grid.numberFormats = formats;
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;
  return grid;
}

function merges(ws: ExcelJS.Worksheet): CellRange[] {
  const ranges = (ws.model as { merges?: string[] }).merges ?? [];
  return ranges.map((ref) => {
    const [tl, br = tl] = ref.split(":");
    const a = ws.getCell(tl);
    const b = ws.getCell(br);
    return {
      top: Number(a.row) - 1,
      left: Number(a.col) - 1,
      bottom: Number(b.row) - 1,
      right: Number(b.col) - 1,
    };
  });
}

function toValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "string") return xmlSafe(v);
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return xmlSafe(v.richText.map((t) => t.text).join(""));
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    if (f.result === undefined || f.result === null)
      return {
        error: NO_CACHED_VALUE,
        formula: `=${f.formula ?? f.sharedFormula ?? ""}`,
      } satisfies CellError;
    return toValue(f.result as ExcelJS.CellValue);
  }
  // A hyperlink's text may itself be rich text ({richText: […]}), never "[object Object]".
  if ("hyperlink" in v) {
    const text = (v as { text?: unknown }).text;
    return typeof text === "object" && text !== null
      ? toValue(text as ExcelJS.CellValue)
      : xmlSafe(String(text ?? ""));
  }
  return null;
}
