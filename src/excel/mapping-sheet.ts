/**
 * Saves the mapping (core/mapping.ts) into its very hidden sheet, creating it when absent.
 * Every cell is written as text ("@" number format first), so a section id "1.10" stays "1.10".
 * Two context.sync calls.
 */
import { MAPPING_SHEET, Mapping, mappingToRows } from "../core/mapping";
import { ExcelEnv } from "./env";
import { rangeAt } from "./ranges";

export async function saveMappingSheet(env: ExcelEnv, mapping: Mapping): Promise<void> {
  const rows = mappingToRows(mapping);
  const width = rows[0].length;
  await env.run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(MAPPING_SHEET);
    await context.sync();
    const worksheet = existing.isNullObject
      ? context.workbook.worksheets.add(MAPPING_SHEET)
      : existing;
    if (!existing.isNullObject) worksheet.getRange().clear("Contents");
    const range = rangeAt(worksheet, 0, 0, rows.length, width);
    range.numberFormat = rows.map((r) => r.map(() => "@"));
    range.values = rows;
    worksheet.visibility = "VeryHidden";
    await context.sync();
  });
}
