/**
 * Loads an .xlsx (ExcelJS) into the double, as Excel would open it: values, formulas (computed
 * when the file cached no result), number formats, merged areas, hidden rows, protection and
 * visibility. For tests and the bench only: it pulls ExcelJS in.
 */
import ExcelJS from "exceljs";
import { CellRange } from "../../../src/core/grid";
import { CellDouble, ExcelDouble, SheetDouble } from "./model";

export async function excelDoubleFromXlsx(bytes: Uint8Array): Promise<ExcelDouble> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const excel = new ExcelDouble();
  for (const ws of workbook.worksheets) loadSheet(excel.addSheet(ws.name), ws);
  excel.activeSheet = excel.sheets.find((s) => s.visibility === "Visible")?.name;
  return excel;
}

function loadSheet(sheet: SheetDouble, ws: ExcelJS.Worksheet): void {
  sheet.visibility =
    ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
  sheet.protected = Boolean(
    (ws as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
  );
  sheet.merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRef);
  const formulas: [number, number, CellDouble][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r - 1);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const fake = toCell(cell);
      if (!fake) return;
      if (fake.formula && fake.value === undefined) formulas.push([r - 1, c - 1, fake]);
      sheet.cells.set(`${r - 1},${c - 1}`, fake);
    });
  });
  // Computed once every constant is in place, as Excel does on opening.
  for (const [r, c, cell] of formulas) sheet.excel.compute(sheet, r, c, cell);
}

function toCell(cell: ExcelJS.Cell): CellDouble | undefined {
  const numberFormat = cell.numFmt || undefined;
  const v = cell.value;
  if (cell.formula) {
    const result = (v as { result?: unknown }).result;
    const value =
      result === undefined || result === null || result === ""
        ? undefined
        : plain(result as ExcelJS.CellValue);
    return { formula: `=${cell.formula}`, value, numberFormat };
  }
  const value = plain(v);
  // A date needs a date format, or Excel would show (and the reader read) a bare serial number.
  const format = v instanceof Date && !numberFormat ? "dd/mm/yyyy" : numberFormat;
  return value === undefined && !format ? undefined : { value, numberFormat: format };
}

function plain(v: ExcelJS.CellValue): CellDouble["value"] {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v) return String((v as { text: unknown }).text);
  return undefined;
}

function parseRef(ref: string): CellRange {
  const [a, b = a] = ref.split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return {
      row: Number(m[2]) - 1,
      col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1,
    };
  };
  const [x, y] = [cell(a), cell(b)];
  return { top: x.row, left: x.col, bottom: y.row, right: y.col };
}
