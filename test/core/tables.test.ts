import { Diagnostics } from "../../src/core/diagnostics";
import { CellValue, NO_CACHED_VALUE } from "../../src/core/grid";
import {
  GroupRow,
  Indicator,
  findTables,
  readFigure,
  splitNumberedTitle,
} from "../../src/core/tables";
import { sheet } from "./fixtures";

const _ = null;

function only(rows: unknown[]): { groups: GroupRow[]; indicators: Indicator[] } {
  return {
    groups: rows.filter((r): r is GroupRow => (r as GroupRow).kind === "group"),
    indicators: rows.filter((r): r is Indicator => (r as Indicator).kind === "indicator"),
  };
}

describe("findTables: a one-row header", () => {
  const grid = sheet("Biểu 01", [
    ["BIỂU CHỈ TIÊU NĂM 2023"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tổng số", "Ghi chú"],
    ["I", "KẾT QUẢ CÔNG TÁC DÂN VẬN", _, _, _, _, _],
    [1, "Số hộ nghèo", "hộ", _, 99, 1389, _],
    [2, "Lao động có việc làm", "lao động", 110, 90, _, "70 lao động ngoài tỉnh"],
    [3, "Hộ có bình chữa cháy", "hộ", _, "abc", 1415, _],
    [4, "Diện tích tự nhiên", "km²", _, "28,75", _, _],
    [5, "Tổng số hộ", "hộ", _, "1.389", _, _],
    ["II", "PHƯƠNG HƯỚNG, NHIỆM VỤ", _, _, _, _, _],
    [_, "Công tác dân vận của Ủy ban nhân dân", _, _, _, _, _],
    ["6.", "Số vụ việc", "vụ", "-", 5, "–", _],
  ]);
  const diags = new Diagnostics();
  const tables = findTables(grid, diags);

  it("finds one table with its header row and columns", () => {
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.sheet).toBe("Biểu 01");
    expect(t.headerRows).toEqual([2]);
    expect(t.columns).toEqual({
      order: 0,
      name: 1,
      unit: 2,
      plan: 3,
      actual: 4,
      total: 5,
      note: 6,
    });
    expect(t.unrecognised).toEqual([]);
  });

  it("reads group rows: Roman numerals and title-only rows", () => {
    const { groups } = only(tables[0].rows);
    expect(groups.map((g) => [g.row, g.number, g.title])).toEqual([
      [3, "I", "KẾT QUẢ CÔNG TÁC DÂN VẬN"],
      [9, "II", "PHƯƠNG HƯỚNG, NHIỆM VỤ"],
      [10, "", "Công tác dân vận của Ủy ban nhân dân"],
    ]);
    expect(tables[0].rows.map((r) => r.kind)).toEqual([
      "group",
      "indicator",
      "indicator",
      "indicator",
      "indicator",
      "indicator",
      "group",
      "group",
      "indicator",
    ]);
  });

  it("reads indicator figures, numbers and units", () => {
    const { indicators } = only(tables[0].rows);
    const poor = indicators[0];
    expect(poor).toMatchObject({
      id: "Biểu 01!5",
      sheet: "Biểu 01",
      row: 4,
      number: "1",
      name: "Số hộ nghèo",
      unit: "hộ",
      actual: 99,
      total: 1389,
    });
    expect(poor.plan).toBeUndefined();
    expect(poor.note).toBeUndefined();
    expect(poor.cells.actual).toBe("'Biểu 01'!E5");
    expect(indicators[1]).toMatchObject({ plan: 110, actual: 90, note: "70 lao động ngoài tỉnh" });
  });

  it("parses Vietnamese text figures", () => {
    const { indicators } = only(tables[0].rows);
    expect(indicators[3]).toMatchObject({ name: "Diện tích tự nhiên", unit: "km²", actual: 28.75 });
    expect(indicators[4]).toMatchObject({ name: "Tổng số hộ", actual: 1389 });
  });

  it("warns about a text figure, naming the sheet and cell, and leaves the figure out", () => {
    const { indicators } = only(tables[0].rows);
    expect(indicators[2].actual).toBeUndefined();
    expect(indicators[2].total).toBe(1415);
    const w = diags.items.filter((d) => d.where === "'Biểu 01'!E7");
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe("warning");
    expect(w[0].message).toContain("abc");
  });

  it("treats '-' and '–' as no figure, without a warning, and strips the dot of '6.'", () => {
    const { indicators } = only(tables[0].rows);
    const last = indicators[5];
    expect(last).toMatchObject({ number: "6", name: "Số vụ việc", actual: 5 });
    expect(last.plan).toBeUndefined();
    expect(last.total).toBeUndefined();
    expect(
      diags.items.filter((d) => d.where === "'Biểu 01'!D12" || d.where === "'Biểu 01'!F12")
    ).toEqual([]);
  });

  it("gives exactly one diagnostic for the whole sheet", () => {
    expect(diags.items).toHaveLength(1);
  });
});

describe("findTables: a two-row header with a merged So sánh (%)", () => {
  const grid = sheet(
    "Biểu 02",
    [
      [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "KH năm 2023",
        "Cùng kỳ năm 2022",
        "Thực hiện năm 2023",
        "So sánh (%)",
        _,
      ],
      [_, _, _, _, _, _, "TH/KH", "TH/CK"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
      ["A", "KINH TẾ", _, _, _, _, _, _],
      [1, "Thu ngân sách", "triệu đồng", 1000, 900, 1100, 110, "122,2"],
      [2, "Tổng số hộ", "hộ", _, 1380, 1389, _, "100,65%"],
    ],
    [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 2 },
      { top: 0, left: 3, bottom: 1, right: 3 },
      { top: 0, left: 4, bottom: 1, right: 4 },
      { top: 0, left: 5, bottom: 1, right: 5 },
      { top: 0, left: 6, bottom: 0, right: 7 },
    ]
  );
  const diags = new Diagnostics();
  const tables = findTables(grid, diags);

  it("reads both header rows and fills the ratio columns from the second", () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([0, 1]);
    expect(tables[0].columns).toEqual({
      order: 0,
      name: 1,
      unit: 2,
      plan: 3,
      samePeriod: 4,
      actual: 5,
      ratioPlan: 6,
      ratioSamePeriod: 7,
    });
  });

  it("does not list the merged group header as unrecognised", () => {
    expect(tables[0].unrecognised).toEqual([]);
  });

  it("skips the column-numbering row (1) (2) (3)", () => {
    const rows = tables[0].rows;
    expect(rows.map((r) => r.row)).toEqual([3, 4, 5]);
    expect(diags.items).toEqual([]);
  });

  it("reads a letter group and the stated ratios", () => {
    const [g, income, households] = tables[0].rows as [GroupRow, Indicator, Indicator];
    expect(g).toMatchObject({ kind: "group", number: "A", title: "KINH TẾ" });
    expect(income).toMatchObject({
      plan: 1000,
      samePeriod: 900,
      actual: 1100,
      stated: { ratioPlan: 110, ratioSamePeriod: 122.2 },
    });
    expect(households.stated).toEqual({ ratioSamePeriod: 100.65 });
  });
});

describe("findTables: a column-numbering row of letters and digits", () => {
  it("skips 'A B 1 2' under the header", () => {
    const grid = sheet("S", [
      ["Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch"],
      ["A", "B", "1", "2"],
      ["Số hộ", "hộ", 10, 12],
    ]);
    const t = findTables(grid, new Diagnostics());
    expect(t[0].rows).toHaveLength(1);
    expect(t[0].rows[0]).toMatchObject({ kind: "indicator", name: "Số hộ", actual: 10, plan: 12 });
  });
});

describe("findTables: cell problems", () => {
  const grid = sheet("Biểu 03", [
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch"],
    [1, "Tỷ lệ hộ nghèo", "%", { error: "#DIV/0!" }, 10],
    [2, "Số hộ cận nghèo", "hộ", { error: NO_CACHED_VALUE, formula: "SUM(D5:D9)" }, 60],
    [3, "Thu nhập bình quân", "triệu đồng", -12, 40],
    [4, "Ngày tổng kết", "", new Date(Date.UTC(2024, 0, 5)), _],
    [5, "Đạt chuẩn", "", true, _],
  ]);
  const diags = new Diagnostics();
  const rows = findTables(grid, diags)[0].rows as Indicator[];
  const at = (where: string) => diags.items.filter((d) => d.where === where);

  it("warns about an Excel error value and reads no figure", () => {
    expect(rows[0].actual).toBeUndefined();
    expect(rows[0].plan).toBe(10);
    expect(at("'Biểu 03'!D2")).toHaveLength(1);
    expect(at("'Biểu 03'!D2")[0].message).toContain("#DIV/0!");
  });

  it("warns about a formula without a cached value, quoting the formula", () => {
    expect(rows[1].actual).toBeUndefined();
    expect(at("'Biểu 03'!D3")).toHaveLength(1);
    expect(at("'Biểu 03'!D3")[0].message).toContain("SUM(D5:D9)");
    expect(at("'Biểu 03'!D3")[0].message).not.toContain(NO_CACHED_VALUE);
  });

  it("keeps a negative figure but warns, naming the cell", () => {
    expect(rows[2].actual).toBe(-12);
    expect(at("'Biểu 03'!D4")).toHaveLength(1);
    expect(at("'Biểu 03'!D4")[0].message).toContain("Thu nhập bình quân");
  });

  it("warns about dates and booleans in figure cells", () => {
    expect(rows[3].actual).toBeUndefined();
    expect(rows[4].actual).toBeUndefined();
    expect(at("'Biểu 03'!D5")).toHaveLength(1);
    expect(at("'Biểu 03'!D6")).toHaveLength(1);
  });

  it("only ever warns", () => {
    expect(diags.items.every((d) => d.severity === "warning")).toBe(true);
    expect(diags.items).toHaveLength(5);
  });
});

describe("findTables: two tables on one sheet", () => {
  const grid = sheet("Biểu 04", [
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
    [1, "Số hộ nghèo", "hộ", 99],
    [2, "Số hộ cận nghèo", "hộ", 54],
    [],
    ["STT", "Nội dung", "Đơn vị", "Kế hoạch", "Thực hiện"],
    [1, "Lao động có việc làm", "người", 110, 90],
  ]);
  const tables = findTables(grid, new Diagnostics());

  it("finds both, top to bottom, each with its own rows and columns", () => {
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.headerRows)).toEqual([[0], [4]]);
    expect(tables[0].rows.map((r) => (r as Indicator).name)).toEqual([
      "Số hộ nghèo",
      "Số hộ cận nghèo",
    ]);
    expect(tables[1].columns).toEqual({ order: 0, name: 1, unit: 2, plan: 3, actual: 4 });
    expect(tables[1].rows).toHaveLength(1);
    expect(tables[1].rows[0]).toMatchObject({
      name: "Lao động có việc làm",
      plan: 110,
      actual: 90,
      id: "Biểu 04!6",
    });
  });

  it("ends a table after three blank rows", () => {
    const g = sheet("S", [
      ["Chỉ tiêu", "Thực hiện"],
      ["Số hộ", 5],
      [],
      [],
      [],
      ["Ghi chép rời", 7],
    ]);
    const t = findTables(g, new Diagnostics());
    expect(t).toHaveLength(1);
    expect(t[0].rows).toHaveLength(1);
  });

  it("finds nothing in a sheet without a header", () => {
    expect(findTables(sheet("S", [["Số hộ", 5], ["Chỉ tiêu"]]), new Diagnostics())).toEqual([]);
    expect(findTables(sheet("S", []), new Diagnostics())).toEqual([]);
  });
});

describe("findTables: a table laid out differently", () => {
  const grid = sheet("Số liệu", [
    [
      "Nội dung",
      "Kết quả",
      "Đơn vị",
      "Chỉ tiêu giao",
      "Trên tổng số",
      "Mục báo cáo",
      "Mẫu câu",
      "Số lẻ",
      "Người phụ trách",
    ],
    ["1. Công tác dân vận", _, _, _, _, _, "bảng", _, _],
    ["a) Số hộ nghèo", 99, "hộ", _, 1389, _, _, 2, "Anh Tuấn"],
    ["Số cuộc đối thoại", "5", "cuộc", "4", _, "ĐÁNH GIÁ CHUNG", "{ten}: {th} {dvt}", "7", _],
  ]);
  const diags = new Diagnostics();
  const [t] = findTables(grid, diags);

  it("maps the other header names to their roles and lists the unknown one", () => {
    expect(t.columns).toEqual({
      name: 0,
      actual: 1,
      unit: 2,
      plan: 3,
      total: 4,
      section: 5,
      template: 6,
      precision: 7,
    });
    expect(t.unrecognised).toEqual([{ col: 8, text: "Người phụ trách" }]);
  });

  it("takes the number leading a title when there is no STT column", () => {
    expect(t.rows[0]).toMatchObject({
      kind: "group",
      number: "1",
      title: "Công tác dân vận",
      template: "bảng",
    });
    expect(t.rows[1]).toMatchObject({
      kind: "indicator",
      number: "a",
      name: "Số hộ nghèo",
      actual: 99,
      total: 1389,
      unit: "hộ",
      precision: 2,
    });
  });

  it("reads section, template, text figures, and warns about a bad precision", () => {
    const ind = t.rows[2] as Indicator;
    expect(ind).toMatchObject({
      number: "",
      name: "Số cuộc đối thoại",
      actual: 5,
      plan: 4,
      section: "ĐÁNH GIÁ CHUNG",
      template: "{ten}: {th} {dvt}",
    });
    expect(ind.precision).toBeUndefined();
    expect(diags.items).toHaveLength(1);
    expect(diags.items[0].where).toBe("'Số liệu'!H4");
    expect(diags.items[0].message).toContain("7");
  });
});

describe("splitNumberedTitle", () => {
  it.each([
    ["II. KẾT QUẢ", "II", "KẾT QUẢ"],
    ["II KẾT QUẢ", "II", "KẾT QUẢ"],
    ["2.2. Công tác dân vận của UBND", "2.2", "Công tác dân vận của UBND"],
    ["2.2 Công tác", "2.2", "Công tác"],
    ["a) Số hộ nghèo", "a", "Số hộ nghèo"],
    ["B. PHƯƠNG HƯỚNG", "B", "PHƯƠNG HƯỚNG"],
    ["đ) Điểm đ", "đ", "Điểm đ"],
    ["Số hộ nghèo", "", "Số hộ nghèo"],
    ["Y tế", "", "Y tế"],
    ["  Lao động có việc làm ", "", "Lao động có việc làm"],
  ])("%j → %j + %j", (text, number, title) => {
    expect(splitNumberedTitle(text)).toEqual({ number, title });
  });
});

describe("readFigure", () => {
  const cases: [CellValue, number | undefined, number][] = [
    [1389, 1389, 0],
    ["1.389", 1389, 0],
    ["28,75", 28.75, 0],
    [" 7,13% ", 7.13, 0],
    [null, undefined, 0],
    ["  ", undefined, 0],
    ["-", undefined, 0],
    ["—", undefined, 0],
    ["abc", undefined, 1],
    [{ error: "#N/A" }, undefined, 1],
    [NaN, undefined, 0],
  ];
  it.each(cases)("%j → %j with %d warning(s)", (v, expected, warnings) => {
    const d = new Diagnostics();
    expect(readFigure(v, "'Biểu 01'!E7", d)).toBe(expected);
    expect(d.items).toHaveLength(warnings);
    d.items.forEach((i) => expect(i.where).toBe("'Biểu 01'!E7"));
  });
});

describe("column-numbering rows with formulas", () => {
  test("a row such as (1) (2) (3) (4) (5)=(4)/(3) is skipped, not read as an indicator", () => {
    const diags = new Diagnostics();
    const [t] = findTables(
      sheet("Biểu", [
        ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "TH/KH"],
        ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)"],
        ["1", "Số hộ", 10, 8, 80],
      ]),
      diags
    );
    expect(t.rows).toHaveLength(1);
    expect((t.rows[0] as Indicator).name).toBe("Số hộ");
    expect(diags.items).toEqual([]);
  });
});
