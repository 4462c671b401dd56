/**
 * A sheet as an open workbook holds it: the values of a SheetGrid plus, per cell, the formula and
 * the number format. The Office.js reader (src/excel) fills all of it; the ExcelJS reader gives a
 * plain SheetGrid, where a formula is only known when it has no cached value (grid.ts NO_CACHED_VALUE).
 */
import { SheetGrid, cellAt, isCellError } from "./grid";

export interface FormulaGrid extends SheetGrid {
  /**
   * Row-major like `cells`, 0-based from A1: the formula in invariant en-US syntax as
   * `range.formulas` gives it ("=E7/D7*100"), or null for a constant or empty cell.
   */
  formulas: (string | null)[][];
  /** Row-major Excel number formats ("0.0", "0.0%"); null or missing means "General". */
  numberFormats?: (string | null)[][];
  /** True when the worksheet is protected against edits. */
  protected?: boolean;
}

export function hasFormulas(grid: SheetGrid): grid is FormulaGrid {
  return Array.isArray((grid as Partial<FormulaGrid>).formulas);
}

/** The formula of a cell ("=…"), or undefined for a constant, an empty cell or an unknown one. */
export function formulaAt(grid: SheetGrid, row: number, col: number): string | undefined {
  if (hasFormulas(grid)) return grid.formulas[row]?.[col] ?? undefined;
  const v = cellAt(grid, row, col);
  return isCellError(v) && v.formula ? v.formula : undefined;
}

/** The number format of a cell, "General" when unknown. */
export function numberFormatAt(grid: SheetGrid, row: number, col: number): string {
  return grid.numberFormats?.[row]?.[col] ?? "General";
}

/**
 * A formula folded for comparison: upper case and without white space, except inside string
 * literals; a leading "=" is added when missing. `=if(or(d7="",d7=0),"",…)` equals `=IF(OR(D7="",D7=0),"",…)`.
 */
export function normaliseFormula(formula: string): string {
  const parts = formula.trim().split('"');
  const folded = parts
    .map((p, i) => (i % 2 === 1 ? p : p.replace(/\s+/g, "").toUpperCase()))
    .join('"');
  return folded.startsWith("=") ? folded : `=${folded}`;
}

export function sameFormula(a: string, b: string): boolean {
  return normaliseFormula(a) === normaliseFormula(b);
}

/** True when a number format shows percentages ("0.0%"): the cell holds 0–1, Excel shows 0–100. */
export function isPercentFormat(format: string): boolean {
  let percent = percentFormats.get(format);
  if (percent === undefined) {
    percent = /%/.test(format.replace(/"[^"]*"|\\./g, ""));
    // A workbook uses a handful of formats over thousands of cells: each is looked at once.
    if (percentFormats.size > 500) percentFormats.clear();
    percentFormats.set(format, percent);
  }
  return percent;
}

const percentFormats = new Map<string, boolean>();
