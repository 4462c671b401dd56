/**
 * The mapping (ánh xạ) of indicators (chỉ tiêu) and groups to the sections (mục) of an outline
 * (đề cương), with a sentence template and precision per indicator. The Excel pane makes it and
 * saves it in the workbook; `baocao build` and the Word pane read it from there.
 *
 * Layout of the sheet MAPPING_SHEET ("BaoCao_AnhXa", very hidden), every cell text:
 *   A1 MAPPING_MARKER                         B1 "phiên bản"   C1 "1"
 *   A2 "Đề cương"                             B2 the outline id ("dan-van-nam")
 *   A3 MAPPING_HEADER: Loại | Mã | Tên | Mục | Tên mục | Mẫu câu | Số chữ số thập phân
 *   A4… one row per entry:
 *     Loại      "chỉ tiêu" or "nhóm"
 *     Mã        the row's id: "Biểu 01!17" (sheet name, "!", 1-based row), as tables.ts gives it
 *     Tên       the indicator's name or the group's title when saved; finds the row again after
 *               rows were inserted or deleted
 *     Mục       the section id in the outline ("1.2.1.2"); empty keeps the automatic placement
 *     Tên mục   the section title, for people reading the sheet and as a fallback for the id
 *     Mẫu câu   sentence template with {placeholders} (sentences.ts); empty for the default sentence
 *     Số chữ số thập phân  0–4; empty for the indicator's or workbook's own
 *   Rows of Loại "cột" (a clerk's correction of what a column holds):
 *     Mã        the table's column and first header row: "Biểu 01!E3"
 *     Tên       the column's header as read, for people reading the sheet
 *     Mục       the role: one of COLUMN_ROLE_LABELS ("Kỳ này", "Kỳ so sánh", "Kế hoạch",
 *               "Tổng số", "Tên chỉ tiêu", "Nhóm", "Đơn vị tính", "Bỏ qua")
 */
import { Diagnostics } from "./diagnostics";
import { CellValue, SheetGrid, cellAt, cellText, columnLetters, sheetCell } from "./grid";
import { ColumnRole } from "./headers";
import { Outline, OutlineSection, walk } from "./outlines";
import { Placement } from "./sections";
import { ColumnCorrection, GroupRow, Indicator, IndicatorTable, TableRow } from "./tables";
import { foldKey } from "./text";

export const MAPPING_SHEET = "BaoCao_AnhXa";
export const MAPPING_MARKER = "Báo cáo – ánh xạ chỉ tiêu vào mục";
export const MAPPING_VERSION = 1;
export const MAPPING_HEADER = [
  "Loại",
  "Mã",
  "Tên",
  "Mục",
  "Tên mục",
  "Mẫu câu",
  "Số chữ số thập phân",
] as const;

const KIND_INDICATOR = "chỉ tiêu";
const KIND_GROUP = "nhóm";
const KIND_COLUMN = "cột";

/** The roles a clerk may give a column, by the words the panes and the mapping sheet use. */
export const COLUMN_ROLE_LABELS: Record<string, ColumnRole | "ignore"> = {
  "Kỳ này": "actual",
  "Kỳ so sánh": "samePeriod",
  "Kế hoạch": "plan",
  "Tổng số": "total",
  "Tên chỉ tiêu": "name",
  Nhóm: "group",
  "Đơn vị tính": "unit",
  "Bỏ qua": "ignore",
};

/** The label of a role in COLUMN_ROLE_LABELS. */
export function columnRoleLabel(role: ColumnRole | "ignore"): string | undefined {
  return Object.keys(COLUMN_ROLE_LABELS).find((k) => COLUMN_ROLE_LABELS[k] === role);
}

/** "Biểu 01!E3" ↔ a correction of column E of the table whose header starts on row 3. */
export function columnKey(sheet: string, col: number, headerRow: number): string {
  return `${sheet}!${columnLetters(col)}${headerRow + 1}`;
}

export interface IndicatorMapping {
  /** "Biểu 01!17". */
  id: string;
  name: string;
  /** Section id in the outline; undefined keeps the automatic placement. */
  section?: string;
  sectionTitle?: string;
  template?: string;
  /** Decimals of this indicator's percentages, 0–4. */
  precision?: number;
}

export interface GroupMapping {
  id: string;
  name: string;
  section: string;
  sectionTitle?: string;
}

export interface Mapping {
  /** The outline the section ids belong to. */
  outline?: string;
  indicators: IndicatorMapping[];
  groups: GroupMapping[];
  /** The clerk's corrections of column roles; absent in older mappings. */
  columns?: (ColumnCorrection & { header?: string })[];
}

export function emptyMapping(outline?: string): Mapping {
  return { outline, indicators: [], groups: [] };
}

/** Sets (or, with undefined, removes) the clerk's role for one column; returns a new mapping. */
export function correctColumn(
  m: Mapping,
  at: { sheet: string; headerRow: number; col: number; header?: string },
  role: ColumnRole | "ignore" | undefined
): Mapping {
  const rest = (m.columns ?? []).filter(
    (c) => !(c.sheet === at.sheet && c.headerRow === at.headerRow && c.col === at.col)
  );
  return { ...m, columns: role ? [...rest, { ...at, role }] : rest };
}

/** The sheet's cells, row-major, every cell a string (write them as text: "1.10" must stay "1.10"). */
export function mappingToRows(m: Mapping): string[][] {
  const width = MAPPING_HEADER.length;
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill("")];
  return [
    pad([MAPPING_MARKER, "phiên bản", String(MAPPING_VERSION)]),
    pad(["Đề cương", m.outline ?? ""]),
    [...MAPPING_HEADER],
    ...m.indicators.map((i) =>
      pad([
        KIND_INDICATOR,
        i.id,
        i.name,
        i.section ?? "",
        i.sectionTitle ?? "",
        i.template ?? "",
        i.precision === undefined ? "" : String(i.precision),
      ])
    ),
    ...m.groups.map((g) => pad([KIND_GROUP, g.id, g.name, g.section, g.sectionTitle ?? ""])),
    ...(m.columns ?? []).map((c) =>
      pad([
        KIND_COLUMN,
        columnKey(c.sheet, c.col, c.headerRow),
        c.header ?? "",
        columnRoleLabel(c.role) ?? "",
      ])
    ),
  ];
}

/** The mapping sheet: named MAPPING_SHEET, or any sheet whose A1 is the marker. */
export function findMappingSheet(sheets: SheetGrid[]): SheetGrid | undefined {
  const marker = foldKey(MAPPING_MARKER);
  return sheets.find(
    (s) =>
      foldKey(s.name) === foldKey(MAPPING_SHEET) || foldKey(cellText(cellAt(s, 0, 0))) === marker
  );
}

/** Reads the mapping sheet. Bad rows are skipped with a warning naming sheet!cell; never throws. */
export function readMapping(grid: SheetGrid, diags: Diagnostics): Mapping {
  const text = (r: number, c: number) => cellText(cellAt(grid, r, c)).normalize("NFC");
  const version = text(0, 2);
  if (version !== "" && version !== String(MAPPING_VERSION))
    diags.warn(
      `Cách xếp chỉ tiêu lưu trong sổ được ghi bằng phiên bản “${version}” của Báo cáo, bản này đọc phiên bản ${MAPPING_VERSION}; có thể bỏ sót một phần.`,
      sheetCell(grid.name, 0, 2)
    );
  const mapping = emptyMapping(text(1, 1) || undefined);
  for (let r = 3; r < grid.cells.length; r++) {
    const kind = foldKey(text(r, 0));
    if (kind === "") continue;
    const id = text(r, 1);
    const section = text(r, 3) || undefined;
    const sectionTitle = text(r, 4) || undefined;
    if (kind === foldKey(KIND_COLUMN)) {
      const c = readColumnRow(id, text(r, 2), text(r, 3));
      if (c) (mapping.columns ??= []).push(c);
      else
        diags.warn(
          `Dòng sửa cột “${id}” – “${text(r, 3)}” không đúng dạng (Mã “Trang!E3”, vai trò: ${Object.keys(COLUMN_ROLE_LABELS).join(", ")}); bỏ qua dòng này.`,
          sheetCell(grid.name, r, 1)
        );
    } else if (!/^.+!\d+(:[A-Z]{1,3})?$/.test(id)) {
      diags.warn(
        `Mã “${id}” không đúng dạng “Trang!dòng”; bỏ qua dòng này.`,
        sheetCell(grid.name, r, 1)
      );
    } else if (kind === foldKey(KIND_GROUP) && section) {
      mapping.groups.push({ id, name: text(r, 2), section, sectionTitle });
    } else if (kind === foldKey(KIND_INDICATOR)) {
      const entry: IndicatorMapping = { id, name: text(r, 2), section, sectionTitle };
      const template = text(r, 5);
      if (template) entry.template = template;
      const precision = readPrecision(cellAt(grid, r, 6), sheetCell(grid.name, r, 6), diags);
      if (precision !== undefined) entry.precision = precision;
      mapping.indicators.push(entry);
    } else if (kind !== foldKey(KIND_GROUP)) {
      diags.warn(
        `Loại “${text(r, 0)}” không rõ (cần “chỉ tiêu” hoặc “nhóm”); bỏ qua dòng này.`,
        sheetCell(grid.name, r, 0)
      );
    }
  }
  return mapping;
}

function readColumnRow(
  id: string,
  header: string,
  label: string
): (ColumnCorrection & { header?: string }) | undefined {
  const m = /^(.+)!([A-Z]{1,3})(\d+)$/.exec(id);
  const roleKey = Object.keys(COLUMN_ROLE_LABELS).find((k) => foldKey(k) === foldKey(label));
  if (!m || !roleKey) return undefined;
  const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    sheet: m[1],
    col,
    headerRow: Number(m[3]) - 1,
    role: COLUMN_ROLE_LABELS[roleKey],
    header: header || undefined,
  };
}

function readPrecision(v: CellValue, where: string, diags: Diagnostics): number | undefined {
  const t = cellText(v);
  if (t === "") return undefined;
  const n = Number(t);
  if (Number.isInteger(n) && n >= 0 && n <= 4) return n;
  diags.warn(`Số chữ số thập phân “${t}” không hợp lệ (0–4); dùng mặc định.`, where);
  return undefined;
}

/** The row of `tables` a mapping entry names: by id when the name still matches, else by name on the same sheet. */
function findRow(rows: TableRow[], id: string, name: string): TableRow | undefined {
  const nameOf = (r: TableRow) => foldKey(r.kind === "group" ? r.title : r.name);
  const key = foldKey(name);
  const byId = rows.find((r) => rowId(r) === id);
  if (byId && (key === "" || nameOf(byId) === key)) return byId;
  const sheet = id.slice(0, id.lastIndexOf("!"));
  const byName = rows.filter((r) => r.sheet === sheet && nameOf(r) === key);
  return byName.length === 1 ? byName[0] : undefined;
}

/** "Biểu 01!17" for an indicator or a group row. */
export function rowId(row: TableRow): string {
  return row.kind === "indicator" ? row.id : `${row.sheet}!${row.row + 1}`;
}

/** Where a row is, as a clerk says it: "dòng 18, trang Biểu 01" (rowId is "Biểu 01!18"). */
export function rowInWords(row: TableRow): string {
  return rowIdInWords(rowId(row));
}

/** "Biểu 01!18" → "dòng 18, trang Biểu 01"; an id of another shape is returned as it is. */
export function rowIdInWords(id: string): string {
  const m = /^(.+)!(\d+)$/.exec(id);
  return m ? `dòng ${m[2]}, trang ${m[1]}` : id;
}

function findSection(
  sections: OutlineSection[],
  id?: string,
  title?: string
): OutlineSection | undefined {
  const all = walk(sections).map((w) => w.section);
  return (
    all.find((s) => s.id === id) ??
    (title ? all.find((s) => foldKey(s.title) === foldKey(title)) : undefined)
  );
}

/**
 * Applies a mapping to the tables of a workbook: indicators get the mapped template and precision
 * (copies; the input is not changed), and the placement names the section of each mapped
 * indicator and group. Entries whose row or section is gone are warnings. Section ids are used
 * only when the mapping was made for `outline`.
 */
export function applyMapping(
  tables: IndicatorTable[],
  mapping: Mapping,
  outline: Outline,
  diags: Diagnostics
): { tables: IndicatorTable[]; placement: Placement } {
  const rows = tables.flatMap((t) => t.rows);
  const placement: Placement = { indicators: new Map(), groups: new Map() };
  const sameOutline = !mapping.outline || mapping.outline === outline.id;
  if (!sameOutline && [...mapping.indicators, ...mapping.groups].some((e) => e.section))
    diags.warn(
      `Cách xếp chỉ tiêu lưu trong sổ được lập cho loại báo cáo “${mapping.outline}”, báo cáo này là loại “${outline.id}”: các chỉ tiêu được xếp vào mục tự động.`
    );
  const overrides = new Map<Indicator, Partial<Indicator>>();
  const place = (
    entry: IndicatorMapping | GroupMapping,
    row: TableRow,
    into: Map<string, string>
  ) => {
    if (!sameOutline || !entry.section) return;
    const s = findSection(outline.sections, entry.section, entry.sectionTitle);
    if (s) into.set(rowId(row), s.id);
    else
      diags.warn(
        `Cách xếp chỉ tiêu lưu trong sổ: loại báo cáo “${outline.id}” không có mục “${entry.sectionTitle ?? entry.section}”; “${entry.name}” được xếp vào mục tự động.`
      );
  };
  for (const entry of mapping.indicators) {
    const row = findRow(rows, entry.id, entry.name);
    if (!row || row.kind !== "indicator") {
      diags.warn(
        `Cách xếp chỉ tiêu lưu trong sổ: không còn chỉ tiêu “${entry.name}” (${rowIdInWords(entry.id)}); bỏ qua.`
      );
      continue;
    }
    const o: Partial<Indicator> = {};
    if (entry.template !== undefined) o.template = entry.template;
    if (entry.precision !== undefined) o.precision = entry.precision;
    overrides.set(row, o);
    place(entry, row, placement.indicators);
  }
  for (const entry of mapping.groups) {
    const row = findRow(rows, entry.id, entry.name);
    if (!row || row.kind !== "group")
      diags.warn(
        `Cách xếp chỉ tiêu lưu trong sổ: không còn nhóm “${entry.name}” (${rowIdInWords(entry.id)}); bỏ qua.`
      );
    else place(entry, row, placement.groups);
  }
  const mapped = tables.map((t) => ({
    ...t,
    rows: t.rows.map((r): TableRow =>
      r.kind === "indicator" && overrides.has(r) ? { ...r, ...overrides.get(r) } : r
    ),
  }));
  return { tables: mapped, placement };
}

/** Sets (or, with undefined, removes) the section of one row in a mapping; returns a new mapping. */
export function assignSection(
  m: Mapping,
  row: Indicator | GroupRow,
  section: OutlineSection | undefined
): Mapping {
  const id = rowId(row);
  if (row.kind === "group") {
    const groups = m.groups.filter((g) => g.id !== id);
    if (section)
      groups.push({ id, name: row.title, section: section.id, sectionTitle: section.title });
    return { ...m, groups };
  }
  return updateIndicator(m, row, { section: section?.id, sectionTitle: section?.title });
}

/** Changes one indicator's entry (section, template, precision); an entry left empty is dropped. */
export function updateIndicator(
  m: Mapping,
  ind: Indicator,
  change: Partial<Omit<IndicatorMapping, "id" | "name">>
): Mapping {
  const old = m.indicators.find((i) => i.id === ind.id) ?? { id: ind.id, name: ind.name };
  const next: IndicatorMapping = { ...old, ...change, name: ind.name };
  for (const k of ["section", "sectionTitle", "template", "precision"] as const)
    if (next[k] === undefined || next[k] === "") delete next[k];
  const rest = m.indicators.filter((i) => i.id !== ind.id);
  const keep =
    next.section !== undefined || next.template !== undefined || next.precision !== undefined;
  return { ...m, indicators: keep ? [...rest, next] : rest };
}
