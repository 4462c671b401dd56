/**
 * Hostile packages (issue 10 § "Crash, hang or exhaustion"): a zip bomb in an .xlsx or a .docx,
 * declared honestly or with lying sizes, stops with a Vietnamese message before it is inflated.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../src/io/xlsx";
import { readDocxParagraphs } from "../../src/io/docx-text";
import { renderDocx } from "../../src/io/docx";
import { xmlSafe } from "../../src/core/text";
import { buildReport } from "../../src/core/report";
import { ZIP_LIMITS, openBoundedZip } from "../../src/io/zip-limits";

const MB = 1024 * 1024;

async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu");
  ws.addRow(["Chỉ tiêu", "Thực hiện"]);
  ws.addRow(["Số hộ", 1389]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** `bytes` with one more part of `size` zero bytes (a few hundred KB once deflated). */
async function withPart(bytes: Uint8Array, name: string, size: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, new Uint8Array(size));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The zip with every entry's declared uncompressed size set to `size` (local and central). */
function declaring(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    else if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

async function minimalDocx(documentXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
  );
  zip.file("word/document.xml", documentXml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("an .xlsx whose part inflates past the limit is refused before reading, in Vietnamese", async () => {
  const bomb = await withPart(await smallWorkbook(), "xl/media/image1.bin", 60 * MB);
  expect(bomb.length).toBeLessThan(1 * MB);
  await expect(readWorkbook(bomb)).rejects.toThrow(
    /“xl\/media\/image1.bin” giải nén ra 60 MB, quá giới hạn 50 MB/
  );
});

test("a part that declares less than it holds is stopped while inflating, at the limit", async () => {
  const zip = new JSZip();
  zip.file("big.bin", new Uint8Array(ZIP_LIMITS.partBytes + MB));
  const lying = declaring(
    await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
    10
  );
  await expect(openBoundedZip(lying)).rejects.toThrow(/“big.bin” giải nén ra hơn 50 MB/);
});

test("parts that together declare more than the total limit are refused", async () => {
  const zip = new JSZip();
  for (let k = 0; k < 5; k++) zip.file(`xl/media/p${k}.bin`, "x");
  const declared = declaring(await zip.generateAsync({ type: "uint8array" }), 45 * MB);
  await expect(openBoundedZip(declared)).rejects.toThrow(/“\(cả tệp\)” giải nén ra 225 MB/);
});

test("a real workbook passes the limits and reads", async () => {
  const grids = await readWorkbook(await smallWorkbook());
  expect(grids[0].cells[1]).toEqual(["Số hộ", 1389]);
});

test("a .docx whose body inflates past the limit is refused; a broken body is told in Vietnamese", async () => {
  const huge = await minimalDocx(`<w:document>${" ".repeat(55 * MB)}</w:document>`);
  await expect(readDocxParagraphs(huge)).rejects.toThrow(/word\/document.xml.*quá giới hạn/);
  const broken = await minimalDocx('<w:document><w:p w:x="1><w:t>Số hộ</w:t></w:p></w:document>');
  const error = await readDocxParagraphs(broken).catch((e: Error) => e);
  expect(String(error)).toMatch(/phần chữ của tệp \(word\/document.xml\) bị hỏng/);
  expect(String(error)).not.toMatch(/readTagExp|position|undefined/i);
  // External entities are refused (no file is read), in Vietnamese too.
  const xxe = await minimalDocx(
    '<!DOCTYPE d [<!ENTITY a SYSTEM "file:///etc/passwd">]><w:document><w:p><w:t>&a;</w:t></w:p></w:document>'
  );
  expect(String(await readDocxParagraphs(xxe).catch((e: Error) => e))).toMatch(/bị hỏng/);
});

test("no character XML 1.0 forbids reaches the .docx, whichever a cell holds", async () => {
  const forbidden: string[] = [];
  for (let c = 0; c < 0x20; c++)
    if (![0x9, 0xa, 0xd].includes(c)) forbidden.push(String.fromCharCode(c));
  // Lone surrogates: the low ones first, so that no two of them make a valid pair.
  for (let c = 0xdc00; c <= 0xdfff; c++) forbidden.push(String.fromCharCode(c));
  for (let c = 0xd800; c <= 0xdbff; c++) forbidden.push(String.fromCharCode(c));
  forbidden.push("\uFFFE", "\uFFFF");
  const name = `Số hộ${forbidden.join("")} nghèo`;
  const grids = [
    {
      name: "Biểu",
      merges: [],
      cells: [
        ["Chỉ tiêu", "Thực hiện"],
        [name, 99],
      ],
    },
  ];
  const built = buildReport(grids, { kind: "chung", style: "list" });
  const zip = await JSZip.loadAsync(await renderDocx(built.document!));
  for (const part of ["word/document.xml", "docProps/core.xml"]) {
    const xml = await zip.file(part)!.async("string");
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  }
  // Read from an .xlsx as a clerk's file gives it ("_xFFFE_"), the name keeps its spacing.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu");
  ws.addRow(["Chỉ tiêu", "Thực hiện"]);
  ws.addRow(["Số hộ@@ nghèo", 99]);
  const pkg = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const strings = await pkg.file("xl/sharedStrings.xml")!.async("string");
  pkg.file("xl/sharedStrings.xml", strings.replace("@@", "_xFFFE__xFFFF__x0001_"));
  const fromXlsx = await readWorkbook(await pkg.generateAsync({ type: "uint8array" }));
  const report = buildReport(fromXlsx, { kind: "chung", style: "list" });
  const text = await readDocxParagraphs(await renderDocx(report.document!));
  expect(text.filter((p) => p.includes(": 99"))).toEqual(["- Số hộ nghèo: 99."]);
  // What XML allows stays: tabs, line ends, astral characters.
  expect(xmlSafe("a\tb\n😀\u0085c")).toBe("a\tb\n😀\u0085c");
});
