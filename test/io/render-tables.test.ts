/**
 * Issue 15 (13): body tables as a reader sees them. A workbook whose group II asks for a table
 * (all seven figure columns) and whose group III is more specific than the outline's II, built with
 * ExcelJS, rendered to .docx, then by LibreOffice to PDF and read back word by word: no header or
 * figure is broken mid-word, and III keeps its heading.
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildReport } from "../../src/core/report";
import { readWorkbook } from "../../src/io/xlsx";
import { renderPdf } from "../helpers/render-pdf";
import { specificGroupRows, xlsxBytes } from "../helpers/workbooks";

let dir: string;
let words: string[];
let lines: string;

beforeAll(async () => {
  const bytes = await xlsxBytes(specificGroupRows({ template: "bảng" }, "bảng"));
  const doc = buildReport(await readWorkbook(bytes)).document!;
  const { dir: folder, run } = await renderPdf(doc, "baocao-tables-");
  dir = folder;
  run("pdftotext", ["-bbox", "bc.pdf", "words.html"]);
  run("pdftotext", ["-layout", "bc.pdf", "text.txt"]);
  words = [
    ...readFileSync(path.join(dir, "words.html"), "utf8").matchAll(/<word [^>]*>([^<]*)<\/word>/g),
  ].map((m) => m[1].normalize("NFC"));
  lines = readFileSync(path.join(dir, "text.txt"), "utf8").normalize("NFC");
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("headers, units and figures come out as whole words", () => {
  for (const w of [
    "STT",
    "ĐVT",
    "Kế",
    "hoạch",
    "Thực",
    "hiện",
    "Cùng",
    "Tổng",
    "(%)",
    "TH/KH",
    "TH/CK",
    "người",
    "động",
    "1.000",
    "112,5",
  ])
    expect(words).toContain(w);
  for (const fragment of ["hoạc", "Thự", "ngư", "ĐV", "S"]) expect(words).not.toContain(fragment);
});

test("the more specific group keeps its heading after II, and the table after it is its own", () => {
  expect(lines).toMatch(/II\. KẾT QUẢ THỰC HIỆN\n/);
  expect(lines).toMatch(/III\. KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ/);
  expect(lines).toMatch(/IV\. ĐÁNH GIÁ CHUNG/);
});
