/**
 * Legacy encodings (issue 10 § Legacy encodings): the text of the five reference reports sent
 * through TCVN3 and VNI-Windows and back, and the reports as they are (Unicode: never converted).
 */
import ExcelJS from "exceljs";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { toTCVN3, toVNI } from "vietnamese-conversion";
import { buildReport } from "../../src/core/report";
import { fromLegacy, legacyEncodingOf } from "../../src/io/legacy-text";
import { readWorkbook } from "../../src/io/xlsx";

const REFERENCE = path.join(__dirname, "../../../shared/reference/bao-cao-mau");
const lines = readdirSync(REFERENCE).flatMap((f) =>
  readFileSync(path.join(REFERENCE, f), "utf8")
    .split("\n")
    .map((l) => l.trim().normalize("NFC"))
    .filter((l) => /[^\x00-\x7f]/.test(l))
);

test("the reference reports' own text is never taken for a legacy encoding", () => {
  expect(lines.length).toBeGreaterThan(400);
  expect(lines.filter((l) => legacyEncodingOf(l) !== undefined)).toEqual([]);
});

test.each([
  ["TCVN3", toTCVN3, 0.97],
  ["VNI", toVNI, 0.9],
] as const)("%s: the reports' lines are recognised and come back as written", (enc, to, share) => {
  const encoded = lines.map((l) => [l, to(l, "unicode")] as const);
  const found = encoded.filter(([, t]) => legacyEncodingOf(t) === enc);
  expect(found.length / lines.length).toBeGreaterThanOrEqual(share);
  // Capitals with marks do not survive TCVN3 itself (its capitals are another font): compared
  // without case.
  const same = found.filter(([l, t]) => fromLegacy(t, enc).toLowerCase() === l.toLowerCase());
  expect(same.length / found.length).toBeGreaterThanOrEqual(0.93);
});

test("a sheet typed in TCVN3 gives Unicode sentences and one warning", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu");
  ws.addRow(["Chỉ tiêu", "ĐVT", "Thực hiện", "Tổng số"]);
  ws.addRow(["Sè hé nghÌo", "hé", 99, 1389]);
  ws.addRow(["Tû lÖ trÎ em ®­îc tiªm chñng", "%", 98.5, null]);
  const grids = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  const built = buildReport(grids, { kind: "chung", style: "list" });
  const sentences = (built.document?.body ?? []).flatMap((b) =>
    b.type === "paragraph" && b.source?.indicatorId
      ? [b.runs.map((r) => ("text" in r ? r.text : "")).join("")]
      : []
  );
  expect(sentences).toEqual([
    "Số hộ nghèo: 99 hộ, chiếm 7,1%.",
    "Tỷ lệ trẻ em được tiêm chủng: 98,5%.",
  ]);
  expect(built.diagnostics.filter((d) => /TCVN3/.test(d.message)).map((d) => d.message)).toEqual([
    "Trang “Biểu” có chữ gõ bằng mã TCVN3 (phông .VnTime); đã chuyển sang Unicode. Kiểm tra lại tên chỉ tiêu, nhất là chữ hoa có dấu.",
  ]);
});
