/**
 * The double keeps Office.js semantics, so tests over it mean something: property reads before
 * a sync throw, writes wait for the sync, null leaves a cell alone, shapes must match, protected
 * sheets refuse, methods beyond the requirement set are missing, and formulas compute like Excel.
 */
import { ExcelDouble, OfficeErrorDouble } from "../doubles/excel/model";

function workbook(): ExcelDouble {
  const excel = new ExcelDouble();
  excel.addSheet("Biểu", [
    ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "TH/KH"],
    ["A", 110, 90, null],
    ["B", 0, 5, null],
    ["C", null, 7, null],
  ]);
  return excel;
}

test("a property read before the sync that loads it throws PropertyNotLoaded", async () => {
  const excel = workbook();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Biểu").getRange("A1:B2");
    expect(() => range.values).toThrow(OfficeErrorDouble);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
    await context.sync();
    expect(range.values).toEqual([
      ["Chỉ tiêu", "Kế hoạch"],
      ["A", 110],
    ]);
    expect(() => range.formulas).toThrow(/not available/);
  });
  expect(excel.syncsPerRun).toEqual([1]);
});

test("loaded values are a snapshot taken at the sync, in queue order", async () => {
  const excel = workbook();
  await excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem("Biểu").getRange("D2");
    cell.load("values");
    cell.formulas = [['=IF(OR(B2="",B2=0),"",ROUND(C2/B2*100,1))']];
    expect(excel.sheet("Biểu").at("D2")).toBeUndefined(); // not before the sync
    const after = context.workbook.worksheets
      .getItem("Biểu")
      .getRange("D2")
      .load("values,valueTypes,formulas");
    await context.sync();
    expect(cell.values).toEqual([[""]]);
    expect(after.values).toEqual([[81.8]]);
    expect(after.valueTypes).toEqual([["Double"]]);
    expect(after.formulas).toEqual([['=IF(OR(B2="",B2=0),"",ROUND(C2/B2*100,1))']]);
  });
});

test("null leaves a cell unchanged; a wrong shape is refused", async () => {
  const excel = workbook();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Biểu").getRange("D2:D4");
    range.formulas = [["=C2/B2*100"], [null], ["x"]];
    await context.sync();
  });
  const sheet = excel.sheet("Biểu");
  expect(sheet.at("D2")?.value).toBeCloseTo(81.818, 3);
  expect(sheet.at("D3")).toBeUndefined();
  expect(sheet.at("D4")?.value).toBe("x");
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem("Biểu").getRange("D2:D4").formulas = [["=1"]];
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("Excel's own results: zero-safe formulas, #DIV/0!, IF evaluating one branch only", async () => {
  const excel = workbook();
  const sheet = excel.sheet("Biểu");
  sheet.putRows(
    [
      [
        '=IF(OR(B3="",B3=0),"",ROUND(C3/B3*100,1))',
        "=C3/B3",
        '=IF(OR(B4="",B4=0),"",ROUND(C4/B4*100,1))',
        '=ROUND(2.5,0)&"%"',
      ],
    ],
    2,
    3
  );
  expect(sheet.at("D3")?.value).toBe("");
  expect(sheet.at("E3")?.value).toEqual({ error: "#DIV/0!" });
  expect(sheet.at("F3")?.value).toBe("");
  expect(sheet.at("G3")?.value).toBe("3%");
  // Beyond the double's subset: the value the file cached stays; without one, the cell shows "".
  sheet.put(9, 0, { formula: "=SUM(B2:B4)", value: 110 });
  expect(sheet.at("A10")?.value).toBe(110);
  sheet.put(10, 0, { formula: "=SUM(B2:B4)" });
  expect(sheet.at("A11")).toMatchObject({ value: "", cached: true });
});

test("a protected sheet refuses writes with AccessDenied; the cell stays", async () => {
  const excel = workbook();
  excel.sheet("Biểu").protected = true;
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem("Biểu").getRange("D2").formulas = [["=1"]];
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "AccessDenied" });
  expect(excel.sheet("Biểu").at("D2")).toBeUndefined();
});

test("members beyond the requirement set reject the sync with ApiNotFound, as an older Excel does", async () => {
  const excel = workbook();
  excel.apiVersion = "1.8";
  await expect(
    excel.run(async (context) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "ApiNotFound" });
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem("Biểu").getRange("A1").getMergedAreasOrNullObject();
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "ApiNotFound" });
  excel.apiVersion = "1.6";
  await expect(
    excel.run(async (context) => {
      context.workbook.worksheets.getItem("Biểu").getRangeByIndexes(0, 0, 1, 1).load("values");
      await context.sync();
    })
  ).rejects.toMatchObject({
    code: "ApiNotFound",
    message: expect.stringContaining("ExcelApi 1.7"),
  });
  await excel.run(async (context) => {
    context.application.suspendApiCalculationUntilNextSync();
    const cell = context.workbook.worksheets.getItem("Biểu").getRange("A1");
    cell.format.font.bold = true;
    cell.format.columnWidth = 40;
    await context.sync();
  });
  expect(excel.env().isSetSupported("ExcelApi", "1.6")).toBe(true);
  expect(excel.env().isSetSupported("ExcelApi", "1.7")).toBe(false);
});

test("with calculation suspended, new formulas wait for calculate()", async () => {
  const excel = workbook();
  await excel.run(async (context) => {
    context.application.suspendApiCalculationUntilNextSync();
    context.workbook.worksheets.getItem("Biểu").getRange("D2").formulas = [["=C2*2"]];
    await context.sync();
    expect(excel.sheet("Biểu").at("D2")).toMatchObject({ dirty: true });
    context.application.calculate("Recalculate");
    await context.sync();
  });
  expect(excel.sheet("Biểu").at("D2")).toMatchObject({ value: 180, dirty: false });
});

test("null objects, used range, merged areas, hidden rows and Excel.run's final sync", async () => {
  const excel = workbook();
  const sheet = excel.sheet("Biểu");
  sheet.merges.push({ top: 0, left: 1, bottom: 0, right: 2 });
  sheet.hiddenRows.add(2);
  const result = await excel.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
    const used = context.workbook.worksheets.getItem("Biểu").getUsedRange(true);
    used.load("address,rowHidden,values");
    const merged = used.getMergedAreasOrNullObject().load("address");
    expect(() => missing.isNullObject).toThrow(/not available/);
    await context.sync();
    context.workbook.worksheets.getItem("Biểu").getRange("A5").values = [["left queued"]];
    return {
      isNull: missing.isNullObject,
      address: used.address,
      hidden: used.rowHidden,
      merged: merged.address,
      b1c1: used.values[0].slice(1, 3),
    };
  });
  expect(result).toEqual({
    isNull: true,
    address: "Biểu!A1:D4",
    hidden: null,
    merged: "Biểu!B1:C1",
    b1c1: ["Kế hoạch", ""],
  });
  expect(excel.syncsPerRun).toEqual([2]);
  expect(sheet.at("A5")?.value).toBe("left queued");
});
