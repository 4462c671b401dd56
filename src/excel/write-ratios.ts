/**
 * Writes the ratio formulas "Tính lại tỷ lệ" chose (core/ratios.ts) through `range.formulas` and
 * `range.numberFormat`: one range per sheet and column, null for the cells left as they are.
 * Three context.sync calls whatever the row count: read back the target cells (to refuse if the
 * clerk changed one since the preview, or protected the sheet); write with calculation and screen
 * updating suspended where the requirement sets allow; recalculate.
 */
import { SheetGrid, sheetCell } from "../core/grid";
import { CellWrite, WriteBlock, protectedMessage, writeBlocks } from "../core/ratios";
import { ExcelEnv } from "./env";
import { ExcelHostError } from "./errors";
import { Support } from "./requirements";
import { rangeAt } from "./ranges";

/** A header cell to show in bold (the header of a ratio column the clerk agreed to add). */
export interface CellAddress {
  sheet: string;
  row: number;
  col: number;
}

/** `before` as range.formulas would give it, NFC, for comparison. */
function signature(v: unknown): string {
  if (typeof v === "boolean") return String(v).toUpperCase();
  return String(v ?? "").normalize("NFC");
}

function firstChange(block: WriteBlock, now: unknown[][]): number {
  return block.before.findIndex((b, i) => b !== null && signature(b) !== signature(now[i]?.[0]));
}

/** Writes `cells`; returns how many formulas (and header texts) were written. Throws ExcelHostError. */
export async function writeRatioCells(
  env: ExcelEnv,
  support: Support,
  cells: CellWrite[],
  grids: SheetGrid[],
  headers: CellAddress[] = []
): Promise<number> {
  const blocks = writeBlocks(cells, grids);
  if (blocks.length === 0) return 0;
  return env.run(async (context) => {
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string) => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
      return ws;
    };
    const ranges = blocks.map((b) =>
      rangeAt(sheet(b.sheet), b.top, b.col, b.formulas.length, 1).load("formulas")
    );
    for (const ws of sheets.values()) ws.protection.load("protected");
    await context.sync();
    for (const [name, ws] of sheets)
      if (ws.protection.protected) throw new ExcelHostError(protectedMessage(name));
    blocks.forEach((b, i) => {
      const k = firstChange(b, ranges[i].formulas);
      if (k >= 0)
        throw new ExcelHostError(
          `Ô ${sheetCell(b.sheet, b.top + k, b.col)} vừa được sửa sau khi xem trước; chưa ghi gì. Hãy bấm “Tính lại tỷ lệ” để xem trước lại.`
        );
    });
    if (support.has("calculation")) context.application.suspendApiCalculationUntilNextSync();
    if (support.has("screenUpdating")) context.application.suspendScreenUpdatingUntilNextSync();
    blocks.forEach((b, i) => {
      ranges[i].numberFormat = b.numberFormats;
      ranges[i].formulas = b.formulas;
    });
    for (const h of headers) {
      const cell = rangeAt(sheet(h.sheet), h.row, h.col, 1, 1);
      cell.format.font.bold = true;
      cell.format.wrapText = true;
      cell.format.horizontalAlignment = "Center";
    }
    await context.sync();
    if (support.has("calculation")) {
      // Suspended calculation leaves the new formulas uncomputed until asked.
      context.application.calculate("Recalculate");
      await context.sync();
    }
    return cells.length;
  });
}
