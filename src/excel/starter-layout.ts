/**
 * Where each cell of the starter sheets goes ("Tạo biểu mẫu"), as plain data for Office.js: the
 * same layout src/io/workbook.ts writes with ExcelJS for `baocao template` (title lines merged
 * across, a blank row, one or two header rows with merged group headers, bordered body, frozen
 * header), so both give the same workbook.
 */
import { CellRange } from "../core/grid";
import { SpecCell, TableSpec, WorkbookSpec } from "../io/workbook";

export type LayoutValue = string | number | boolean | null;

export interface CellStyle {
  range: CellRange;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  /** "#RRGGBB". */
  color?: string;
  fill?: string;
  borders?: boolean;
  center?: boolean;
  wrap?: boolean;
}

export interface SheetLayout {
  name: string;
  /** Row-major, as `range.formulas` takes it: "=…" for a formula; null leaves the cell empty. */
  cells: LayoutValue[][];
  /** "@" keeps a text such as "1" or "2.1" as text; null leaves "General". */
  numberFormats: (string | null)[][];
  merges: CellRange[];
  /** Column widths in characters, as ExcelJS takes them. */
  columnWidths: number[];
  styles: CellStyle[];
  /** Rows frozen at the top (0 for none). */
  frozenRows: number;
}

/** Points for a width in characters of the default font (7 px per character plus 5 px padding). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A sheet name not in `taken` (compared without case): "Biểu 01" → "Biểu 02", "Thông tin chung" → "Thông tin chung (2)". */
export function freeSheetName(wanted: string, taken: string[]): string {
  const used = new Set(taken.map((t) => t.toLocaleLowerCase("vi-VN")));
  const free = (n: string) => !used.has(n.toLocaleLowerCase("vi-VN"));
  if (free(wanted)) return wanted;
  const numbered = /^(.*?)(\d+)$/.exec(wanted);
  for (let k = 2; k < 1000; k++) {
    const name = numbered
      ? `${numbered[1]}${String(Number(numbered[2]) + k - 1).padStart(numbered[2].length, "0")}`
      : `${wanted} (${k})`;
    if (free(name)) return name;
  }
  throw new RangeError(`Không tìm được tên trống cho trang “${wanted}”.`);
}

function cell(v: SpecCell): { value: LayoutValue; format: string | null } {
  if (v === null) return { value: null, format: null };
  if (v instanceof Date) return { value: v.getTime() / 86400000 + 25569, format: "dd/mm/yyyy" };
  if (typeof v === "object") return { value: `=${v.formula}`, format: null };
  if (typeof v === "string") return { value: v, format: "@" };
  return { value: v, format: null };
}

class Builder {
  readonly cells: LayoutValue[][] = [];
  readonly numberFormats: (string | null)[][] = [];
  readonly merges: CellRange[] = [];
  readonly styles: CellStyle[] = [];

  /** Adds a row; `formats` gives per-column number formats for non-text cells. Returns its 0-based index. */
  row(values: SpecCell[], formats: (string | undefined)[] = []): number {
    const laid = values.map(cell);
    this.cells.push(laid.map((c) => c.value));
    this.numberFormats.push(laid.map((c, i) => c.format ?? formats[i] ?? null));
    return this.cells.length - 1;
  }

  style(range: CellRange, style: Omit<CellStyle, "range">): void {
    this.styles.push({ range, ...style });
  }

  layout(name: string, columnWidths: number[], frozenRows: number): SheetLayout {
    const width = columnWidths.length;
    const pad = <T>(rows: T[][]) =>
      rows.map((r) => [...r, ...Array<T>(width - r.length).fill(null as T)]);
    return {
      name,
      cells: pad(this.cells),
      numberFormats: pad(this.numberFormats),
      merges: this.merges,
      columnWidths,
      styles: this.styles,
      frozenRows,
    };
  }
}

const rect = (top: number, left: number, bottom = top, right = left): CellRange => ({
  top,
  left,
  bottom,
  right,
});

/** The Thông tin chung sheet: a label, its value, a hint; list values continue on rows below. */
export function infoLayout(info: NonNullable<WorkbookSpec["info"]>, name: string): SheetLayout {
  const b = new Builder();
  const head = b.row(["Mục thông tin", "Nội dung", "Hướng dẫn"]);
  b.style(rect(head, 0, head, 2), { bold: true });
  for (const item of info) {
    const values = Array.isArray(item.value) ? item.value : [item.value];
    values.forEach((v, i) => {
      const r = b.row([i === 0 ? item.label : null, v, i === 0 ? (item.hint ?? null) : null]);
      if (i === 0) b.style(rect(r, 0), { bold: true });
      b.style(rect(r, 1), { wrap: true });
      b.style(rect(r, 2), { italic: true, color: "#666666" });
    });
  }
  return b.layout(name, [28, 70, 50], 0);
}

/** A Biểu: title lines, header rows with merged groups, body rows with borders and number formats. */
export function tableLayout(t: TableSpec, name: string): SheetLayout {
  const b = new Builder();
  const n = t.columns.length;
  for (const line of t.title ?? []) {
    const r = b.row([line]);
    b.merges.push(rect(r, 0, r, n - 1));
    b.style(rect(r, 0, r, n - 1), { bold: true, size: 13, center: true });
  }
  if (t.title?.length) b.row([]);
  const twoRows = t.columns.some((c) => c.group);
  const top = b.row(t.columns.map((c) => c.group ?? c.header));
  if (twoRows) {
    b.row(t.columns.map((c) => (c.group ? c.header : null)));
    b.merges.push(...headerMerges(t, top));
  }
  const lastHeader = twoRows ? top + 1 : top;
  b.style(rect(top, 0, lastHeader, n - 1), {
    bold: true,
    center: true,
    wrap: true,
    borders: true,
    fill: "#DDEBF7",
  });
  const formats = t.columns.map((c) => c.numFmt);
  const bold = new Set(t.boldRows ?? []);
  t.rows.forEach((values, i) => {
    const r = b.row(values, formats);
    if (bold.has(i)) b.style(rect(r, 0, r, n - 1), { bold: true });
  });
  if (t.rows.length > 0)
    b.style(rect(lastHeader + 1, 0, lastHeader + t.rows.length, n - 1), { borders: true });
  return b.layout(
    name,
    t.columns.map((c) => c.width ?? 14),
    lastHeader + 1
  );
}

/** A group header merged across its columns; an ungrouped header merged down both header rows. */
function headerMerges(t: TableSpec, r: number): CellRange[] {
  const out: CellRange[] = [];
  let c = 0;
  while (c < t.columns.length) {
    const group = t.columns[c].group;
    let end = c;
    while (group && end + 1 < t.columns.length && t.columns[end + 1].group === group) end++;
    if (!group) out.push(rect(r, c, r + 1, c));
    else if (end > c) out.push(rect(r, c, r, end));
    c = end + 1;
  }
  return out;
}
