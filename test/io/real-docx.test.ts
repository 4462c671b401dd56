/**
 * The corpus of real .docx reports (test/fixtures/real-docx/, sources in its README) for issue 13
 * (filling a clerk's own .docx): each file is read by our .docx reader, is NFC text, and shows
 * the numbered headings a clerk types ("I. …", "1. …", "2.1. …"), found by the heading parser the
 * Word pane's placement uses. Groundwork: `baocao fill` is not written yet.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { matchHeadings, parseHeading, reportHeadings } from "../../src/core/headings";
import { buildReport } from "../../src/core/report";
import { formatCounter, readDocxBody } from "../../src/io/docx-body";
import { readDocxParagraphs } from "../../src/io/docx-text";
import { readWorkbook } from "../../src/io/xlsx";

const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");

const CORPUS = path.join(__dirname, "../fixtures/real-docx");
const files = readdirSync(CORPUS).filter((f) => f.endsWith(".docx"));

test("the corpus holds at least 10 original .docx reports and the five reference reports", () => {
  const sources = files.map((f) =>
    readFileSync(path.join(CORPUS, f.replace(/\.docx$/, ".source.txt")), "utf8")
  );
  expect(files.filter((f) => !f.startsWith("ref-")).length).toBeGreaterThanOrEqual(10);
  expect(files.filter((f) => f.startsWith("ref-"))).toHaveLength(5);
  expect(sources.every((s) => s.trim().length > 0)).toBe(true);
});

test.each(files)("%s: read as NFC text with the numbered headings a clerk types", async (file) => {
  expect(existsSync(path.join(CORPUS, file.replace(/\.docx$/, ".source.txt")))).toBe(true);
  const paragraphs = await readDocxParagraphs(new Uint8Array(readFileSync(path.join(CORPUS, file))));
  expect(paragraphs.length).toBeGreaterThan(10);
  for (const p of paragraphs) expect(p).toBe(p.normalize("NFC"));
  const numbered = paragraphs
    .map((p) => p.replace(/[#*]/g, "").trim())
    .filter((p) => p.length < 160 && parseHeading(p).punctuated);
  expect(numbered.length).toBeGreaterThanOrEqual(2);
});

describe("readDocxBody: what tells a heading, as Word shows it", () => {
  const read = (file: string) =>
    Promise.all([
      readDocxBody(new Uint8Array(readFileSync(path.join(CORPUS, file)))),
      readDocxParagraphs(new Uint8Array(readFileSync(path.join(CORPUS, file)))),
    ]);

  test("a heading Word numbers automatically gets its number from numbering.xml", async () => {
    // UBND tỉnh Lâm Đồng, Kế hoạch cải cách hành chính 2026: "1." is a list number, not text.
    const [body, texts] = await read("lamdong-kh-cchc-2026.docx");
    const at = texts.findIndex((t) => t.trim() === "Cải cách thể chế");
    expect(at).toBeGreaterThan(0);
    expect(body[at].text).toBe("1. Cải cách thể chế");
    expect(body).toHaveLength(texts.length);
    expect(parseHeading(body[at].text)).toMatchObject({ number: "1", punctuated: true });
  });

  test("list formats: decimal, Roman, letters", () => {
    expect(
      [
        [4, "upperRoman"],
        [9, "lowerRoman"],
        [3, "lowerLetter"],
        [28, "upperLetter"],
        [7, "decimalZero"],
        [12, "decimal"],
      ].map(([n, f]) => formatCounter(n as number, f as string))
    ).toEqual(["IV", "ix", "c", "BB", "07", "12"]);
  });

  test("the sections of the Bình Thành workbook are placed under the headings of the clerk's own report", async () => {
    // Seed 000 as a .docx (LibreOffice text import: no styles, headings typed as the clerk did).
    const [body] = await read("ref-xa-binh-thanh-dan-van-2023.docx");
    const report = buildReport(await readWorkbook(readFileSync(EXAMPLE))).document!;
    const match = matchHeadings(body, reportHeadings(report.body));
    const under = (id: string) => body[match.found.get(id)!]?.text;
    expect(under("1.2.2.2")).toBe("2.2. Công tác dân vận của Ủy ban nhân dân");
    expect(under("1.2.2.3")).toBe("2.3. Công tác dân vận của lực lượng vũ trang");
    expect(under("1.1")).toBe("I. ĐẶC ĐIỂM TÌNH HÌNH");
    expect(match.duplicates).toEqual([]);
  });
});
