/** `baocao check`: .txt and .docx reports in, findings out, exit codes. */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDocxParagraphs } from "../../src/io/docx-text";
import { runCli, tempDir } from "../helpers/workbooks";

const REPORT_000 = path.join(
  __dirname,
  "../../../shared/reference/bao-cao-mau/000_4dee813a491d79c5.txt"
);

function writeText(name: string, lines: string[]): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, lines.join("\n"), "utf8");
  return file;
}

async function writeDocx(name: string, children: (Paragraph | Table)[]): Promise<string> {
  const file = path.join(tempDir(), name);
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return file;
}

describe("baocao check on a .txt report", () => {
  test("one Vietnamese line per finding, a summary, exit 1 when a value is wrong", async () => {
    const file = writeText("bao-cao.txt", [
      "BÁO CÁO",
      "",
      "Ban Chấp hành có 9/10 đồng chí có trình độ đại học, chiếm 90,9%.",
      "Số cán bộ là người dân tộc là 14/19 chiếm 73,6%; đã giải quyết 90/110 lao động, đạt 81,8%.",
    ]);
    const r = await runCli(["check", file]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n")).toEqual([
      'Đoạn 2: "9/10 đồng chí có trình độ đại học, chiếm 90,9%" — đúng là 90% (lỗi)',
      'Đoạn 3: "14/19 chiếm 73,6%" — đúng là 73,7% (làm tròn sai)',
      "2 chỗ cần xem lại: 1 lỗi, 1 làm tròn sai, 0 sai cách viết.",
    ]);
  });

  test("rounding and style only: listed, exit 0; a clean report says so", async () => {
    const file = writeText("bao-cao.txt", [
      "Có 16/59 trường đạt chuẩn, đạt 27.1%.",
      "Có 2/3 thôn đạt chuẩn, chiếm 66,6%.",
    ]);
    const r = await runCli(["check", file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/nên viết 27,1% \(sai cách viết\)/);
    expect(r.out).toMatch(/đúng là 66,7% \(làm tròn sai\)/);
    const clean = await runCli([
      "check",
      writeText("dung.txt", ["Đã giải quyết 90/110 lao động, đạt 81,8%."]),
    ]);
    expect(clean).toMatchObject({ code: 0, out: "Không thấy tỷ lệ nào sai." });
  });

  test("--json: {findings: [...]} with the contract keys first, paragraphs counted from 0", async () => {
    const file = writeText("bao-cao.txt", [
      "Xã có 860 hộ, 3.343 nhân khẩu.",
      "Tổng số hộ nghèo 62 hộ chiếm 7,20 %; 581/1415 hộ gia đình trên địa bàn xã đạt 41,6%.",
    ]);
    const r = await runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(["findings"]);
    for (const f of json.findings)
      expect(Object.keys(f).slice(0, 7)).toEqual([
        "text",
        "numerator",
        "denominator",
        "stated",
        "expected",
        "severity",
        "paragraph",
      ]);
    expect(json.findings).toEqual([
      expect.objectContaining({
        text: "62 hộ chiếm 7,20 %",
        numerator: 62,
        denominator: 860,
        stated: 7.2,
        expected: 7.21,
        severity: "rounding",
        paragraph: 1,
        replacement: "7,21%",
        total: expect.objectContaining({ text: "860 hộ", paragraph: 0 }),
      }),
      expect.objectContaining({
        text: "581/1415 hộ gia đình trên địa bàn xã đạt 41,6%",
        numerator: 581,
        denominator: 1415,
        stated: 41.6,
        expected: 41.1,
        severity: "error",
        paragraph: 1,
      }),
    ]);
  });

  test("reference report 000: its two wrong percentages and one rounding slip", async () => {
    const r = await runCli(["check", REPORT_000]);
    expect(r.code).toBe(1);
    expect(r.out.split("\n")).toEqual([
      'Đoạn 47: "9/10 đồng chí có trình độ đại học, chiếm 90,9%" — đúng là 90% (lỗi)',
      'Đoạn 47: "14/19 chiếm 73,6%" — đúng là 73,7% (làm tròn sai)',
      'Đoạn 53: "581/1415 hộ gia đình trên địa bàn xã đạt 41,6%" — đúng là 41,1% (lỗi)',
      "3 chỗ cần xem lại: 2 lỗi, 1 làm tròn sai, 0 sai cách viết.",
    ]);
  });

  test("reads the file, never writes next to it", async () => {
    const file = writeText("bao-cao.txt", ["Có 9/10 đồng chí, chiếm 90,9%."]);
    const before = readFileSync(file);
    await runCli(["check", file]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("baocao check on a .docx report", () => {
  test("paragraph text across runs, table cells and tabs; indices as Word counts paragraphs", async () => {
    const file = await writeDocx("bao-cao.docx", [
      new Paragraph({ children: [new TextRun({ text: "BÁO CÁO", bold: true })] }),
      new Paragraph(""),
      new Paragraph({
        children: [
          new TextRun("Vận động trang bị bình chữa cháy cho 581/14"),
          new TextRun({ text: "15 hộ gia đình", italics: true }),
          new TextRun(" trên địa bàn xã đạt 41,6% & "),
          new TextRun("hơn."),
        ],
      }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph("Tỷ lệ")] }),
              new TableCell({
                children: [
                  new Paragraph({
                    children: [new TextRun("Có 16/59 trường đạt chuẩn,\tđạt 27.1%")],
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
      new Paragraph("Ngày 15/11/2024, Kế hoạch số 16/KH-UBND đạt 100%."),
    ]);
    const paragraphs = await readDocxParagraphs(readFileSync(file));
    expect(paragraphs).toEqual([
      "BÁO CÁO",
      "",
      "Vận động trang bị bình chữa cháy cho 581/1415 hộ gia đình trên địa bàn xã đạt 41,6% & hơn.",
      "Tỷ lệ",
      "Có 16/59 trường đạt chuẩn,\tđạt 27.1%",
      "Ngày 15/11/2024, Kế hoạch số 16/KH-UBND đạt 100%.",
    ]);
    const r = await runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as {
      findings: { paragraph: number; severity: string; start: number; end: number }[];
    };
    expect(findings.map((f) => [f.paragraph, f.severity])).toEqual([
      [2, "error"],
      [4, "style"],
    ]);
    expect(paragraphs[2].slice(findings[0].start, findings[0].end)).toBe(
      "581/1415 hộ gia đình trên địa bàn xã đạt 41,6%"
    );
  });

  test("a file that is not a Word document: a clear message, exit 1", async () => {
    const dir = tempDir();
    const file = path.join(dir, "hong.docx");
    writeFileSync(file, "đây không phải tệp Word");
    const r = await runCli(["check", file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/hong\.docx: Tệp không phải là tài liệu Word \(\.docx\)/);
  });
});

describe("usage", () => {
  test("no file, two files, an unknown option, another file type: exit 2", async () => {
    const file = writeText("a.txt", ["x"]);
    for (const args of [
      ["check"],
      ["check", file, file],
      ["check", file, "--xml"],
      ["check", "bao-cao.pdf"],
    ]) {
      const r = await runCli(args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
    }
    expect((await runCli(["check", "bao-cao.pdf"])).err).toMatch(
      /chỉ kiểm tra được tệp \.docx hoặc \.txt/
    );
    expect((await runCli(["help"])).out).toMatch(
      /baocao check <báo-cáo\.docx\|báo-cáo\.txt> \[--json\]/
    );
  });

  test("a missing file: exit 1", async () => {
    const r = await runCli(["check", path.join(tempDir(), "khong-co.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Không tìm thấy tệp/);
  });
});

describe("baocao check on .txt files in the encodings offices save", () => {
  const LINES = ["BÁO CÁO", "Ban Chấp hành có 9/10 đồng chí có trình độ đại học, chiếm 90,9%."];
  const WANT = 'Đoạn 2: "9/10 đồng chí có trình độ đại học, chiếm 90,9%" — đúng là 90% (lỗi)';

  /** Windows-1258: base letters (â, ơ, đ…) as single bytes, tone marks as combining bytes. */
  function windows1258(text: string): Uint8Array {
    const decoder = new TextDecoder("windows-1258");
    const table = new Map<string, number>();
    for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
    const out: number[] = [];
    for (const ch of text.normalize("NFC")) {
      const nfd = ch.normalize("NFD");
      const tones = [...nfd].filter((m) => /[\u0300\u0301\u0303\u0309\u0323]/.test(m));
      const base = [...nfd]
        .filter((m) => !tones.includes(m))
        .join("")
        .normalize("NFC");
      for (const part of [base, ...tones]) {
        const b = table.get(part);
        if (b === undefined) throw new Error(`no byte for ${part}`);
        out.push(b);
      }
    }
    return new Uint8Array(out);
  }

  const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
    const body = Buffer.from(text, "utf16le");
    if (bigEndian) body.swap16();
    const mark = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
    return new Uint8Array([...(bom ? mark : []), ...body]);
  };

  test.each([
    [
      "UTF-8 with BOM",
      () => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(LINES.join("\r\n"))]),
    ],
    ["UTF-16 LE with BOM", () => utf16(LINES.join("\r\n"), false, true)],
    ["UTF-16 BE with BOM", () => utf16(LINES.join("\r\n"), true, true)],
    ["UTF-16 LE without BOM", () => utf16(LINES.join("\r\n"), false, false)],
    ["Windows-1258", () => windows1258(LINES.join("\r\n"))],
  ])("%s: the wrong percentage is found", async (_name, bytes) => {
    const file = path.join(tempDir(), "bao-cao.txt");
    writeFileSync(file, bytes());
    const r = await runCli(["check", file]);
    expect(r.out.split("\n")[0]).toBe(WANT);
    expect(r.code).toBe(1);
  });

  test("a binary file named .txt says which encodings are read", async () => {
    const file = path.join(tempDir(), "bao-cao.txt");
    writeFileSync(file, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 0, 9]));
    const r = await runCli(["check", file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("UTF-8, UTF-16 hoặc Windows-1258 (ANSI tiếng Việt)");
  });
});
