/** Test helper: writes small .xlsx files with ExcelJS, row by row, exactly as given. */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type Row = ExcelJS.CellValue[];

export interface SheetRows {
  name: string;
  rows: Row[];
  /** Ranges such as "H4:J4". */
  merges?: string[];
}

export async function xlsxBytes(sheets: SheetRows[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r) => ws.addRow(r));
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "baocao-test-"));
}

export async function writeXlsx(dir: string, name: string, sheets: SheetRows[]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await xlsxBytes(sheets));
  return file;
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import("../../src/cli/baocao");
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/**
 * Issue 15 point 13: a Biểu whose third group, "III KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ", is a more
 * specific title than the outline's "II. KẾT QUẢ THỰC HIỆN". Group II holds a custom Mẫu câu
 * (row 6), a Ghi chú (row 5) and two rows that warn (7: no Thực hiện; 8: an unknown placeholder).
 * `third` overrides the third group row (its STT, title and Mẫu câu); `resultsTemplate` is the
 * Mẫu câu of group II.
 */
export function specificGroupRows(
  third: { number?: string; title?: string; template?: string } = {},
  resultsTemplate: string | null = null
): SheetRows[] {
  const { number = "III", title = "KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ", template = null } = third;
  const head = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Tổng số"];
  return [
    {
      name: "Biểu 01",
      rows: [
        [...head, "Mẫu câu", "Ghi chú"],
        ["I", "ĐẶC ĐIỂM TÌNH HÌNH"],
        ["1", "Tổng số hộ", "hộ", null, 1000],
        ["II", "KẾT QUẢ THỰC HIỆN", null, null, null, null, null, resultsTemplate],
        ["1", "Số hộ nghèo", "hộ", null, 50, null, 1000, null, "Theo kết quả rà soát cuối năm."],
        [
          "2",
          "Lao động được giải quyết việc làm",
          "lao động",
          100,
          90,
          80,
          null,
          "Giải quyết việc làm cho {th} lao động, bằng {tyle_kh} kế hoạch năm.",
        ],
        ["3", "Số lao động qua đào tạo", "người", 200, null, 150],
        ["4", "Số hộ được vay vốn", "hộ", null, 30, null, null, "Có {th} hộ được vay vốn {xyz}."],
        [number, title, null, null, null, null, null, template],
        ["1", "Số hội nghị đối thoại với Nhân dân", "cuộc", 4, 3, 2],
        ["2", "Số đơn thư được giải quyết", "đơn", 20, 18, 15],
        ["3", "Số hương ước, quy ước được sửa đổi", "bản", 5, 5, 3],
      ],
    },
  ];
}
