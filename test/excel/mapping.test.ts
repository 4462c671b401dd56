/**
 * The mapping survives the workbook: written into an .xlsx (a very hidden sheet, by ExcelJS or
 * through the adapter), read back by `baocao build`, and it changes where an indicator lands and
 * its sentence template and precision in the built report.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Diagnostics } from "../../src/core/diagnostics";
import { SheetGrid } from "../../src/core/grid";
import {
  MAPPING_SHEET,
  Mapping,
  applyMapping,
  assignSection,
  emptyMapping,
  mappingToRows,
  readMapping,
  updateIndicator,
} from "../../src/core/mapping";
import { findOutline } from "../../src/core/outlines";
import { buildReport } from "../../src/core/report";
import { Indicator } from "../../src/core/tables";
import { viewWorkbook } from "../../src/core/workbook-view";
import { createExcelHost } from "../../src/excel/host";
import { readWorkbook } from "../../src/io/xlsx";
import { readDocx } from "../helpers/docx-reader";
import { runCli, tempDir } from "../helpers/workbooks";
import { BIEU, EXAMPLE, exampleExcel, xlsxFromFake } from "./helpers";

/** Số hộ nghèo into "Kết quả … vùng đồng bào dân tộc thiểu số" with its own sentence at 1 decimal; the armed forces group into "Công tác lãnh đạo, chỉ đạo …". */
const MAPPING: Mapping = {
  outline: "dan-van-nam",
  indicators: [
    {
      id: `${BIEU}!18`,
      name: "Số hộ nghèo",
      section: "1.2.3",
      sectionTitle: "Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số",
      template: "Toàn xã còn {th} hộ nghèo trên tổng số {tong} hộ, chiếm {tyle}.",
      precision: 1,
    },
  ],
  groups: [
    {
      id: `${BIEU}!26`,
      name: "Công tác dân vận của lực lượng vũ trang",
      section: "1.2.1",
      sectionTitle: "Công tác lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng",
    },
  ],
};

function grid(rows: string[][]): SheetGrid {
  return { name: MAPPING_SHEET, cells: rows, merges: [] };
}

/** The paragraphs between the heading containing `heading` and the next heading of its level or above. */
function under(paragraphs: string[], heading: string): string[] {
  const start = paragraphs.findIndex((p) => p.includes(heading));
  const rest = paragraphs.slice(start + 1);
  const end = rest.findIndex((p) => /^([A-Z]|[IVX]+|\d+(\.\d+)*)\.\s/.test(p));
  return end < 0 ? rest : rest.slice(0, end);
}

async function build(xlsx: Uint8Array): Promise<{ code: number; text: string[]; err: string }> {
  const dir = tempDir();
  const input = path.join(dir, "so.xlsx");
  writeFileSync(input, xlsx);
  const out = path.join(dir, "bc.docx");
  const r = await runCli(["build", input, "-o", out]);
  const text =
    r.code === 0 ? (await readDocx(readFileSync(out))).paragraphs.map((p) => p.text) : [];
  return { code: r.code, text, err: r.err };
}

function expectMappedReport(text: string[]): void {
  expect(under(text, "vùng đồng bào dân tộc thiểu số")).toEqual([
    "Toàn xã còn 99 hộ nghèo trên tổng số 1.389 hộ, chiếm 7,1%.",
    "[Nhận xét, đánh giá kết quả do cán bộ soạn thảo bổ sung.]",
  ]);
  expect(under(text, "Công tác dân vận của Ủy ban nhân dân").join("\n")).not.toMatch(
    /hộ nghèo: 99/
  );
  expect(under(text, "Công tác lãnh đạo, chỉ đạo của cấp ủy").join("\n")).toContain(
    "05 vụ việc vi phạm pháp luật về trật tự xã hội"
  );
  expect(under(text, "Công tác dân vận của lực lượng vũ trang")).toEqual([
    "[Nội dung do cán bộ soạn thảo bổ sung.]",
  ]);
}

describe("the sheet layout", () => {
  test('rows round-trip, section ids stay text ("1.10"), bad rows are warnings naming the cell', () => {
    const m: Mapping = {
      outline: "qcdc-dan-van-chinh-quyen",
      indicators: [
        { id: "B!7", name: "A", section: "3.2.1.10", template: "{ten}: {th}.", precision: 0 },
      ],
      groups: [{ id: "B!6", name: "G", section: "1.10", sectionTitle: "Mục" }],
    };
    const rows = mappingToRows(m);
    expect(rows[0]).toEqual([
      "Báo cáo – ánh xạ chỉ tiêu vào mục",
      "phiên bản",
      "1",
      "",
      "",
      "",
      "",
    ]);
    expect(rows[2]).toEqual([
      "Loại",
      "Mã",
      "Tên",
      "Mục",
      "Tên mục",
      "Mẫu câu",
      "Số chữ số thập phân",
    ]);
    expect(readMapping(grid(rows), new Diagnostics())).toEqual(m);
    const diags = new Diagnostics();
    const bad = readMapping(
      grid([
        ...rows,
        ["chỉ tiêu", "không có dòng", "X"],
        ["bảng", "B!9", "Y"],
        ["chỉ tiêu", "B!10", "Z", "", "", "", "7"],
      ]),
      diags
    );
    expect(bad.indicators).toHaveLength(2);
    expect(diags.items.map((d) => d.where)).toEqual([
      `${MAPPING_SHEET}!B6`,
      `${MAPPING_SHEET}!A7`,
      `${MAPPING_SHEET}!G8`,
    ]);
  });

  test("assignSection and updateIndicator edit a mapping without touching the rest", () => {
    const outline = findOutline("dan-van-nam")!;
    const ind = { kind: "indicator", id: "B!7", name: "A" } as Indicator;
    let m = assignSection(emptyMapping("dan-van-nam"), ind, outline.sections[0].children[0]);
    m = updateIndicator(m, ind, { template: "{ten}." });
    expect(m.indicators).toEqual([
      {
        id: "B!7",
        name: "A",
        section: "1.1",
        sectionTitle: "ĐẶC ĐIỂM TÌNH HÌNH",
        template: "{ten}.",
      },
    ]);
    m = assignSection(m, ind, undefined);
    m = updateIndicator(m, ind, { template: "" });
    expect(m.indicators).toEqual([]);
  });
});

describe("applying a mapping", () => {
  test("rows that moved are found by name; rows that are gone and other outlines are warnings", async () => {
    const sheets = await readWorkbook(readFileSync(EXAMPLE));
    const view = viewWorkbook(sheets);
    const moved: Mapping = {
      ...MAPPING,
      indicators: [
        { ...MAPPING.indicators[0], id: `${BIEU}!40` },
        { id: `${BIEU}!99`, name: "Không còn" },
      ],
    };
    const diags = new Diagnostics();
    const { tables, placement } = applyMapping(view.tables, moved, view.outline, diags);
    expect(placement.indicators.get(`${BIEU}!18`)).toBe("1.2.3");
    const poor = tables
      .flatMap((t) => t.rows)
      .find((r) => r.kind === "indicator" && r.name === "Số hộ nghèo") as Indicator;
    expect(poor.precision).toBe(1);
    expect(diags.items.map((d) => d.message)).toEqual([
      "Cách xếp chỉ tiêu lưu trong sổ: không còn chỉ tiêu “Không còn” (dòng 99, trang Biểu 01); bỏ qua.",
    ]);
    const other = new Diagnostics();
    const generic = applyMapping(view.tables, MAPPING, findOutline("chung")!, other);
    expect(generic.placement.indicators.size).toBe(0);
    expect(other.items[0].message).toMatch(
      /được lập cho loại báo cáo “dan-van-nam”, báo cáo này là loại “chung”/
    );
  });

  test("buildReport takes the mapping from its option", async () => {
    const sheets = await readWorkbook(readFileSync(EXAMPLE));
    const plain = buildReport(sheets);
    const mapped = buildReport(sheets, { mapping: MAPPING });
    const sectionOf = (r: typeof plain, name: string) =>
      [...r.plan!.content].find(([, c]) => c.indicators.some((i) => i.name === name))?.[0];
    expect(sectionOf(plain, "Số hộ nghèo")).toBe("1.2.2.2");
    expect(sectionOf(mapped, "Số hộ nghèo")).toBe("1.2.3");
    expect(sectionOf(mapped, "Vụ việc vi phạm pháp luật về trật tự xã hội")).toBe("1.2.1");
  });
});

describe("round trip through the workbook and baocao build", () => {
  test("written by ExcelJS as a very hidden sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(EXAMPLE)).buffer as ArrayBuffer);
    const ws = wb.addWorksheet(MAPPING_SHEET);
    ws.state = "veryHidden";
    mappingToRows(MAPPING).forEach((row) => ws.addRow(row));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const sheets = await readWorkbook(bytes);
    expect(sheets.map((s) => s.name)).toContain(MAPPING_SHEET);
    const { code, text } = await build(bytes);
    expect(code).toBe(0);
    expectMappedReport(text);
  });

  test("saved through the adapter into the open workbook, then saved as .xlsx", async () => {
    const excel = await exampleExcel();
    const host = createExcelHost(excel.env());
    await host.saveMapping(MAPPING);
    expect(excel.syncsPerRun).toEqual([2]);
    const sheet = excel.sheet(MAPPING_SHEET);
    expect(sheet.visibility).toBe("VeryHidden");
    expect(sheet.at("D4")).toMatchObject({ value: "1.2.3", numberFormat: "@" });
    expect(sheet.at("G4")).toMatchObject({ value: "1", numberFormat: "@" });
    // Read back in Excel, as the pane does when it opens.
    expect(viewWorkbook(await host.read()).mapping).toEqual(MAPPING);
    // Saving again replaces the rows, leaving nothing of the old ones.
    await host.saveMapping({ ...MAPPING, groups: [] });
    expect(sheet.at("A5")?.value).toBeUndefined();
    await host.saveMapping(MAPPING);
    const { code, text } = await build(await xlsxFromFake(excel));
    expect(code).toBe(0);
    expectMappedReport(text);
  });

  test("without a mapping sheet the report is unchanged", async () => {
    const { text } = await build(readFileSync(EXAMPLE));
    expect(under(text, "Công tác dân vận của Ủy ban nhân dân").join("\n")).toContain(
      "Tổng số 1.389 hộ, trong đó 99 hộ nghèo (chiếm 7,13%)"
    );
  });
});
