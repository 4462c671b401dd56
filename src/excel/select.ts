/**
 * Selects a cell for the clerk: activates its worksheet and selects it. Two context.sync calls:
 * the first reads the sheet's visibility, since Excel refuses to activate a hidden sheet.
 */
import { a1 } from "../core/grid";
import { ExcelEnv } from "./env";
import { ExcelHostError } from "./errors";
import { rangeAt } from "./ranges";

/** Rows and columns are 0-based from A1. Throws ExcelHostError when the sheet is hidden. */
export async function selectCell(
  env: ExcelEnv,
  sheet: string,
  row: number,
  col: number
): Promise<void> {
  await env.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.load("visibility");
    await context.sync();
    if (worksheet.visibility !== "Visible")
      throw new ExcelHostError(
        `Trang tính “${sheet}” đang bị ẩn nên không chọn được ô ${a1(row, col)}. Hãy bỏ ẩn trang tính (chuột phải vào tên một trang tính › Bỏ ẩn) rồi bấm lại.`
      );
    worksheet.activate();
    rangeAt(worksheet, row, col).select();
    await context.sync();
  });
}
