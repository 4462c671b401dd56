/**
 * The test double of the part of Excel the adapters use: a workbook of worksheets holding, per
 * cell, a value, a formula and a number format, with merged areas, hidden rows, protection and
 * visibility. `ExcelDouble.env()` gives an ExcelEnv whose `run` hands the batch a request context
 * with Office.js semantics (./proxies.ts): loads are read only after context.sync, writes are
 * queued and applied in order at the next sync, and every sync is counted.
 * Used by the tests, the bench and the pane's screenshot page; never by the add-in itself.
 */
import { CellRange, a1, quoteSheet } from "../../../src/core/grid";
import { ExcelEnv } from "../../../src/excel/env";
import { Scalar, Unsupported, evaluate } from "./formula-eval";
import { ContextDouble } from "./proxies";

export type ValueDouble = Scalar;

export interface CellDouble {
  value?: ValueDouble;
  /** "=…", invariant en-US syntax. */
  formula?: string;
  numberFormat?: string;
  /** The double cannot compute the formula: `value` is the one the workbook cached. */
  cached?: boolean;
  /** Written while calculation was suspended: `value` is stale until calculate(). */
  dirty?: boolean;
}

/** A format property set through range.format ("font.bold", "borders.EdgeTop.style", …). */
export interface FormatRecord {
  range: CellRange;
  property: string;
  value: unknown;
}

/** An error as Office.js rejects context.sync with (OfficeExtension.Error's code and message). */
export class OfficeErrorDouble extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export class SheetDouble {
  visibility: Visibility = "Visible";
  protected = false;
  readonly cells = new Map<string, CellDouble>();
  readonly hiddenRows = new Set<number>();
  merges: CellRange[] = [];
  frozenRows = 0;
  readonly formats: FormatRecord[] = [];
  readonly columnWidths = new Map<number, number>();

  constructor(
    public name: string,
    readonly excel: ExcelDouble
  ) {}

  cell(row: number, col: number): CellDouble | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The cell at an A1 address ("H7"). */
  at(address: string): CellDouble | undefined {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(`bad address ${address}`);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return this.cell(Number(m[2]) - 1, col);
  }

  /** Sets what a cell holds, as a clerk or a loaded file would; a formula is computed at once. */
  put(row: number, col: number, cell: CellDouble): void {
    this.cells.set(`${row},${col}`, { ...cell });
    const c = this.cells.get(`${row},${col}`)!;
    if (c.formula && c.value === undefined) this.excel.compute(this, row, col, c);
  }

  /** Writes rows of values from (top, left); strings starting with "=" are formulas; null skips. */
  putRows(rows: (ValueDouble | null)[][], top = 0, left = 0): void {
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        if (typeof v === "string" && v.startsWith("=")) this.put(top + i, left + j, { formula: v });
        else this.put(top + i, left + j, { value: v });
      })
    );
  }

  isEmpty(cell: CellDouble | undefined): boolean {
    return !cell || (cell.formula === undefined && (cell.value === undefined || cell.value === ""));
  }

  /** The smallest range holding every value and formula, or undefined for an empty sheet. */
  usedRange(): CellRange | undefined {
    let box: CellRange | undefined;
    for (const [key, cell] of this.cells) {
      if (this.isEmpty(cell)) continue;
      const [r, c] = key.split(",").map(Number);
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }

  /** "'Biểu 01'!A1:C4" as Excel writes addresses. */
  address(r: CellRange): string {
    const a = a1(r.top, r.left);
    const b = a1(r.bottom, r.right);
    return `${quoteSheet(this.name)}!${a === b ? a : `${a}:${b}`}`;
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    return this.merges.find(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right
    );
  }
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class ExcelDouble {
  readonly sheets: SheetDouble[] = [];
  /** The newest ExcelApi requirement set this Excel supports: "1.14" is Excel 2021 volume-licensed. */
  apiVersion = "1.17";
  /** context.sync calls, in all runs. */
  syncs = 0;
  /** context.sync calls per Excel.run, in order. */
  readonly syncsPerRun: number[] = [];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  /** Times each suspension was asked for, and recalculations. */
  calculationSuspensions = 0;
  /** True from suspendApiCalculationUntilNextSync to the end of that sync. */
  calculationSuspendedNow = false;
  screenUpdatingSuspensions = 0;
  recalculations = 0;

  addSheet(name: string, rows: (ValueDouble | null)[][] = []): SheetDouble {
    const sheet = new SheetDouble(name, this);
    this.sheets.push(sheet);
    sheet.putRows(rows);
    this.activeSheet ??= name;
    return sheet;
  }

  sheet(name: string): SheetDouble {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  find(name: string): SheetDouble | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  supports(version: string): boolean {
    return compareVersions(version, this.apiVersion) <= 0;
  }

  /** An ExcelEnv over this workbook, as the adapters take it. */
  env(): ExcelEnv {
    return {
      run: (batch) => this.run(batch),
      isSetSupported: (name, version) => name === "ExcelApi" && this.supports(version),
    };
  }

  /** Excel.run: a fresh request context; operations still queued at the end are synced, as Office.js does. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new ContextDouble(this);
    const index = this.syncsPerRun.push(0) - 1;
    context.onSync = () => {
      this.syncs++;
      this.syncsPerRun[index]++;
    };
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  }

  /** Computes a formula cell from the cells it refers to; keeps the cached value when out of reach. */
  compute(sheet: SheetDouble, row: number, col: number, cell: CellDouble): void {
    if (!cell.formula) return;
    try {
      cell.value = evaluate(cell.formula, (r, c) => sheet.cell(r, c)?.value ?? null);
      cell.cached = false;
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      cell.cached = true;
      cell.value ??= "";
    }
    cell.dirty = false;
  }

  /** Application.calculate: computes every formula written while calculation was suspended. */
  recalculate(): void {
    this.recalculations++;
    for (const sheet of this.sheets)
      for (const [key, cell] of sheet.cells) {
        if (!cell.dirty) continue;
        const [r, c] = key.split(",").map(Number);
        this.compute(sheet, r, c, cell);
      }
  }

  /** Every cell, merge, format and sheet property, for "nothing else changed" comparisons. */
  state(): Map<string, string> {
    const out = new Map<string, string>();
    for (const s of this.sheets) {
      for (const [key, cell] of s.cells) {
        if (s.isEmpty(cell) && !cell.numberFormat) continue;
        const { value, formula, numberFormat } = cell;
        out.set(`${s.name}!${key}`, JSON.stringify({ value, formula, numberFormat }));
      }
      out.set(
        `${s.name}#sheet`,
        JSON.stringify({
          visibility: s.visibility,
          protected: s.protected,
          merges: s.merges,
          hidden: [...s.hiddenRows].sort((a, b) => a - b),
          formats: s.formats,
          frozen: s.frozenRows,
        })
      );
    }
    return out;
  }
}
