/**
 * "Kiểm tra số liệu": problems in the indicator tables, each with the sheet!cell a clerk can click.
 * It reads grids and tables (tables.ts does the header detection) and never changes a cell.
 * Rules (issue 4 § "Kiểm tra số liệu"): numbers stored as text; Excel error values; ratios typed by
 * hand that disagree with the figures by more than half a unit of their last digit; empty or zero
 * bases; negative figures; actual greater than total. Hidden rows, merged cells in a table body
 * and sheets with figures but no recognisable header are reported for information.
 */
import { NO_CACHED_VALUE, SheetGrid, a1, cellAt, isBlank, isCellError, sheetCell } from "./grid";
import { formulaAt, isPercentFormat, numberFormatAt } from "./formulas";
import { ColumnRole, FIGURE_ROLES, FigureRole, RATIO_ROLES, RatioRole } from "./headers";
import { percentOf } from "./metrics";
import { formatNumber, formatPercentNumber, lastDigitDistance, parseViNumber } from "./numbers";
import { RATIO_BASE } from "./ratios";
import { decimalsOf, ratioConsistent, shownNumber } from "./checking/rounding";

export { decimalsOf };
import { figuresExact } from "./reading/units";
import { Indicator, IndicatorTable } from "./tables";

export type FindingKind =
  | "textNumber"
  | "notNumber"
  | "ratioText"
  | "errorValue"
  | "noCachedValue"
  | "ratioMismatch"
  | "zeroBase"
  | "emptyBase"
  | "negative"
  | "actualOverTotal"
  | "hiddenRow"
  | "mergedBody"
  | "noHeader";

export type FindingSeverity = "error" | "warning" | "info";

/** One problem. Rows and columns are 0-based from A1; a sheet-level finding has neither. */
export interface Finding {
  kind: FindingKind;
  severity: FindingSeverity;
  /** Vietnamese, NFC. */
  message: string;
  sheet: string;
  row?: number;
  col?: number;
  /** "'Biểu 01'!E7", or the sheet name alone for a sheet-level finding. */
  address: string;
}

const FIGURE_LABEL: Record<FigureRole, string> = {
  plan: "Kế hoạch",
  actual: "Thực hiện",
  samePeriod: "Số cùng kỳ",
  total: "Tổng số",
};

const RATIO_LABEL: Record<RatioRole, string> = {
  ratioPlan: "TH/KH",
  ratioSamePeriod: "TH/CK",
  ratioShare: "tỷ lệ chiếm",
};

const SEVERITY: Record<FindingKind, FindingSeverity> = {
  textNumber: "warning",
  notNumber: "warning",
  ratioText: "warning",
  errorValue: "error",
  noCachedValue: "warning",
  ratioMismatch: "error",
  zeroBase: "warning",
  emptyBase: "warning",
  negative: "warning",
  actualOverTotal: "error",
  hiddenRow: "info",
  mergedBody: "info",
  noHeader: "warning",
};

class Findings {
  readonly items: Finding[] = [];
  constructor(private readonly grid: SheetGrid) {}

  add(kind: FindingKind, message: string, row?: number, col?: number): void {
    const at = row !== undefined && col !== undefined;
    this.items.push({
      kind,
      severity: SEVERITY[kind],
      message: message.normalize("NFC"),
      sheet: this.grid.name,
      row: at ? row : undefined,
      col: at ? col : undefined,
      address: at ? sheetCell(this.grid.name, row, col) : this.grid.name,
    });
  }
}

/**
 * Checks the data sheets `grids` (without Thông tin chung and the mapping sheet) and their
 * `tables` (from findTables). Findings come in sheet order, then by row and column.
 */
export function checkFigures(grids: SheetGrid[], tables: IndicatorTable[]): Finding[] {
  const out: Finding[] = [];
  for (const grid of grids) {
    const f = new Findings(grid);
    const own = tables.filter((t) => t.sheet === grid.name);
    if (own.length === 0 && holdsNumbers(grid))
      f.add(
        "noHeader",
        `Trang “${grid.name}” có số liệu nhưng không nhận ra biểu nào: cần một dòng tiêu đề có cột “Chỉ tiêu” (hoặc “Nội dung”) và một cột số liệu (“Thực hiện”, “Kế hoạch”, “Cùng kỳ” hoặc “Tổng số”).`
      );
    for (const table of own) checkTable(grid, table, f);
    out.push(
      ...f.items.sort((a, b) => (a.row ?? -1) - (b.row ?? -1) || (a.col ?? -1) - (b.col ?? -1))
    );
  }
  return out;
}

function holdsNumbers(grid: SheetGrid): boolean {
  return grid.cells.some((row) => row.some((v) => typeof v === "number"));
}

function checkTable(grid: SheetGrid, table: IndicatorTable, f: Findings): void {
  const roles = [...FIGURE_ROLES, ...RATIO_ROLES].filter((r) => table.columns[r] !== undefined);
  for (const row of table.rows) {
    if (row.kind !== "indicator") continue;
    for (const role of roles) checkCell(grid, row.row, table.columns[role]!, role, f);
    checkIndicator(grid, table, row, f);
  }
  checkMerges(grid, table, f);
}

function checkCell(grid: SheetGrid, r: number, c: number, role: ColumnRole, f: Findings): void {
  const v = cellAt(grid, r, c);
  if (isCellError(v)) {
    if (v.error === NO_CACHED_VALUE)
      f.add(
        "noCachedValue",
        `Ô có công thức (${v.formula ?? ""}) nhưng chưa có giá trị tính sẵn; hãy mở bằng Excel và lưu lại.`,
        r,
        c
      );
    else f.add("errorValue", `Ô có lỗi Excel ${v.error}.`, r, c);
    return;
  }
  if (typeof v === "number" && v < 0 && (FIGURE_ROLES as readonly string[]).includes(role))
    f.add(
      "negative",
      `Số âm (${formatNumber(v)}) ở cột ${FIGURE_LABEL[role as FigureRole]}; kiểm tra lại.`,
      r,
      c
    );
  if (typeof v !== "string" || isBlank(v) || /^[-–—]+$/.test(v.trim()) || formulaAt(grid, r, c))
    return;
  const isRatio = (RATIO_ROLES as readonly string[]).includes(role);
  if (parseViNumber(v))
    f.add(
      "textNumber",
      `Số “${v.trim()}” đang lưu dạng chữ; hãy nhập lại thành số để công thức và báo cáo đọc được.`,
      r,
      c
    );
  else if (isRatio) f.add("ratioText", `Ô tỷ lệ chứa chữ “${v.trim()}”, không phải số.`, r, c);
  else f.add("notNumber", `Ô “${v.trim()}” không phải là số.`, r, c);
}

function checkIndicator(grid: SheetGrid, table: IndicatorTable, ind: Indicator, f: Findings): void {
  const col = (role: ColumnRole) => table.columns[role];
  // A zero total is reported as a zero base, once.
  if (ind.actual !== undefined && ind.total && ind.actual > ind.total)
    f.add(
      "actualOverTotal",
      `Thực hiện (${formatNumber(ind.actual)}) lớn hơn tổng số (${formatNumber(ind.total)}) ở chỉ tiêu “${ind.name}”: tỷ lệ chiếm sẽ vượt 100%.`,
      ind.row,
      col("actual")
    );
  for (const role of RATIO_ROLES) {
    const ratioCol = col(role);
    if (ratioCol === undefined || ind.actual === undefined) continue;
    const baseRole = RATIO_BASE[role];
    const base = ind[baseRole];
    const stated = statedRatio(grid, ind.row, ratioCol);
    const baseCol = col(baseRole) ?? ratioCol;
    if (base === 0)
      f.add(
        "zeroBase",
        `${FIGURE_LABEL[baseRole]} bằng 0 ở chỉ tiêu “${ind.name}”: không tính được ${RATIO_LABEL[role]}.`,
        ind.row,
        baseCol
      );
    else if (base === undefined && stated)
      f.add(
        "emptyBase",
        `${FIGURE_LABEL[baseRole]} để trống ở chỉ tiêu “${ind.name}” nhưng ô ${RATIO_LABEL[role]} có số ${formatNumber(stated.value, 4)}.`,
        ind.row,
        baseCol
      );
    else if (stated && base !== undefined)
      checkStated(grid, table, ind, role, stated, base, ratioCol, f);
  }
  if (grid.hiddenRows?.includes(ind.row))
    f.add(
      "hiddenRow",
      `Dòng ${ind.row + 1} đang ẩn; chỉ tiêu “${ind.name}” vẫn được tính vào báo cáo.`,
      ind.row,
      col("name") ?? 0
    );
}

/** A ratio typed by hand (a number or numeric text, not a formula) on the 0–100 scale, with its decimals. */
export function statedRatio(
  grid: SheetGrid,
  r: number,
  c: number
): { value: number; decimals: number } | undefined {
  if (formulaAt(grid, r, c) !== undefined) return undefined;
  const v = cellAt(grid, r, c);
  if (typeof v === "number" && Number.isFinite(v)) {
    if (isPercentFormat(numberFormatAt(grid, r, c)))
      return { value: v * 100, decimals: Math.max(0, decimalsOf(v) - 2) };
    return { value: v, decimals: decimalsOf(v) };
  }
  return typeof v === "string" ? shownNumber(v) : undefined;
}

/** True when `computed` rounds to `stated`: within half a unit of the stated last digit. */
export function agrees(stated: number, decimals: number, computed: number): boolean {
  return lastDigitDistance(stated, decimals, computed) <= 0.5;
}

/** A figure as its cell shows it: the decimals shown, and whether it counts discrete things. */
function shown(grid: SheetGrid, r: number, c: number | undefined, value: number, exact: boolean) {
  const cell = c === undefined ? undefined : shownNumber(cellAt(grid, r, c));
  return { value, decimals: Math.max(decimalsOf(value), cell?.decimals ?? 0), exact };
}

/**
 * A stated ratio against its figures. Figures of measured quantities may have been rounded for
 * display (checking/rounding.ts): a ratio the rounding allows is not a finding.
 */
function checkStated(
  grid: SheetGrid,
  table: IndicatorTable,
  ind: Indicator,
  role: RatioRole,
  stated: { value: number; decimals: number },
  base: number,
  ratioCol: number,
  f: Findings
): void {
  const computed = percentOf(ind.actual, base);
  if (computed === undefined || agrees(stated.value, stated.decimals, computed)) return;
  const exact = figuresExact(ind.unit, ind.actual!, base);
  const num = shown(grid, ind.row, table.columns.actual, ind.actual!, exact);
  const den = shown(grid, ind.row, table.columns[RATIO_BASE[role]], base, exact);
  const value = table.ratioForms?.[role] === "growth" ? stated.value + 100 : stated.value;
  if (ratioConsistent({ value, decimals: stated.decimals }, num, den)) return;
  const p = { decimals: stated.decimals };
  f.add(
    "ratioMismatch",
    `Tỷ lệ ghi tay ${formatPercentNumber(stated.value, p)} không khớp số liệu của “${ind.name}”: ${formatNumber(ind.actual!)}/${formatNumber(base)} × 100 = ${formatPercentNumber(computed, p)}.`,
    ind.row,
    ratioCol
  );
}

function checkMerges(grid: SheetGrid, table: IndicatorTable, f: Findings): void {
  const last = table.rows[table.rows.length - 1]?.row;
  const header = table.headerRows[table.headerRows.length - 1];
  if (last === undefined) return;
  const cols = Object.values(table.columns);
  for (const m of grid.merges) {
    if (m.top <= header || m.top > last) continue;
    if (!cols.some((c) => c >= m.left && c <= m.right)) continue;
    const range = `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
    f.add(
      "mergedBody",
      `Ô gộp ${range} trong thân biểu: chỉ ô đầu (${a1(m.top, m.left)}) được đọc.`,
      m.top,
      m.left
    );
  }
}
