// Shared builders for the core unit tests (not a test file itself).
import { CellRange, CellValue, SheetGrid } from "../../src/core/grid";
import { GroupRow, Indicator, IndicatorTable, TableRow } from "../../src/core/tables";

/** A SheetGrid from rows written as arrays; `merges` default to none. */
export function sheet(name: string, cells: CellValue[][], merges: CellRange[] = []): SheetGrid {
  return { name, cells, merges };
}

/** An indicator with defaults for everything not given. */
export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    kind: "indicator",
    id: over.id ?? `Biểu 01!${(over.row ?? 4) + 1}`,
    sheet: "Biểu 01",
    row: 4,
    number: "",
    name: "Số hộ nghèo",
    unit: "hộ",
    stated: {},
    cells: {
      name: "'Biểu 01'!B5",
      actual: "'Biểu 01'!E5",
      plan: "'Biểu 01'!D5",
      total: "'Biểu 01'!F5",
      samePeriod: "'Biểu 01'!G5",
      template: "'Biểu 01'!H5",
    },
    ...over,
  };
}

let groupRow = 100;
export function group(title: string, over: Partial<GroupRow> = {}): GroupRow {
  return { kind: "group", sheet: "Biểu 01", row: groupRow++, number: "", title, ...over };
}

export function table(rows: TableRow[], sheetName = "Biểu 01"): IndicatorTable {
  return { sheet: sheetName, headerRows: [0], columns: {}, unrecognised: [], rows };
}

/** Every string anywhere inside a value (objects, arrays, maps), for "never undefined" checks. */
export function allStrings(x: unknown, out: string[] = []): string[] {
  if (typeof x === "string") out.push(x);
  else if (Array.isArray(x)) x.forEach((y) => allStrings(y, out));
  else if (x instanceof Map)
    x.forEach((v, k) => {
      allStrings(k, out);
      allStrings(v, out);
    });
  else if (x && typeof x === "object" && !(x instanceof Date))
    Object.values(x).forEach((v) => allStrings(v, out));
  return out;
}

/** Words that must never reach a clerk's document. */
export const FORBIDDEN = /NaN|Infinity|undefined|∞|null|\[object/;
