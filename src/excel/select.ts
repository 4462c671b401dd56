/** Selects a cell for the clerk: activates its worksheet and selects it (one context.sync). */
import { ExcelEnv } from "./env";

/** Rows and columns are 0-based from A1. */
export async function selectCell(
  env: ExcelEnv,
  sheet: string,
  row: number,
  col: number
): Promise<void> {
  await env.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRangeByIndexes(row, col, 1, 1).select();
    await context.sync();
  });
}
