// What the panes load lazily, on first use: ExcelJS (through the xlsx reader) and the report
// builder. Imported only with `import()` (see lazy.ts), so none of it is in the initial bundle.
export { readWorkbook, WorkbookReadError } from "../../io/xlsx";
export { buildReport } from "../../core/report";
export { gridFromTsv } from "../../core/tsv";
