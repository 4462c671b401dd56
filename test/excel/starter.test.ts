/** "Tạo biểu mẫu": the sheets of `baocao template`, added under free names; nothing else touched. */
import { SheetGrid } from "../../src/core/grid";
import { NO_CONSENT, chooseWrites } from "../../src/core/ratios";
import { ratioPlanOf, viewWorkbook } from "../../src/core/workbook-view";
import { ExcelDouble } from "../doubles/excel/model";
import { createExcelHost } from "../../src/excel/host";
import { freeSheetName, widthInPoints } from "../../src/excel/starter-layout";
import { templateSpec } from "../../src/io/starter";
import { writeWorkbook } from "../../src/io/workbook";
import { readWorkbook } from "../../src/io/xlsx";
import { changedKeys, exampleExcel, xlsxFromFake } from "./helpers";

function trimmed(g: SheetGrid) {
  const rows = g.cells.map((r) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

test("into a new workbook: the same sheets as `baocao template`, formatted", async () => {
  const excel = new ExcelDouble();
  excel.addSheet("Sheet1");
  const names = await createExcelHost(excel.env()).addStarterSheets(true);
  expect(names).toEqual(["Thông tin chung", "Biểu 01"]);
  expect(excel.syncsPerRun).toEqual([2]);
  const ours = await readWorkbook(await xlsxFromFake(excel));
  const template = await readWorkbook(await writeWorkbook(templateSpec()));
  for (const name of names) {
    const a = ours.find((g) => g.name === name)!;
    const b = template.find((g) => g.name === name)!;
    expect(trimmed(a)).toEqual(trimmed(b));
    expect(a.merges).toEqual(expect.arrayContaining(b.merges));
    expect(a.merges).toHaveLength(b.merges.length);
  }
  const bieu = excel.sheet("Biểu 01");
  expect(bieu.frozenRows).toBe(4);
  expect(bieu.columnWidths.get(1)).toBe(widthInPoints(52));
  expect(bieu.formats).toContainEqual({
    range: { top: 2, left: 0, bottom: 3, right: 12 },
    property: "fill.color",
    value: "#DDEBF7",
  });
  expect(bieu.at("A6")).toMatchObject({ value: "1", numberFormat: "@" }); // STT stays text
  // Its ratio cells already hold the formulas "Tính lại tỷ lệ" would write.
  const grids = await createExcelHost(excel.env()).read();
  const plan = ratioPlanOf(viewWorkbook(grids));
  expect(plan.targets.length).toBeGreaterThan(0);
  expect(chooseWrites(plan, NO_CONSENT)).toEqual([]);
});

test("into the example: free names, Thông tin chung not repeated, existing sheets untouched", async () => {
  const excel = await exampleExcel();
  const before = excel.state();
  const names = await createExcelHost(excel.env()).addStarterSheets(false);
  expect(names).toEqual(["Biểu 02"]);
  expect(excel.sheets.map((s) => s.name)).toEqual(["Thông tin chung", "Biểu 01", "Biểu 02"]);
  expect(changedKeys(before, excel.state()).filter((k) => !k.startsWith("Biểu 02"))).toEqual([]);
});

test("an Excel before ExcelApi 1.7: the sheets without the frozen header", async () => {
  const excel = new ExcelDouble();
  excel.addSheet("Sheet1");
  excel.apiVersion = "1.6";
  const host = createExcelHost(excel.env());
  expect(host.support.missing.map((f) => f.id)).toContain("freezePanes");
  await host.addStarterSheets(true);
  expect(excel.sheet("Biểu 01").frozenRows).toBe(0);
  expect(excel.sheet("Biểu 01").at("B5")?.value).toBe("ĐẶC ĐIỂM TÌNH HÌNH");
});

test("freeSheetName", () => {
  expect(freeSheetName("Biểu 01", ["biểu 01", "Biểu 02"])).toBe("Biểu 03");
  expect(freeSheetName("Thông tin chung", ["Thông tin chung"])).toBe("Thông tin chung (2)");
  expect(freeSheetName("Biểu 09", ["Biểu 09"])).toBe("Biểu 10");
});
