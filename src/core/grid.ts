/**
 * The plain cell grid every reader produces (ExcelJS in Node or the browser, Office.js in Excel)
 * and every analysis in the core consumes.
 */

/** An Excel error value such as "#DIV/0!" or "#N/A"; `formula` is set for a formula with no cached value. */
export interface CellError {
  error: string;
  formula?: string;
}

/** One cell's value as the workbook holds it; `null` is an empty cell (and every merged cell but the top-left). */
export type CellValue = number | string | boolean | Date | CellError | null;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet: `cells` is row-major, `cells[row][col]`, 0-based; rows may differ in length. */
export interface SheetGrid {
  name: string;
  cells: CellValue[][];
  merges: CellRange[];
  /** 0-based indexes of hidden rows, when the reader knows them. */
  hiddenRows?: number[];
  /** True for a hidden or very hidden worksheet. */
  hidden?: boolean;
  /** Set when the reader converted text typed in a legacy encoding to Unicode. */
  legacyEncoding?: "TCVN3" | "VNI";
  /**
   * Row-major Excel number formats of number cells ("0.0", "0.00%"); missing or null means
   * "General". A percent format shows the value × 100 (core/tables.ts reads it so).
   */
  numberFormats?: (string | null)[][];
}

/** Error code used by readers for a formula cell whose value Excel never computed. */
export const NO_CACHED_VALUE = "#NO_CACHED_VALUE";

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && "error" in v;
}

/** The cell at (row, col), or null outside the grid. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.cells[row]?.[col] ?? null;
}

/** True for null, "" and white space. */
export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

const letters: string[] = [];

/** Column letters for a 0-based index: 0 → "A", 27 → "AB". */
export function columnLetters(col: number): string {
  return (letters[col] ??= computeLetters(col));
}

function computeLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** An A1 address for 0-based (row, col): (6, 4) → "E7". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

const quotedNames = new Map<string, string>();

/** A sheet name as a formula writes it: "Biểu01", "'Biểu 01'". */
export function quoteSheet(sheet: string): string {
  let q = quotedNames.get(sheet);
  if (q === undefined) {
    q = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    quotedNames.set(sheet, q);
  }
  return q;
}

/** A sheet-qualified address as clerks read it: "'Biểu 01'!E7". */
export function sheetCell(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/**
 * Cell addresses in a message as a clerk says them: "'Biểu 01'!E7" → "ô E7, trang Biểu 01".
 * The panes show messages this way; the command line keeps the address Excel's Go To takes.
 */
export function cellsInWords(text: string): string {
  return text.replace(
    /(?:ô[ \t]+)?(?:'((?:[^']|'')+)'|([^\s'!(),:;“”]+))!(\$?[A-Z]{1,3}\$?\d+)/g,
    (_, quoted: string | undefined, bare: string | undefined, cell: string) =>
      `ô ${cell.replace(/\$/g, "")}, trang ${(quoted ?? bare ?? "").replace(/''/g, "'")}`
  );
}

/** The display text of a cell: strings trimmed, numbers as JavaScript prints them, errors by code. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return String(v);
}
