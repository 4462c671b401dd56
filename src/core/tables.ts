/**
 * Finds indicator tables (biểu chỉ tiêu) in cell grids and reads their rows.
 * A table starts at a header of one to three rows whose columns (reading/columns.ts) give a name
 * column and at least one figure column; title rows above it may name the table's unit, notes rows
 * ("Nguồn: …", "Ghi chú: …") below it end it. The clerk's corrections of column roles (mapping
 * sheet) are applied after the reader's own decision.
 */
import { Diagnostics } from "./diagnostics";
import {
  ColumnRole,
  FIGURE_ROLES,
  FigureRole,
  HeaderMeaning,
  RATIO_ROLES,
  RatioRole,
  headerKey,
  interpretHeader,
  matchHeader,
  unitAlone,
  unitInText,
} from "./headers";
import {
  CellRange,
  CellValue,
  NO_CACHED_VALUE,
  SheetGrid,
  cellAt,
  cellText,
  columnLetters,
  isBlank,
  isCellError,
  sheetCell,
} from "./grid";
import { parseViNumber } from "./numbers";
import { isPercentFormat, numberFormatAt } from "./formulas";
import { decimalsOf, ratioConsistent, shownNumber } from "./checking/rounding";
import {
  BaseKind,
  ColumnData,
  ColumnInfo,
  emptyColumnData,
  resolveColumns,
} from "./reading/columns";
import {
  ComparisonForm,
  Period,
  describePeriod,
  parseComparison,
  parsePeriod,
} from "./reading/periods";
import { figuresExact, isCountUnit, isKnownUnit, normaliseUnit } from "./reading/units";
import { splitByMeasure, unitsPerMeasure } from "./reading/measure-columns";
import { KnownMeasure, knownMeasure } from "./reading/measures";
import { foldKey, isRomanNumeral } from "./text";
import { formatNumber, formatPercentNumber, lastDigitDistance } from "./numbers";
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
  /** The cell holding its title, for messages: "'Biểu 01'!B9". */
  cell?: string;
}

/** One figure of a time series (dãy số theo kỳ). */
export interface SeriesPoint {
  /** The column header: "2019", "Sơ bộ 2022". */
  label: string;
  period: Period;
  value: number;
}

/** One indicator (chỉ tiêu) row. Figures are plain numbers; ratios are percentages on the 0–100 scale. */
export interface Indicator {
  kind: "indicator";
  /** Stable id for content controls and mappings: "Biểu 01!7" (sheet name and 1-based row). */
  id: string;
  sheet: string;
  row: number;
  number: string;
  /** The full name in natural order: "Diện tích gieo trồng lúa đông xuân". */
  name: string;
  /** Unit as Vietnamese writes it (reading/units.ts): "ha", "tấn", "HTX"; "" when none. */
  unit: string;
  /** plan/kế hoạch (KH). */
  plan?: number;
  /** actual/thực hiện (TH): this period's figure, which may be an estimate/ước tính. */
  actual?: number;
  /** samePeriod/cùng kỳ (CK): the base period (same period last year, or the previous period). */
  samePeriod?: number;
  /** total/tổng số: the base of a share (chiếm). */
  total?: number;
  /** Ratios typed or computed in the sheet (0–100, as A ÷ B × 100), as read; used by the checker. */
  stated: Partial<Record<RatioRole, number>>;
  /**
   * Stated ratios the report uses instead of recomputing them: the table's own ratio where its
   * figures were rounded for display and the ratio agrees with them (checking/rounding.ts), or
   * where the table gives the ratio without its base.
   */
  published?: Partial<Record<RatioRole, number>>;
  /** Older figures of a time series, oldest first (the latest is `actual`). */
  series?: SeriesPoint[];
  /**
   * The change from an earlier period, in the indicator's unit, when the table states only the
   * change ("Năm 2024 so với năm 2023": −1.336,4 mm): `against` names that period ("năm 2023").
   */
  difference?: { value: number; against: string };
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
  /** 0-based header rows (one to five). */
  headerRows: number[];
  columns: ColumnMap;
  /** Header cells that name no known role: shown to the clerk, ignored otherwise. */
  unrecognised: { col: number; text: string }[];
  rows: TableRow[];
  /** Every header column as understood (role, period, unit, why), left to right. */
  infos?: ColumnInfo[];
  /** The period of each figure column. */
  periods?: Partial<Record<FigureRole, Period>>;
  /** What the samePeriod column is to this period: cùng kỳ, or the previous period of a series. */
  baseKind?: BaseKind;
  /** Older columns of a time series, oldest first. */
  series?: number[];
  /** How each ratio column states its value (A ÷ B × 100, or growth). */
  ratioForms?: Partial<Record<RatioRole, ComparisonForm>>;
  /** The unit a title row gives the whole table ("ĐVT: ha"). */
  unit?: string;
  /**
   * What every row measures, when the table says it once: a title "Dân số trung bình phân theo
   * huyện", or a header over the period columns "Giá thành lúa đông xuân (VND/kg)". Row names
   * (places, crops) are then composed with it: "Dân số trung bình huyện Đà Bắc".
   */
  subject?: string;
  /** The table's title when it names a measure ("Sản lượng thủy sản"), for its total row. */
  title?: string;
  /** For a table whose rows are periods: the labels of this period's row and of its base's. */
  periodRows?: { actual: string; base?: string };
  /** Measure columns of a table without periods: each row gives one indicator per measure. */
  measures?: number[];
  /** Figure columns whose text figures use English grouping ("1,512,300"), read as such. */
  englishGrouping?: number[];
}

/** A clerk's correction of one column's role, saved in the mapping sheet (mapping.ts). */
export interface ColumnCorrection {
  sheet: string;
  /** 0-based first header row of the table. */
  headerRow: number;
  /** 0-based column. */
  col: number;
  /** The role, or "ignore" to leave the column out. */
  role: ColumnRole | "ignore";
}

const MAX_BLANK_RUN = 3;
const MAX_HEADER_ROWS = 5;
/** Body rows looked at to decide columns by their data. */
const SAMPLE_ROWS = 300;

/**
 * All indicator tables of `grid`, top to bottom. Problems with cells are added to `diags`
 * as warnings naming sheet!cell; nothing is thrown. `corrections` are the clerk's column roles;
 * `reportPeriod` the report's Kỳ báo cáo ("tháng 10 năm 2023"), which picks this period's column
 * where a table has a month and a cumulative column alike.
 */
export function findTables(
  grid: SheetGrid,
  diags: Diagnostics,
  corrections: ColumnCorrection[] = [],
  reportPeriod?: string
): IndicatorTable[] {
  const period = reportPeriod ? parsePeriod(foldKey(reportPeriod)) : undefined;
  lastTitles = undefined; // the grid may have changed since the last call
  const tables: IndicatorTable[] = [];
  const own = corrections.filter((c) => c.sheet === grid.name);
  let r = 0;
  let floor = 0;
  while (r < grid.cells.length) {
    const found = readTable(grid, r, floor, own, diags, period);
    if (!found) {
      r++;
      continue;
    }
    tables.push(...found.tables);
    r = floor = found.end;
  }
  return tables;
}

const YEAR_NUMBER = (v: CellValue) =>
  typeof v === "number" && Number.isInteger(v) && v >= 1950 && v <= 2100;

/** True when a row may be (part of) a header: texts or year numbers, at least `min` cells. */
function headerLike(row: CellValue[] | undefined, min: number): boolean {
  if (!row) return false;
  let n = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (YEAR_NUMBER(v)) n++;
    else if (typeof v === "string") {
      // A figure stored as text ("844.947") is a body cell, not a header; a year is a header.
      const t = v.trim();
      if (!/^(19|20)\d\d$/.test(t) && parseViNumber(t)) return false;
      n++;
    } else return false;
  }
  return n >= min;
}

/** The header text of a cell, NFC, white space folded. */
function headerText(v: CellValue): string {
  return cellText(v).normalize("NFC").replace(/\s+/g, " ").trim();
}

interface HeaderBlock {
  rows: number[];
  /** Column → header text, rows joined with " / ". */
  texts: Map<number, string>;
  meanings: Map<number, HeaderMeaning>;
  /** Columns the header and the first body rows span. */
  width: number;
}

/** A merge starting left of `c` on row `r` and covering it: the text of its top-left cell. */
function mergedText(grid: SheetGrid, r: number, c: number): string | undefined {
  for (const m of grid.merges)
    if (m.top === r && m.left < c && m.right >= c) return headerText(cellAt(grid, m.top, m.left));
  return undefined;
}

/** Each column's text on header row `r`, with spans (merged, or left blank over sub-headers) filled. */
function rowTexts(grid: SheetGrid, r: number, below: number | undefined, width: number): string[] {
  const out: string[] = [];
  let spanText = "";
  for (let c = 0; c < width; c++) {
    const own = headerText(cellAt(grid, r, c));
    if (own !== "") {
      out[c] = own;
      spanText = own;
      continue;
    }
    const merged = mergedText(grid, r, c);
    if (merged !== undefined) {
      out[c] = merged;
      continue;
    }
    // A sheet saved without merges (CSV): a group header written once over its sub-headers.
    const subBelow = below !== undefined && headerText(cellAt(grid, below, c)) !== "";
    const prevSub = below !== undefined && c > 0 && headerText(cellAt(grid, below, c - 1)) !== "";
    out[c] = subBelow && prevSub && spanText !== "" && out[c - 1] === spanText ? spanText : "";
    if (out[c] === "") spanText = "";
  }
  return out;
}

/**
 * True when row `r` continues a header: sub-headers or the rest of words split over rows, with at
 * least one cell under a figure column's header (or under a merged group header). A row with
 * text only under the name column is a body row (a group title), not a header.
 */
function continuesHeader(grid: SheetGrid, block: number[], r: number): boolean {
  const row = grid.cells[r];
  if (!headerLike(row, 1) || isNumberingRow(grid, r)) return false;
  for (let c = 0; c < row.length; c++) {
    if (headerText(row[c]) === "") continue;
    if (block.some((b) => mergedText(grid, b, c) !== undefined)) return true;
    const above = block.map((b) => headerText(cellAt(grid, b, c))).filter((x) => x !== "");
    if (above.length === 0) continue;
    const role = matchHeader(above.join(" "));
    const figureLike =
      !role ||
      (FIGURE_ROLES as readonly string[]).includes(role) ||
      (RATIO_ROLES as readonly string[]).includes(role);
    if (figureLike) return true;
  }
  return false;
}

function readHeaderBlock(grid: SheetGrid, r: number): HeaderBlock | undefined {
  if (!headerLike(grid.cells[r], 2)) return undefined;
  const rows = [r];
  while (rows.length < MAX_HEADER_ROWS && continuesHeader(grid, rows, r + rows.length))
    rows.push(r + rows.length);
  const width = Math.max(...rows.map((x) => grid.cells[x]?.length ?? 0));
  const perRow = rows.map((x, k) => rowTexts(grid, x, rows[k + 1], width));
  const texts = new Map<number, string>();
  const meanings = new Map<number, HeaderMeaning>();
  let anyMeaning = false;
  for (let c = 0; c < width; c++) {
    const parts = perRow.map((t) => t[c]).filter((t, k, all) => t && t !== all[k - 1]);
    if (parts.length === 0) continue;
    texts.set(c, parts.join(" / "));
    const m = interpretHeader(parts.join(" "));
    meanings.set(c, m);
    if (m.role || m.period || m.comparison) anyMeaning = true;
  }
  const bodyWidth = Math.max(
    width,
    ...[1, 2, 3].map((k) => grid.cells[rows[rows.length - 1] + k]?.length ?? 0)
  );
  return anyMeaning ? { rows, texts, meanings, width: bodyWidth } : undefined;
}

/** Notes below a table end it: "Nguồn: …", "Ghi chú: …", "(*) …". */
const NOTES_ROW = /^(nguon|ghi chu|chu thich|chu y|luu y|nguoi lap|\(\*+\)|\*+ )/;

function isNotesRow(grid: SheetGrid, r: number): boolean {
  const row = grid.cells[r] ?? [];
  const texts = row.filter((v) => !isBlank(v));
  if (texts.length === 0 || texts.length > 2 || row.some((v) => typeof v === "number"))
    return false;
  return NOTES_ROW.test(foldKey(cellText(texts[0])));
}

/** Title rows looked at above a header. */
const TITLE_ROWS = 6;

/**
 * The texts of the title rows above a header (at most TITLE_ROWS, none above `floor`, where the
 * previous table ended), NFC, nearest row first. Read-only: the reading of one table asks for
 * them several times (unit, period, subject, title), and the last answer is kept.
 */
function titleTexts(grid: SheetGrid, header: number, floor: number): readonly string[][] {
  const last = lastTitles;
  if (last && last.grid === grid && last.header === header && last.floor === floor)
    return last.texts;
  const texts: string[][] = [];
  for (let r = header - 1; r >= Math.max(floor, header - TITLE_ROWS); r--)
    texts.push(
      (grid.cells[r] ?? []).filter((v): v is string => typeof v === "string").map(nfcText)
    );
  lastTitles = { grid, header, floor, texts };
  return texts;
}

let lastTitles: { grid: SheetGrid; header: number; floor: number; texts: string[][] } | undefined;

/**
 * The part of a year a title above the header names ("… tháng 5 năm 2024", "(tháng 10 và 10 tháng
 * năm 2024)"), which says whether the month or the running total is the table's period; undefined
 * when the titles name none or a whole year.
 */
function titlePeriod(grid: SheetGrid, header: number, floor: number): Period | undefined {
  for (const row of titleTexts(grid, header, floor))
    for (const v of row) {
      const p = parsePeriod(foldKey(v));
      if (p?.span && p.span !== "năm" && p.span !== "lũy kế") return p;
    }
  return undefined;
}

/** A title of a table that sets targets: "Biểu tổng hợp dự kiến các chỉ tiêu … 5 năm". */
function namesTargets(title: string): boolean {
  const key = foldKey(title);
  return (
    /\b(du kien|ke hoach|phuong huong)\b/.test(key) &&
    !/\b(thuc hien|ket qua|uoc|danh gia|tinh hinh)\b/.test(key)
  );
}

/** The unit a title row above the header names ("ĐVT: ha", "Đơn vị tính: triệu đồng"). */
function tableUnit(grid: SheetGrid, header: number, floor: number): string | undefined {
  for (const row of titleTexts(grid, header, floor))
    for (const v of row) {
      const u = unitInText(v) ?? unitAlone(v);
      if (u) return u;
    }
  return undefined;
}

/** The subject of a "… phân theo …" title above the header, or of the period columns' header. */
function tableSubject(
  grid: SheetGrid,
  header: number,
  floor: number,
  actualHeader: string | undefined
): { name: string; unit?: string } | undefined {
  for (const part of (actualHeader ?? "").split(" / ")) {
    const key = headerKey(part);
    if (key === "" || parsePeriod(key) || matchHeader(part) || parseComparison(key, part)) continue;
    const s = splitUnit(part);
    // A measure of at least two words ("Giá thành lúa đông xuân"), not a header split word by
    // word, nor a word that says nothing of what is counted ("Số lượng", "Giá trị").
    const words = s.name.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
    if (words.length >= 2 && !GENERIC_FIGURE.test(foldKey(s.name))) return s;
  }
  for (const row of titleTexts(grid, header, floor))
    for (const v of row) {
      const first = vietnamesePart(v);
      const m = /^(?:(?:biểu|bảng)\s*(?:số)?\s*[\d.]+\s*[:.-]?\s*)?(.+?)\s+phân theo\s/iu.exec(
        first
      );
      if (m) return splitUnit(m[1].replace(/^[\d.]+\s+/, "").trim());
    }
  return undefined;
}

/**
 * True when a column's text figures are written the English way: some cell has two comma groups
 * ("1,512,300") or a comma group and a decimal point ("1,234.5"), which Vietnamese never writes.
 */
function usesEnglishGrouping(grid: SheetGrid, start: number, c: number): boolean {
  for (let r = start; r < grid.cells.length && r < start + SAMPLE_ROWS; r++) {
    const v = grid.cells[r]?.[c];
    if (
      typeof v === "string" &&
      /^[+-]?\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d+)?|,\d{3}\.\d+)$/.test(v.trim())
    )
      return true;
  }
  return false;
}

/**
 * The title of a yearbook table: the first text above the header, without its number ("233",
 * "Biểu 12:") and English line; undefined when it lists several measures ("Diện tích, năng
 * suất và sản lượng …") or is long.
 */
function yearbookTitle(grid: SheetGrid, header: number, floor: number): string | undefined {
  for (const row of [...titleTexts(grid, header, floor)].reverse()) {
    const texts = row.filter((v) => /\p{L}{3,}/u.test(v));
    if (texts.length !== 1) continue;
    const t = splitUnit(
      vietnamesePart(texts[0]).replace(/^(?:(?:biểu|bảng)\s*(?:số)?\s*)?[\d.]+\s*[:.-]?\s*/iu, "")
    ).name;
    if (/^(đơn vị|đvt)/i.test(t)) continue;
    // Only a title that names what is counted or measured ("Số lớp học", "Dân số …").
    const counted = /^(so |dien tich|san luong|dan so|nang suat|gia tri|chi so)/.test(foldKey(t));
    return !counted || /,| và /.test(t) || t.length > 60 ? undefined : t.trim();
  }
  return undefined;
}

/** A header row that only names the unit ("Lớp - Class" under the years): that unit. */
function unitRow(grid: SheetGrid, rows: number[]): string | undefined {
  for (const r of rows.slice(1)) {
    const texts = (grid.cells[r] ?? [])
      .filter((v) => !isBlank(v))
      .map((v) => vietnamesePart(cellText(v)));
    if (texts.length > 0 && texts.every((t) => isKnownUnit(t))) return normaliseUnit(texts[0]);
  }
  return undefined;
}

/** Figure headers that name no subject: "Số lượng", "Giá trị", "Số liệu", "Kết quả". */
const GENERIC_FIGURE = /^(so luong|gia tri|so lieu|ket qua|tong so|tong cong|so tien|thanh tien)$/;

/** The table's title above the header when it names a measure: "9. Sản lượng thủy sản". */
function measureTitle(grid: SheetGrid, header: number, floor: number): string | undefined {
  for (const row of titleTexts(grid, header, floor))
    for (const v of row) {
      const t = splitUnit(withoutTableNumber(vietnamesePart(v))).name;
      // One measure: "Diện tích, năng suất, sản lượng lúa …" names no single total.
      if (MEASURE.test(foldKey(t)) && t.length <= 80 && !/, /.test(t)) return t;
    }
  // Else a title naming what every row counts ("19. Khách quốc tế đến Việt Nam"), not a report's
  // heading ("Kết quả thực hiện các chỉ tiêu năm 2024") nor a list ("Diện tích, năng suất …").
  const first = [...titleTexts(grid, header, floor)]
    .reverse()
    .flat()
    .find((v) => /\p{L}{3,}/u.test(v));
  if (!first) return undefined;
  const t = splitUnit(withoutTableNumber(vietnamesePart(first))).name.trim();
  const key = foldKey(t);
  const heading = /\b(ket qua|tinh hinh|chi tieu|bao cao|bieu|phu luc|uoc|thuc hien|ke hoach)\b/;
  if (t.length > 50 || /[,;:]| và /.test(t) || heading.test(key) || parsePeriod(key)?.year)
    return undefined;
  return unitAlone(t) || /^(đơn vị|đvt)/i.test(t) ? undefined : t;
}

/** A title without its table number: "9. Sản lượng thủy sản", "Biểu 2A: …" → the words. */
function withoutTableNumber(title: string): string {
  return title.replace(/^(?:(?:biểu|bảng)\s*(?:số)?\s*)?[\dA-Z.]+\s*[:.-]?\s+/iu, "").trim();
}

function readTable(
  grid: SheetGrid,
  r: number,
  floor: number,
  corrections: ColumnCorrection[],
  diags: Diagnostics,
  reportPeriod?: Period
): { tables: IndicatorTable[]; end: number } | undefined {
  const block = readHeaderBlock(grid, r);
  if (!block) return undefined;
  const split = block.rows.length > 1 ? splitByMeasure(block.texts) : undefined;
  if (!split) {
    const one = readBlock(grid, block, r, floor, corrections, diags, reportPeriod);
    return one && { tables: [one.table], end: one.end };
  }
  // "Lượng | Trị giá" under each period: one table per measure, each with the unit a title
  // row lists for it ("Nghìn tấn; Triệu USD").
  const units = titleTexts(grid, r, floor)
    .flat()
    .map((t) => unitsPerMeasure(t, split.length))
    .find((u) => u !== undefined);
  const tables: IndicatorTable[] = [];
  let end = r + 1;
  for (const [k, m] of split.entries()) {
    const part = { ...block, texts: m.texts, meanings: m.meanings };
    const measure = { name: m.measure, unit: units?.[k] ?? m.unit };
    const one = readBlock(grid, part, r, floor, corrections, diags, reportPeriod, measure);
    if (!one) continue;
    tables.push(one.table);
    end = Math.max(end, one.end);
  }
  return tables.length > 0 ? { tables, end } : undefined;
}

/**
 * The table under one header block (or one measure's share of it, `measure`), read from header
 * row `r`; undefined when the block heads no table.
 */
function readBlock(
  grid: SheetGrid,
  block: HeaderBlock,
  r: number,
  floor: number,
  corrections: ColumnCorrection[],
  diags: Diagnostics,
  reportPeriod?: Period,
  measure?: { name: string; unit?: string }
): { table: IndicatorTable; end: number } | undefined {
  const start = bodyStart(grid, block.rows);
  const data = sampleColumns(grid, start, block.width);
  const headers = new Map(block.texts);
  for (const c of data.keys()) if (!headers.has(c)) headers.set(c, "");
  const res = resolveColumns(headers, block.meanings, data, {
    reportPeriod: reportPeriod ?? titlePeriod(grid, r, floor),
    planDocument: titleTexts(grid, r, floor).some((row) => row.some(namesTargets)),
  });
  applyCorrections(res, corrections, r, block.texts);
  const figureColumn =
    FIGURE_ROLES.some((f) => res.columns[f] !== undefined) || res.columns.difference !== undefined;
  if (res.columns.name === undefined || !figureColumn)
    return readPeriodRows(grid, block, start, floor, diags);
  const periods: Partial<Record<FigureRole, Period>> = {};
  for (const role of FIGURE_ROLES) {
    const c = res.columns[role];
    const p = c === undefined ? undefined : res.infos.find((i) => i.col === c)?.period;
    if (p) periods[role] = p;
  }
  const table: IndicatorTable = {
    sheet: grid.name,
    headerRows: block.rows,
    columns: res.columns,
    unrecognised: res.unrecognised,
    rows: [],
    infos: res.infos,
    periods,
    baseKind: res.baseKind,
    series: res.series,
    ratioForms: res.ratioForms,
    unit: measure ? measure.unit : (tableUnit(grid, r, floor) ?? unitNoteRow(grid, start - 1)),
  };
  table.title = measureTitle(grid, r, floor);
  const english = FIGURE_ROLES.map((f) => res.columns[f]).filter(
    (c): c is number => c !== undefined && usesEnglishGrouping(grid, start, c)
  );
  if (english.length > 0) table.englishGrouping = english;
  const nameUnit = res.infos.find((i) => i.col === res.columns.name)?.unit;
  table.unit ??= nameUnit ?? unitRow(grid, block.rows);
  if (res.measures.length >= 2) table.measures = res.measures;
  const subject = table.measures
    ? undefined
    : tableSubject(grid, r, floor, block.texts.get(res.columns.actual ?? -1));
  if (subject) {
    table.subject = subject.name;
    table.unit ??= subject.unit;
  } else if (!table.measures && (block.texts.get(res.columns.name ?? -1) ?? "") === "") {
    // A yearbook table: the title names what is counted, the rows (with no header over them)
    // name the parts: "Số lớp học phổ thông" × "Tiểu học".
    const title = yearbookTitle(grid, r, floor);
    if (title) table.subject = title.trim();
  }
  const known = tableMeasure(grid, r, floor);
  if (known && !table.subject && !table.measures && !measure) table.subject = known.name;
  const end = readBody(grid, table, start, diags);
  if (measure) nameByMeasure(grid, table, measure.name);
  if (known) useMeasureUnit(grid, table, known, diags);
  return { table, end };
}

/** The known measure (reading/measures.ts) the title rows name, else the sheet's name. */
function tableMeasure(grid: SheetGrid, header: number, floor: number): KnownMeasure | undefined {
  for (const row of titleTexts(grid, header, floor))
    for (const v of row) {
      const m = knownMeasure(v);
      if (m) return m;
    }
  return knownMeasure(grid.name);
}

/**
 * A table of a known measure (rainfall…) in that measure's unit: where a row has none, or
 * another ("(ĐVT: Giờ)" over rainfall), the clerk is warned once, at the first such row.
 */
function useMeasureUnit(
  grid: SheetGrid,
  table: IndicatorTable,
  known: KnownMeasure,
  diags: Diagnostics
): void {
  let warned = false;
  for (const row of table.rows) {
    if (row.kind !== "indicator" || row.unit === known.unit) continue;
    if (!warned) {
      const typed = row.unit === "" ? "không ghi đơn vị" : `ghi đơn vị “${row.unit}”`;
      diags.warn(
        `Biểu ${typed} nhưng ${known.name.toLocaleLowerCase("vi-VN")} đo bằng ${known.unit}; báo cáo dùng ${known.unit}. Kiểm tra lại.`,
        row.cells.actual ?? row.cells.difference ?? sheetCell(grid.name, row.row, 0)
      );
      warned = true;
    }
    row.unit = known.unit;
  }
}

/**
 * One measure's table of a "measures × periods" block: each indicator named with the measure
 * ("Lượng cà phê") and identified by its row and figure column ("Biểu!15:F"), groups left empty
 * (rows whose figures are another measure's) dropped.
 */
function nameByMeasure(grid: SheetGrid, table: IndicatorTable, measure: string): void {
  const col = columnLetters(table.columns.actual ?? 0);
  // A row with figures only in the other measure's columns is not a group of this one.
  const figures = (r: number) =>
    (grid.cells[r] ?? []).some((v, c) => c !== table.columns.name && shownNumber(v) !== undefined);
  table.rows = table.rows.filter((row) => row.kind === "indicator" || !figures(row.row));
  for (const row of table.rows)
    if (row.kind === "indicator") {
      row.name = withMeasure(measure, row.name);
      row.id = `${row.id}:${col}`;
    }
}

/**
 * A table whose rows are periods ("Năm | Diện tích có rừng (ĐVT: Ha) | Rừng tự nhiên …", then
 * "Năm 2015", "Năm 2016", … down the first column): each figure column is an indicator, this
 * period the latest row, its base the row of the period before, the older rows its series.
 * Indicators are named by their column header and take the id of their latest cell's row and
 * column ("Biểu!9:B"). Undefined when the first column does not hold periods.
 */
function readPeriodRows(
  grid: SheetGrid,
  block: HeaderBlock,
  start: number,
  floor: number,
  diags: Diagnostics
): { table: IndicatorTable; end: number } | undefined {
  const rows: { r: number; period: Period; label: string }[] = [];
  const r = scanBody(grid, start, (row) => {
    const label = headerText(cellAt(grid, row, 0));
    const period = label === "" ? undefined : parsePeriod(foldKey(label));
    if (!period || period.year === undefined) return false;
    rows.push({ r: row, period, label });
  });
  if (rows.length < 2 || rows.length * 5 < (r - start) * 4) return undefined;
  const cols = [...block.texts.keys()].filter((c) => c > 0 && !block.meanings.get(c)?.comparison);
  if (cols.length === 0) return undefined;
  const byAge = [...rows].sort((a, b) => a.period.year! - b.period.year! || a.r - b.r);
  const latest = byAge[byAge.length - 1];
  const before = byAge[byAge.length - 2];
  const table: IndicatorTable = {
    sheet: grid.name,
    headerRows: block.rows,
    columns: { name: 0 },
    unrecognised: [],
    rows: [],
    infos: [
      { col: 0, header: block.texts.get(0) ?? "", role: "name", why: "các dòng là các kỳ" },
      ...cols.map((c) => ({
        col: c,
        header: block.texts.get(c) ?? "",
        unit: block.meanings.get(c)?.unit,
        why: "chỉ tiêu theo cột; kỳ theo dòng",
      })),
    ],
    periods: { actual: latest.period, samePeriod: before.period },
    baseKind: byAge.length > 2 ? "previous" : "samePeriod",
    unit: tableUnit(grid, block.rows[0], floor),
    periodRows: { actual: latest.label, base: before.label },
  };
  for (const c of cols) {
    const header = splitUnit(block.texts.get(c) ?? "");
    const figure = (x: { r: number }) =>
      readFigure(figureAt(grid, x.r, c), sheetCell(grid.name, x.r, c), diags);
    const actual = figure(latest);
    if (actual === undefined || header.name === "") continue;
    const series = byAge.slice(0, -1).flatMap((x) => {
      const v = figure(x);
      return v === undefined ? [] : [{ label: x.label, period: x.period, value: v }];
    });
    table.rows.push({
      kind: "indicator",
      id: `${grid.name}!${latest.r + 1}:${columnLetters(c)}`,
      sheet: grid.name,
      row: latest.r,
      number: "",
      name: header.name,
      unit: header.unit ?? block.meanings.get(c)?.unit ?? table.unit ?? "",
      actual,
      samePeriod: figure(before),
      stated: {},
      series: series.length > 1 ? series : undefined,
      cells: {
        name: sheetCell(grid.name, block.rows[0], c),
        actual: sheetCell(grid.name, latest.r, c),
      },
    });
  }
  return table.rows.length > 0 ? { table, end: r } : undefined;
}

/** The clerk's corrections win: a column set to a role takes it from any other column. */
function applyCorrections(
  res: ReturnType<typeof resolveColumns>,
  corrections: ColumnCorrection[],
  headerRow: number,
  texts: Map<number, string>
): void {
  for (const k of corrections) {
    if (k.headerRow !== headerRow || !texts.has(k.col)) continue;
    for (const [role, c] of Object.entries(res.columns) as [ColumnRole, number][])
      if (c === k.col || role === k.role) delete res.columns[role];
    res.series = res.series.filter((c) => c !== k.col);
    for (const info of res.infos) {
      if (info.col === k.col) {
        info.role = k.role === "ignore" ? undefined : k.role;
        info.series = false;
        info.corrected = true;
        info.why = "cán bộ chọn";
      } else if (info.role === k.role) {
        info.role = undefined;
        info.why = "cán bộ đã giao vai trò này cho cột khác";
      }
    }
    if (k.role !== "ignore") res.columns[k.role] = k.col;
    res.unrecognised = res.unrecognised.filter((u) => u.col !== k.col);
  }
}

/**
 * Visits the rows of a table body from `start`: every non-blank row until three blank rows in a
 * row, a notes row ("Nguồn: …"), `limit` rows, or `visit` returning false. Returns the row where
 * the body ended (the first row not in it).
 */
function scanBody(
  grid: SheetGrid,
  start: number,
  visit: (r: number) => boolean | void,
  limit = Infinity
): number {
  let blanks = 0;
  let r = start;
  for (; r < grid.cells.length && r < start + limit; r++) {
    if (rowIsBlank(grid, r)) {
      if (++blanks >= MAX_BLANK_RUN) break;
      continue;
    }
    blanks = 0;
    if (isNotesRow(grid, r) || visit(r) === false) break;
  }
  return r;
}

/** What the first body rows hold, per header column. */
function sampleColumns(grid: SheetGrid, start: number, width: number): Map<number, ColumnData> {
  const data = new Map<number, ColumnData>();
  const last = new Map<number, string>();
  const seen = new Map<number, Set<string>>();
  scanBody(grid, start, (r) => sampleRow(grid.cells[r] ?? []), SAMPLE_ROWS);
  return data;

  function sampleRow(row: CellValue[]): void {
    const rowHasNumber = row.some(
      (v) => typeof v === "number" || (typeof v === "string" && !!parseViNumber(v))
    );
    for (let c = 0; c < width; c++) {
      const d = data.get(c) ?? emptyColumnData();
      data.set(c, d);
      const v = row[c] ?? null;
      if (typeof v === "number") {
        d.numbers++;
        if (v < 0) d.negatives++;
      } else if (typeof v === "string" && v.trim() !== "") {
        const t = v.trim();
        const n = parseViNumber(t);
        if (n || /^[-–—]+$/.test(t) || APPROXIMATE.test(t)) {
          d.numbers++;
          if (n && n.value < 0) d.negatives++;
          continue;
        }
        d.texts++;
        if (isKnownUnit(t)) d.unitTexts++;
        if (last.get(c) === t) d.repeats++;
        last.set(c, t);
        const s = seen.get(c) ?? new Set<string>();
        seen.set(c, s);
        if (!s.has(t)) d.distinct++;
        s.add(t);
      } else if (isBlank(v) && rowHasNumber && last.has(c)) d.repeats++;
    }
  }
}

/** "(3)", "5", "C", "(5)=(4)/(3)", "6=5-4": a cell of a column-numbering row. */
const NUMBERING_CELL =
  /^\(?([0-9]{1,2}|[A-Z])\)?([=*/+-]\(?([0-9]{1,2}|[A-Z])\)?)*(x100|\*100)?%?$/;

function isNumberingRow(grid: SheetGrid, r: number): boolean {
  const texts = (grid.cells[r] ?? []).filter((v) => !isBlank(v)).map((v) => cellText(v));
  return texts.length >= 3 && texts.every((t) => NUMBERING_CELL.test(t.replace(/\s/g, "")));
}

/**
 * The unit a lone "Đơn vị tính: Tỷ đồng" row under the header names (some tables put it there
 * instead of above the header), or undefined.
 */
function unitNoteRow(grid: SheetGrid, r: number): string | undefined {
  const row = grid.cells[r] ?? [];
  const cols = row.flatMap((v, c) => (isBlank(v) ? [] : [c]));
  const texts = new Set(cols.map((c) => row[c]));
  const [t] = texts;
  if (texts.size !== 1 || typeof t !== "string") return undefined;
  if (/^\s*(đơn vị tính|đvt)\b/iu.test(t)) return unitInText(t);
  // "Nghìn người" over the figure columns (not in the first, where names go).
  return cols[0] > 0 ? unitAlone(t) : undefined;
}

/**
 * The first body row, skipping a column-numbering row such as "(1) (2) (3)" or "A B 1 2" and a
 * unit row ("Đơn vị tính: Tỷ đồng", "Nghìn người"), itself after at most one blank row.
 */
function bodyStart(grid: SheetGrid, headerRows: number[]): number {
  let r = headerRows[headerRows.length - 1] + 1;
  if (isNumberingRow(grid, r)) r++;
  if (unitNoteRow(grid, r)) return r + 1;
  return rowIsBlank(grid, r) && unitNoteRow(grid, r + 1) ? r + 2 : r;
}

/** True when row `r` starts another table: a header naming a name column and a figure column. */
function startsTable(grid: SheetGrid, r: number): boolean {
  const row = grid.cells[r] ?? [];
  if (!headerLike(row, 2)) return false;
  let name = false;
  let figure = false;
  for (const v of row) {
    if (isBlank(v)) continue;
    const m = interpretHeader(headerText(v));
    if (m.role === "name") name = true;
    else if (m.period || (m.role && (FIGURE_ROLES as readonly string[]).includes(m.role)))
      figure = true;
  }
  return name && figure;
}

/** What earlier rows say of the rows below: the group column's value, a measure group title. */
interface BodyContext {
  group: string;
  /** A group row naming a measure ("Diện tích gieo trồng (ha)"): its title and unit. */
  measure?: { title: string; unit?: string };
  /** A group row naming a subject ("Lúa cả năm"), for bare measures below it ("Diện tích"). */
  title?: string;
  /** The last unit typed, for ditto marks. */
  unit?: string;
  /** Each indicator's name as its row wrote it, before composition (for parts named alike). */
  raw: Map<Indicator, string>;
  /** Set once a rate without a unit was taken as "%" and the clerk warned. */
  percentWarned?: boolean;
  /**
   * Inside a block repeating the rows above as ratios ("Năm trước = 100", "Cơ cấu - %"): which
   * ratio its rows give, and the next indicator they may match.
   */
  index?: { next: number; role: RatioRole };
}

/** Headings over a block of indices ("Chỉ số phát triển (Năm trước = 100) - %") or of shares. */
const INDEX_BLOCK = /^(chi so phat trien|toc do phat trien|index \(previous year)|nam tr\S*c = 100/;
const SHARE_BLOCK = /^(co cau|structure)\b/;

/**
 * The ratio a block headed on row `r` gives the rows above (ratioSamePeriod for indices,
 * ratioShare for a structure), or undefined when row `r` heads no such block: one text, no figure.
 */
function ratioBlockAt(grid: SheetGrid, r: number): RatioRole | undefined {
  let only: CellValue = null;
  for (const v of grid.cells[r] ?? []) {
    if (isBlank(v)) continue;
    // Checked on every body row: most have several cells and stop here.
    if (only !== null) return undefined;
    only = v;
  }
  if (typeof only !== "string") return undefined;
  const key = foldKey(only);
  return INDEX_BLOCK.test(key)
    ? "ratioSamePeriod"
    : SHARE_BLOCK.test(key)
      ? "ratioShare"
      : undefined;
}

/**
 * A row of an index block ("Năm trước = 100") is the ratio of this period to the previous of the
 * indicator above named alike (the blocks list their rows in the same order); a row of a
 * structure ("Cơ cấu - %") its share. It becomes that indicator's stated ratio, checked against
 * its figures like a ratio column; a share of 100 (the whole) says nothing and is left out.
 */
function attachIndex(
  grid: SheetGrid,
  table: IndicatorTable,
  row: Indicator,
  index: { next: number; role: RatioRole },
  diags: Diagnostics
): void {
  const inds = table.rows.filter((x): x is Indicator => x.kind === "indicator");
  const k = inds.findIndex((x, n) => n >= index.next && x.name === row.name);
  const shown = shownNumber(
    table.columns.actual === undefined ? null : figureAt(grid, row.row, table.columns.actual)
  );
  if (k < 0 || !shown) return;
  index.next = k + 1;
  if (index.role === "ratioShare" && shown.value === 100) return;
  const target = inds[k];
  target.stated[index.role] = shown.value;
  target.cells[index.role] = row.cells.actual;
  reconcileStated(grid, table, target, { [index.role]: shown }, diags);
}

/** Names of rates, which Vietnamese statistics state in % when no unit is written. */
const RATE_NAME = /^(ty le|toc do tang|toc do phat trien)\b/;

function readBody(
  grid: SheetGrid,
  table: IndicatorTable,
  start: number,
  diags: Diagnostics
): number {
  const context: BodyContext = { group: "", raw: new Map() };
  const end = scanBody(grid, start, (r) => {
    // The next table starts at its header; a row holding a number is never a header.
    if (!(grid.cells[r] ?? []).some((v) => typeof v === "number") && startsTable(grid, r))
      return false;
    const block = ratioBlockAt(grid, r);
    if (block) {
      context.index = { next: 0, role: block };
      return;
    }
    const row = readRow(grid, table, r, context, diags);
    if (context.index) {
      if (row?.kind === "indicator") attachIndex(grid, table, row, context.index, diags);
      return;
    }
    if (row?.kind === "indicator") joinWrappedName(table, row, context);
    if (row?.kind === "indicator" && table.measures)
      table.rows.push(...measureRows(grid, table, row, context, diags));
    else if (row) table.rows.push(row);
  });
  nameRepeatedParts(table, context.raw);
  return end;
}

/**
 * Parts named alike under several parents ("Cá", "Tôm" under "Nuôi trồng" and under "Khai
 * thác"): each takes its parent's name, the nearest row above whose name is not repeated.
 * A total row ("Tổng số") takes the table's title when it names a measure.
 */
function nameRepeatedParts(table: IndicatorTable, raw: Map<Indicator, string>): void {
  const rawName = (i: Indicator) => raw.get(i) ?? i.name;
  const inds = table.rows.filter((r): r is Indicator => r.kind === "indicator");
  nameBreakdowns(inds, rawName);
  const count = new Map<string, number>();
  // Names repeat exactly (one table, one typist); folding runs on repeats only.
  const keys = inds.map((i) => i.name);
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  nameSummedParts(inds, rawName, count, keys);
  if (count.size === keys.length && !table.title) return;
  let parent: Indicator | undefined;
  for (const [n, i] of inds.entries()) {
    if ((count.get(keys[n]) ?? 0) < 2 || TOTAL.test(foldKey(i.name))) {
      parent = i;
      continue;
    }
    const sum = sumParent(inds, n, count, keys);
    const p = sum ?? parent;
    if (!p || TOTAL.test(foldKey(rawName(p)))) continue;
    const own = rawName(i);
    const up = rawName(p);
    // What the row's name already carries after its own words (its group) is kept.
    const rest = i.name.startsWith(own) ? i.name.slice(own.length) : "";
    // A breakdown follows its parent ("… tiểu học công lập"); a part goes first ("… cá nuôi trồng").
    const [first, second] = BREAKDOWN.has(own.toLowerCase()) ? [up, own] : [own, up];
    i.name = table.subject
      ? `${table.subject} ${lowerFirst(first)} ${lowerFirst(second)}`
      : `${composeName(up, own)}${rest}`;
  }
  if (table.title)
    for (const i of inds)
      if (i.name.length <= 12 && TOTAL.test(foldKey(i.name))) i.name = `${table.title} (tổng số)`;
}

/**
 * Rows right after a row that add up to it, in a flat list ("Lao động đang làm việc" then
 * "Nông, lâm nghiệp và thủy sản", "Công nghiệp và xây dựng", "Dịch vụ"), are its parts: each is
 * named with it, "Dịch vụ (Lao động đang làm việc)". Not below a total row, whose parts are
 * named well alone, nor parts already named with their parent's first word.
 */
function nameSummedParts(
  inds: Indicator[],
  rawName: (i: Indicator) => string,
  count: Map<string, number>,
  keys: string[]
): void {
  for (const [n, parent] of inds.entries()) {
    const whole = parent.actual;
    if (whole === undefined || whole <= 0) continue;
    let sum = 0;
    let decimals = decimalsOf(whole);
    let k = n + 1;
    for (; k < inds.length && inds[k].row === inds[k - 1].row + 1; k++) {
      const a = inds[k].actual;
      if (a === undefined || a < 0 || (count.get(keys[k]) ?? 0) > 1) break;
      if (inds[k].name !== rawName(inds[k])) break;
      sum += a;
      decimals = Math.max(decimals, decimalsOf(a));
      if (sum >= whole - (k - n) * 0.5 * 10 ** -decimals) break;
    }
    const parts = inds.slice(n + 1, k + 1);
    // Whole numbers add up exactly; shown decimals by half a unit of the last digit each.
    const slack = decimals === 0 ? 0 : (parts.length + 1) * 0.5 * 10 ** -decimals;
    if (parts.length < 2 || Math.abs(sum - whole) > slack) continue;
    // Folded only for the few rows whose parts add up.
    const up = rawName(parent);
    if (TOTAL.test(foldKey(up))) continue;
    const first = foldKey(up).split(" ")[0];
    if (parts.some((p) => foldKey(p.name).split(" ").includes(first))) continue;
    for (const p of parts) p.name = composeName(up, p.name);
  }
}

/**
 * The parent of a repeated part in a flat list ("Một số nước khác" after the countries of "Châu
 * Á"): the nearest row above, not itself repeated, whose figure is the sum of the rows from it
 * down to the part, to the rounding of the figures as shown; undefined when no row above adds up.
 */
function sumParent(
  inds: Indicator[],
  n: number,
  count: Map<string, number>,
  keys: string[]
): Indicator | undefined {
  let sum = inds[n].actual;
  if (sum === undefined) return undefined;
  let decimals = decimalsOf(sum);
  for (let j = n - 1; j >= 0; j--) {
    const a = inds[j].actual;
    if (a === undefined) return undefined;
    decimals = Math.max(decimals, decimalsOf(a));
    // Each figure may be off by half a unit of its last digit.
    const slack = (n - j + 1) * 0.5 * 10 ** -decimals;
    const single = (count.get(keys[j]) ?? 0) < 2;
    if (single && a > 0 && Math.abs(a - sum) <= slack) return inds[j];
    sum += a;
  }
  return undefined;
}

/**
 * A name wrapped over two rows ("Tổng sản lượng lương" above "thực có hạt (Nghìn tấn)" and its
 * figures): the row above, read as a group, is the first half of the name.
 */
function joinWrappedName(table: IndicatorTable, ind: Indicator, context: BodyContext): void {
  const above = table.rows[table.rows.length - 1];
  const own = context.raw.get(ind) ?? ind.name;
  if (above?.kind !== "group" || above.row !== ind.row - 1 || !/^\p{Ll}/u.test(own)) return;
  if (above.number !== "" || ind.number !== "") return;
  table.rows.pop();
  ind.name = `${above.title} ${ind.name}`;
  context.raw.set(ind, `${above.title} ${own}`);
  context.title = undefined;
  context.measure = undefined;
}

/**
 * One indicator per measure column of a row ("Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng
 * (tấn)"): the measure names it with the row ("Diện tích lúa Hòa Vang"; a breakdown column such as
 * "Nam" goes after: "Dân số nam"), its unit is the column's. The first keeps the row's id; the
 * others add their column: "Biểu!7:D".
 */
function measureRows(
  grid: SheetGrid,
  table: IndicatorTable,
  ind: Indicator,
  context: BodyContext,
  diags: Diagnostics
): Indicator[] {
  const out: Indicator[] = [];
  // With a group column, the measure goes first, then the group, then the row: "Diện tích lúa
  // Hòa Vang".
  const own = context.raw.get(ind) ?? ind.name;
  const subject =
    table.columns.group !== undefined && context.group !== "" && context.group !== own
      ? `${lowerFirst(context.group)} ${lowerFirst(own)}`
      : lowerFirst(ind.name);
  for (const [k, c] of (table.measures ?? []).entries()) {
    const info = table.infos?.find((i) => i.col === c);
    const header = splitUnit(info?.header.replace(/ \/ /g, " ") ?? "");
    const where = sheetCell(grid.name, ind.row, c);
    const actual = k === 0 ? ind.actual : readFigure(figureAt(grid, ind.row, c), where, diags);
    const name = withMeasure(header.name, ind.name, subject);
    const unit = header.unit ?? info?.unit ?? (ind.unit || table.unit || "");
    if (actual === undefined && k > 0) continue;
    out.push({
      ...ind,
      id: k === 0 ? ind.id : `${ind.id}:${columnLetters(c)}`,
      name,
      unit,
      actual,
      stated: k === 0 ? ind.stated : {},
      cells: { ...ind.cells, actual: where },
    });
  }
  return out;
}

/**
 * A row's name with the measure it gives: "Lượng" + "Cà phê" → "Lượng cà phê"; a breakdown goes
 * after ("Dân số" + "Nam" → "Dân số nam"); a total or generic measure, or one the name already
 * says ("Tổng trị giá" under "Trị giá"), adds nothing. `subject` is the name as it follows the
 * measure (lower-cased, with its group), when it differs from `name`.
 */
function withMeasure(measure: string, name: string, subject = lowerFirst(name)): string {
  const m = foldKey(measure);
  if (BREAKDOWN.has(measure.toLowerCase())) return `${name} ${lowerFirst(measure)}`;
  if (TOTAL.test(m) || GENERIC_FIGURE.test(m) || ` ${foldKey(name)} `.includes(` ${m} `))
    return name;
  return `${measure} ${subject}`;
}

/**
 * The usual breakdowns of a figure (phân theo giới tính, thành thị/nông thôn, loại hình): "Nam",
 * "Nữ", "Thành thị", "Công lập"… A row named only so, below a row with figures, is that row's
 * part: "Dân số trung bình nam", in the parent's unit when it has none of its own.
 */
const BREAKDOWN = new Set([
  "nam",
  "nữ",
  "thành thị",
  "nông thôn",
  "công lập",
  "ngoài công lập",
  "tư thục",
  "dân lập",
  "nhà nước",
  "ngoài nhà nước",
  "trong nước",
  "nước ngoài",
  "quốc tế",
  "có vốn đầu tư nước ngoài",
  "kinh tế nhà nước",
  "kinh tế ngoài nhà nước",
  "trung ương",
  "địa phương",
]);

function nameBreakdowns(inds: Indicator[], rawName: (i: Indicator) => string): void {
  let parent: Indicator | undefined;
  for (const i of inds) {
    const own = rawName(i).replace(/^(?:[-+•*]\s*|trong đó\s*:?\s*)/iu, "");
    if (own.length > 30 || !BREAKDOWN.has(own.toLowerCase())) {
      parent = i;
      continue;
    }
    if (!parent || i.name !== rawName(i)) continue;
    // Not a part of a total row ("Trung ương" under "TỔNG SỐ" is named well alone), nor of a
    // row smaller than itself ("Địa phương" after the last ministry).
    const whole = TOTAL.test(foldKey(rawName(parent)));
    const smaller = (parent.actual ?? Infinity) < (i.actual ?? 0);
    if (whole || smaller) continue;
    i.name = `${rawName(parent)} ${lowerFirst(own)}`;
    if (i.unit === "") i.unit = parent.unit;
  }
}

function rowIsBlank(grid: SheetGrid, r: number): boolean {
  return (grid.cells[r] ?? []).every(isBlank);
}

function text(grid: SheetGrid, cols: ColumnMap, role: ColumnRole, r: number): string {
  const c = cols[role];
  return c === undefined ? "" : nfcText(cellText(cellAt(grid, r, c))).replace(/\s+/g, " ");
}

/** How messages name a figure column. */
const ROLE_WORDS_IN_MESSAGES: Record<FigureRole, string> = {
  plan: "Kế hoạch",
  actual: "Thực hiện",
  samePeriod: "Cùng kỳ",
  total: "Tổng số",
};

/** The merged area covering (r, c) from a row above, or undefined. */
function mergeAbove(grid: SheetGrid, r: number, c: number): CellRange | undefined {
  return grid.merges.find((m) => m.top < r && r <= m.bottom && m.left <= c && c <= m.right);
}

/**
 * A figure or ratio cell as the clerk sees it: a number in a percent format ("0.00%") is its
 * value × 100 (0.0713 → 7.13), the scale the grid's other percents are on (issue 10 § Numbers).
 */
function figureAt(grid: SheetGrid, r: number, c: number): CellValue {
  const v = cellAt(grid, r, c);
  if (typeof v !== "number" || !grid.numberFormats) return v;
  const format = numberFormatAt(grid, r, c);
  if (format === "General" || !isPercentFormat(format)) return v;
  return Number((v * 100).toPrecision(15));
}

/** NFC of a cell's text; the normalisation runs only where combining marks show it is needed. */
function nfcText(s: string): string {
  return /[\u0300-\u036f]/.test(s) ? s.normalize("NFC") : s;
}

/** A text cell with its line breaks kept (for bilingual names), NFC, each line's spaces folded. */
function rawText(grid: SheetGrid, c: number | undefined, r: number): string {
  if (c === undefined) return "";
  const t = nfcText(cellText(cellAt(grid, r, c)));
  if (!/[\r\n]/.test(t)) return /\s\s/.test(t) ? t.replace(/\s+/g, " ") : t;
  return t
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .join("\n")
    .trim();
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

/**
 * Words that open the name of a measured quantity: "Diện tích gieo trồng", "Sản lượng".
 * A name part starting with one goes first when two parts are joined ("Diện tích gieo trồng lúa").
 */
const MEASURE =
  /^(dien tich|san luong|nang suat|so luong|gia tri|tong dan|doanh thu|kim ngach|dan so|mat do|so ho|so nguoi|so lao dong|ty le)\b/;

/** A total marker, which names no subject of its own: "TỔNG SỐ", "Cộng", "Tổng cộng". */
const TOTAL = /^(tong so|tong|cong|tong cong|toan tinh|ca nuoc|toan xa|toan huyen)$/;

/** A name that is only a measure: "Diện tích", "Năng suất", "Diện tích gieo trồng". */
const BARE_MEASURE =
  /^(dien tich|san luong|nang suat|so luong|gia tri|tong dan|doanh thu)( \S+){0,2}$/;

/** The first letters of every MEASURE word, to skip folding names that cannot be one. */
const MEASURE_START = /^(di|dt|sả|sa|nă|na|số|so|gi|tổ|to|do|ki|dâ|da|mậ|ma|tỷ|ty|tỉ)/i;

/** True when `name` opens with a measure word ("Diện tích…"); `bare`: nothing much after it. */
function isMeasure(name: string, bare = false): boolean {
  if (!MEASURE_START.test(name) || (bare && name.length > 40)) return false;
  return (bare ? BARE_MEASURE : MEASURE).test(foldKey(name));
}

/**
 * A name typed in capitals as a heading ("TỔNG TRỊ GIÁ", "CẢ NƯỚC") as a sentence writes it:
 * "Tổng trị giá". Names with lower-case letters are kept as typed.
 */
function sentenceCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  if (!/\s/.test(name) || name !== name.toLocaleUpperCase("vi-VN") || !/\p{Lu}{3,}/u.test(name))
    return name;
  const lower = name.toLocaleLowerCase("vi-VN");
  return lower.charAt(0).toLocaleUpperCase("vi-VN") + lower.slice(1);
}

/** "Lúa đông xuân" → "lúa đông xuân" inside a sentence; "HTX …" and "UBND …" keep capitals. */
function lowerFirst(s: string): string {
  // A name in capitals ("CẢ NƯỚC", "TOÀN NGÀNH") is a heading's style, not the words' own case.
  if (/\s/.test(s.trim()) && s === s.toLocaleUpperCase("vi-VN") && /\p{Lu}{3,}/u.test(s))
    return s.toLocaleLowerCase("vi-VN");
  const [first = "", second = ""] = s.split(/\s+/);
  if (/^[\p{Lu}Đ]{2,}$/u.test(first)) return s;
  // "Huyện Đà Bắc" → "huyện Đà Bắc"; a proper name ("Hòa Vang", "Ngũ Hành Sơn") keeps its capitals.
  const unit = /^(huyện|xã|phường|thị|thành|tỉnh|quận|thôn|xóm|bản|tổ|ấp|khu|khối)$/iu.test(first);
  if (!unit && /^\p{Lu}/u.test(second)) return s;
  return s.charAt(0).toLocaleLowerCase("vi-VN") + s.slice(1);
}

/**
 * The Vietnamese part of a bilingual name as yearbooks print it: "Huyện Đà Bắc\nDa Bac district"
 * → "Huyện Đà Bắc", "TỔNG SỐ - TOTAL" → "TỔNG SỐ".
 */
export function vietnamesePart(name: string): string {
  if (!/[\n\r\-–]/.test(name)) return name;
  const lines = name
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  // The English translation starts at the first line written in plain ASCII words.
  const english = lines.findIndex((l, k) => k > 0 && isEnglish(l));
  const vi = (english > 0 ? lines.slice(0, english) : lines).join(" ");
  // "Tiểu học - Primary", "TỔNG SỐ - TOTAL", "Ngoài công lập - Non-public"; not "QUỐC PHÒNG - AN
  // NINH" (Vietnamese in capitals). The first dash after which all is English splits the label.
  // A dash with a space on a side: "In-đô-nê-xi-a" is one word, not "In-đô-nê" and English.
  for (const m of vi.matchAll(/\s+[-–]\s*|[-–]\s+/g)) {
    const head = vi.slice(0, m.index).trim();
    const tail = vi.slice(m.index + m[0].length);
    const englishTail = isEnglish(tail) && (ENGLISH_WORD.test(tail) || /[a-z]/.test(tail));
    if (englishTail && /[^\u0020-\u007e\s]/.test(head)) return head;
  }
  return vi;
}

function isEnglish(s: string): boolean {
  return /^[\u0020-\u007e]+$/.test(s) && /[a-z]{2,}/i.test(s);
}

/** Words that mark the English half of a bilingual label ("TỔNG SỐ - TOTAL"). */
const ENGLISH_WORD =
  /\b(total|whole|country|district|city|town|province|of|and|the|area|by|unit)\b/i;

/** A name without a trailing unit in brackets: "Diện tích (ha)" → ["Diện tích", "ha"]. */
function splitUnit(name: string): { name: string; unit?: string } {
  if (!name.endsWith(")")) return { name };
  const m = /^(.*?)\s*\(([^()]{1,25})\)\s*$/.exec(name);
  if (m && m[1] !== "") {
    const u = unitInText(`(${m[2]})`) ?? (isKnownUnit(m[2]) ? normaliseUnit(m[2]) : undefined);
    if (u) return { name: m[1].trim(), unit: u };
  }
  return { name };
}

/**
 * Groups that head their rows without naming them: a total the rows are parts of ("TỔNG TRỊ
 * GIÁ"), a breakdown heading ("MẶT HÀNG CHỦ YẾU", "Phân theo loại hình", "Trong đó").
 */
const HEADING_GROUP = /^(tong|cong|mat hang|phan theo|chia theo|trong do|theo)\b/;

/**
 * The full name of an indicator from its two parts, in natural order: the measure first
 * ("Diện tích gieo trồng" + "Lúa đông xuân" → "Diện tích gieo trồng lúa đông xuân"), else the
 * name with its group in brackets ("Xã Bình Thành (Huyện Định Hóa)").
 */
export function composeName(group: string, name: string): string {
  if (name === "") return group;
  const g = foldKey(group);
  if (group === "" || g === foldKey(name) || TOTAL.test(g) || HEADING_GROUP.test(g)) return name;
  if (TOTAL.test(foldKey(name))) return group;
  if (MEASURE.test(foldKey(name)) && !MEASURE.test(foldKey(group)))
    return `${name} ${lowerFirst(group)}`;
  if (MEASURE.test(foldKey(group)))
    return `${group} ${lowerFirst(name.replace(/^[-+–•*]\s*/, ""))}`;
  return `${name} (${group})`;
}

function readRow(
  grid: SheetGrid,
  table: IndicatorTable,
  r: number,
  context: BodyContext,
  diags: Diagnostics
): TableRow | undefined {
  const cols = table.columns;
  const order = text(grid, cols, "order", r).replace(/[.)]$/, "");
  const rawName = vietnamesePart(rawText(grid, cols.name, r));
  const groupCell = vietnamesePart(rawText(grid, cols.group, r));
  if (groupCell !== "") context.group = groupCell;
  if (rawName === "" && order === "" && groupCell === "") return undefined;
  const figures: Partial<Record<FigureRole, number>> = {};
  let anyFigureCell = false;
  for (const role of FIGURE_ROLES) {
    const c = cols[role];
    if (c === undefined) continue;
    let v = figureAt(grid, r, c);
    // A figure merged over several rows ("Tổng số hộ" once for two lines) applies to each of them.
    const merge = isBlank(v) ? mergeAbove(grid, r, c) : undefined;
    if (merge) {
      v = figureAt(grid, merge.top, merge.left);
      diags.warn(
        `Ô ${ROLE_WORDS_IN_MESSAGES[role]} ${sheetCell(grid.name, merge.top, merge.left)} gộp nhiều dòng; dòng ${r + 1} dùng cùng số này. Kiểm tra lại.`,
        sheetCell(grid.name, r, c)
      );
    }
    if (!isBlank(v)) anyFigureCell = true;
    const n = readFigure(v, sheetCell(grid.name, r, c), diags, table.englishGrouping?.includes(c));
    if (n !== undefined) figures[role] = n;
  }
  for (const c of table.series ?? []) if (!isBlank(cellAt(grid, r, c))) anyFigureCell = true;
  if (cols.difference !== undefined && !isBlank(cellAt(grid, r, cols.difference)))
    anyFigureCell = true;
  const split = order === "" ? splitNumberedTitle(rawName) : { number: order, title: rawName };
  const section = text(grid, cols, "section", r) || undefined;
  const template = text(grid, cols, "template", r) || undefined;
  if (isRomanNumeral(order) || !anyFigureCell) {
    const title = split.title || groupCell;
    // "Trong đó:", "Chia ra:", "Phân theo giới tính" introduce the parts below; no section.
    if (
      title === "" ||
      /^(trong do|chia ra|bao gom|gom)\s*:?$|^(phan|chia) theo\b/.test(foldKey(title))
    )
      return undefined;
    const measured = splitUnit(title);
    context.measure = MEASURE.test(foldKey(measured.name))
      ? { title: measured.name, unit: measured.unit }
      : undefined;
    // "Lúa cả năm" over "Diện tích", "Năng suất": the subject the measures below belong to.
    context.title =
      !context.measure &&
      title !== title.toLocaleUpperCase("vi-VN") &&
      !isRomanNumeral(split.number)
        ? title
        : undefined;
    if (cols.group !== undefined && split.title === "") return undefined;
    return {
      kind: "group",
      sheet: grid.name,
      row: r,
      number: split.number,
      title,
      section,
      template,
      cell: sheetCell(grid.name, r, (split.title ? cols.name : cols.group) ?? cols.name ?? 0),
    };
  }
  return readIndicator(grid, table, r, split, figures, context, { section, template }, diags);
}

/** The indicator's name and unit from its cells, its group column and the group row above it. */
function nameAndUnit(
  grid: SheetGrid,
  table: IndicatorTable,
  r: number,
  title: string,
  context: BodyContext
): { name: string; unit: string; impliedPercent?: boolean } {
  const own = splitUnit(title);
  let name = own.name;
  const subjectSaid = !!table.subject && foldKey(name).includes(foldKey(table.subject));
  if (table.subject && table.columns.group === undefined && !isMeasure(name) && !subjectSaid)
    name = /^(tong so|tong|cong|tong cong)$/.test(foldKey(name))
      ? `${table.subject} (tổng số)`
      : `${table.subject} ${lowerFirst(name)}`;
  else if (table.columns.group !== undefined) name = composeName(context.group, name);
  else if (context.measure && name !== "" && !isMeasure(name))
    name = composeName(context.measure.title, name);
  else if (context.title && isMeasure(name, true)) name = composeName(context.title, name);
  let typed = text(grid, table.columns, "unit", r).trim();
  // A ditto mark (") repeats the unit of the row above.
  if (/^["”“〃]+$|^-?do-?$/i.test(typed)) typed = context.unit ?? "";
  else if (/^[-–—.]+$/.test(typed)) typed = "";
  else if (typed !== "") context.unit = typed;
  const actualCol = table.columns.actual;
  const headerUnit =
    actualCol === undefined ? undefined : table.infos?.find((i) => i.col === actualCol)?.unit;
  const unit =
    (typed ? normaliseUnit(typed) : "") ||
    own.unit ||
    headerUnit ||
    context.measure?.unit ||
    table.unit ||
    "";
  name = sentenceCase(name.replace(/\s+/g, " ").trim());
  // "Tỷ lệ tăng dân số" with no unit anywhere: a rate is in % (the caller warns once).
  if (unit === "" && RATE_NAME.test(foldKey(name)))
    return { name, unit: "%", impliedPercent: true };
  return { name, unit };
}

function readIndicator(
  grid: SheetGrid,
  table: IndicatorTable,
  r: number,
  split: { number: string; title: string },
  figures: Partial<Record<FigureRole, number>>,
  context: BodyContext,
  extra: { section?: string; template?: string },
  diags: Diagnostics
): Indicator {
  const cols = table.columns;
  const cells: Partial<Record<ColumnRole, string>> = {};
  for (const [role, c] of columnEntries(cols)) cells[role] = sheetCell(grid.name, r, c);
  const stated: Partial<Record<RatioRole, number>> = {};
  const statedShown: Partial<Record<RatioRole, { value: number; decimals: number }>> = {};
  for (const role of RATIO_ROLES) {
    const c = cols[role];
    const v = c === undefined ? null : figureAt(grid, r, c);
    const shown = shownNumber(v);
    if (shown === undefined) continue;
    // "Tăng/giảm (%)" states growth; the model keeps A ÷ B × 100.
    const value = table.ratioForms?.[role] === "growth" ? shown.value + 100 : shown.value;
    stated[role] = value;
    statedShown[role] = { value, decimals: shown.decimals };
  }
  const named = nameAndUnit(grid, table, r, split.title, context);
  const { unit } = named;
  const name = named.name || `Chỉ tiêu dòng ${r + 1}`;
  if (named.impliedPercent && !context.percentWarned) {
    context.percentWarned = true;
    diags.warn(
      `Biểu không ghi đơn vị của “${name}” (và các tỷ lệ khác cùng biểu); đã hiểu là %. Kiểm tra lại.`,
      sheetCell(grid.name, r, cols.name ?? 0)
    );
  }
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
  const ind: Indicator = {
    kind: "indicator",
    id: `${grid.name}!${r + 1}`,
    sheet: grid.name,
    row: r,
    number: split.number,
    name,
    unit,
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
  if (split.title !== "" && split.title !== name) context.raw.set(ind, splitUnit(split.title).name);
  const difference = readDifference(grid, table, r, diags);
  if (difference) ind.difference = difference;
  const series = readSeries(grid, table, r);
  if (series.length > 0) ind.series = series;
  for (const role of FIGURE_ROLES) resolveComma(grid, table, ind, role, diags);
  reconcileStated(grid, table, ind, statedShown, diags);
  return ind;
}

/** "1,389": a comma before exactly three digits, a decimal comma or an English thousands one. */
const AMBIGUOUS_COMMA = /^[+-]?\d{1,3},\d{3}$/;

/**
 * Decides "1,389" in a figure cell (issue 10 § Numbers; README § Numbers). In a unit that counts
 * (hộ, người: no fractions) it is 1.389, with a warning. Else the column decides: other cells
 * written "12,5" or "1.234" show Vietnamese writing, so it is 1,389; with nothing to go by, it
 * stays 1,389 and the clerk is warned. A column already known to group the English way
 * ("1,512,300") was read so and is left alone.
 */
function resolveComma(
  grid: SheetGrid,
  table: IndicatorTable,
  ind: Indicator,
  role: FigureRole,
  diags: Diagnostics
): void {
  const c = table.columns[role];
  const v = c === undefined ? null : cellAt(grid, ind.row, c);
  if (c === undefined || typeof v !== "string" || !AMBIGUOUS_COMMA.test(v.trim())) return;
  if (table.englishGrouping?.includes(c)) return;
  const where = sheetCell(grid.name, ind.row, c);
  const thousands = Number(v.trim().replace(",", ""));
  if (isCountUnit(ind.unit)) {
    ind[role] = thousands;
    diags.warn(
      `Ô “${v.trim()}” được đọc là ${formatNumber(thousands)} ${ind.unit} (số ${ind.unit} không có phần lẻ, dấu phẩy là dấu phân cách hàng nghìn kiểu Anh); kiểm tra lại.`,
      where
    );
  } else if (!vietnameseColumn(grid, c, ind.row))
    diags.warn(
      `Ô “${v.trim()}” có thể là ${formatNumber(thousands)} hoặc ${v.trim()} (số thập phân); đã đọc là ${v.trim()}. Kiểm tra lại và ghi số theo kiểu Việt Nam (1.389 hoặc 1,389).`,
      where
    );
}

/** True when other cells of column `c` are written the Vietnamese way: "12,5", "1.234", "0,75". */
function vietnameseColumn(grid: SheetGrid, c: number, except: number): boolean {
  for (let r = 0; r < grid.cells.length && r < except + SAMPLE_ROWS; r++) {
    const v = r === except ? null : grid.cells[r]?.[c];
    if (typeof v !== "string") continue;
    const t = v.trim();
    if (/^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$|^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return true;
  }
  return false;
}

/** The stated change on row `r` of a table of changes, with the period it is measured against. */
function readDifference(
  grid: SheetGrid,
  table: IndicatorTable,
  r: number,
  diags: Diagnostics
): Indicator["difference"] {
  const c = table.columns.difference;
  if (c === undefined) return undefined;
  const value = readFigure(figureAt(grid, r, c), sheetCell(grid.name, r, c), diags);
  const base = table.infos?.find((i) => i.col === c)?.comparison?.b;
  return value === undefined
    ? undefined
    : { value, against: base ? describePeriod(base) : "kỳ trước" };
}

/** The older figures of a time series on row `r`, oldest first. */
function readSeries(grid: SheetGrid, table: IndicatorTable, r: number): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const c of table.series ?? []) {
    const info = table.infos?.find((i) => i.col === c);
    const v = shownNumber(figureAt(grid, r, c));
    if (info?.period && v) out.push({ label: info.header, period: info.period, value: v.value });
  }
  return out;
}

const RATIO_BASE_ROLE: Record<RatioRole, FigureRole> = {
  ratioPlan: "plan",
  ratioSamePeriod: "samePeriod",
  ratioShare: "total",
};

/**
 * Compares each ratio the table states with its figures (checking/rounding.ts). A ratio that
 * agrees, where the figures were rounded for display, is the table's more exact value and is
 * kept as `published`; so is a ratio whose base the table does not give. A ratio that disagrees
 * is a warning naming its cell, and the report uses the recomputed one.
 */
function reconcileStated(
  grid: SheetGrid,
  table: IndicatorTable,
  ind: Indicator,
  shown: Partial<Record<RatioRole, { value: number; decimals: number }>>,
  diags: Diagnostics
): void {
  for (const role of RATIO_ROLES) {
    const stated = shown[role];
    if (!stated || ind.actual === undefined) continue;
    const baseRole = RATIO_BASE_ROLE[role];
    const base = ind[baseRole];
    const baseCol = table.columns[baseRole];
    if (base === undefined || baseCol === undefined) {
      if (baseCol === undefined) (ind.published ??= {})[role] = stated.value;
      continue;
    }
    if (base === 0) continue;
    // Most stated ratios are the figures' own, to the digit: no interval needed.
    if (lastDigitDistance(stated.value, stated.decimals, (ind.actual / base) * 100) <= 0.5) {
      if (!figuresExact(ind.unit, ind.actual, base)) (ind.published ??= {})[role] = stated.value;
      continue;
    }
    const num = shownNumber(figureAt(grid, ind.row, table.columns.actual!));
    const den = shownNumber(figureAt(grid, ind.row, baseCol));
    if (!num || !den) continue;
    const exact = figuresExact(ind.unit, num.value, den.value);
    const agrees = ratioConsistent(stated, { ...num, exact }, { ...den, exact });
    if (agrees && !exact) (ind.published ??= {})[role] = stated.value;
    else if (!agrees) {
      const computed = (ind.actual / base) * 100;
      const p = { decimals: Math.min(stated.decimals, 2) };
      diags.warn(
        `Tỷ lệ ghi trong biểu ${formatPercentNumber(stated.value, p)}% không khớp số liệu của “${ind.name}” (${formatNumber(ind.actual)}/${formatNumber(base)} × 100 = ${formatPercentNumber(computed, p)}%); báo cáo dùng tỷ lệ tính lại.`,
        ind.cells[role] ?? sheetCell(grid.name, ind.row, table.columns[role]!)
      );
    }
  }
}

/** A number typed with a qualifier of size: "Khoảng 6,5", "Trên 90%", "≥ 95". */
const APPROXIMATE =
  /^(khoảng|trên|dưới|hơn|gần|tối thiểu|tối đa|ít nhất|≥|>=|>|≤|<=|<)\s*([+-]?[\d.,]+\s*%?)$/iu;

/**
 * A figure cell's number: numbers as they are, Vietnamese-formatted text ("1.389", "28,75") parsed.
 * "-", "–" and blanks mean no figure. Anything else is a warning naming `where`.
 */
export function readFigure(
  v: CellValue,
  where: string,
  diags: Diagnostics,
  englishGrouping = false
): number | undefined {
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
    // In a column written with English grouping ("1,512,300"), "495,362" is 495.362 in Vietnamese.
    if (englishGrouping && /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v.trim()))
      return Number(v.trim().replace(/,/g, ""));
    const parsed = parseViNumber(v);
    if (parsed) return parsed.value;
    // Targets are often typed with a qualifier: "Khoảng 6,5", "Trên 90", "≥ 95%".
    const m = APPROXIMATE.exec(v.trim());
    const approx = m ? parseViNumber(m[2]) : undefined;
    if (approx) {
      diags.warn(
        `Ô “${v.trim()}” được đọc là ${formatNumber(approx.value, 4)}${approx.percent ? "%" : ""} (bỏ chữ “${m![1]}”); kiểm tra lại nếu cần số chính xác.`,
        where
      );
      return approx.value;
    }
    diags.warn(`Ô “${v.trim()}” không phải là số; bỏ qua số liệu này.`, where);
    return undefined;
  }
  diags.warn(
    `Ô chứa ${v instanceof Date ? "ngày tháng" : "giá trị đúng/sai"}, không phải số liệu; bỏ qua.`,
    where
  );
  return undefined;
}
