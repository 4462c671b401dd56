/**
 * "Tính lại tỷ lệ" through the real adapter and the double: exactly the expected invariant
 * formulas in exactly the ratio cells, nothing else changed, typed values kept without consent,
 * a constant number of context.sync calls, and the bad inputs of issue 4.
 */
import { CellWrite, NO_CONSENT, chooseWrites, previewText, summarise } from "../../src/core/ratios";
import { ratioPlanOf, viewWorkbook } from "../../src/core/workbook-view";
import { ExcelDouble } from "../doubles/excel/model";
import { STARTER_RATIO_COLUMNS, starterExcel } from "../doubles/excel/workbooks";
import { ExcelHost, createExcelHost } from "../../src/excel/host";
import { BIEU, changedKeys, exampleExcel, handTypedExample } from "./helpers";

/** The formula we expect, written out here rather than taken from the code under test. */
function expected(col: "H" | "I" | "J", row: number, decimals: number): string {
  const base = { H: "D", I: "F", J: "G" }[col];
  return `=IF(OR(${base}${row}="",${base}${row}=0),"",ROUND(E${row}/${base}${row}*100,${decimals}))`;
}

/** 1-based rows of the example's 26 indicators (groups are rows 6, 13, 17, 26, 32, 35). */
const INDICATOR_ROWS = [
  7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 33, 34, 36,
  37,
];
const TWO_DECIMALS = new Set([18, 19]); // Số hộ nghèo, Số hộ cận nghèo: Số chữ số thập phân 2

async function recalc(excel: ExcelDouble, consent = NO_CONSENT) {
  const host = createExcelHost(excel.env());
  const grids = await host.read();
  const plan = ratioPlanOf(viewWorkbook(grids));
  const cells = chooseWrites(plan, consent);
  const headers = plan.missing
    .filter((m) => consent.addColumns.includes(m.key))
    .map((m) => ({ sheet: m.sheet, row: m.headerRow, col: m.col }));
  const before = excel.syncs;
  const written = await host.writeRatios(cells, grids, headers);
  return { host, grids, plan, cells, written, writeSyncs: excel.syncs - before };
}

describe("the Bình Thành example", () => {
  test("as shipped, every ratio cell already holds our formula: nothing is written", async () => {
    const excel = await exampleExcel();
    const before = excel.state();
    const { plan, cells, written } = await recalc(excel);
    expect(plan.targets).toHaveLength(INDICATOR_ROWS.length * 3);
    expect(plan.targets.every((t) => t.state === "ours")).toBe(true);
    expect(cells).toEqual([]);
    expect(written).toBe(0);
    expect(previewText(summarise(plan, NO_CONSENT))).toBe(
      "Không có ô nào cần ghi công thức, 78 ô đã có công thức đúng."
    );
    expect(changedKeys(before, excel.state())).toEqual([]);
  });

  test("a clerk's copy gets exactly the expected formulas in exactly the ratio cells; nothing else changes", async () => {
    const excel = await handTypedExample();
    const before = excel.state();
    const { plan, written } = await recalc(excel);
    expect(previewText(summarise(plan, NO_CONSENT))).toBe(
      "76 ô sẽ được ghi công thức, 1 ô đang có số nhập tay được giữ nguyên, 1 ô đang có chữ được giữ nguyên."
    );
    expect(written).toBe(76);
    const sheet = excel.sheet(BIEU);
    const changed = changedKeys(before, excel.state());
    const expectedKeys = INDICATOR_ROWS.flatMap((r) =>
      STARTER_RATIO_COLUMNS.map((c) => `${BIEU}!${r - 1},${c}`)
    )
      .filter((k) => k !== `${BIEU}!27,9` && k !== `${BIEU}!21,7`)
      .sort();
    expect(changed).toEqual(expectedKeys);
    for (const r of INDICATOR_ROWS)
      for (const col of ["H", "I", "J"] as const) {
        if ((r === 28 && col === "J") || (r === 22 && col === "H")) continue;
        const d = TWO_DECIMALS.has(r) ? 2 : 1;
        expect(sheet.at(`${col}${r}`)?.formula).toBe(expected(col, r, d));
        expect(sheet.at(`${col}${r}`)?.numberFormat).toBe(d === 2 ? "0.00" : "0.0");
      }
    // Typed values kept without consent.
    expect(sheet.at("J28")).toMatchObject({ value: 41.6 });
    expect(sheet.at("J28")?.formula).toBeUndefined();
    expect(sheet.at("H22")).toMatchObject({ value: "81,8%" });
    // Computed like Excel: zero-safe, rounded to the row's decimals.
    expect(sheet.at("J18")?.value).toBe(7.13);
    expect(sheet.at("H22")?.value).toBe("81,8%");
    expect(sheet.at("H14")?.value).toBe("");
    expect(sheet.at("J29")?.value).toBe(59.2);
  });

  test("with consent, the typed value and the text are replaced too, and the preview says so", async () => {
    const excel = await handTypedExample();
    const consent = { replaceTyped: true, addColumns: [] };
    const { plan, written } = await recalc(excel, consent);
    expect(previewText(summarise(plan, consent))).toBe(
      "78 ô sẽ được ghi công thức, 1 ô đang có số nhập tay sẽ bị thay, 1 ô đang có chữ sẽ bị thay."
    );
    expect(written).toBe(78);
    const sheet = excel.sheet(BIEU);
    expect(sheet.at("J28")).toMatchObject({ formula: expected("J", 28, 1), value: 41.1 });
    expect(sheet.at("H22")).toMatchObject({ formula: expected("H", 22, 1), value: 81.8 });
  });

  test("calculation and screen updating are suspended during the write, then the workbook is recalculated", async () => {
    const excel = await handTypedExample();
    await recalc(excel);
    expect(excel.calculationSuspensions).toBe(1);
    expect(excel.screenUpdatingSuspensions).toBe(1);
    expect(excel.recalculations).toBe(1);
    expect([...excel.sheet(BIEU).cells.values()].some((c) => c.dirty)).toBe(false);
  });
});

describe("sync count is constant per batch of rows, whatever the row count", () => {
  test.each([
    [10, 3],
    [5000, 6],
  ])(
    "%i indicators: %i syncs to read (2, then one per batch of rows), 3 to write",
    async (n, reads) => {
      const excel = await starterExcel(n);
      const { cells, writeSyncs } = await recalc(excel);
      expect(cells).toHaveLength(n * 3);
      expect(excel.syncsPerRun).toEqual([reads, 3]);
      expect(writeSyncs).toBe(3);
      const sheet = excel.sheet(BIEU);
      const last = sheet.usedRange()!.bottom + 1;
      expect(sheet.at(`J${last}`)?.formula).toBe(expected("J", last, 1));
    }
  );
});

describe("bad input", () => {
  test("merged cells in the table body: never written, counted in the preview", async () => {
    const excel = await handTypedExample();
    const sheet = excel.sheet(BIEU);
    sheet.merges.push({ top: 8, left: 7, bottom: 9, right: 7 }); // H9:H10
    sheet.cells.delete("9,7");
    const before = excel.state();
    const { plan } = await recalc(excel);
    expect(plan.targets.filter((t) => t.state === "merged").map((t) => t.address)).toEqual([
      "'Biểu 01'!H9",
      "'Biểu 01'!H10",
    ]);
    expect(previewText(summarise(plan, NO_CONSENT))).toContain("2 ô nằm trong vùng gộp nên bỏ qua");
    const changed = changedKeys(before, excel.state());
    expect(changed).not.toContain(`${BIEU}!8,7`);
    expect(changed).not.toContain(`${BIEU}!9,7`);
    expect(sheet.at("H11")?.formula).toBe(expected("H", 11, 1));
  });

  test("merged cells without ExcelApi 1.13 (a Microsoft 365 build before 2102): read without merges, a message names the feature", async () => {
    const excel = await handTypedExample();
    excel.apiVersion = "1.8";
    const host = createExcelHost(excel.env());
    expect(host.support.missing.map((f) => f.id)).toEqual(["screenUpdating", "mergedAreas"]);
    const grids = await host.read();
    expect(grids.every((g) => g.merges.length === 0)).toBe(true);
    const { written } = await recalc(excel);
    expect(written).toBe(76);
    expect(excel.screenUpdatingSuspensions).toBe(0);
    expect(excel.calculationSuspensions).toBe(1);
  });

  test("hidden rows: formulas are written there too, and the preview counts them", async () => {
    const excel = await handTypedExample();
    excel.sheet(BIEU).hiddenRows.add(17); // row 18, Số hộ nghèo
    const { plan, grids } = await recalc(excel);
    expect(grids.find((g) => g.name === BIEU)?.hiddenRows).toEqual([17]);
    expect(excel.syncsPerRun[0]).toBe(3); // hidden rows are asked in the batch of their cells
    expect(previewText(summarise(plan, NO_CONSENT))).toContain("trong đó 3 ô ở dòng đang ẩn");
    expect(excel.sheet(BIEU).at("J18")?.formula).toBe(expected("J", 18, 2));
  });

  test("a sheet protected against edits: a Vietnamese message, nothing written", async () => {
    const excel = await handTypedExample();
    excel.sheet(BIEU).protected = true;
    const before = excel.state();
    const host = createExcelHost(excel.env());
    const grids = await host.read();
    const plan = ratioPlanOf(viewWorkbook(grids));
    expect(plan.targets).toEqual([]);
    expect(plan.blocked).toEqual([
      { sheet: BIEU, message: expect.stringMatching(/^Trang “Biểu 01” đang được bảo vệ/) },
    ]);
    // Protected after the preview: the write refuses before touching anything.
    const cells: CellWrite[] = [
      {
        sheet: BIEU,
        row: 6,
        col: 7,
        formula: expected("H", 7, 1),
        numberFormat: "0.0",
        before: "",
      },
    ];
    await expect(host.writeRatios(cells, grids, [])).rejects.toThrow(/đang được bảo vệ/);
    expect(changedKeys(before, excel.state())).toEqual([]);
  });

  test("a cell typed into after the preview: nothing written, the clerk is asked to look again", async () => {
    const excel = await handTypedExample();
    const host = createExcelHost(excel.env());
    const grids = await host.read();
    const cells = chooseWrites(ratioPlanOf(viewWorkbook(grids)), NO_CONSENT);
    excel.sheet(BIEU).put(29, 9, { value: 60 }); // J30
    const before = excel.state();
    await expect(host.writeRatios(cells, grids, [])).rejects.toThrow(
      "Ô 'Biểu 01'!J30 vừa được sửa sau khi xem trước"
    );
    expect(changedKeys(before, excel.state())).toEqual([]);
  });

  test("a table with no recognisable header: nothing to write", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("Số liệu", [
      ["Danh sách", "Số lượng", "Tỷ lệ"],
      ["Hộ nghèo", 99, null],
      ["Hộ cận nghèo", 54, null],
    ]);
    const before = excel.state();
    const { plan, written } = await recalc(excel);
    expect(plan.targets).toEqual([]);
    expect(written).toBe(0);
    expect(changedKeys(before, excel.state())).toEqual([]);
  });

  test("ratio columns holding text: kept without consent, replaced with it", async () => {
    const excel = new ExcelDouble();
    const sheet = excel.addSheet("Biểu", [
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "TH/KH (%)"],
      ["1", "Lao động có việc làm", 110, 90, "Đạt"],
      ["2", "Trẻ em được tiêm chủng", 45, 45, "100%"],
      ["3", "Thanh niên nhập ngũ", 10, 11, null],
    ]);
    const without = await recalc(excel);
    expect(without.plan.targets.map((t) => t.state)).toEqual(["text", "text", "empty"]);
    expect(sheet.at("E2")?.value).toBe("Đạt");
    expect(sheet.at("E4")?.formula).toBe('=IF(OR(C4="",C4=0),"",ROUND(D4/C4*100,1))');
    const consent = { replaceTyped: true, addColumns: [] };
    await recalc(excel, consent);
    expect(sheet.at("E2")).toMatchObject({
      formula: '=IF(OR(C2="",C2=0),"",ROUND(D2/C2*100,1))',
      value: 81.8,
    });
    expect(sheet.at("E3")?.value).toBe(100);
  });

  test("a missing ratio column is added only with consent, in the first free column, header included", async () => {
    const rows = [
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Ghi chú"],
      ["1", "Lao động có việc làm", 110, 90, "x"],
      ["2", "Trẻ em được tiêm chủng", 0, 45, null],
    ];
    const excel = new ExcelDouble();
    excel.addSheet("Biểu", rows);
    const before = excel.state();
    const first = await recalc(excel);
    expect(first.plan.missing.map((m) => [m.key, m.header])).toEqual([["Biểu!F", "TH/KH (%)"]]);
    expect(first.written).toBe(0);
    expect(changedKeys(before, excel.state())).toEqual([]);
    const consent = { replaceTyped: false, addColumns: ["Biểu!F"] };
    expect(previewText(summarise(first.plan, consent))).toBe(
      "2 ô sẽ được ghi công thức, thêm 1 cột tỷ lệ mới."
    );
    await recalc(excel, consent);
    const sheet = excel.sheet("Biểu");
    expect(changedKeys(before, excel.state())).toEqual([
      "Biểu!0,5",
      "Biểu!1,5",
      "Biểu!2,5",
      "Biểu#sheet",
    ]);
    expect(sheet.at("F1")?.value).toBe("TH/KH (%)");
    expect(sheet.formats.map((f) => f.property)).toEqual([
      "font.bold",
      "wrapText",
      "horizontalAlignment",
    ]);
    expect(sheet.at("F2")).toMatchObject({
      formula: '=IF(OR(C2="",C2=0),"",ROUND(D2/C2*100,1))',
      value: 81.8,
    });
    expect(sheet.at("F3")).toMatchObject({
      formula: '=IF(OR(C3="",C3=0),"",ROUND(D3/C3*100,1))',
      value: "",
    });
    // Read again, the new column is a ratio column holding our formulas.
    const again = ratioPlanOf(viewWorkbook(await createExcelHost(excel.env()).read()));
    expect(again.missing).toEqual([]);
    expect(again.targets.map((t) => t.state)).toEqual(["ours", "ours"]);
  });
});

describe("the host", () => {
  let host: ExcelHost;
  let excel: ExcelDouble;
  beforeEach(async () => {
    excel = await exampleExcel();
    host = createExcelHost(excel.env());
  });

  test("select activates the sheet and selects the cell, in two syncs", async () => {
    excel.activeSheet = "Thông tin chung";
    await host.select(BIEU, 27, 9);
    expect(excel.activeSheet).toBe(BIEU);
    expect(excel.selection).toEqual({ sheet: BIEU, address: "J28" });
    expect(excel.syncsPerRun).toEqual([2]);
  });

  test("a cell on a hidden sheet is not selected: Excel refuses to activate it, the clerk is told to unhide it", async () => {
    excel.activeSheet = "Thông tin chung";
    excel.sheet(BIEU).visibility = "Hidden";
    await expect(host.select(BIEU, 27, 9)).rejects.toThrow(
      new RegExp(`Trang tính “${BIEU}” đang bị ẩn nên không chọn được ô J28.*Bỏ ẩn`)
    );
    expect(excel.activeSheet).toBe("Thông tin chung");
    expect(excel.selection).toBeUndefined();
  });

  test("the double refuses to activate a hidden sheet, as Excel does", async () => {
    excel.sheet(BIEU).visibility = "Hidden";
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(BIEU).activate();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("errors become Vietnamese messages", async () => {
    await expect(host.select("Không có", 0, 0)).rejects.toThrow(/Không tìm thấy trang tính/);
  });
});
