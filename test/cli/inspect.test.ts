/** `baocao inspect` on a real published table, and a clerk's column correction changing `build`. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../helpers/docx-reader";
import { CORPUS } from "../helpers/real-tables";
import { Row, runCli, tempDir, writeXlsx } from "../helpers/workbooks";
import { MAPPING_HEADER, MAPPING_MARKER, MAPPING_SHEET } from "../../src/core/mapping";

const DANANG = path.join(CORPUS, "open-data", "danang-cay-hang-nam-2024.xlsx");

test("inspect names this period, its base and why, for a real open-data table", async () => {
  const r = await runCli(["inspect", DANANG]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Kỳ này: “Ước tính năm 2024”.");
  expect(r.out).toContain("Kỳ so sánh (cùng kỳ): “Thực hiện năm 2023”.");
  expect(r.out).toMatch(
    /Cột D “Thực hiện năm 2023”: Kỳ so sánh .*theo cột “Năm 2024 so với năm 2023 \(%\)”/
  );
  expect(r.out).toContain("Ví dụ: Sản lượng lương thực có hạt (tấn): 31.895, kỳ so sánh 29.216.");
  const json = JSON.parse((await runCli(["inspect", DANANG, "--json"])).out);
  expect(json.tables[0]).toMatchObject({
    thisPeriod: "Ước tính năm 2024",
    base: "Thực hiện năm 2023",
    baseKind: "cùng kỳ",
  });
});

test("inspect exits 1 with a clear line when no table is found, 2 on bad usage", async () => {
  const dir = tempDir();
  const f = await writeXlsx(dir, "rong.xlsx", [{ name: "Trang 1", rows: [["ghi chép"], [1, 2]] }]);
  const r = await runCli(["inspect", f]);
  expect(r.code).toBe(1);
  expect(r.out).toContain("Trang “Trang 1” có số liệu nhưng không nhận ra biểu nào.");
  expect((await runCli(["inspect"])).code).toBe(2);
});

describe("a column corrected in the mapping sheet changes what build writes", () => {
  const table: Row[] = [
    ["Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "Năm 2024 dự kiến"],
    ["Số hộ nghèo", "hộ", 120, 99, 90],
  ];
  const mapping = (key: string, role: string): Row[] => [
    [MAPPING_MARKER, "phiên bản", "1"],
    ["Đề cương", "chung"],
    [...MAPPING_HEADER],
    ["cột", key, "", role],
  ];
  async function build(rows: Row[][]): Promise<string[]> {
    const dir = tempDir();
    const sheets = [{ name: "Biểu", rows: rows[0] }];
    if (rows[1]) sheets.push({ name: MAPPING_SHEET, rows: rows[1] });
    const input = await writeXlsx(dir, "so.xlsx", sheets);
    const out = path.join(dir, "bc.docx");
    const r = await runCli(["build", input, "-o", out, "--kind", "chung", "--style", "liet-ke"]);
    expect(r.code).toBe(0);
    return (await readDocx(readFileSync(out))).paragraphs.map((p) => p.text);
  }

  test("without a correction the latest period is this period; with one, the clerk's column is", async () => {
    const plain = await build([table]);
    expect(plain.find((l) => l.startsWith("- Số hộ nghèo"))).toMatch(/^- Số hộ nghèo: 99\/90 hộ/);
    const corrected = await build([table, mapping("Biểu!E1", "Kỳ này")]);
    expect(corrected.find((l) => l.startsWith("- Số hộ nghèo"))).toMatch(/^- Số hộ nghèo: 90 hộ/);
  });

  test("inspect shows the correction", async () => {
    const dir = tempDir();
    const input = await writeXlsx(dir, "so.xlsx", [
      { name: "Biểu", rows: table },
      { name: MAPPING_SHEET, rows: mapping("Biểu!D1", "Kỳ so sánh") },
    ]);
    const r = await runCli(["inspect", input]);
    expect(r.out).toContain("Cột D “Năm 2024”: Kỳ so sánh (năm 2024) — cán bộ đã chọn.");
  });
});
