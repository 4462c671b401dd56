/**
 * withMappingSheet (src/io/mapping-xlsx.ts): the web page's "Tải sổ Excel đã lưu lựa chọn cột".
 * The clerk's sheets come out untouched, part for part; the mapping sheet is very hidden, text
 * only, written once however often it is saved; and `baocao build` on the result uses the choices.
 */
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Diagnostics } from "../../src/core/diagnostics";
import {
  MAPPING_SHEET,
  Mapping,
  correctColumn,
  emptyMapping,
  findMappingSheet,
  readMapping,
} from "../../src/core/mapping";
import { withMappingSheet } from "../../src/io/mapping-xlsx";
import { WorkbookReadError, readWorkbook } from "../../src/io/xlsx";
import { readDocx } from "../helpers/docx-reader";
import { Row, runCli, tempDir, xlsxBytes } from "../helpers/workbooks";

const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");

const TABLE: Row[] = [
  ["Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "Năm 2024 dự kiến"],
  ["Số hộ nghèo", "hộ", 120, 99, 90],
];
/** Column E of the table above (header on row 1) set to `role`. */
const setE = (role: "actual" | "samePeriod", m: Mapping = emptyMapping()) =>
  correctColumn(m, { sheet: "Biểu", headerRow: 0, col: 4, header: "Năm 2024 dự kiến" }, role);

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files))
    if (!f.dir) out.set(f.name, await f.async("nodebuffer"));
  return out;
}

async function sheetStates(bytes: Uint8Array): Promise<[string, string][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb.worksheets.map((w) => [w.name, w.state]);
}

async function povertyLine(bytes: Uint8Array): Promise<string | undefined> {
  const dir = tempDir();
  const input = path.join(dir, "so.xlsx");
  writeFileSync(input, bytes);
  const out = path.join(dir, "bc.docx");
  const r = await runCli(["build", input, "-o", out, "--kind", "chung", "--style", "liet-ke"]);
  expect(r.code).toBe(0);
  return (await readDocx(readFileSync(out))).paragraphs
    .map((p) => p.text)
    .find((t) => t.startsWith("- Số hộ nghèo"));
}

test("baocao build on the written workbook uses the clerk's column", async () => {
  const plain = await xlsxBytes([{ name: "Biểu", rows: TABLE }]);
  expect(await povertyLine(plain)).toMatch(/^- Số hộ nghèo: 99\/90 hộ/);
  const corrected = await withMappingSheet(plain, setE("actual"));
  expect(await povertyLine(corrected)).toMatch(/^- Số hộ nghèo: 90 hộ/);
});

test("the clerk's sheets are kept part for part; only the sheet list gains the mapping sheet", async () => {
  const before = readFileSync(EXAMPLE);
  const sheets = await readWorkbook(before);
  const t = { sheet: "Biểu 01", headerRow: 3, col: 5, header: "Cùng kỳ" };
  const after = await withMappingSheet(before, correctColumn(emptyMapping(), t, "ignore"));
  const a = await parts(before);
  const b = await parts(after);
  const changed = [...b.keys()].filter((k) => !a.get(k)?.equals(b.get(k)!));
  expect(changed.sort()).toEqual([
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/workbook.xml",
    expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/), // the new mapping sheet
  ]);
  expect([...a.keys()].every((k) => b.has(k))).toBe(true);
  for (const k of changed) expect(XMLValidator.validate(b.get(k)!.toString("utf8"))).toBe(true);
  expect(b.get("xl/workbook.xml")!.toString("utf8")).toMatch(
    new RegExp(
      `<sheet name="${MAPPING_SHEET}" sheetId="\\d+" state="veryHidden" r:id="rId\\d+"/></sheets>`
    )
  );
  // The same cells, read as the CLI reads them, for every sheet the clerk had.
  const again = await readWorkbook(after);
  expect(again.slice(0, sheets.length)).toEqual(sheets);
  expect(again).toHaveLength(sheets.length + 1);
  expect(await sheetStates(after)).toEqual([
    ...(await sheetStates(before)),
    [MAPPING_SHEET, "veryHidden"],
  ]);
  const mapping = readMapping(findMappingSheet(again)!, new Diagnostics());
  expect(mapping.columns).toEqual([{ ...t, role: "ignore" }]);
});

test("saving again replaces the mapping sheet in place: one sheet, the latest choices", async () => {
  const plain = await xlsxBytes([
    { name: "Biểu", rows: TABLE },
    { name: "Ghi chép", rows: [["một trang khác"]] },
  ]);
  const once = await withMappingSheet(plain, setE("samePeriod"));
  const twice = await withMappingSheet(once, setE("actual"));
  expect((await sheetStates(twice)).map(([n]) => n)).toEqual(["Biểu", "Ghi chép", MAPPING_SHEET]);
  const a = await parts(once);
  const b = await parts(twice);
  const changed = [...b.keys()].filter((k) => !a.get(k)?.equals(b.get(k)!));
  expect(changed).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet3\.xml$/)]);
  expect(await povertyLine(twice)).toMatch(/^- Số hộ nghèo: 90 hộ/);
});

test("a mapping sheet the clerk already had (hidden, from ExcelJS) is replaced and made very hidden", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu").addRows(TABLE);
  const old = wb.addWorksheet(MAPPING_SHEET);
  old.state = "hidden";
  old.addRows([["cũ", "cũ"], ["cũ"]]);
  wb.addWorksheet("Sau");
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const out = await withMappingSheet(bytes, setE("actual"));
  expect(await sheetStates(out)).toEqual([
    ["Biểu", "visible"],
    [MAPPING_SHEET, "veryHidden"],
    ["Sau", "visible"],
  ]);
  const grid = findMappingSheet(await readWorkbook(out))!;
  expect(grid.cells.flat()).not.toContain("cũ");
  expect(await povertyLine(out)).toMatch(/^- Số hộ nghèo: 90 hộ/);
});

test("every value is written as text and read back as written", async () => {
  const m: Mapping = {
    ...setE("actual"),
    outline: "chung",
    indicators: [
      {
        id: "Biểu!2",
        name: "Hộ “nghèo” & <cận nghèo>",
        section: "1.10",
        sectionTitle: "Mục  có hai dấu cách ",
        template: "{ten}: {th} {dvt}.",
        precision: 2,
      },
    ],
  };
  const out = await withMappingSheet(await xlsxBytes([{ name: "Biểu", rows: TABLE }]), m);
  const grid = findMappingSheet(await readWorkbook(out))!;
  expect(grid.cells.flat().every((v) => v === null || typeof v === "string")).toBe(true);
  expect(grid.cells.flat()).toContain("Mục  có hai dấu cách "); // the cell keeps its spaces
  const back = readMapping(grid, new Diagnostics()); // the reader trims cells
  expect(back).toEqual({
    ...m,
    indicators: [{ ...m.indicators[0], sectionTitle: "Mục  có hai dấu cách" }],
  });
});

test("pictures and drawings of the clerk's sheets are kept", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu");
  ws.addRows(TABLE);
  // A 1×1 PNG.
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64"
  );
  const id = wb.addImage({ buffer: png, extension: "png" } as never);
  ws.addImage(id, "G2:H4");
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const a = await parts(bytes);
  const b = await parts(await withMappingSheet(bytes, setE("actual")));
  const kept = [...a.keys()].filter((k) => /media|drawing/.test(k));
  expect(kept.length).toBeGreaterThan(0);
  for (const k of kept) expect(b.get(k)).toEqual(a.get(k));
});

test("bytes that are not an .xlsx get a Vietnamese error", async () => {
  await expect(
    withMappingSheet(new TextEncoder().encode("không phải Excel"), emptyMapping())
  ).rejects.toThrow(WorkbookReadError);
});
