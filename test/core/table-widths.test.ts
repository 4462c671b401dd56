// Issue 15 (13): a body table's columns are wide enough that no word of a header or a cell breaks
// ("Kế hoạc h"), at the ND30 text width; the indicator names take what is left.
import { Table } from "../../src/core/document";
import { BODY_TABLE, TEXT_WIDTH_TWIPS } from "../../src/core/layout";
import { columnWidthsTwips } from "../../src/core/writing/formats";
import { textWidthPt } from "../../src/core/writing/text-width";

const HEAD = [
  "STT",
  "Chỉ tiêu",
  "ĐVT",
  "Kế hoạch",
  "Thực hiện",
  "Cùng kỳ",
  "Tổng số",
  "Tỷ lệ (%)",
  "TH/KH (%)",
  "TH/CK (%)",
];
const ROWS = [
  ["1", "Số lao động được đào tạo nghề", "người", "1.250.000", "90", "80", "", "", "90", "112,5"],
  ["12", "Diện tích gieo trồng lúa", "ha", "", "1.475,25", "", "1.250", "118", "", ""],
];
const TABLE: Table = {
  type: "table",
  header: [HEAD.map((text) => [{ text, bold: true }])],
  rows: ROWS.map((r) => r.map((text) => [{ text }])),
  align: HEAD.map(() => "right"),
  widths: [6, 40, 10, ...HEAD.slice(3).map(() => 12)],
};

/** Points → twips. */
const twips = (pt: number) => pt * 20;

test("every word of a header (bold) or a cell fits its column, margins included", () => {
  const widths = columnWidthsTwips(TABLE);
  HEAD.forEach((head, c) => {
    const words = [
      ...head.split(" ").map((w) => twips(textWidthPt(w, 13, true))),
      ...ROWS.flatMap((r) => r[c].split(" ").map((w) => twips(textWidthPt(w, 13, false)))),
    ];
    expect(widths[c] - 2 * BODY_TABLE.cellMarginTwips).toBeGreaterThanOrEqual(Math.max(...words));
  });
});

test("the columns fill the text width, and Chỉ tiêu keeps the most room", () => {
  const widths = columnWidthsTwips(TABLE);
  const sum = widths.reduce((a, b) => a + b, 0);
  expect(sum).toBeLessThanOrEqual(TEXT_WIDTH_TWIPS);
  expect(sum).toBeGreaterThan(TEXT_WIDTH_TWIPS - widths.length);
  expect(Math.max(...widths)).toBe(widths[1]);
});

test("a narrow table keeps its relative widths", () => {
  const small: Table = {
    ...TABLE,
    header: [TABLE.header[0].slice(0, 4)],
    rows: [],
    widths: [6, 40, 10, 12],
  };
  const widths = columnWidthsTwips(small);
  expect(widths[1] / widths[3]).toBeCloseTo(40 / 12, 1);
});

test("text widths are Times New Roman's: 'Kế hoạch' in bold 13 pt is about 52 pt", () => {
  expect(textWidthPt("Kế hoạch", 13, true)).toBeCloseTo(52.4, 0);
  // The horn of ư and ơ makes them wider than u and o.
  expect(textWidthPt("ư", 10, false)).toBeGreaterThan(textWidthPt("u", 10, false));
});
