/**
 * "Tính lại tỷ lệ": which ratio cells (TH/KH, TH/CK, Tỷ lệ/Chiếm) get which live formula, what each
 * of them holds now, and what the clerk is told before anything is written.
 * Formulas are invariant en-US syntax for `range.formulas`, zero-safe (an empty or zero base gives
 * an empty cell, never #DIV/0!), and percentages on the 0–100 scale rounded to the indicator's
 * decimals: `=IF(OR(D7="",D7=0),"",ROUND(E7/D7*100,1))`. Source: issue 4 § "Tính lại tỷ lệ".
 */
import {
  CellValue,
  SheetGrid,
  a1,
  cellAt,
  columnLetters,
  isBlank,
  isCellError,
  sheetCell,
} from "./grid";
import { formulaAt, sameFormula } from "./formulas";
import { FigureRole, RATIO_ROLES, RatioRole } from "./headers";
import { formatNumber } from "./numbers";
import { Indicator, IndicatorTable } from "./tables";

/** The figure each ratio divides the actual by. */
export const RATIO_BASE: Record<RatioRole, FigureRole> = {
  ratioPlan: "plan",
  ratioSamePeriod: "samePeriod",
  ratioShare: "total",
};

/** The header written over a ratio column the clerk agreed to add. */
export const RATIO_HEADER: Record<RatioRole, string> = {
  ratioPlan: "TH/KH (%)",
  ratioSamePeriod: "TH/CK (%)",
  ratioShare: "Tỷ lệ (%)",
};

/** `=IF(OR(D7="",D7=0),"",ROUND(E7/D7*100,1))` for 0-based columns and row. */
export function ratioFormula(
  actualCol: number,
  baseCol: number,
  row: number,
  decimals: number
): string {
  const n = a1(row, actualCol);
  const b = a1(row, baseCol);
  return `=IF(OR(${b}="",${b}=0),"",ROUND(${n}/${b}*100,${decimals}))`;
}

/** The number format showing `decimals` decimals: 0 → "0", 2 → "0.00" (invariant, not numberFormatLocal). */
export function percentFormat(decimals: number): string {
  return decimals <= 0 ? "0" : `0.${"0".repeat(decimals)}`;
}

/**
 * What a ratio cell holds now: empty; our formula already; another formula; a number typed by
 * hand; text; or part of a merged area (never written).
 */
export type TargetState = "empty" | "ours" | "otherFormula" | "typed" | "text" | "merged";

/** One ratio cell of one indicator row. Rows and columns are 0-based from A1. */
export interface RatioTarget {
  sheet: string;
  row: number;
  col: number;
  role: RatioRole;
  indicatorId: string;
  /** "'Biểu 01'!H7". */
  address: string;
  formula: string;
  numberFormat: string;
  state: TargetState;
  /** The cell now, as `range.formulas` gives it: the formula, the constant as text, or "". */
  before: string;
  hidden: boolean;
}

/** A ratio column the table lacks although its figures allow it; added only with consent. */
export interface MissingRatioColumn {
  /** Consent key: "Biểu 01!N" (sheet and column letters). */
  key: string;
  sheet: string;
  role: RatioRole;
  col: number;
  /** The header row the header text goes into (the last one of a two-row header). */
  headerRow: number;
  header: string;
  targets: RatioTarget[];
}

export interface RatioPlan {
  targets: RatioTarget[];
  missing: MissingRatioColumn[];
  /** Sheets that cannot be written (protected), with the Vietnamese reason. */
  blocked: { sheet: string; message: string }[];
}

/** What the clerk agreed to: replacing typed values and text; adding the listed missing columns. */
export interface RatioConsent {
  replaceTyped: boolean;
  addColumns: string[];
}

export const NO_CONSENT: RatioConsent = { replaceTyped: false, addColumns: [] };

/** One cell to write: a formula or, for a new header, its text. `before` is what the plan saw there. */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  formula: string;
  /** null leaves the number format as it is. */
  numberFormat: string | null;
  before: string;
}

/** Same-column writes as one rectangle; null entries leave their cell unchanged (Office.js semantics). */
export interface WriteBlock {
  sheet: string;
  col: number;
  /** 0-based first row. */
  top: number;
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  /** Per row, what the plan saw in the cell (null for rows not written), to detect later edits. */
  before: (string | null)[];
}

/** Text of a constant as `range.formulas` returns it: numbers as JavaScript prints them, "" when empty. */
export function constantText(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return String(Math.round((v.getTime() / 86400000 + 25569) * 1e9) / 1e9);
  if (isCellError(v)) return v.error;
  if (typeof v === "string") return v.normalize("NFC");
  return typeof v === "boolean" ? String(v).toUpperCase() : String(v);
}

function inMerge(grid: SheetGrid, r: number, c: number): boolean {
  return grid.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
}

function classify(grid: SheetGrid, r: number, c: number, formula: string): TargetState {
  if (inMerge(grid, r, c)) return "merged";
  const f = formulaAt(grid, r, c);
  if (f !== undefined) return sameFormula(f, formula) ? "ours" : "otherFormula";
  const v = cellAt(grid, r, c);
  if (isBlank(v)) return "empty";
  return typeof v === "string" ? "text" : "typed";
}

function target(
  grid: SheetGrid,
  ind: Indicator,
  role: RatioRole,
  col: number,
  figures: { actual: number; base: number },
  decimals: number
): RatioTarget {
  const formula = ratioFormula(figures.actual, figures.base, ind.row, decimals);
  return {
    sheet: grid.name,
    row: ind.row,
    col,
    role,
    indicatorId: ind.id,
    address: sheetCell(grid.name, ind.row, col),
    formula,
    numberFormat: percentFormat(decimals),
    state: classify(grid, ind.row, col, formula),
    before: formulaAt(grid, ind.row, col) ?? constantText(cellAt(grid, ind.row, col)),
    hidden: grid.hiddenRows?.includes(ind.row) ?? false,
  };
}

/** The first column right of everything the table's rows hold (values and merged areas). */
export function firstFreeColumn(grid: SheetGrid, table: IndicatorTable): number {
  const top = table.headerRows[0];
  const bottom = Math.max(
    table.headerRows[table.headerRows.length - 1],
    ...table.rows.map((r) => r.row)
  );
  let right = -1;
  for (let r = top; r <= bottom; r++) {
    const row = grid.cells[r] ?? [];
    for (let c = row.length - 1; c > right; c--) if (!isBlank(row[c])) right = c;
  }
  for (const m of grid.merges)
    if (m.bottom >= top && m.top <= bottom) right = Math.max(right, m.right);
  return right + 1;
}

/**
 * The ratio cells of every table: one target per indicator row and ratio column whose base
 * column exists, and the ratio columns a table could have but lacks. Decimals are the
 * indicator's (Số chữ số thập phân) or `defaultDecimals` (the workbook's, 1 when unset).
 * Tables on protected sheets give no target; their sheet is listed in `blocked`.
 */
export function planRatios(
  grids: SheetGrid[],
  tables: IndicatorTable[],
  defaultDecimals = 1
): RatioPlan {
  const plan: RatioPlan = { targets: [], missing: [], blocked: [] };
  for (const table of tables) {
    const grid = grids.find((g) => g.name === table.sheet);
    const actual = table.columns.actual;
    if (!grid || actual === undefined) continue;
    const indicators = table.rows.filter((r): r is Indicator => r.kind === "indicator");
    if ((grid as { protected?: boolean }).protected) {
      if (!plan.blocked.some((b) => b.sheet === grid.name))
        plan.blocked.push({ sheet: grid.name, message: protectedMessage(grid.name) });
      continue;
    }
    let free = firstFreeColumn(grid, table);
    for (const role of RATIO_ROLES) {
      const base = table.columns[RATIO_BASE[role]];
      if (base === undefined) continue;
      const col = table.columns[role] ?? free;
      const targets = indicators.map((ind) =>
        target(grid, ind, role, col, { actual, base }, ind.precision ?? defaultDecimals)
      );
      if (table.columns[role] !== undefined) plan.targets.push(...targets);
      else if (indicators.some((i) => i.actual !== undefined && !!i[RATIO_BASE[role]])) {
        const headerRow = table.headerRows[table.headerRows.length - 1];
        plan.missing.push({
          key: `${grid.name}!${columnLetters(col)}`,
          sheet: grid.name,
          role,
          col,
          headerRow,
          header: RATIO_HEADER[role],
          targets,
        });
        free++;
      }
    }
  }
  return plan;
}

export function protectedMessage(sheet: string): string {
  return `Trang “${sheet}” đang được bảo vệ nên không ghi được công thức. Hãy bỏ bảo vệ trang (thẻ Xem lại › Bỏ bảo vệ trang tính) rồi làm lại.`;
}

function writes(targets: RatioTarget[]): CellWrite[] {
  return targets.map((t) => ({
    sheet: t.sheet,
    row: t.row,
    col: t.col,
    formula: t.formula,
    numberFormat: t.numberFormat,
    before: t.before,
  }));
}

function replaced(t: RatioTarget, consent: RatioConsent): boolean {
  if (t.state === "empty" || t.state === "otherFormula") return true;
  return consent.replaceTyped && (t.state === "typed" || t.state === "text");
}

/** The cells to write under `consent`: never a typed value without it, never a merged or correct cell. */
export function chooseWrites(plan: RatioPlan, consent: RatioConsent): CellWrite[] {
  const out = writes(plan.targets.filter((t) => replaced(t, consent)));
  for (const m of plan.missing) {
    if (!consent.addColumns.includes(m.key)) continue;
    out.push({
      sheet: m.sheet,
      row: m.headerRow,
      col: m.col,
      formula: m.header,
      numberFormat: null,
      before: "",
    });
    out.push(...writes(m.targets.filter((t) => t.state === "empty")));
  }
  return out;
}

/** Counts behind the preview sentence. */
export interface RatioSummary {
  /** Formulas written (typed values replaced under consent included). */
  write: number;
  replacedTyped: number;
  replacedText: number;
  keptTyped: number;
  keptText: number;
  otherFormula: number;
  ours: number;
  merged: number;
  /** Formulas written into hidden rows. */
  hidden: number;
  newColumns: number;
}

export function summarise(plan: RatioPlan, consent: RatioConsent): RatioSummary {
  const added = plan.missing.filter((m) => consent.addColumns.includes(m.key));
  const all = [...plan.targets, ...added.flatMap((m) => m.targets)];
  const count = (f: (t: RatioTarget) => boolean) => all.filter(f).length;
  const written = all.filter((t) => replaced(t, consent));
  return {
    write: written.length,
    replacedTyped: consent.replaceTyped ? count((t) => t.state === "typed") : 0,
    replacedText: consent.replaceTyped ? count((t) => t.state === "text") : 0,
    keptTyped: consent.replaceTyped ? 0 : count((t) => t.state === "typed"),
    keptText: consent.replaceTyped ? 0 : count((t) => t.state === "text"),
    otherFormula: count((t) => t.state === "otherFormula"),
    ours: count((t) => t.state === "ours"),
    merged: count((t) => t.state === "merged"),
    hidden: written.filter((t) => t.hidden).length,
    newColumns: added.length,
  };
}

/**
 * The sentence shown before writing, e.g. "12 ô sẽ được ghi công thức, 2 ô đang có số nhập tay
 * sẽ bị thay." (the 12 include the 2).
 */
export function previewText(s: RatioSummary): string {
  const n = (x: number) => formatNumber(x, 0);
  const parts = [
    s.write > 0 ? `${n(s.write)} ô sẽ được ghi công thức` : "Không có ô nào cần ghi công thức",
  ];
  const add = (x: number, text: string) => {
    if (x > 0) parts.push(`${n(x)} ${text}`);
  };
  add(s.replacedTyped, "ô đang có số nhập tay sẽ bị thay");
  add(s.replacedText, "ô đang có chữ sẽ bị thay");
  add(s.otherFormula, "ô có công thức khác sẽ được thay bằng công thức chuẩn");
  add(s.keptTyped, "ô đang có số nhập tay được giữ nguyên");
  add(s.keptText, "ô đang có chữ được giữ nguyên");
  add(s.ours, "ô đã có công thức đúng");
  add(s.merged, "ô nằm trong vùng gộp nên bỏ qua");
  if (s.newColumns > 0) parts.push(`thêm ${n(s.newColumns)} cột tỷ lệ mới`);
  if (s.hidden > 0) parts.push(`trong đó ${n(s.hidden)} ô ở dòng đang ẩn`);
  return `${parts.join(", ")}.`;
}

/**
 * Groups writes into one rectangle per sheet and column, rows filled with null in between;
 * a block never spans a merged cell, so Excel never sees part of a merged area.
 */
export function writeBlocks(cells: CellWrite[], grids: SheetGrid[]): WriteBlock[] {
  const sorted = [...cells].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.col - b.col || a.row - b.row
  );
  const blocks: WriteBlock[] = [];
  let block: WriteBlock | undefined;
  for (const w of sorted) {
    const grid = grids.find((g) => g.name === w.sheet);
    const last = block ? block.top + block.formulas.length - 1 : -1;
    const joins =
      block &&
      block.sheet === w.sheet &&
      block.col === w.col &&
      !(grid && spansMerge(grid, w.col, last + 1, w.row - 1));
    if (!joins || !block) {
      block = {
        sheet: w.sheet,
        col: w.col,
        top: w.row,
        formulas: [],
        numberFormats: [],
        before: [],
      };
      blocks.push(block);
    }
    for (let r = block.top + block.formulas.length; r < w.row; r++) {
      block.formulas.push([null]);
      block.numberFormats.push([null]);
      block.before.push(null);
    }
    block.formulas.push([w.formula]);
    block.numberFormats.push([w.numberFormat]);
    block.before.push(w.before);
  }
  return blocks;
}

function spansMerge(grid: SheetGrid, col: number, from: number, to: number): boolean {
  return grid.merges.some(
    (m) => col >= m.left && col <= m.right && m.bottom >= from && m.top <= to
  );
}
