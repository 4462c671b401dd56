/**
 * "Tạo biểu mẫu": adds the starter sheets of `baocao template` (src/io/starter.ts) to the open
 * workbook, formatted, under names no sheet has yet. Existing sheets are never touched.
 * Two context.sync calls.
 */
import { templateSpec } from "../io/starter";
import { ExcelEnv } from "./env";
import { Support } from "./requirements";
import {
  CellStyle,
  SheetLayout,
  freeSheetName,
  infoLayout,
  tableLayout,
  widthInPoints,
} from "./starter-layout";
import { rangeAt } from "./ranges";

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** Adds the sheets; `withInfo` false skips Thông tin chung (the workbook has one). Returns the names used. */
export async function addStarterSheets(
  env: ExcelEnv,
  support: Support,
  withInfo: boolean
): Promise<string[]> {
  const spec = templateSpec();
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const taken = worksheets.items.map((w) => w.name);
    const layouts: SheetLayout[] = [];
    const claim = (wanted: string) => {
      const name = freeSheetName(wanted, taken);
      taken.push(name);
      return name;
    };
    if (withInfo && spec.info) layouts.push(infoLayout(spec.info, claim("Thông tin chung")));
    for (const t of spec.tables) layouts.push(tableLayout(t, claim(t.sheet)));
    for (const layout of layouts) writeLayout(worksheets.add(layout.name), layout, support);
    await context.sync();
    return layouts.map((l) => l.name);
  });
}

function writeLayout(worksheet: Excel.Worksheet, layout: SheetLayout, support: Support): void {
  const at = (r: CellStyle["range"]) =>
    rangeAt(worksheet, r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  const all = rangeAt(worksheet, 0, 0, layout.cells.length, layout.columnWidths.length);
  all.numberFormat = layout.numberFormats;
  all.formulas = layout.cells;
  for (const m of layout.merges) at(m).merge(false);
  layout.columnWidths.forEach((w, c) => {
    rangeAt(worksheet, 0, c, 1, 1).format.columnWidth = widthInPoints(w);
  });
  for (const s of layout.styles) applyStyle(at(s.range), s);
  if (layout.frozenRows > 0 && support.has("freezePanes"))
    worksheet.freezePanes.freezeRows(layout.frozenRows);
}

function applyStyle(range: Excel.Range, s: CellStyle): void {
  const f = range.format;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.size) f.font.size = s.size;
  if (s.color) f.font.color = s.color;
  if (s.fill) f.fill.color = s.fill;
  if (s.center) f.horizontalAlignment = "Center";
  if (s.wrap) f.wrapText = true;
  if (s.borders) for (const edge of EDGES) f.borders.getItem(edge).style = "Continuous";
}
