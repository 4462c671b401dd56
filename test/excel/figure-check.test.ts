/** "Kiểm tra số liệu": the planted problems, each at its address; the check changes nothing. */
import { agrees, checkFigures, decimalsOf, statedRatio } from "../../src/core/figure-check";
import { Diagnostics } from "../../src/core/diagnostics";
import { figureFindings, viewWorkbook } from "../../src/core/workbook-view";
import { findTables } from "../../src/core/tables";
import { ExcelDouble } from "../doubles/excel/model";
import { createExcelHost } from "../../src/excel/host";
import { BIEU, changedKeys, handTypedExample } from "./helpers";

async function planted(): Promise<ExcelDouble> {
  const excel = await handTypedExample(); // J28 typed 41.6 (581/1415 is 41,1%), H22 "81,8%" as text
  const s = excel.sheet(BIEU);
  s.put(6, 4, { value: "19" }); // E7: a number stored as text
  s.put(29, 6, { value: { error: "#N/A" } }); // G30: an error value
  s.put(14, 3, { value: 0 }); // D15: a zero plan
  s.put(24, 4, { value: 12 }); // E25: 12 of a total of 10
  s.put(32, 4, { value: -19 }); // E33: a negative count
  s.put(26, 9, { value: 50 }); // J27: a share typed with no total
  s.put(18, 9, { value: 3.9 }); // J19: 54/1389 = 3,89%: "3,9" agrees to its last digit
  s.hiddenRows.add(19); // row 20
  s.merges.push({ top: 35, left: 1, bottom: 36, right: 1 }); // B36:B37
  s.cells.delete("36,1");
  excel.addSheet("Ghi chép", [["Danh sách hộ"], ["Nguyễn Văn A", 3]]);
  return excel;
}

test("the check lists the planted problems by address, in sheet order", async () => {
  const excel = await planted();
  const before = excel.state();
  const grids = await createExcelHost(excel.env()).read();
  const findings = figureFindings(viewWorkbook(grids));
  expect(findings.map((f) => [f.kind, f.address])).toEqual([
    ["textNumber", "'Biểu 01'!E7"],
    ["zeroBase", "'Biểu 01'!D15"],
    ["hiddenRow", "'Biểu 01'!B20"],
    ["textNumber", "'Biểu 01'!H22"],
    ["actualOverTotal", "'Biểu 01'!E25"],
    ["emptyBase", "'Biểu 01'!G27"],
    ["ratioMismatch", "'Biểu 01'!J28"],
    ["errorValue", "'Biểu 01'!G30"],
    ["negative", "'Biểu 01'!E33"],
    ["mergedBody", "'Biểu 01'!B36"],
    ["noHeader", "Ghi chép"],
  ]);
  const mismatch = findings.find((f) => f.kind === "ratioMismatch")!;
  expect(mismatch.message).toBe(
    "Tỷ lệ ghi tay 41,6 không khớp số liệu của “Hộ gia đình được trang bị bình chữa cháy xách tay”: 581/1.415 × 100 = 41,1."
  );
  expect(mismatch).toMatchObject({ severity: "error", sheet: BIEU, row: 27, col: 9 });
  expect(changedKeys(before, excel.state())).toEqual([]);
  expect(excel.syncsPerRun).toHaveLength(1);
});

test("half a unit of the last digit: 41,1 and 41,06 agree with 581/1415, 41,6 and 41 do not", () => {
  const computed = (581 / 1415) * 100; // 41,0600…
  expect(agrees(41.1, 1, computed)).toBe(true);
  expect(agrees(41.06, 2, computed)).toBe(true);
  expect(agrees(41.6, 1, computed)).toBe(false);
  expect(agrees(42, 0, computed)).toBe(false);
  expect(agrees(41, 0, computed)).toBe(true);
  expect(agrees(41.0, 1, computed)).toBe(false); // "41,0" would claim a tenth it does not have
  expect(decimalsOf(7.13)).toBe(2);
  expect(decimalsOf(1e-7)).toBe(7);
});

test("stated ratios: numbers, Vietnamese text, percent-formatted cells; never formulas", () => {
  const grid = {
    name: "B",
    cells: [[41.6, "41,60%", 0.416, 41.1]],
    merges: [],
    formulas: [[null, null, null, "=E1/D1*100"]],
    numberFormats: [[null, null, "0.0%", null]],
  };
  expect(statedRatio(grid, 0, 0)).toEqual({ value: 41.6, decimals: 1 });
  expect(statedRatio(grid, 0, 1)).toEqual({ value: 41.6, decimals: 2 });
  expect(statedRatio(grid, 0, 2)?.decimals).toBe(1);
  expect(statedRatio(grid, 0, 2)?.value).toBeCloseTo(41.6, 9);
  expect(statedRatio(grid, 0, 3)).toBeUndefined();
});

test("a stated TH/CK that disagrees, a zero total (said once), a clean row", () => {
  const grid = {
    name: "B",
    cells: [
      ["Chỉ tiêu", "Thực hiện", "Cùng kỳ", "TH/CK", "Tổng số", "Tỷ lệ"],
      ["Hộ nghèo", 62, 70, 88.6, 860, 7.2],
      ["Hộ mới", 5, 4, 120, 0, null],
    ],
    merges: [],
  };
  const tables = findTables(grid, new Diagnostics());
  expect(checkFigures([grid], tables).map((f) => [f.kind, f.address, f.message])).toEqual([
    [
      "ratioMismatch",
      "B!D3",
      "Tỷ lệ ghi tay 120 không khớp số liệu của “Hộ mới”: 5/4 × 100 = 125.",
    ],
    ["zeroBase", "B!E3", "Tổng số bằng 0 ở chỉ tiêu “Hộ mới”: không tính được tỷ lệ chiếm."],
  ]);
});
