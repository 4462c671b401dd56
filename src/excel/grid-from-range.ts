/**
 * Office.js range data → the core's FormulaGrid, with the cell values the ExcelJS reader
 * (src/io/xlsx.ts) gives: numbers, NFC strings, booleans, Dates for date-formatted numbers,
 * {error} for error values, null for empty cells and for every merged cell but the top-left.
 * Rows and columns are 0-based from A1, whatever the used range's corner.
 */
import { CellRange, CellValue } from "../core/grid";
import { FormulaGrid } from "../core/formulas";

/** What the read loads of a worksheet's used range (Excel.Range property names). */
export interface RangeData {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

export interface SheetData {
  name: string;
  range: RangeData;
  merges: CellRange[];
  hiddenRows: number[];
  /** A hidden or very hidden worksheet. */
  hidden?: boolean;
  protected: boolean;
}

/** True when a number format shows a date or time ("dd/mm/yyyy", "m/d/yy h:mm"). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** An Excel serial date (1900 system) as midnight UTC, as ExcelJS gives dates. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

function toValue(value: unknown, type: string, format: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return Boolean(value);
    case "Double":
    case "Integer":
      return typeof value === "number" && isDateFormat(format)
        ? serialToDate(value)
        : Number(value);
    default:
      return typeof value === "string" ? (value === "" ? null : value.normalize("NFC")) : null;
  }
}

/** "Sheet1!A1:B2, 'Biểu 01'!C3:D4" (RangeAreas.address) → 0-based ranges. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=\s*(?:,|$))/g;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    out.push({
      top,
      left,
      bottom: m[4] ? Number(m[4]) - 1 : top,
      right: m[3] ? columnIndex(m[3]) : left,
    });
  }
  return out;
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The grid of one worksheet; trailing empty cells of each row are dropped, as ExcelJS does. */
export function gridFromRange(sheet: SheetData): FormulaGrid {
  const { range } = sheet;
  const cells: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const covered = coveredCells(sheet.merges);
  for (let r = 0; r < range.rowIndex; r++) [cells[r], formulas[r], numberFormats[r]] = [[], [], []];
  range.values.forEach((row, i) => {
    const r = range.rowIndex + i;
    const [vals, fs, nfs]: [CellValue[], (string | null)[], (string | null)[]] = [[], [], []];
    row.forEach((value, j) => {
      const c = range.columnIndex + j;
      const format = String(range.numberFormat[i]?.[j] ?? "General");
      const f = range.formulas[i]?.[j];
      vals[c] = covered.has(`${r},${c}`)
        ? null
        : toValue(value, range.valueTypes[i]?.[j] ?? "", format);
      fs[c] = typeof f === "string" && f.startsWith("=") ? f : null;
      nfs[c] = format === "General" ? null : format;
    });
    cells[r] = trim(vals, (v) => v === null);
    formulas[r] = trim(fs, (v) => v === null);
    numberFormats[r] = trim(nfs, (v) => v === null);
  });
  while (cells.length > 0 && cells[cells.length - 1].length === 0) {
    cells.pop();
    formulas.pop();
    numberFormats.pop();
  }
  return {
    name: sheet.name.normalize("NFC"),
    cells,
    merges: sheet.merges,
    hiddenRows: sheet.hiddenRows,
    ...(sheet.hidden ? { hidden: true } : {}),
    formulas,
    numberFormats,
    protected: sheet.protected,
  };
}

/** "r,c" of every merged cell but the top-left one. */
function coveredCells(merges: CellRange[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(`${r},${c}`);
  return out;
}

function trim<T>(row: T[], empty: (v: T) => boolean): T[] {
  let n = row.length;
  while (n > 0 && (row[n - 1] === undefined || empty(row[n - 1]))) n--;
  const out = row.slice(0, n);
  for (let c = 0; c < n; c++) if (out[c] === undefined) out[c] = null as T;
  return out;
}
