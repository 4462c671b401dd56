/**
 * .xlsx → cell grids (core/grid.ts) with ExcelJS. Runs in Node and in the browser bundle:
 * it takes bytes, never a path.
 */
import ExcelJS from "exceljs";
import { CellError, CellRange, CellValue, NO_CACHED_VALUE, SheetGrid } from "../core/grid";

/** A workbook that cannot be read; `message` is Vietnamese and says what to do. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message.normalize("NFC"));
    this.name = "WorkbookReadError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when a Compound File holds an "EncryptionInfo" stream: Office's password-protected package. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Checks the file's signature before ExcelJS sees it, so that a wrong file gets a clear message.
 * Throws WorkbookReadError for an encrypted workbook, an old .xls, or anything that is not .xlsx.
 */
export function assertXlsx(bytes: Uint8Array): void {
  if (startsWith(bytes, ZIP_MAGIC)) return;
  if (startsWith(bytes, CFB_MAGIC)) {
    if (isEncryptedPackage(bytes)) {
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
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS wants an ArrayBuffer-like it can hand to JSZip; a copy avoids surprises with offset views.
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(
      `Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx (${(e as Error).message}).`
    );
  }
  return workbook.worksheets.map(toGrid);
}

function toGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: CellValue[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Only the top-left cell of a merge holds the value; ExcelJS repeats it in the others.
      out[colNumber - 1] = cell.isMerged && cell.master !== cell ? null : toValue(cell.value);
    });
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    cells[rowNumber - 1] = out;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
  });
  for (let r = 0; r < cells.length; r++) if (cells[r] === undefined) cells[r] = [];
  return { name: ws.name.normalize("NFC"), cells, merges: merges(ws), hiddenRows };
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
  if (typeof v === "string") return v.normalize("NFC");
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v)
    return v.richText
      .map((t) => t.text)
      .join("")
      .normalize("NFC");
  if ("formula" in v || "sharedFormula" in v) {
    const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
    if (f.result === undefined || f.result === null)
      return {
        error: NO_CACHED_VALUE,
        formula: `=${f.formula ?? f.sharedFormula ?? ""}`,
      } satisfies CellError;
    return toValue(f.result as ExcelJS.CellValue);
  }
  if ("hyperlink" in v) return String((v as { text?: unknown }).text ?? "").normalize("NFC");
  return null;
}
