/**
 * `baocao fill`: the Bình Thành workbook into the Bình Thành report (seed 000 as a .docx):
 * a new file by default, the input untouched; --in-place with a backup; a refresh; what it
 * prints; bad input and bad output paths.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, tempDir, writeXlsx } from "../helpers/workbooks";

const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");
const REPORT = path.join(__dirname, "../fixtures/real-docx/ref-xa-binh-thanh-dan-van-2023.docx");

function setUp(): { dir: string; docx: string } {
  const dir = tempDir();
  const docx = path.join(dir, "bao-cao.docx");
  copyFileSync(REPORT, docx);
  return { dir, docx };
}

/** The example with "Tổng số hộ" ('Biểu 01'!E11) changed from 1.389 to `households`. */
async function exampleWith(dir: string, households: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const cell = wb.getWorksheet("Biểu 01")!.getCell("E11");
  expect(cell.value).toBe(1389);
  cell.value = households;
  const file = path.join(dir, `so-lieu-${households}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

test("a new file beside the report, the report untouched; where each section went, and the clerk's wrong percentages", async () => {
  const { dir, docx } = setUp();
  const before = readFileSync(docx);
  const r = await runCli(["fill", docx, EXAMPLE]);
  expect(r.code).toBe(0);
  expect(readFileSync(docx).equals(before)).toBe(true);
  expect(existsSync(path.join(dir, "bao-cao-cap-nhat.docx"))).toBe(true);
  expect(r.out).toContain("Đã chèn 6 mục:");
  expect(r.out).toContain("  - “2.2. Công tác dân vận của Ủy ban nhân dân” (đoạn 65)");
  expect(r.out).toContain(
    "  - “Công tác dân vận của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội” dưới tiêu đề “2.4. Công tác dân vận của Mặt trận TQ, các tổ chức chính trị - xã hội” (đoạn 113)"
  );
  expect(r.out).toContain("Tỷ lệ cần xem lại trong phần cán bộ tự viết (3 chỗ):");
  expect(r.out).toContain('"9/10 đồng chí có trình độ đại học, chiếm 90,9%" — đúng là 90% (lỗi)');
  expect(r.out).toMatch(/Đã ghi .*bao-cao-cap-nhat\.docx\.$/);
});

test("--in-place: a backup first, then new figures refresh only what changed; nothing to do the second time", async () => {
  const { dir, docx } = setUp();
  const original = readFileSync(docx);
  expect((await runCli(["fill", docx, EXAMPLE, "--in-place"])).code).toBe(0);
  const backup = path.join(dir, "bao-cao.bak.docx");
  expect(readFileSync(backup).equals(original)).toBe(true);
  const newer = await exampleWith(dir, 1400);
  const r = await runCli(["fill", docx, newer, "--in-place", "--style", "liet-ke"]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Đã cập nhật số liệu \d+ chỗ:/);
  expect(r.out).toMatch(/Đã ghi .*bao-cao\.docx \(bản cũ giữ ở .*bao-cao\.bak\.docx\)\./);
  const again = await runCli(["fill", docx, newer, "--in-place", "--style", "liet-ke"]);
  expect(again.out).toContain("đã có số liệu mới nhất; không cần ghi lại.");
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test("--sections by heading number; an ambiguous or unknown number is refused", async () => {
  const { dir, docx } = setUp();
  const out = path.join(dir, "ket-qua.docx");
  const r = await runCli(["fill", docx, EXAMPLE, "-o", out, "--sections", "2.2,I"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Đã chèn 2 mục:");
  const unknown = await runCli(["fill", docx, EXAMPLE, "-o", out, "--sections", "9.9"]);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toContain("Báo cáo không có mục số “9.9”.");
});

test("no heading matches: exit 1, nothing written, the missing headings named", async () => {
  const { dir } = setUp();
  const other = path.join(dir, "khac.docx");
  copyFileSync(
    path.join(__dirname, "../fixtures/real-docx/lamdong-bc-quan-ly-hoi-2025.docx"),
    other
  );
  const r = await runCli(["fill", other, EXAMPLE, "--sections", "2.2"]);
  expect(r.code).toBe(1);
  expect(r.err).toContain("Không tìm thấy tiêu đề “2.2. Công tác dân vận của Ủy ban nhân dân”");
  expect(r.err).toContain("Không chèn được mục nào nên không ghi tệp.");
  expect(existsSync(path.join(dir, "khac-cap-nhat.docx"))).toBe(false);
});

test("a workbook without Thông tin chung: no warning about the header and signature the clerk's file already has", async () => {
  const { dir, docx } = setUp();
  const book = await writeXlsx(dir, "bieu.xlsx", [
    {
      name: "Biểu 01",
      rows: [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
        ["2.2", "Công tác dân vận của Ủy ban nhân dân", null, null, null],
        ["1", "Số hộ nghèo", "hộ", 100, 99],
      ],
    },
  ]);
  const r = await runCli(["fill", docx, book, "--kind", "chung"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("“2.2. Công tác dân vận của Ủy ban nhân dân” (đoạn 65)");
  expect(r.err).not.toContain("Thông tin chung");
  const build = await runCli(["build", book, "-o", path.join(dir, "moi.docx")]);
  expect(build.err).toContain("Không có trang “Thông tin chung”");
});

test("a .doc, a file that is not Word, an output that cannot be written: Vietnamese messages", async () => {
  const { dir, docx } = setUp();
  const doc = path.join(dir, "cu.doc");
  writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  const old = await runCli(["fill", doc, EXAMPLE]);
  expect(old.code).toBe(1);
  expect(old.err).toContain("lưu lại dưới dạng .docx");
  const text = path.join(dir, "ghi-chu.docx");
  writeFileSync(text, "không phải Word");
  const notWord = await runCli(["fill", text, EXAMPLE]);
  expect(notWord.err).toContain("Tệp không phải là tài liệu Word (.docx) hoặc đã bị hỏng.");
  // Under a file, as a read-only folder would be for a user who is not root.
  const blocked = await runCli(["fill", docx, EXAMPLE, "-o", path.join(docx, "x", "kq.docx")]);
  expect(blocked.code).toBe(1);
  expect(blocked.err).toMatch(/Không ghi được tệp .*kq\.docx: một phần của đường dẫn/);
  expect(blocked.err).not.toMatch(/ENOTDIR|\.tmp/);
  const same = await runCli(["fill", docx, EXAMPLE, "-o", docx]);
  expect(same.code).toBe(2);
  expect(same.err).toContain("Không ghi đè tệp đầu vào");
});
