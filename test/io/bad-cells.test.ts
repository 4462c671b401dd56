/**
 * Ordinary clerk files that used to put wrong figures into the report silently (issue 10 §
 * "Wrong or missing figures"): each test builds the workbook the way Excel saves it and checks
 * the sentence and the warning.
 */
import ExcelJS from "exceljs";
import { buildReport } from "../../src/core/report";
import { readWorkbook } from "../../src/io/xlsx";

type Setup = (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void;

async function report(setup: Setup, includeHidden = false) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu");
  setup(ws, wb);
  const grids = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  const built = buildReport(grids, { kind: "chung", includeHidden, style: "list" });
  const sentences = (built.document?.body ?? []).flatMap((b) =>
    b.type === "paragraph" && b.source?.indicatorId
      ? [b.runs.map((r) => ("text" in r ? r.text : "")).join("")]
      : []
  );
  const warnings = built.diagnostics
    .filter((d) => !/Thông tin chung/.test(d.message))
    .map((d) => [d.where ?? "", d.message]);
  return { sentences, warnings };
}

test("a percentage stored the Excel way (0.0713 in “0.00%”) is 7,13%", async () => {
  const { sentences } = await report((ws) => {
    ws.addRow(["Chỉ tiêu", "ĐVT", "Cùng kỳ", "Thực hiện", "TH/CK (%)"]);
    ws.addRow(["Tỷ lệ hộ nghèo", "%", 0.0851, 0.0713, 0.8378]);
    for (const c of ["C2", "D2", "E2"]) ws.getCell(c).numFmt = "0.00%";
  });
  expect(sentences).toEqual(["Tỷ lệ hộ nghèo: 7,13%, giảm 16,2% so với cùng kỳ."]);
});

test("a name cell holding hyperlinked rich text gives its text", async () => {
  const { sentences } = await report((ws) => {
    ws.addRow(["Chỉ tiêu", "Thực hiện"]);
    ws.addRow([
      {
        text: { richText: [{ text: "Số hộ " }, { font: { bold: true }, text: "nghèo" }] },
        hyperlink: "https://example.gov.vn",
      } as unknown as ExcelJS.CellValue,
      99,
    ]);
  });
  expect(sentences).toEqual(["Số hộ nghèo: 99."]);
});

test("hidden rows and sheets are left out with one warning each; the option keeps them", async () => {
  const setup: Setup = (ws, wb) => {
    ws.addRow(["Chỉ tiêu", "Thực hiện"]);
    ws.addRow(["Số hộ", 1389]);
    ws.addRow(["Số hộ nghèo (cũ)", 120]);
    ws.addRow(["Số hộ cận nghèo (cũ)", 80]);
    ws.getRow(3).hidden = true;
    ws.getRow(4).hidden = true;
    const old = wb.addWorksheet("Năm trước", { state: "veryHidden" });
    old.addRow(["Chỉ tiêu", "Thực hiện"]);
    old.addRow(["Số hộ năm trước", 1300]);
  };
  const hidden = await report(setup);
  expect(hidden.sentences).toEqual(["Số hộ: 1.389."]);
  expect(hidden.warnings).toEqual([
    [
      "Biểu!A3",
      "Trang “Biểu” có 2 dòng chỉ tiêu đang ẩn (dòng 3, 4); các chỉ tiêu này không đưa vào báo cáo. Nếu cần, hãy bỏ ẩn dòng trong Excel (hoặc dùng --include-hidden).",
    ],
    [
      "",
      "Trang “Năm trước” đang ẩn nên không đưa vào báo cáo. Nếu cần, hãy bỏ ẩn trang trong Excel (hoặc dùng --include-hidden).",
    ],
  ]);
  const all = await report(setup, true);
  expect(all.sentences).toHaveLength(4);
});

test("a total merged over two rows applies to both, with a warning", async () => {
  const { sentences, warnings } = await report((ws) => {
    ws.addRow(["Chỉ tiêu", "Thực hiện", "Tổng số"]);
    ws.addRow(["Số hộ nghèo", 99, 1389]);
    ws.addRow(["Số hộ cận nghèo", 120, null]);
    ws.mergeCells("C2:C3");
  });
  expect(sentences).toEqual(["Số hộ nghèo: 99, chiếm 7,1%.", "Số hộ cận nghèo: 120, chiếm 8,6%."]);
  expect(warnings).toEqual([
    ["Biểu!C3", "Ô Tổng số Biểu!C2 gộp nhiều dòng; dòng 3 dùng cùng số này. Kiểm tra lại."],
  ]);
});

test("“1,389” typed the English way: a count is 1.389 with a warning; the column decides a measure", async () => {
  const { sentences, warnings } = await report((ws) => {
    ws.addRow(["Chỉ tiêu", "ĐVT", "Thực hiện", "Tổng số"]);
    ws.addRow(["Số hộ nghèo", "hộ", "99", "1,389"]);
    ws.addRow(["Diện tích lúa", "ha", "1,389", null]);
    ws.addRow(["Diện tích ngô", "ha", "12,5", null]);
    ws.addRow(["Sản lượng chè", "tấn", null, null]);
  });
  expect(sentences).toEqual([
    "Số hộ nghèo: 99 hộ, chiếm 7,1%.",
    "Diện tích lúa: 1,39 ha.",
    "Diện tích ngô: 12,5 ha.",
  ]);
  expect(warnings.filter(([, m]) => /1,389/.test(m))).toEqual([
    [
      "Biểu!D2",
      "Ô “1,389” được đọc là 1.389 hộ (số hộ không có phần lẻ, dấu phẩy là dấu phân cách hàng nghìn kiểu Anh); kiểm tra lại.",
    ],
  ]);
  const unsure = await report((ws) => {
    ws.addRow(["Chỉ tiêu", "ĐVT", "Thực hiện"]);
    ws.addRow(["Sản lượng chè", "tấn", "1,389"]);
  });
  expect(unsure.sentences).toEqual(["Sản lượng chè: 1,39 tấn."]);
  expect(unsure.warnings).toEqual([
    [
      "Biểu!C2",
      "Ô “1,389” có thể là 1.389 hoặc 1,389 (số thập phân); đã đọc là 1,389. Kiểm tra lại và ghi số theo kiểu Việt Nam (1.389 hoặc 1,389).",
    ],
  ]);
});

test("a plan merged over two rows applies to both, with a warning naming the cell", async () => {
  const { sentences, warnings } = await report((ws) => {
    ws.addRow(["Chỉ tiêu", "Kế hoạch", "Thực hiện"]);
    ws.addRow(["Lao động nam có việc làm", 100, 45]);
    ws.addRow(["Lao động nữ có việc làm", null, 52]);
    ws.mergeCells("B2:B3");
  });
  expect(sentences).toEqual([
    "Lao động nam có việc làm: 45/100, đạt 45% kế hoạch.",
    "Lao động nữ có việc làm: 52/100, đạt 52% kế hoạch.",
  ]);
  expect(warnings).toEqual([
    ["Biểu!B3", "Ô Kế hoạch Biểu!B2 gộp nhiều dòng; dòng 3 dùng cùng số này. Kiểm tra lại."],
  ]);
});
