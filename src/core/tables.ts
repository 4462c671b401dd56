/**
 * Finds indicator tables (biểu chỉ tiêu) in cell grids and reads their rows.
 * A table starts at a header row naming an indicator column and at least one figure column;
 * the header may span two rows (a merged "So sánh (%)" over "TH/KH" and "TH/CK").
 */
import { Diagnostics } from "./diagnostics";
import {
  ColumnRole,
  FIGURE_ROLES,
  FigureRole,
  RATIO_ROLES,
  RatioRole,
  matchHeader,
} from "./headers";
import {
  CellValue,
  NO_CACHED_VALUE,
  SheetGrid,
  cellAt,
  cellText,
  isBlank,
  isCellError,
  sheetCell,
} from "./grid";
import { parseViNumber } from "./numbers";
import { isRomanNumeral } from "./text";

/** Column index (0-based) per role. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

/** A group row (dòng nhóm): it opens a report section (mục). */
export interface GroupRow {
  kind: "group";
  sheet: string;
  /** 0-based row index. */
  row: number;
  /** The STT cell or the number leading the title: "II", "2.2", "a". Empty when none. */
  number: string;
  title: string;
  /** Explicit Mục báo cáo cell, which wins over the title. */
  section?: string;
  /** Mẫu câu of a group: "bảng" renders its indicators as a table. */
  template?: string;
}

/** One indicator (chỉ tiêu) row. Figures are plain numbers; ratios are percentages on the 0–100 scale. */
export interface Indicator {
  kind: "indicator";
  /** Stable id for content controls and mappings: "Biểu 01!7" (sheet name and 1-based row). */
  id: string;
  sheet: string;
  row: number;
  number: string;
  name: string;
  unit: string;
  plan?: number;
  actual?: number;
  samePeriod?: number;
  total?: number;
  /** Ratios typed or computed in the sheet (0–100), as read; used by the checker. */
  stated: Partial<Record<RatioRole, number>>;
  section?: string;
  template?: string;
  note?: string;
  /** Decimals for this indicator's percentages. */
  precision?: number;
  /** sheet!cell per role, for messages. */
  cells: Partial<Record<ColumnRole, string>>;
}

export type TableRow = GroupRow | Indicator;

export interface IndicatorTable {
  sheet: string;
  /** 0-based header rows (one or two). */
  headerRows: number[];
  columns: ColumnMap;
  /** Header cells that name no known role: shown to the clerk, ignored otherwise. */
  unrecognised: { col: number; text: string }[];
  rows: TableRow[];
}

const MAX_BLANK_RUN = 3;

/**
 * All indicator tables of `grid`, top to bottom. Problems with cells are added to `diags`
 * as warnings naming sheet!cell; nothing is thrown.
 */
export function findTables(grid: SheetGrid, diags: Diagnostics): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  let r = 0;
  while (r < grid.cells.length) {
    const header = readHeader(grid, r);
    if (!header) {
      r++;
      continue;
    }
    const table: IndicatorTable = { sheet: grid.name, ...header, rows: [] };
    r = readBody(grid, table, bodyStart(grid, header.headerRows), diags);
    tables.push(table);
  }
  return tables;
}

function rolesOfRow(grid: SheetGrid, r: number): { roles: ColumnMap; texts: Map<number, string> } {
  const roles: ColumnMap = {};
  const texts = new Map<number, string>();
  const row = grid.cells[r] ?? [];
  row.forEach((v, c) => {
    if (typeof v !== "string" || v.trim() === "") return;
    texts.set(c, v.trim());
    const role = matchHeader(v);
    if (role && roles[role] === undefined) roles[role] = c;
  });
  return { roles, texts };
}

function isHeader(roles: ColumnMap): boolean {
  return roles.name !== undefined && FIGURE_ROLES.some((f) => roles[f] !== undefined);
}

function readHeader(
  grid: SheetGrid,
  r: number
): Omit<IndicatorTable, "sheet" | "rows"> | undefined {
  const first = rolesOfRow(grid, r);
  if (!isHeader(first.roles)) return undefined;
  const columns: ColumnMap = { ...first.roles };
  const taken = new Set(Object.values(columns));
  const second = rolesOfRow(grid, r + 1);
  let twoRows = false;
  // A second header row fills the columns the first left open ("So sánh (%)" → "TH/KH", "TH/CK").
  for (const [role, c] of Object.entries(second.roles) as [ColumnRole, number][]) {
    if (columns[role] === undefined && !taken.has(c) && !isHeader(second.roles)) {
      columns[role] = c;
      taken.add(c);
      twoRows = true;
    }
  }
  const unrecognised: { col: number; text: string }[] = [];
  for (const [c, text] of first.texts)
    if (!taken.has(c) && !coversRecognised(grid, r, c, taken)) unrecognised.push({ col: c, text });
  if (twoRows)
    for (const [c, text] of second.texts) if (!taken.has(c)) unrecognised.push({ col: c, text });
  return { headerRows: twoRows ? [r, r + 1] : [r], columns, unrecognised };
}

/** True when the header cell at (r, c) is a merged group title over recognised columns. */
function coversRecognised(
  grid: SheetGrid,
  r: number,
  c: number,
  taken: Set<number | undefined>
): boolean {
  const m = grid.merges.find((x) => x.top === r && x.left === c && x.right > x.left);
  if (!m) return false;
  for (let k = m.left; k <= m.right; k++) if (taken.has(k)) return true;
  return false;
}

/** "(3)", "5", "C", "(5)=(4)/(3)", "6=5-4": a cell of a column-numbering row. */
const NUMBERING_CELL =
  /^\(?([0-9]{1,2}|[A-Z])\)?([=*/+-]\(?([0-9]{1,2}|[A-Z])\)?)*(x100|\*100)?%?$/;

/** The first body row, skipping a column-numbering row such as "(1) (2) (3)" or "A B 1 2". */
function bodyStart(grid: SheetGrid, headerRows: number[]): number {
  const r = headerRows[headerRows.length - 1] + 1;
  const texts = (grid.cells[r] ?? []).filter((v) => !isBlank(v)).map((v) => cellText(v));
  const numbering =
    texts.length >= 3 && texts.every((t) => NUMBERING_CELL.test(t.replace(/\s/g, "")));
  return numbering ? r + 1 : r;
}

function readBody(
  grid: SheetGrid,
  table: IndicatorTable,
  start: number,
  diags: Diagnostics
): number {
  let blanks = 0;
  let r = start;
  for (; r < grid.cells.length; r++) {
    if (rowIsBlank(grid, r)) {
      if (++blanks >= MAX_BLANK_RUN) break;
      continue;
    }
    blanks = 0;
    // The next table starts at its header; a row holding a number is never a header.
    if (
      !(grid.cells[r] ?? []).some((v) => typeof v === "number") &&
      isHeader(rolesOfRow(grid, r).roles)
    )
      break;
    const row = readRow(grid, table.columns, r, diags);
    if (row) table.rows.push(row);
  }
  return r;
}

function rowIsBlank(grid: SheetGrid, r: number): boolean {
  return (grid.cells[r] ?? []).every(isBlank);
}

function text(grid: SheetGrid, cols: ColumnMap, role: ColumnRole, r: number): string {
  const c = cols[role];
  return c === undefined ? "" : cellText(cellAt(grid, r, c)).replace(/\s+/g, " ");
}

/** The number a leading title carries: "II. KẾT QUẢ" → ["II", "KẾT QUẢ"]. */
export function splitNumberedTitle(title: string): { number: string; title: string } {
  const m = /^\s*((?:[IVXL]+|[A-Z]|\d+(?:\.\d+)*|[a-zđ])[.)]?)\s+(.*)$/u.exec(title);
  if (m && /[.)]$|^[IVXL]+$|^\d+(\.\d+)*$/.test(m[1]))
    return { number: m[1].replace(/[.)]$/, ""), title: m[2].trim() };
  return { number: "", title: title.trim() };
}

const entriesCache = new WeakMap<ColumnMap, [ColumnRole, number][]>();

/** `Object.entries(cols)`, computed once per table. */
function columnEntries(cols: ColumnMap): [ColumnRole, number][] {
  let e = entriesCache.get(cols);
  if (!e) entriesCache.set(cols, (e = Object.entries(cols) as [ColumnRole, number][]));
  return e;
}

function readRow(
  grid: SheetGrid,
  cols: ColumnMap,
  r: number,
  diags: Diagnostics
): TableRow | undefined {
  const order = text(grid, cols, "order", r).replace(/[.)]$/, "");
  const rawName = text(grid, cols, "name", r);
  if (rawName === "" && order === "") return undefined;
  const figures: Partial<Record<FigureRole, number>> = {};
  let anyFigureCell = false;
  for (const role of FIGURE_ROLES) {
    const c = cols[role];
    if (c === undefined) continue;
    const v = cellAt(grid, r, c);
    if (!isBlank(v)) anyFigureCell = true;
    const n = readFigure(v, sheetCell(grid.name, r, c), diags);
    if (n !== undefined) figures[role] = n;
  }
  const split = order === "" ? splitNumberedTitle(rawName) : { number: order, title: rawName };
  const section = text(grid, cols, "section", r) || undefined;
  const template = text(grid, cols, "template", r) || undefined;
  if (isRomanNumeral(order) || !anyFigureCell) {
    if (split.title === "") return undefined;
    return {
      kind: "group",
      sheet: grid.name,
      row: r,
      number: split.number,
      title: split.title,
      section,
      template,
    };
  }
  return readIndicator(grid, cols, r, split, figures, { section, template }, diags);
}

function readIndicator(
  grid: SheetGrid,
  cols: ColumnMap,
  r: number,
  split: { number: string; title: string },
  figures: Partial<Record<FigureRole, number>>,
  extra: { section?: string; template?: string },
  diags: Diagnostics
): Indicator {
  const cells: Partial<Record<ColumnRole, string>> = {};
  for (const [role, c] of columnEntries(cols)) cells[role] = sheetCell(grid.name, r, c);
  const stated: Partial<Record<RatioRole, number>> = {};
  for (const role of RATIO_ROLES) {
    const c = cols[role];
    const v = c === undefined ? null : cellAt(grid, r, c);
    const n =
      typeof v === "number" ? v : typeof v === "string" ? parseViNumber(v)?.value : undefined;
    if (n !== undefined) stated[role] = n;
  }
  const name = split.title || `Chỉ tiêu dòng ${r + 1}`;
  for (const role of FIGURE_ROLES) {
    const n = figures[role];
    if (n !== undefined && n < 0)
      diags.warn(`Số liệu âm (${n}) ở chỉ tiêu “${name}”; kiểm tra lại.`, cells[role]);
  }
  const precisionText = text(grid, cols, "precision", r);
  const precision = precisionText === "" ? undefined : Number(precisionText);
  if (
    precision !== undefined &&
    !(Number.isInteger(precision) && precision >= 0 && precision <= 4)
  ) {
    diags.warn(
      `Số chữ số thập phân “${precisionText}” không hợp lệ (0–4); dùng mặc định.`,
      cells.precision
    );
  }
  return {
    kind: "indicator",
    id: `${grid.name}!${r + 1}`,
    sheet: grid.name,
    row: r,
    number: split.number,
    name,
    unit: text(grid, cols, "unit", r),
    ...figures,
    stated,
    ...extra,
    note: text(grid, cols, "note", r) || undefined,
    precision:
      precision !== undefined && Number.isInteger(precision) && precision >= 0 && precision <= 4
        ? precision
        : undefined,
    cells,
  };
}

/**
 * A figure cell's number: numbers as they are, Vietnamese-formatted text ("1.389", "28,75") parsed.
 * "-", "–" and blanks mean no figure. Anything else is a warning naming `where`.
 */
export function readFigure(v: CellValue, where: string, diags: Diagnostics): number | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (isCellError(v)) {
    if (v.error === NO_CACHED_VALUE) {
      diags.warn(
        `Ô có công thức (${v.formula ?? ""}) nhưng chưa có giá trị tính sẵn; hãy mở tệp bằng Excel, lưu lại rồi chạy lại.`,
        where
      );
    } else {
      diags.warn(`Ô có lỗi Excel ${v.error}; bỏ qua số liệu này.`, where);
    }
    return undefined;
  }
  if (typeof v === "string") {
    if (/^[-–—]+$/.test(v.trim())) return undefined;
    const parsed = parseViNumber(v);
    if (parsed) return parsed.value;
    diags.warn(`Ô “${v.trim()}” không phải là số; bỏ qua số liệu này.`, where);
    return undefined;
  }
  diags.warn(
    `Ô chứa ${v instanceof Date ? "ngày tháng" : "giá trị đúng/sai"}, không phải số liệu; bỏ qua.`,
    where
  );
  return undefined;
}
