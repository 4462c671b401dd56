/**
 * Reads the open workbook into the core's grids: every worksheet's used range (values,
 * valueTypes, formulas, numberFormat), its merged areas where ExcelApi 1.13 allows, hidden rows
 * and protection. Two context.sync calls, a third only when some sheet hides part of its rows.
 */
import { FormulaGrid } from "../core/formulas";
import { ExcelEnv } from "./env";
import { SheetData, gridFromRange, parseAreas } from "./grid-from-range";
import { Support } from "./requirements";
import { withUnicodeText } from "../io/legacy-text";

interface PendingSheet {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  rows?: Excel.Range[];
}

export async function readOpenWorkbook(env: ExcelEnv, support: Support): Promise<FormulaGrid[]> {
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    await context.sync();
    const pending: PendingSheet[] = worksheets.items.map((worksheet) => {
      const used = worksheet.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,values,valueTypes,formulas,numberFormat,rowHidden");
      worksheet.protection.load("protected");
      const merged = support.has("mergedAreas") ? used.getMergedAreasOrNullObject() : undefined;
      merged?.load("address");
      return { worksheet, used, merged };
    });
    await context.sync();
    // rowHidden is null when some rows of the range are hidden and others not: ask row by row.
    for (const p of pending) {
      if (p.used.rowHidden !== null) continue;
      p.rows = Array.from({ length: p.used.rowCount }, (_, i) =>
        p.used.getRow(i).load("rowHidden")
      );
    }
    if (pending.some((p) => p.rows)) await context.sync();
    // Text typed in TCVN3 or VNI is read as Unicode, as the CLI and the web page read it.
    return pending.map((p) => withUnicodeText(gridFromRange(sheetData(p))) as FormulaGrid);
  });
}

function sheetData(p: PendingSheet): SheetData {
  const { used } = p;
  const hiddenRows = p.rows
    ? p.rows.flatMap((row, i) => (row.rowHidden ? [used.rowIndex + i] : []))
    : used.rowHidden
      ? Array.from({ length: used.rowCount }, (_, i) => used.rowIndex + i)
      : [];
  return {
    name: p.worksheet.name,
    range: {
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      values: used.values,
      valueTypes: used.valueTypes,
      formulas: used.formulas,
      numberFormat: used.numberFormat,
    },
    merges: p.merged && !p.merged.isNullObject ? parseAreas(p.merged.address) : [],
    hiddenRows,
    hidden: p.worksheet.visibility !== "Visible",
    protected: p.worksheet.protection.protected,
  };
}
