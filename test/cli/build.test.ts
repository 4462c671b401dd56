/** `baocao build` end to end: real .xlsx files in, .docx out, bad input turned into clear messages. */
import CFB from "cfb";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDocx } from "../helpers/docx-reader";
import { Row, runCli, tempDir, writeXlsx } from "../helpers/workbooks";

const HEADER: Row = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tổng số"];

async function bodyText(file: string): Promise<string[]> {
  return (await readDocx(readFileSync(file))).paragraphs.map((p) => p.text);
}

describe("a clerk's own table, laid out differently from the template", () => {
  test("other header names, another column order, text figures, two-row header: figures right", async () => {
    const dir = tempDir();
    const input = await writeXlsx(dir, "so-lieu.xlsx", [
      {
        name: "Số liệu 2024",
        rows: [
          ["BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2024"],
          [],
          [
            "Số TT",
            "Nội dung chỉ tiêu",
            "Ước TH 6 tháng",
            "Đơn vị tính",
            "Chỉ tiêu giao năm 2024",
            "Cùng kỳ năm trước",
            "Trên tổng số",
            "So sánh (%)",
            null,
            "Ghi chú",
          ],
          [null, null, null, null, null, null, null, "% KH", "So với cùng kỳ", null],
          ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
          ["I", "KINH TẾ - XÃ HỘI", null, null, null, null, null, null, null, null],
          ["1", "Hộ nghèo", "62", "hộ", null, "70", "860", null, null, null],
          [
            "2",
            "Thu ngân sách",
            "3.250,5",
            "triệu đồng",
            "5.000",
            "2.600,4",
            null,
            "65",
            null,
            "Ước tính",
          ],
          ["3", "Trẻ em được tiêm chủng", 45, "trẻ", 45, 45, null, null, null, null],
          ["II", "QUỐC PHÒNG - AN NINH", null, null, null, null, null, null, null, null],
          ["1", "Thanh niên nhập ngũ", 11, "người", 10, null, null, null, null, null],
        ],
        merges: ["H3:I3", "A3:A4", "B3:B4"],
      },
    ]);
    const out = path.join(dir, "out", "bc.docx");
    const r = await runCli(["build", input, "-o", out, "--kind", "chung", "--style", "liet-ke"]);
    expect(r.code).toBe(0);
    const text = await bodyText(out);
    expect(text).toEqual(
      expect.arrayContaining([
        "- Hộ nghèo: 62 hộ, chiếm 7,2%, giảm 11,4% so với cùng kỳ.",
        "- Thu ngân sách: 3.250,5/5.000 triệu đồng, đạt 65% kế hoạch, tăng 25% so với cùng kỳ.",
        "- Trẻ em được tiêm chủng: 45/45 trẻ, đạt 100% kế hoạch, bằng cùng kỳ.",
        "- Thanh niên nhập ngũ: 11/10 người, vượt 10% kế hoạch.",
        "III. KINH TẾ - XÃ HỘI",
        "IV. QUỐC PHÒNG - AN NINH",
      ])
    );
    // No Thông tin chung: visible placeholders, a warning, never "undefined".
    expect(text).toContain("[TÊN CƠ QUAN BAN HÀNH]");
    expect(r.err).toMatch(/Không có trang “Thông tin chung”/);
    expect(text.join("\n")).not.toMatch(/undefined|NaN|Infinity/);
  });
});

describe("bad input: a clear Vietnamese message, no crash, nothing lost", () => {
  test("a file that is not .xlsx", async () => {
    const dir = tempDir();
    const file = path.join(dir, "notes.xlsx");
    writeFileSync(file, "đây không phải tệp Excel");
    const r = await runCli(["build", file, "-o", path.join(dir, "x.docx")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/không phải là sổ làm việc Excel/);
    expect(existsSync(path.join(dir, "x.docx"))).toBe(false);
  });

  test("an encrypted workbook (an OLE container holding EncryptionInfo)", async () => {
    const dir = tempDir();
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, "EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(cfb, "EncryptedPackage", Buffer.alloc(64, 1));
    const file = path.join(dir, "mat-khau.xlsx");
    writeFileSync(file, CFB.write(cfb, { type: "buffer" }) as Buffer);
    const r = await runCli(["build", file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/đặt mật khẩu/);
  });

  test("a missing file", async () => {
    const r = await runCli(["build", path.join(tempDir(), "khong-co.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Không tìm thấy tệp/);
  });

  test("no indicator table", async () => {
    const dir = tempDir();
    const input = await writeXlsx(dir, "trong.xlsx", [
      { name: "Sheet1", rows: [["Danh sách"], ["Nguyễn Văn A", 1]] },
    ]);
    const r = await runCli(["build", input, "-o", path.join(dir, "x.docx")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Không tìm thấy biểu chỉ tiêu nào/);
    expect(existsSync(path.join(dir, "x.docx"))).toBe(false);
  });

  test("text, error values, formulas without values, zero bases, negatives: warnings naming sheet!cell, report still written", async () => {
    const dir = tempDir();
    const input = await writeXlsx(dir, "loi.xlsx", [
      {
        name: "Biểu 01",
        rows: [
          HEADER,
          ["I", "KẾT QUẢ THỰC HIỆN"],
          ["1", "Chỉ tiêu chữ", "hộ", null, "nhiều", null],
          ["2", "Chỉ tiêu lỗi", "hộ", null, { error: "#DIV/0!" } as never, null],
          ["3", "Chỉ tiêu công thức", "hộ", null, { formula: "B1*2" } as never, null],
          ["4", "Tổng số bằng 0", "hộ", null, 5, 0],
          ["5", "Kế hoạch bằng 0", "hộ", 0, 5, null],
          ["6", "Số âm", "hộ", null, -3, null],
          ["7", "Tổng số có lỗi", "hộ", null, 7, { error: "#N/A" } as never],
        ],
      },
    ]);
    const out = path.join(dir, "bc.docx");
    const r = await runCli(["build", input, "-o", out, "--style", "liet-ke"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Biểu 01'!E3: Ô “nhiều” không phải là số/);
    expect(r.err).toMatch(/Biểu 01'!E4: Ô có lỗi Excel #DIV\/0!/);
    expect(r.err).toMatch(/Biểu 01'!E5: Ô có công thức \(=B1\*2\) nhưng chưa có giá trị tính sẵn/);
    expect(r.err).toMatch(/Biểu 01'!F6: Chỉ tiêu “Tổng số bằng 0”: tổng số bằng 0/);
    expect(r.err).toMatch(/Biểu 01'!D7: Chỉ tiêu “Kế hoạch bằng 0”: kế hoạch bằng 0/);
    expect(r.err).toMatch(/Biểu 01'!E8: Số liệu âm \(-3\)/);
    expect(r.err).toMatch(/Biểu 01'!F9: Ô có lỗi Excel #N\/A/);
    // Each bad cell is listed once (issue 15): not again as "chưa có số thực hiện".
    for (const cell of ["E3", "E4", "E5"])
      expect(r.err.split("\n").filter((l) => l.includes(`'Biểu 01'!${cell}:`))).toHaveLength(1);
    const text = await bodyText(out);
    expect(text).toEqual(
      expect.arrayContaining([
        "- Tổng số bằng 0: 05 hộ.",
        "- Kế hoạch bằng 0: 05 hộ.",
        "- Tổng số có lỗi: 07 hộ.",
      ])
    );
    expect(text.join("\n")).not.toMatch(/NaN|Infinity|undefined|#DIV\/0!|#N\/A/);
  });

  test("duplicate sections are merged with a warning", async () => {
    const dir = tempDir();
    const input = await writeXlsx(dir, "trung.xlsx", [
      {
        name: "Biểu",
        rows: [
          HEADER,
          ["I", "ĐẶC ĐIỂM TÌNH HÌNH"],
          ["1", "Số hộ", "hộ", null, 100, null],
          ["I", "Đặc điểm tình hình"],
          ["2", "Số xóm", "xóm", null, 12, null],
        ],
      },
    ]);
    const out = path.join(dir, "bc.docx");
    const r = await runCli(["build", input, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/xuất hiện nhiều lần/);
    const text = await bodyText(out);
    expect(text.filter((t) => /ĐẶC ĐIỂM TÌNH HÌNH/.test(t))).toHaveLength(1);
    const h = text.indexOf("I. ĐẶC ĐIỂM TÌNH HÌNH");
    expect(text.slice(h + 1, h + 3)).toEqual([
      "Có 100 hộ; 12 xóm.",
      "[Nhận xét, đánh giá kết quả do cán bộ soạn thảo bổ sung.]",
    ]);
  });

  test("10,000 indicator rows", async () => {
    const dir = tempDir();
    const rows: Row[] = [HEADER, ["I", "KẾT QUẢ THỰC HIỆN"]];
    for (let i = 1; i <= 10000; i++)
      rows.push([String(i), `Chỉ tiêu ${i}`, "hộ", 100, i % 150, 1000]);
    const input = await writeXlsx(dir, "lon.xlsx", [{ name: "Biểu", rows }]);
    const out = path.join(dir, "bc.docx");
    const r = await runCli(["build", input, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/10000 chỉ tiêu/);
    const text = await bodyText(out);
    expect(text).toContain(
      "- Chỉ tiêu 9999: 99 hộ, chiếm 9,9% trên tổng số 1.000 hộ, đạt 99% kế hoạch (100 hộ)."
    );
  });

  test("never overwrites its input, and leaves no temporary file", async () => {
    const dir = tempDir();
    const input = await writeXlsx(dir, "in.xlsx", [
      { name: "Biểu", rows: [HEADER, ["1", "Số hộ", "hộ", null, 5, null]] },
    ]);
    const before = readFileSync(input);
    const r = await runCli(["build", input, "-o", input]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không ghi đè tệp đầu vào/);
    expect(readFileSync(input).equals(before)).toBe(true);
    const ok = await runCli(["build", input]);
    expect(ok.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["in.docx", "in.xlsx"]);
  });

  test("unknown outline: an error listing the outlines", async () => {
    const dir = tempDir();
    const input = await writeXlsx(dir, "in.xlsx", [
      { name: "Biểu", rows: [HEADER, ["1", "Số hộ", "hộ", null, 5, null]] },
    ]);
    const r = await runCli(["build", input, "--kind", "khong-co"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Không có đề cương “khong-co”.*dan-van-nam/);
  });
});

describe("template and outlines", () => {
  test("template writes a workbook that builds, and refuses to overwrite without --force", async () => {
    const dir = tempDir();
    const file = path.join(dir, "mau.xlsx");
    expect((await runCli(["template", "-o", file])).code).toBe(0);
    const again = await runCli(["template", "-o", file]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/đã có; không ghi đè/);
    expect((await runCli(["template", "-o", file, "--force"])).code).toBe(0);
    const out = path.join(dir, "mau.docx");
    const built = await runCli(["build", file, "-o", out]);
    expect(built.code).toBe(0);
    expect(await bodyText(out)).toContain(
      "Có 50/1.000 hộ nghèo (chiếm 5%); 90/100 lao động được giải quyết việc làm (đạt 90% kế hoạch), tăng 12,5% so với cùng kỳ."
    );
    // --style liet-ke gives one bullet per indicator, as before.
    const list = path.join(dir, "mau-liet-ke.docx");
    expect((await runCli(["build", file, "-o", list, "--style", "liet-ke"])).code).toBe(0);
    expect(await bodyText(list)).toEqual(
      expect.arrayContaining([
        "- Số hộ nghèo: 50 hộ, chiếm 5%.",
        "- Lao động được giải quyết việc làm: 90/100 lao động, đạt 90% kế hoạch, tăng 12,5% so với cùng kỳ.",
      ])
    );
    const bad = await runCli(["build", file, "--style", "bang"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--style chỉ nhận van-xuoi \(văn xuôi\) hoặc liet-ke \(liệt kê\)/);
  });

  test("outlines lists every built-in outline", async () => {
    const r = await runCli(["outlines"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n").map((l) => l.split(/\s+/)[0])).toEqual([
      "dan-van-nam",
      "qcdc-dan-van-chinh-quyen",
      "dan-van-chinh-quyen-nam",
      "dan-van-kheo",
      "chi-thi",
      "chung",
    ]);
  });

  test("usage errors exit 2", async () => {
    expect((await runCli(["build"])).code).toBe(2);
    expect((await runCli(["lam-gi"])).code).toBe(2);
    expect((await runCli(["build", "a.xlsx", "--bogus"])).code).toBe(2);
  });
});
