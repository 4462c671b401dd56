/**
 * Writes indicator workbooks with ExcelJS: the starter template, the bundled example and the
 * bench's generated workbooks all go through here, so they share one layout.
 */
import ExcelJS from "exceljs";

/** A cell to write: a value, or a formula with the result Excel would cache. */
export type SpecCell =
  string | number | Date | boolean | null | { formula: string; result?: number | string };

export interface SpecColumn {
  header: string;
  /** A group header merged over consecutive columns with the same group ("So sánh (%)"). */
  group?: string;
  /** Width in characters. */
  width?: number;
  /** Excel number format, e.g. "0.0" for ratio columns. */
  numFmt?: string;
}

export interface TableSpec {
  sheet: string;
  /** Title lines above the table, merged across it. */
  title?: string[];
  columns: SpecColumn[];
  /** Body rows, left to right in column order; a row whose first cell is a Roman numeral is shown bold. */
  rows: SpecCell[][];
  /** Rows (0-based within `rows`) to show bold: group rows. */
  boldRows?: number[];
}

export interface WorkbookSpec {
  /** The "Thông tin chung" sheet: a label and its value; an array value fills continuation rows. */
  info?: { label: string; value: SpecCell | string[]; hint?: string }[];
  tables: TableSpec[];
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function writeInfo(wb: ExcelJS.Workbook, info: NonNullable<WorkbookSpec["info"]>): void {
  const ws = wb.addWorksheet("Thông tin chung");
  ws.columns = [{ width: 28 }, { width: 70 }, { width: 50 }];
  const head = ws.addRow(["Mục thông tin", "Nội dung", "Hướng dẫn"]);
  head.font = { bold: true };
  for (const item of info) {
    const values = Array.isArray(item.value) ? item.value : [item.value];
    values.forEach((v, i) => {
      const row = ws.addRow([i === 0 ? item.label : null, v, i === 0 ? (item.hint ?? null) : null]);
      if (i === 0) row.getCell(1).font = { bold: true };
      row.getCell(3).font = { italic: true, color: { argb: "FF666666" } };
      row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    });
  }
}

function writeTable(wb: ExcelJS.Workbook, t: TableSpec): void {
  const ws = wb.addWorksheet(t.sheet);
  ws.columns = t.columns.map((c) => ({ width: c.width ?? 14 }));
  const n = t.columns.length;
  for (const line of t.title ?? []) {
    const row = ws.addRow([line]);
    row.font = { bold: true, size: 13 };
    ws.mergeCells(row.number, 1, row.number, n);
    row.getCell(1).alignment = { horizontal: "center" };
  }
  if (t.title?.length) ws.addRow([]);
  const twoRows = t.columns.some((c) => c.group);
  const top = ws.addRow(t.columns.map((c) => c.group ?? c.header));
  const headerRows = [top];
  if (twoRows) {
    const second = ws.addRow(t.columns.map((c) => (c.group ? c.header : null)));
    headerRows.push(second);
    mergeHeader(ws, t.columns, top.number);
  }
  for (const row of headerRows) {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = THIN;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    });
  }
  const bold = new Set(t.boldRows ?? []);
  t.rows.forEach((values, i) => {
    const row = ws.addRow(
      values.map((v) =>
        v !== null && typeof v === "object" && !(v instanceof Date)
          ? { formula: v.formula, result: v.result }
          : v
      )
    );
    for (let c = 1; c <= n; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      const fmt = t.columns[c - 1].numFmt;
      if (fmt) cell.numFmt = fmt;
    }
    if (bold.has(i)) row.font = { bold: true };
  });
  ws.views = [{ state: "frozen", ySplit: headerRows[headerRows.length - 1].number }];
}

/** Merges each group header across its columns, and each ungrouped header down both header rows. */
function mergeHeader(ws: ExcelJS.Worksheet, columns: SpecColumn[], r: number): void {
  let c = 0;
  while (c < columns.length) {
    const group = columns[c].group;
    let end = c;
    while (group && end + 1 < columns.length && columns[end + 1].group === group) end++;
    if (group) {
      if (end > c) ws.mergeCells(r, c + 1, r, end + 1);
    } else {
      ws.mergeCells(r, c + 1, r + 1, c + 1);
    }
    c = end + 1;
  }
}

/** The .xlsx bytes of a workbook spec. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Báo cáo";
  if (spec.info) writeInfo(wb, spec.info);
  for (const t of spec.tables) writeTable(wb, t);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
