/** Test helpers for the Excel adapters: the example in the double, and the double back to .xlsx. */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { a1 } from "../../src/core/grid";
import { excelDoubleFromXlsx } from "../doubles/excel/from-xlsx";
import { ExcelDouble } from "../doubles/excel/model";
import { clearRatioCells } from "../doubles/excel/workbooks";

export const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");
export const BIEU = "Biểu 01";

/** The Bình Thành example opened in the double. */
export async function exampleExcel(): Promise<ExcelDouble> {
  return excelDoubleFromXlsx(readFileSync(EXAMPLE));
}

/**
 * The example as a clerk keeps it before the add-in: ratio cells empty, except J28 typed by hand
 * as 41.6 (the wrong figure of the reference report: 581/1415 is 41,1%) and H22 typed as text.
 */
export async function handTypedExample(): Promise<ExcelDouble> {
  const excel = await exampleExcel();
  clearRatioCells(excel, BIEU, 5);
  const sheet = excel.sheet(BIEU);
  sheet.put(27, 9, { value: 41.6 });
  sheet.put(21, 7, { value: "81,8%" });
  return excel;
}

/** The double's workbook as an .xlsx, as Excel would save it: values cached with the formulas. */
export async function xlsxFromFake(excel: ExcelDouble): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of excel.sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.state =
      s.visibility === "VeryHidden"
        ? "veryHidden"
        : s.visibility === "Hidden"
          ? "hidden"
          : "visible";
    for (const [key, cell] of s.cells) {
      const [r, c] = key.split(",").map(Number);
      const target = ws.getCell(a1(r, c));
      const v = cell.value;
      const value = typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
      if (cell.formula)
        target.value = {
          formula: cell.formula.slice(1),
          result: value,
        } as ExcelJS.CellFormulaValue;
      else if (v !== undefined) target.value = value as ExcelJS.CellValue;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of s.hiddenRows) ws.getRow(r + 1).hidden = true;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Keys of `after` whose state differs from `before` (added, removed or changed). */
export function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}
