/**
 * A workbook as the Excel pane works on it: which sheet is Thông tin chung, which the mapping,
 * the indicator tables of the rest (with the mapping's templates and precisions applied), and
 * what "Tính lại tỷ lệ" and "Kiểm tra số liệu" make of them. The same reading as buildReport.
 */
import { Diagnostic, Diagnostics } from "./diagnostics";
import { Finding, checkFigures } from "./figure-check";
import { SheetGrid } from "./grid";
import { Mapping, applyMapping, emptyMapping, readMapping } from "./mapping";
import { Metadata, readMetadata } from "./metadata";
import { DEFAULT_OUTLINE_ID, Outline, findOutline } from "./outlines";
import { RatioPlan, planRatios } from "./ratios";
import { splitSheets } from "./report";
import { IndicatorTable, findTables } from "./tables";

export interface WorkbookView<T extends SheetGrid = SheetGrid> {
  sheets: T[];
  meta?: T;
  mappingSheet?: T;
  /** Sheets that may hold indicator tables. */
  data: T[];
  metadata: Metadata;
  /** The mapping saved in the workbook, or an empty one. */
  mapping: Mapping;
  /** Loại báo cáo, else the mapping's outline, else the generic one. */
  outline: Outline;
  /** Tables as read, before the mapping. */
  tables: IndicatorTable[];
  /** Decimals of percentages for the workbook (Thông tin chung), 1 when unset. */
  decimals: number;
  diagnostics: Diagnostic[];
}

export function viewWorkbook<T extends SheetGrid>(sheets: T[]): WorkbookView<T> {
  const diags = new Diagnostics();
  const { meta, mapping: mappingSheet, data } = splitSheets(sheets);
  const metadata = readMetadata(meta, diags);
  const mapping = mappingSheet ? readMapping(mappingSheet, diags) : emptyMapping();
  const tables = data.flatMap((s) => findTables(s, diags, mapping.columns, metadata.period));
  const outline =
    findOutline(metadata.reportKind ?? mapping.outline ?? DEFAULT_OUTLINE_ID) ??
    findOutline(DEFAULT_OUTLINE_ID)!;
  return {
    sheets,
    meta,
    mappingSheet,
    data,
    metadata,
    mapping,
    outline,
    tables,
    decimals: metadata.precision ?? 1,
    diagnostics: diags.items,
  };
}

/** The ratio cells to fill, with each indicator's decimals as the report will show them. */
export function ratioPlanOf(view: WorkbookView, mapping: Mapping = view.mapping): RatioPlan {
  const { tables } = applyMapping(view.tables, mapping, view.outline, new Diagnostics());
  return planRatios(view.data, tables, view.decimals);
}

/** "Kiểm tra số liệu" over the data sheets. */
export function figureFindings(view: WorkbookView): Finding[] {
  return checkFigures(view.data, view.tables);
}
