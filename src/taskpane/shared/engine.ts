// What the panes load lazily, on first use: ExcelJS (through the xlsx reader) and the report
// builder. Imported only with `import()` (see lazy.ts), so none of it is in the initial bundle.
import { Diagnostics } from "../../core/diagnostics";
import type { SheetGrid } from "../../core/grid";
import { Mapping, emptyMapping, findMappingSheet, readMapping } from "../../core/mapping";

export { readWorkbook, WorkbookReadError } from "../../io/xlsx";
export { buildReport } from "../../core/report";
export { gridFromTsv } from "../../core/tsv";

/**
 * The mapping saved in the workbook's mapping sheet, or an empty one. Its warnings are dropped
 * here: the report built from the same sheets gives them.
 */
export function workbookMapping(sheets: SheetGrid[]): Mapping {
  const sheet = findMappingSheet(sheets);
  return sheet ? readMapping(sheet, new Diagnostics()) : emptyMapping();
}
