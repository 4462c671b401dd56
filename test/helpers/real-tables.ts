/**
 * The corpus of real published tables (test/fixtures/real-tables/): each table as a workbook the
 * way a clerk gets it (CSV files are opened into .xlsx here, cells kept as the text they hold),
 * its expectations, and the checks a statistician's reading must pass.
 */
import ExcelJS from "exceljs";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { Diagnostics } from "../../src/core/diagnostics";
import { SheetGrid } from "../../src/core/grid";
import { Indicator, IndicatorTable, findTables } from "../../src/core/tables";
import { foldKey } from "../../src/core/text";
import { readWorkbook } from "../../src/io/xlsx";

export const CORPUS = path.join(__dirname, "..", "fixtures", "real-tables");

export interface ExpectedIndicator {
  name: string[];
  unit?: string;
  /** This period's figure; null when the table states only a change (`difference`). */
  current: number | null;
  /** The change the table states for this period, in the unit. */
  difference?: number;
  base?: number;
  ratio?: number;
}

export interface Expectation {
  title: string;
  publisher: string;
  source: string;
  shapes: string[];
  sheet?: string;
  current: string | null;
  base: string | null;
  baseKind: string | null;
  /**
   * The Kỳ báo cáo of the report the table goes into, when the table alone cannot say which of
   * its periods is the report's (a month and its running total, the article's heading not part of
   * the excerpt): the clerk's "Thông tin chung" states it.
   */
  reportPeriod?: string;
  /**
   * The CSV's file name as published ("luong_mua.csv"): a spreadsheet opening it names the sheet
   * after it, as the clerk sees it; the test does the same.
   */
  openedAs?: string;
  indicators: ExpectedIndicator[];
}

export interface CorpusEntry {
  /** "open-data/danang-cay-hang-nam-2024". */
  id: string;
  file: string;
  expect: Expectation;
}

/** Every table of the corpus with its data file. */
export function corpusEntries(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const dir of readdirSync(CORPUS)) {
    const full = path.join(CORPUS, dir);
    if (!statSync(full).isDirectory()) continue;
    for (const f of readdirSync(full)
      .filter((x) => x.endsWith(".expect.json"))
      .sort()) {
      const slug = f.replace(/\.expect\.json$/, "");
      const data = ["xlsx", "csv"].map((e) => path.join(full, `${slug}.${e}`));
      const file = data.find((d) => {
        try {
          return statSync(d).isFile();
        } catch {
          return false;
        }
      });
      if (!file) continue;
      out.push({
        id: `${dir}/${slug}`,
        file,
        expect: JSON.parse(readFileSync(path.join(full, f), "utf8")) as Expectation,
      });
    }
  }
  return out;
}

/** A CSV opened as a spreadsheet would keep it: one sheet, every cell the text it holds. */
export async function csvToXlsx(file: string, sheetName = "Biểu"): Promise<Uint8Array> {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const first = text.split("\n")[0];
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ";" : ",";
  const wb = new ExcelJS.Workbook();
  await wb.csv.read(Readable.from([text]), {
    sheetName,
    parserOptions: { delimiter },
    map: (v: unknown) => (v === "" ? null : v),
  } as never);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The entry's workbook as cell grids, the way `baocao build` reads it. */
export async function corpusGrids(entry: CorpusEntry): Promise<SheetGrid[]> {
  // Excel and LibreOffice name a CSV's sheet after the file, cut to 31 characters.
  const sheet = entry.expect.openedAs?.replace(/\.csv$/i, "").slice(0, 31);
  const bytes = entry.file.endsWith(".csv")
    ? await csvToXlsx(entry.file, sheet)
    : new Uint8Array(readFileSync(entry.file));
  const grids = await readWorkbook(bytes);
  const period = entry.expect.reportPeriod;
  return period
    ? [...grids, { name: "Thông tin chung", cells: [["Kỳ báo cáo", period]], merges: [] }]
    : grids;
}

const fold = (s: string) => foldKey(s.normalize("NFC"));

/** The header text of column `col` of `table`, or "". */
export function headerOf(table: IndicatorTable, col: number | undefined): string {
  return col === undefined ? "" : (table.infos?.find((i) => i.col === col)?.header ?? "");
}

/** True when every word of `want` stands in `header` (folded, punctuation and row breaks aside). */
export function headerSays(header: string, want: string): boolean {
  const words = (s: string) =>
    fold(s)
      .split(/[^a-z0-9%]+/)
      .filter((w) => w !== "");
  const have = new Set(words(header));
  return words(want).every((w) => have.has(w));
}

/** The table whose this-period column is the expected one. */
export function expectedTable(entry: CorpusEntry, grids: SheetGrid[]): IndicatorTable | undefined {
  const sheets = entry.expect.sheet
    ? grids.filter((g) => g.name === entry.expect.sheet || grids.length === 1)
    : grids;
  const tables = sheets.flatMap((g) =>
    findTables(g, new Diagnostics(), [], entry.expect.reportPeriod)
  );
  const t =
    tables.find(
      (x) =>
        entry.expect.current !== null &&
        headerSays(headerOf(x, x.columns.actual ?? x.columns.difference), entry.expect.current)
    ) ?? tables.find((x) => x.rows.some((r) => r.kind === "indicator"));
  // A header of measures × periods gives one table per measure: their rows are the table's.
  const siblings = tables.filter(
    (x) => t && x.sheet === t.sheet && x.headerRows[0] === t.headerRows[0]
  );
  return t && { ...t, rows: siblings.flatMap((x) => x.rows) };
}

/** The indicator whose full name holds every expected word, the first when several do. */
export function findIndicator(table: IndicatorTable, words: string[]): Indicator | undefined {
  // Whole words: "hoa" is not in "khoai lang".
  const res = words.map(
    (w) => new RegExp(`(^|[^a-z0-9])${fold(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^a-z0-9])`)
  );
  return table.rows.find(
    (r): r is Indicator => r.kind === "indicator" && res.every((re) => re.test(fold(r.name)))
  );
}

/** True when two figures agree: exactly, or to the decimals the expectation shows. */
export function sameFigure(got: number | undefined, want: number): boolean {
  if (got === undefined) return false;
  const decimals = String(want).split(".")[1]?.length ?? 0;
  return (
    Math.abs(got - want) <= Math.max(0.5 * 10 ** -Math.max(decimals, 1), Math.abs(want) * 1e-9)
  );
}
