/**
 * What the clerk reads when a file cannot be read or written (issue 10 § "Crash…", "Unclear"):
 * Vietnamese, naming the file or folder, no stack trace, no temporary file's name, nothing lost.
 */
import JSZip from "jszip";
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unexpected } from "../../src/cli/baocao";
import { runCli, tempDir, writeXlsx } from "../helpers/workbooks";

const SHEET = [
  {
    name: "Biểu",
    rows: [
      ["Chỉ tiêu", "Thực hiện"],
      ["Số hộ", 1389],
    ],
  },
];

test("-o below an existing file: a Vietnamese message naming the path, exit 1", async () => {
  const dir = tempDir();
  const input = await writeXlsx(dir, "so-lieu.xlsx", SHEET);
  const r = await runCli(["build", input, "-o", path.join(input, "bc.docx")]);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`một phần của đường dẫn ${input} là tệp, không phải thư mục`);
  expect(r.err).not.toMatch(/ENOTDIR|at .*\.js|Lỗi không mong đợi/);
});

const root = process.getuid?.() === 0;

test("a read-only folder: no English EACCES, no temporary file named, nothing left behind", async () => {
  const dir = tempDir();
  const input = await writeXlsx(dir, "so-lieu.xlsx", SHEET);
  const locked = path.join(dir, "khoa");
  mkdirSync(locked);
  chmodSync(locked, 0o555);
  // As root every folder is writable: the message is then checked on a file in place of a folder.
  const target = root ? path.join(input, "x", "bc.docx") : path.join(locked, "moi", "bc.docx");
  const r = await runCli(["build", input, "-o", target]);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(
    /Không ghi được tệp .*bc\.docx: (không có quyền ghi|một phần của đường dẫn)/
  );
  expect(r.err).not.toMatch(/EACCES|ENOTDIR|\.tmp|permission denied/);
  expect(readdirSync(locked)).toEqual([]);
  chmodSync(locked, 0o755);
});

test(".ods, .xls and .numbers say which format is read and how to convert", async () => {
  const dir = tempDir();
  const ods = new JSZip();
  ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  ods.file("content.xml", "<office:document-content/>");
  const bytes = await ods.generateAsync({ type: "uint8array" });
  writeFileSync(path.join(dir, "bang.ods"), bytes);
  writeFileSync(path.join(dir, "bang-doi-ten.xlsx"), bytes);
  const byName = await runCli(["build", path.join(dir, "bang.ods")]);
  expect(byName.err).toContain("chỉ đọc sổ Excel .xlsx, không đọc tệp .ods");
  expect(byName.err).toContain("Lưu thành… › Sổ làm việc Excel (.xlsx)");
  // Renamed to .xlsx, the content still tells.
  const byContent = await runCli(["build", path.join(dir, "bang-doi-ten.xlsx")]);
  expect(byContent.err).toContain(
    "Tệp là bảng tính OpenDocument (.ods), không phải sổ Excel .xlsx"
  );
  for (const ext of ["xls", "numbers"]) {
    writeFileSync(path.join(dir, `bang.${ext}`), "x");
    const r = await runCli(["build", path.join(dir, `bang.${ext}`)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/chỉ đọc sổ Excel \.xlsx, không đọc tệp/);
  }
  expect(existsSync(path.join(dir, "bang.docx"))).toBe(false);
});

test("a fault of ours shows no stack trace unless --debug", () => {
  const e = new Error("boom");
  expect(unexpected(e, false)).not.toMatch(/boom|at /);
  expect(unexpected(e, false)).toMatch(
    /^Lỗi không mong đợi của chương trình; tệp đầu vào không bị thay đổi/
  );
  expect(unexpected(e, true)).toMatch(/Error: boom\n\s+at /);
});
