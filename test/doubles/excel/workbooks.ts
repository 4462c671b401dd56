/**
 * Workbooks for the tests and the bench, loaded into the double: starter Biểu of any size, with
 * the ratio cells emptied as a clerk would have them before "Tính lại tỷ lệ".
 */
import { generatedSpec } from "../../../src/io/starter";
import { writeWorkbook } from "../../../src/io/workbook";
import { excelDoubleFromXlsx } from "./from-xlsx";
import { ExcelDouble } from "./model";

/** The ratio columns of a starter Biểu (H, I, J), 0-based. */
export const STARTER_RATIO_COLUMNS = [7, 8, 9];

/** `n` indicators in groups of 50, with plan, same period and total; ratio cells empty. */
export async function starterExcel(n: number): Promise<ExcelDouble> {
  const bytes = await writeWorkbook(generatedSpec(n));
  const excel = await excelDoubleFromXlsx(bytes);
  clearRatioCells(excel, "Biểu 01");
  return excel;
}

/** Empties the values and formulas of the starter ratio columns below the header (rows 5 on). */
export function clearRatioCells(excel: ExcelDouble, sheet: string, firstRow = 4): void {
  const s = excel.sheet(sheet);
  for (const [key, cell] of s.cells) {
    const [r, c] = key.split(",").map(Number);
    if (r < firstRow || !STARTER_RATIO_COLUMNS.includes(c)) continue;
    delete cell.formula;
    delete cell.value;
  }
}
