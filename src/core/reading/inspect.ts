/**
 * What the reader understood of a workbook, per sheet and table: each column's role, period and
 * unit and the words that decided it, which column is this period and which the base, how names
 * are composed. `baocao inspect` prints it; a clerk or a helpdesk reads it to see why a table was
 * read as it was, and corrects a column in the mapping sheet (mapping.ts, Loại "cột").
 */
import { SheetGrid, columnLetters } from "../grid";
import { ColumnRole, FIGURE_ROLES } from "../headers";
import { findMappingSheet, readMapping, columnRoleLabel, columnKey } from "../mapping";
import { findMetadataSheet, readMetadata } from "../metadata";
import { Diagnostics } from "../diagnostics";
import { IndicatorTable, findTables } from "../tables";
import { formatNumber } from "../numbers";
import { describePeriod } from "./periods";

/** One column as understood; `role` is a Vietnamese label ("Kỳ này", "Kỳ so sánh", …). */
export interface InspectedColumn {
  /** "E". */
  column: string;
  header: string;
  role: string;
  period?: string;
  unit?: string;
  why: string;
  /** The mapping sheet's key for a correction: "Biểu 01!E3". */
  key: string;
  corrected: boolean;
}

export interface InspectedTable {
  sheet: string;
  /** 1-based header rows. */
  headerRows: number[];
  columns: InspectedColumn[];
  thisPeriod?: string;
  base?: string;
  baseKind?: string;
  unit?: string;
  subject?: string;
  indicators: number;
  groups: number;
  /** The first indicators' full names, units and figures, to see the composition. */
  examples: { name: string; unit: string; actual?: number; base?: number }[];
}

export interface Inspection {
  tables: InspectedTable[];
  /** Sheets with figures where no table was found. */
  sheetsWithoutTable: string[];
}

/** The Vietnamese name of each column role, as `inspect` and the panes show it. */
export const ROLE_WORDS: Record<ColumnRole | "series", string> = {
  order: "STT",
  name: "Tên chỉ tiêu",
  group: "Nhóm",
  unit: "Đơn vị tính",
  plan: "Kế hoạch",
  actual: "Kỳ này",
  samePeriod: "Kỳ so sánh",
  total: "Tổng số",
  ratioPlan: "Tỷ lệ so với kế hoạch",
  ratioSamePeriod: "Tỷ lệ so với kỳ so sánh",
  ratioShare: "Tỷ lệ chiếm",
  difference: "Chênh lệch so với kỳ trước",
  section: "Mục báo cáo",
  template: "Mẫu câu",
  note: "Ghi chú",
  precision: "Số chữ số thập phân",
  series: "Dãy số (kỳ trước)",
};

const BASE_WORDS: Record<string, string> = {
  plan: "kế hoạch",
  samePeriod: "cùng kỳ",
  previous: "kỳ liền trước (dãy số)",
};

/** The inspection of a workbook's sheets, with the mapping sheet's column corrections applied. */
export function inspectWorkbook(sheets: SheetGrid[]): Inspection {
  const diags = new Diagnostics();
  const mappingSheet = findMappingSheet(sheets);
  const mapping = mappingSheet ? readMapping(mappingSheet, diags) : undefined;
  const meta = findMetadataSheet(sheets.filter((s) => s !== mappingSheet));
  const period = meta ? readMetadata(meta, diags).period : undefined;
  const data = sheets.filter((s) => s !== mappingSheet && s !== meta);
  const tables: InspectedTable[] = [];
  const without: string[] = [];
  for (const grid of data) {
    const found = findTables(grid, diags, mapping?.columns, period);
    if (found.length === 0 && grid.cells.some((r) => r.some((v) => typeof v === "number")))
      without.push(grid.name);
    tables.push(...found.map(inspectTable));
  }
  return { tables, sheetsWithoutTable: without };
}

function inspectTable(t: IndicatorTable): InspectedTable {
  const columns = (t.infos ?? []).map((i): InspectedColumn => ({
    column: columnLetters(i.col),
    header: i.header,
    role: i.role ? ROLE_WORDS[i.role] : i.series ? "Dãy số (kỳ trước)" : "Bỏ qua",
    period: i.period ? describePeriod(i.period) || undefined : undefined,
    unit: i.unit,
    why: i.why || (i.header ? "không nhận ra tiêu đề" : "cột không có tiêu đề"),
    key: columnKey(t.sheet, i.col, t.headerRows[0]),
    corrected: !!i.corrected,
  }));
  const header = (col: number | undefined) =>
    col === undefined ? undefined : t.infos?.find((i) => i.col === col)?.header;
  const inds = t.rows.filter((r) => r.kind === "indicator");
  const baseRole = t.baseKind === "plan" ? "plan" : "samePeriod";
  return {
    sheet: t.sheet,
    headerRows: t.headerRows.map((r) => r + 1),
    columns,
    thisPeriod: t.periodRows?.actual ?? header(t.columns.actual),
    base: t.periodRows?.base ?? header(t.columns[baseRole]) ?? header(t.columns.plan),
    baseKind: t.baseKind ? BASE_WORDS[t.baseKind] : undefined,
    unit: t.unit,
    subject: t.subject,
    indicators: inds.length,
    groups: t.rows.length - inds.length,
    examples: inds
      .slice(0, 3)
      .flatMap((r) =>
        r.kind === "indicator"
          ? [{ name: r.name, unit: r.unit, actual: r.actual, base: r[baseRole] ?? r.plan }]
          : []
      ),
  };
}

/** The inspection as lines a clerk reads (Vietnamese). */
export function describeInspection(x: Inspection): string[] {
  const out: string[] = [];
  for (const t of x.tables) {
    out.push(
      `Trang “${t.sheet}”, biểu có tiêu đề ở dòng ${t.headerRows.join("–")}: ${t.indicators} chỉ tiêu, ${t.groups} nhóm.`
    );
    if (t.thisPeriod) out.push(`  Kỳ này: “${t.thisPeriod}”.`);
    else
      out.push(
        "  Chưa xác định được cột kỳ này: hãy chọn “Kỳ này” cho cột số liệu của kỳ báo cáo (trang web, phần “Các cột của biểu”, hoặc ngăn Báo cáo trong Excel)."
      );
    if (t.base) out.push(`  Kỳ so sánh (${t.baseKind ?? "cùng kỳ"}): “${t.base}”.`);
    if (t.unit) out.push(`  Đơn vị tính chung của biểu: ${t.unit}.`);
    if (t.subject) out.push(`  Mỗi dòng là “${t.subject}” của từng đối tượng.`);
    for (const c of t.columns) {
      const extra = [c.period, c.unit && `đơn vị ${c.unit}`].filter(Boolean).join("; ");
      out.push(
        `  Cột ${c.column} “${c.header}”: ${c.role}${extra ? ` (${extra})` : ""} — ${c.corrected ? "cán bộ đã chọn" : c.why}.`
      );
    }
    for (const e of t.examples)
      out.push(
        `  Ví dụ: ${e.name}${e.unit ? ` (${e.unit})` : ""}: ${e.actual !== undefined ? formatNumber(e.actual) : "chưa có số"}${e.base !== undefined ? `, kỳ so sánh ${formatNumber(e.base)}` : ""}.`
      );
  }
  for (const s of x.sheetsWithoutTable)
    out.push(`Trang “${s}” có số liệu nhưng không nhận ra biểu nào.`);
  if (x.tables.length === 0 && x.sheetsWithoutTable.length === 0)
    out.push("Không tìm thấy biểu chỉ tiêu nào trong sổ.");
  return out;
}

/** Roles a column may be given, for the panes' pickers: the same labels as the mapping sheet. */
export const PICKABLE_ROLES = [
  "actual",
  "samePeriod",
  "plan",
  "total",
  "name",
  "group",
  "unit",
  "ignore",
] as const;
export const pickableLabel = (r: (typeof PICKABLE_ROLES)[number]) => columnRoleLabel(r) ?? r;
export { FIGURE_ROLES };
