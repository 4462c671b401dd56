/**
 * Reads the open workbook into the core's grids: every worksheet's used range (values,
 * valueTypes, formulas, numberFormat), its merged areas where ExcelApi 1.13 allows, hidden rows
 * and protection.
 *
 * Office limits what one request may carry, so the cells are read in batches of whole rows:
 * - Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded): a batch
 *   holds at most CELLS_PER_BATCH cells, and a batch that is still too large is read again in
 *   two halves, down to one row;
 * - getMergedAreasOrNullObject fails above 512 merged areas: it is asked of blocks of at most
 *   512 cells, which cannot hold more (Excel returns the areas whose top-left cell is in the
 *   block, OfficeDev/office-js#3611).
 * context.sync calls: two (the sheets, then their used ranges), then one per batch.
 */
import { FormulaGrid } from "../core/formulas";
import { ExcelEnv } from "./env";
import { ExcelHostError } from "./errors";
import { RangeData, SheetData, gridFromRange, parseAreas } from "./grid-from-range";
import { rangeAt } from "./ranges";
import { Support } from "./requirements";
import { withUnicodeText } from "../io/legacy-text";

/** Cells per batch: about 1 MB of response for figures, well under 5 MB for long text. */
export const CELLS_PER_BATCH = 20_000;
/** The most merged areas one getMergedAreasOrNullObject call may return. */
export const MERGED_AREAS_LIMIT = 512;

interface SheetPlan {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Rows `top … top + rows - 1` of one sheet's used range, all its columns. */
interface Slice {
  sheet: number;
  top: number;
  rows: number;
}

interface SliceRead {
  slice: Slice;
  cells: Excel.Range;
  merged: Excel.RangeAreas[];
  /** Per row, when the used range hides some rows and not others. */
  rowHidden?: Excel.Range[];
}

export async function readOpenWorkbook(env: ExcelEnv, support: Support): Promise<FormulaGrid[]> {
  return env.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    await context.sync();
    const sheets: SheetPlan[] = worksheets.items.map((worksheet) => {
      const used = worksheet.getUsedRange(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden");
      worksheet.protection.load("protected");
      return { worksheet, used };
    });
    await context.sync();

    const reads: SliceRead[] = [];
    for (const batch of batches(sheets))
      reads.push(...(await readBatch(context, sheets, batch, support)));
    return sheets.map(
      (s, i) =>
        // Text typed in TCVN3 or VNI is read as Unicode, as the CLI and the web page read it.
        withUnicodeText(
          gridFromRange(
            sheetData(
              s,
              reads.filter((r) => r.slice.sheet === i)
            )
          )
        ) as FormulaGrid
    );
  });
}

/** The slices of every sheet, packed into batches of at most CELLS_PER_BATCH cells. */
function batches(sheets: SheetPlan[]): Slice[][] {
  const out: Slice[][] = [];
  let batch: Slice[] = [];
  let cells = 0;
  sheets.forEach((s, sheet) => {
    const columns = s.used.columnCount;
    const rowsPerSlice = Math.max(1, Math.floor(CELLS_PER_BATCH / columns));
    for (let top = 0; top < s.used.rowCount; top += rowsPerSlice) {
      const rows = Math.min(rowsPerSlice, s.used.rowCount - top);
      if (cells + rows * columns > CELLS_PER_BATCH && batch.length > 0) {
        out.push(batch);
        [batch, cells] = [[], 0];
      }
      batch.push({ sheet, top, rows });
      cells += rows * columns;
    }
  });
  if (batch.length > 0) out.push(batch);
  return out;
}

/**
 * One sync for the slices of a batch. A response over Excel's limit is read again in two
 * halves; a single row still over it stops the read with a message naming the sheet and row.
 */
async function readBatch(
  context: Excel.RequestContext,
  sheets: SheetPlan[],
  batch: Slice[],
  support: Support
): Promise<SliceRead[]> {
  const reads = batch.map((slice) => queueSlice(sheets[slice.sheet], slice, support));
  try {
    await context.sync();
    return reads;
  } catch (e) {
    if ((e as { code?: unknown }).code !== "ResponsePayloadSizeLimitExceeded") throw e;
    const halves = split(batch);
    if (!halves) {
      const { sheet, top } = batch[0];
      const s = sheets[sheet];
      throw new ExcelHostError(
        `Dòng ${s.used.rowIndex + top + 1} của trang tính “${s.worksheet.name}” chứa quá nhiều chữ để Excel trên web gửi một lần (giới hạn 5 MB). Hãy rút gọn nội dung các ô của dòng đó, hoặc mở sổ bằng Excel trên máy tính.`
      );
    }
    const first = await readBatch(context, sheets, halves[0], support);
    return [...first, ...(await readBatch(context, sheets, halves[1], support))];
  }
}

/** A batch in two, by slices or by the rows of its one slice; undefined for a single row. */
function split(batch: Slice[]): [Slice[], Slice[]] | undefined {
  if (batch.length > 1) {
    const half = Math.ceil(batch.length / 2);
    return [batch.slice(0, half), batch.slice(half)];
  }
  const [only] = batch;
  if (only.rows <= 1) return undefined;
  const rows = Math.ceil(only.rows / 2);
  return [[{ ...only, rows }], [{ ...only, top: only.top + rows, rows: only.rows - rows }]];
}

/** Queues the loads of one slice: its cells, its merged areas by blocks, its hidden rows. */
function queueSlice(s: SheetPlan, slice: Slice, support: Support): SliceRead {
  const { used, worksheet } = s;
  const [row, col, columns] = [used.rowIndex + slice.top, used.columnIndex, used.columnCount];
  const cells = rangeAt(worksheet, row, col, slice.rows, columns);
  cells.load("values,valueTypes,formulas,numberFormat");
  const merged: Excel.RangeAreas[] = [];
  if (support.has("mergedAreas")) {
    const width = Math.min(columns, MERGED_AREAS_LIMIT);
    const height = Math.max(1, Math.floor(MERGED_AREAS_LIMIT / width));
    for (let r = 0; r < slice.rows; r += height)
      for (let c = 0; c < columns; c += width) {
        const block = rangeAt(
          worksheet,
          row + r,
          col + c,
          Math.min(height, slice.rows - r),
          Math.min(width, columns - c)
        );
        merged.push(block.getMergedAreasOrNullObject().load("address"));
      }
  }
  // rowHidden is null when some rows of the range are hidden and others not: ask row by row.
  const rowHidden =
    used.rowHidden === null
      ? Array.from({ length: slice.rows }, (_, i) => cells.getRow(i).load("rowHidden"))
      : undefined;
  return { slice, cells, merged, rowHidden };
}

function sheetData(s: SheetPlan, reads: SliceRead[]): SheetData {
  const { used, worksheet } = s;
  const range: RangeData = {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    values: [],
    valueTypes: [],
    formulas: [],
    numberFormat: [],
  };
  const hiddenRows: number[] = [];
  const merges = new Map<string, ReturnType<typeof parseAreas>[number]>();
  for (const r of [...reads].sort((a, b) => a.slice.top - b.slice.top)) {
    range.values.push(...r.cells.values);
    range.valueTypes.push(...r.cells.valueTypes);
    range.formulas.push(...r.cells.formulas);
    range.numberFormat.push(...r.cells.numberFormat);
    for (const areas of r.merged)
      if (!areas.isNullObject)
        for (const m of parseAreas(areas.address)) merges.set(`${m.top},${m.left}`, m);
    for (let i = 0; i < r.slice.rows; i++)
      if (r.rowHidden ? r.rowHidden[i].rowHidden : used.rowHidden)
        hiddenRows.push(used.rowIndex + r.slice.top + i);
  }
  return {
    name: worksheet.name,
    range,
    merges: [...merges.values()],
    hiddenRows,
    hidden: worksheet.visibility !== "Visible",
    protected: worksheet.protection.protected,
  };
}
