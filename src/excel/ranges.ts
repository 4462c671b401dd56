/// <reference types="office-js" />
/**
 * A block of cells by 0-based indexes, through `Worksheet.getRange(address)` (ExcelApi 1.1):
 * `getRangeByIndexes` would need ExcelApi 1.7, which Excel 2016 builds lack.
 */
import { a1 } from "../core/grid";

/** Rows `row … row + rows - 1`, columns `col … col + columns - 1` (0-based, at least 1 each). */
export function rangeAt(
  worksheet: Excel.Worksheet,
  row: number,
  col: number,
  rows = 1,
  columns = 1
): Excel.Range {
  const first = a1(row, col);
  const last = a1(row + rows - 1, col + columns - 1);
  return worksheet.getRange(first === last ? first : `${first}:${last}`);
}
