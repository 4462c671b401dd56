/**
 * The Office.js reader gives the core the same grids as the ExcelJS reader (src/io/xlsx.ts):
 * same values, positions from A1, merged cells, hidden rows; plus formulas and number formats.
 */
import ExcelJS from "exceljs";
import { CellValue, SheetGrid } from "../../src/core/grid";
import { excelDoubleFromXlsx } from "../doubles/excel/from-xlsx";
import { ExcelDouble } from "../doubles/excel/model";
import { gridFromRange, isDateFormat, parseAreas } from "../../src/excel/grid-from-range";
import { createExcelHost } from "../../src/excel/host";
import { readWorkbook } from "../../src/io/xlsx";
import { exampleExcel } from "./helpers";

/** Rows without their trailing empty cells, and no trailing empty rows: ExcelJS keeps some, Office.js none. */
function normalised(grid: SheetGrid): CellValue[][] {
  const rows = grid.cells.map((row) => {
    const out = [...row];
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

async function sample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Số liệu 2024");
  ws.getCell("C3").value = "Chỉ tiêu".normalize("NFD");
  ws.getCell("D3").value = "So sánh (%)";
  ws.mergeCells("D3:E3");
  ws.getCell("C4").value = "Hộ nghèo";
  ws.getCell("D4").value = 62;
  ws.getCell("E4").value = { formula: "D4/2", result: 31 } as ExcelJS.CellFormulaValue;
  ws.getCell("F4").value = true;
  ws.getCell("C5").value = "Ngày";
  ws.getCell("D5").value = new Date(Date.UTC(2023, 11, 8));
  ws.getCell("D5").numFmt = "dd/mm/yyyy";
  ws.getCell("E5").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("F5").value = "1.389";
  ws.getCell("G5").value = 0.416;
  ws.getCell("G5").numFmt = "0.0%";
  ws.getRow(5).hidden = true;
  ws.getCell("C6").value = "Sè hé nghÌo"; // TCVN3 (.VnTime)
  const hidden = wb.addWorksheet("Ẩn");
  hidden.state = "veryHidden";
  hidden.getCell("A1").value = "x";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("same grids as the ExcelJS reader, from a used range that starts at C3", async () => {
  const bytes = await sample();
  const excel = await excelDoubleFromXlsx(bytes);
  const grids = await createExcelHost(excel.env()).read();
  const reference = await readWorkbook(bytes);
  expect(grids.map((g) => g.name)).toEqual(["Số liệu 2024", "Ẩn"]);
  grids.forEach((g, i) => {
    expect(normalised(g)).toEqual(normalised(reference[i]));
    expect(g.merges).toEqual(reference[i].merges);
    expect(g.hiddenRows).toEqual(reference[i].hiddenRows);
  });
  const g = grids[0];
  expect(g.cells[2][2]).toBe("Chỉ tiêu".normalize("NFC"));
  expect(g.cells[4][3]).toEqual(new Date(Date.UTC(2023, 11, 8)));
  expect(g.formulas[3][4]).toBe("=D4/2");
  expect(g.numberFormats?.[4][6]).toBe("0.0%");
  expect(g.protected).toBe(false);
  // Legacy text and hidden sheets read as the CLI reads them.
  expect(g.cells[5][2]).toBe("Số hộ nghèo");
  expect(g.legacyEncoding).toBe("TCVN3");
  expect(grids.map((x) => x.hidden ?? false)).toEqual([false, true]);
  expect(reference.map((x) => x.hidden ?? false)).toEqual([false, true]);
});

test("the example reads the same; formula cells hold what Excel computes", async () => {
  const { readFileSync } = await import("node:fs");
  const { EXAMPLE } = await import("./helpers");
  const bytes = readFileSync(EXAMPLE);
  const grids = await createExcelHost((await exampleExcel()).env()).read();
  const reference = await readWorkbook(bytes);
  grids.forEach((g, i) => {
    // ExcelJS has cached results only where the writer gave one; Excel computes them all.
    const masked = (grid: SheetGrid) =>
      normalised({
        ...grid,
        cells: grid.cells.map((row, r) => row.map((v, c) => (g.formulas[r]?.[c] ? null : v))),
      });
    expect(masked(g)).toEqual(masked(reference[i]));
    expect(g.merges).toEqual(reference[i].merges);
  });
  // …and Excel's results are the cached ones where ExcelJS has them.
  expect(grids[1].cells[17][9]).toBe(7.13);
  expect(reference[1].cells[17][9]).toBe(7.13);
});

test("parseAreas and isDateFormat", () => {
  expect(parseAreas("'Biểu 01'!A4:A5, 'Biểu 01'!H4:J4, Sheet1!$B$2")).toEqual([
    { top: 3, left: 0, bottom: 4, right: 0 },
    { top: 3, left: 7, bottom: 3, right: 9 },
    { top: 1, left: 1, bottom: 1, right: 1 },
  ]);
  expect(["dd/mm/yyyy", "m/d/yy h:mm", "[$-vi-VN]d mmmm yyyy"].every(isDateFormat)).toBe(true);
  expect(["General", "0.0", "0.0%", "#,##0", "@", '0.0 "ngày"'].some(isDateFormat)).toBe(false);
});

test("merged cells but the top-left read as empty; rows before the used range are empty", () => {
  const grid = gridFromRange({
    name: "B",
    range: {
      rowIndex: 1,
      columnIndex: 1,
      values: [
        ["Tiêu đề", ""],
        [5, "#DIV/0!"],
      ],
      valueTypes: [
        ["String", "Empty"],
        ["Double", "Error"],
      ],
      formulas: [
        ["Tiêu đề", ""],
        [5, "=1/0"],
      ],
      numberFormat: [
        ["General", "General"],
        ["0.0", "General"],
      ],
    },
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    hiddenRows: [],
    protected: true,
  });
  expect(grid.cells).toEqual([[], [null, "Tiêu đề"], [null, 5, { error: "#DIV/0!" }]]);
  expect(grid.formulas).toEqual([[], [], [null, null, "=1/0"]]);
  expect(grid.protected).toBe(true);
});

describe("Office's limits on one request (batches of rows)", () => {
  /** A sheet of `rows` rows: a name, a long note, a figure; merged pairs of cells in column E–F. */
  function bigSheet(rows: number, note: number, mergedPairs = 0): ExcelDouble {
    const excel = new ExcelDouble();
    const sheet = excel.addSheet("Biểu lớn");
    const text = "Ghi chú ".repeat(note / 8);
    sheet.putRows(
      Array.from({ length: rows }, (_, i) => [`Chỉ tiêu ${i + 1}`, text, i + 1, null, null])
    );
    for (let i = 0; i < mergedPairs; i++) {
      sheet.cells.set(`${i},4`, { value: `Gộp ${i + 1}` });
      sheet.merges.push({ top: i, left: 4, bottom: i, right: 5 });
    }
    return excel;
  }

  test("a response over 5 MB (Excel on the web) is read in batches, with the same cells", async () => {
    const excel = bigSheet(6000, 400);
    // The whole sheet in one request is refused, as Excel on the web refuses it.
    await expect(
      excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem("Biểu lớn").getUsedRange(true);
        used.load("values,valueTypes,formulas,numberFormat");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const [grid] = await createExcelHost(excel.env()).read();
    expect(grid.cells).toHaveLength(6000);
    expect(grid.cells[5999]).toEqual(["Chỉ tiêu 6000", expect.stringMatching(/^Ghi chú/), 6000]);
    // Two syncs for the sheets and their used ranges, then one per batch; none inside a loop of rows.
    expect(excel.syncsPerRun[excel.syncsPerRun.length - 1]).toBeLessThan(2 + 6000 / 100);
  });

  test("a batch still over the limit is read again in halves", async () => {
    const excel = bigSheet(3000, 2000);
    const [grid] = await createExcelHost(excel.env()).read();
    expect(grid.cells).toHaveLength(3000);
    expect(grid.cells[2999][2]).toBe(3000);
  });

  test("a single row over the limit stops the read with a message naming the sheet and row", async () => {
    const excel = new ExcelDouble();
    const sheet = excel.addSheet("Ghi chú dài");
    sheet.putRows([["Chỉ tiêu"], Array.from({ length: 100 }, () => "x".repeat(30_000))]);
    await expect(createExcelHost(excel.env()).read()).rejects.toThrow(
      /Dòng 2 của trang tính “Ghi chú dài” chứa quá nhiều chữ .*5 MB/
    );
  });

  test("more than 512 merged areas: asked by blocks Excel accepts, all of them found", async () => {
    const excel = bigSheet(700, 10, 600);
    await expect(
      excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem("Biểu lớn").getUsedRange(true);
        used.getMergedAreasOrNullObject().load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    const [grid] = await createExcelHost(excel.env()).read();
    expect(grid.merges).toHaveLength(600);
    expect(grid.merges).toContainEqual({ top: 599, left: 4, bottom: 599, right: 5 });
    expect(grid.cells[599][4]).toBe("Gộp 600");
  });
});
