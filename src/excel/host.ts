/**
 * The Excel adapter as the pane sees it: an interface, so the pane can be rendered with a double
 * for tests and screenshots, and its implementation over Office.js (or over the double of
 * test/doubles/excel, through the same code). Every failure is an ExcelHostError with a Vietnamese message.
 */
import { FormulaGrid } from "../core/formulas";
import { SheetGrid } from "../core/grid";
import { Mapping } from "../core/mapping";
import { CellWrite } from "../core/ratios";
import { ExcelEnv, officeEnv } from "./env";
import { guarded } from "./errors";
import { saveMappingSheet } from "./mapping-sheet";
import { readOpenWorkbook } from "./read";
import { Support, checkSupport } from "./requirements";
import { selectCell } from "./select";
import { addStarterSheets } from "./starter-sheets";
import { CellAddress, writeRatioCells } from "./write-ratios";

export type { CellAddress } from "./write-ratios";

export interface ExcelHost {
  /** What this Excel supports (requirement sets), checked once. */
  readonly support: Support;
  /** Every worksheet of the open workbook, very hidden ones included. */
  read(): Promise<FormulaGrid[]>;
  /**
   * Writes ratio formulas (and the headers of added columns, shown bold). Refuses, writing
   * nothing, when a target cell changed since `grids` were read. Returns the cells written.
   */
  writeRatios(cells: CellWrite[], grids: SheetGrid[], headers: CellAddress[]): Promise<number>;
  /** Activates the sheet and selects the cell (0-based row and column). */
  select(sheet: string, row: number, col: number): Promise<void>;
  /** Saves the mapping into its very hidden sheet. */
  saveMapping(mapping: Mapping): Promise<void>;
  /** Adds the starter sheets under free names; returns the names. */
  addStarterSheets(withInfo: boolean): Promise<string[]>;
}

export function createExcelHost(env: ExcelEnv): ExcelHost {
  const support = checkSupport(env);
  return {
    support,
    read: () => guarded(() => readOpenWorkbook(env, support)),
    writeRatios: (cells, grids, headers) =>
      guarded(() => writeRatioCells(env, support, cells, grids, headers)),
    select: (sheet, row, col) => guarded(() => selectCell(env, sheet, row, col)),
    saveMapping: (mapping) => guarded(() => saveMappingSheet(env, mapping)),
    addStarterSheets: (withInfo) => guarded(() => addStarterSheets(env, support, withInfo)),
  };
}

/** The host over the real Office.js; call inside Excel after Office.onReady. */
export function officeExcelHost(): ExcelHost {
  return createExcelHost(officeEnv());
}
