/**
 * The Excel adapters on strict doubles of the Excels the pane meets (ExcelApi 1.4, 1.7, 1.9,
 * 1.13): every operation the pane offers works, or degrades with a Vietnamese message naming
 * what is missing; none ever reaches Excel with a member that Excel lacks (the double would
 * reject the sync with ApiNotFound).
 */
import { NO_CONSENT, chooseWrites } from "../../src/core/ratios";
import { ratioPlanOf, viewWorkbook } from "../../src/core/workbook-view";
import { createExcelHost } from "../../src/excel/host";
import { supportMessage } from "../../src/excel/requirements";
import { EXCEL_VERSIONS } from "../doubles/api-sets";
import { BIEU, handTypedExample } from "./helpers";

describe.each(EXCEL_VERSIONS)("ExcelApi %s", (version) => {
  const atLeast = (v: string) => Number(version.split(".")[1]) >= Number(v.split(".")[1]);

  test("read, write ratios, select, save the mapping, add starter sheets", async () => {
    const excel = await handTypedExample();
    excel.apiVersion = version;
    expect(excel.sheet(BIEU).merges.length).toBeGreaterThan(0);
    const host = createExcelHost(excel.env());

    const message = supportMessage(host.support) ?? "";
    expect(message.includes("đọc vùng ô gộp")).toBe(!atLeast("1.13"));
    expect(message).not.toMatch(/ExcelApi/);
    expect(message.includes("cố định dòng tiêu đề")).toBe(!atLeast("1.7"));
    expect(message).not.toMatch(/quá cũ/);

    const grids = await host.read();
    const bieu = grids.find((g) => g.name === BIEU)!;
    expect(bieu.merges).toHaveLength(atLeast("1.13") ? excel.sheet(BIEU).merges.length : 0);

    const plan = ratioPlanOf(viewWorkbook(grids));
    const cells = chooseWrites(plan, NO_CONSENT);
    expect(cells.length).toBeGreaterThan(0);
    expect(await host.writeRatios(cells, grids, [])).toBe(cells.length);
    expect(excel.screenUpdatingSuspensions).toBe(atLeast("1.9") ? 1 : 0);

    await host.select(BIEU, 27, 9);
    expect(excel.selection).toEqual({ sheet: BIEU, address: "J28" });

    await host.saveMapping({ indicators: [], groups: [] });

    const names = await host.addStarterSheets(false);
    expect(names.length).toBeGreaterThan(0);
    expect(excel.sheet(names[0]).frozenRows > 0).toBe(atLeast("1.7"));
  });
});

test("below ExcelApi 1.4 the pane says the Excel is too old", async () => {
  const excel = await handTypedExample();
  excel.apiVersion = "1.3";
  const host = createExcelHost(excel.env());
  expect(supportMessage(host.support)).toMatch(/quá cũ để .*: cần Excel 2021 trở lên/);
});
