/** The reader's grammar and decisions: periods, comparisons, units, rounding, columns by meaning. */
import { Diagnostics } from "../../src/core/diagnostics";
import { ratioConsistent } from "../../src/core/checking/rounding";
import { checkFigures } from "../../src/core/figure-check";
import { interpretHeader } from "../../src/core/headers";
import { parseComparison, parsePeriod } from "../../src/core/reading/periods";
import { normaliseUnit, isCountUnit } from "../../src/core/reading/units";
import { Indicator, composeName, findTables } from "../../src/core/tables";
import { foldKey } from "../../src/core/text";
import { differenceSentence } from "../../src/core/sentences";
import { CellValue, SheetGrid } from "../../src/core/grid";

const sheet = (rows: CellValue[][], name = "Biểu"): SheetGrid => ({
  name,
  cells: rows,
  merges: [],
});
const indicators = (g: SheetGrid, d = new Diagnostics()) =>
  findTables(g, d).flatMap((t) => t.rows.filter((r): r is Indicator => r.kind === "indicator"));

describe("periods named by headers", () => {
  test.each([
    ["Ước tính năm 2024", { status: "estimate", year: 2024, span: "năm" }],
    ["Thực hiện năm 2023", { status: "actual", year: 2023, span: "năm" }],
    ["Sơ bộ\nPrel.\n2022", { status: "preliminary", year: 2022 }],
    ["6 tháng đầu năm 2025", { year: 2025, span: "6 tháng" }],
    ["Quý III/2025", { year: 2025, span: "quý 3" }],
    ["Tháng 10/2025", { year: 2025, span: "tháng 10" }],
    ["Cùng kỳ năm trước", { samePeriod: true }],
    ["Kế hoạch năm 2025", { status: "plan", year: 2025 }],
    ["Chỉ tiêu giao", { status: "plan" }],
    ["Kỳ báo cáo", { thisPeriod: true }],
  ])("%j", (text, want) => {
    expect(parsePeriod(foldKey(text))).toMatchObject(want);
  });

  test("NFD and NFC headers read alike", () => {
    const nfd = "Ước tính năm 2024".normalize("NFD");
    expect(interpretHeader(nfd).period).toMatchObject({ status: "estimate", year: 2024 });
  });

  test.each(["Diện tích", "Chỉ tiêu", "Ghi chú"])("%j names no period", (text) => {
    expect(parsePeriod(foldKey(text))).toBeUndefined();
  });
});

describe("comparisons name the periods they compare", () => {
  test.each([
    ["Năm 2024 so với năm 2023 (%)", { a: { year: 2024 }, b: { year: 2023 }, form: "index" }],
    ["TH/KH (%)", { a: { status: "actual" }, b: { status: "plan" }, form: "index" }],
    ["2024/2023", { a: { year: 2024 }, b: { year: 2023 } }],
    ["So sánh 9 tháng 2025 với cùng kỳ", { a: { span: "9 tháng" }, b: { samePeriod: true } }],
    ["Tăng/giảm (%)", { form: "growth" }],
    ["Tăng, giảm (+/-)", { form: "difference" }],
    [
      "So với cùng kỳ năm trước (%) - 9 tháng năm 2025",
      { a: { span: "9 tháng", year: 2025 }, b: { samePeriod: true } },
    ],
  ])("%j", (text, want) => {
    const key = foldKey(text.replace(/\([^)]*\)/g, " "));
    expect(parseComparison(key, text)).toMatchObject(want);
  });
});

describe("units as Vietnamese writes them", () => {
  test.each([
    ["Ha", "ha"],
    ["Tấn", "tấn"],
    ["Tạ/ha", "tạ/ha"],
    ["Tr.đồng", "triệu đồng"],
    ["Tỷ đồng", "tỷ đồng"],
    ["Km2", "km²"],
    ["HTX", "HTX"],
    ["Nghìn Lượt khách", "nghìn lượt khách"],
    ["%", "%"],
    ["Người".normalize("NFD"), "người"],
  ])("%j → %j", (typed, want) => {
    expect(normaliseUnit(typed)).toBe(want);
  });

  test("counts are exact, measures are not", () => {
    expect(isCountUnit("hộ")).toBe(true);
    expect(isCountUnit("người")).toBe(true);
    expect(isCountUnit("ha")).toBe(false);
    expect(isCountUnit("tấn")).toBe(false);
  });
});

describe("names composed in natural order", () => {
  test.each([
    ["Lúa đông xuân", "Diện tích gieo trồng", "Diện tích gieo trồng lúa đông xuân"],
    ["Diện tích gieo trồng", "Lúa đông xuân", "Diện tích gieo trồng lúa đông xuân"],
    ["Chè", "Sản lượng", "Sản lượng chè"],
  ])("%j + %j → %j", (group, name, want) => {
    expect(composeName(group, name)).toBe(want);
  });
});

describe("rounding-aware ratios (issue 9 § 3)", () => {
  const rounded = (value: number) => ({ value, decimals: 0, exact: false });
  test("a published ratio computed from unrounded figures agrees", () => {
    // 2.422/2.374 = 102,02%, printed 102,04% (Đà Nẵng, annual crops 2024).
    expect(ratioConsistent({ value: 102.04, decimals: 2 }, rounded(2422), rounded(2374))).toBe(
      true
    );
  });
  test("a really wrong ratio does not", () => {
    expect(ratioConsistent({ value: 103.5, decimals: 1 }, rounded(2422), rounded(2374))).toBe(
      false
    );
  });
  test("counts are exact: 581/1.415 is 41,1%, not 41,6%", () => {
    const exact = (value: number) => ({ value, decimals: 0, exact: true });
    expect(ratioConsistent({ value: 41.6, decimals: 1 }, exact(581), exact(1415))).toBe(false);
    expect(ratioConsistent({ value: 41.1, decimals: 1 }, exact(581), exact(1415))).toBe(true);
  });
});

describe("a published crop table, the way the issue met it", () => {
  const rows: CellValue[][] = [
    ["KẾT QUẢ SẢN XUẤT MỘT SỐ CÂY HÀNG NĂM"],
    [
      "Phân loại",
      "Tên",
      "Đơn vị tính",
      "Thực hiện năm 2023",
      "Ước tính năm 2024",
      "Năm 2024 so với năm 2023 (%)",
    ],
    ["Lúa đông xuân", "Diện tích gieo trồng", "Ha", "2374", "2422", "102.04"],
    ["Lúa đông xuân", "Sản lượng", "Tấn", "15486", "16734", "108.06"],
    ["Lúa mùa", "Diện tích gieo trồng", "Ha", "2239", "2279", "110.5"],
  ];

  test("the estimate is this period, last year's actual the base, the crop named, units in Vietnamese", () => {
    const d = new Diagnostics();
    const [a, b, c] = indicators(sheet(rows), d);
    expect(a).toMatchObject({
      name: "Diện tích gieo trồng lúa đông xuân",
      unit: "ha",
      actual: 2422,
      samePeriod: 2374,
      published: { ratioSamePeriod: 102.04 },
    });
    expect(b).toMatchObject({ name: "Sản lượng lúa đông xuân", unit: "tấn", actual: 16734 });
    expect(c.name).toBe("Diện tích gieo trồng lúa mùa");
    // 102,04 is within the rounding of 2.422/2.374; 110,5 is not 2.279/2.239 = 101,8.
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ where: "Biểu!F5" });
    expect(d.items[0].message).toContain("110,5");
  });

  test("the Excel figure check agrees: no finding for the rounded ratio, one for the wrong one", () => {
    const g = sheet(
      rows.map((r) => r.map((v) => (typeof v === "string" && /^[\d.]+$/.test(v) ? Number(v) : v)))
    );
    const findings = checkFigures([g], findTables(g, new Diagnostics()));
    expect(findings.filter((f) => f.kind === "ratioMismatch").map((f) => f.address)).toEqual([
      "Biểu!F5",
    ]);
  });
});

describe("a yearbook time series", () => {
  const rows: CellValue[][] = [
    ["Dân số trung bình\nphân theo huyện/thành phố thuộc tỉnh"],
    [null, null, null, null, "ĐVT: Người - Unit: Person"],
    [null, 2019, 2020, 2021, "Sơ bộ\nPrel.\n2022"],
    ["TỔNG SỐ - TOTAL", "855.804", "861.216", "866.000", "871.724"],
    ["Huyện Đà Bắc\nDa Bac district", "55.100", "55.431", "55.600", "55.812"],
  ];
  test("the latest (preliminary) year is this period, the year before its base, the series kept", () => {
    const [total, district] = indicators(sheet(rows));
    expect(total).toMatchObject({
      name: "Dân số trung bình (tổng số)",
      unit: "người",
      actual: 871724,
      samePeriod: 866000,
    });
    expect(district.name).toBe("Dân số trung bình huyện Đà Bắc");
    expect(district.series?.map((p) => p.value)).toEqual([55100, 55431, 55600]);
    const [t] = findTables(sheet(rows), new Diagnostics());
    expect(t.baseKind).toBe("previous");
    expect(t.periods?.actual).toMatchObject({ status: "preliminary", year: 2022 });
  });
});

test("ambiguous headers are left for the clerk, not guessed", () => {
  const rows: CellValue[][] = [
    ["Chỉ tiêu", "Năm 2024", "Năm 2024"],
    ["Số hộ", 10, 12],
  ];
  const [t] = findTables(sheet(rows), new Diagnostics());
  expect(t?.columns.actual).toBeUndefined();
});

describe("parts named alike under several parents, and English grouping", () => {
  test("“Cá” under “Nuôi trồng” and under “Khai thác” are two indicators, each named with its parent and the title", () => {
    const rows: CellValue[][] = [
      ["9. Sản lượng thủy sản"],
      [null, null, null, "Nghìn tấn"],
      [null, "Năm 2023", "Ước tính năm 2024", "Năm 2024 so với năm 2023 (%)"],
      ["Tổng số", 9300, 9547, 102.66],
      ["Nuôi trồng", 5500, 5721.6, 104.03],
      ["Cá", 3700, 3826.6, 103.42],
      ["Khai thác", 3800, 3825.4, 100.67],
      ["Cá", 2900, 2946.5, 101.6],
    ];
    const names = indicators(sheet(rows)).map((i) => i.name);
    expect(names).toEqual([
      "Sản lượng thủy sản (tổng số)",
      "Sản lượng thủy sản nuôi trồng",
      "Sản lượng thủy sản cá nuôi trồng",
      "Sản lượng thủy sản khai thác",
      "Sản lượng thủy sản cá khai thác",
    ]);
  });

  test("a column written “1,512,300” reads “495,362” as 495.362, not 495,362", () => {
    const rows: CellValue[][] = [
      ["Chỉ tiêu", "Dự toán 2020", "ƯTH 2020"],
      ["Thu ngân sách", "1,512,300", "1,323,100"],
      ["Chi đầu tư phát triển", "470,600", "495,362"],
    ];
    const [, invest] = indicators(sheet(rows));
    expect(invest).toMatchObject({ plan: 470600, actual: 495362 });
  });
});

test("a workbook exported with prefixed SpreadsheetML (PX-Web) reads", async () => {
  const { readFileSync } = await import("node:fs");
  const { readWorkbook } = await import("../../src/io/xlsx");
  const file = "test/fixtures/real-tables/statistics/gso-pxweb-v02-01-dan-so-trung-binh.xlsx";
  const [g] = await readWorkbook(readFileSync(file));
  expect(g.cells[2].slice(1, 3)).toEqual(["2011", "2012"]);
});

test("breakdowns (Nam, Nữ, Thành thị…) under a figure are its parts, in its unit", () => {
  const rows: CellValue[][] = [
    [null, "Năm 2023", "Ước tính năm 2024"],
    ["Dân số trung bình (Nghìn người)", 100309.2, 101343.75],
    ["Nam", 50000.1, 50576.95],
    ["Nữ", 50309.1, 50766.8],
    ["Thành thị", 38000, 38977.15],
  ];
  const names = indicators(sheet(rows)).map((i) => [i.name, i.unit]);
  expect(names).toEqual([
    ["Dân số trung bình", "nghìn người"],
    ["Dân số trung bình nam", "nghìn người"],
    ["Dân số trung bình nữ", "nghìn người"],
    ["Dân số trung bình thành thị", "nghìn người"],
  ]);
});

describe("shapes commune tables take", () => {
  const read = (rows: CellValue[][], merges: SheetGrid["merges"] = []) =>
    findTables({ name: "S", cells: rows, merges }, new Diagnostics())[0];

  test("a plan of the year, a half-year's actual and TH/KH under a merged “So sánh (%)”", () => {
    const t = read([
      ["TT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH 6 tháng 2024", "So sánh (%)", null],
      [null, null, null, null, null, "TH/KH", "Cùng kỳ"],
      ["1", "Số hộ nghèo", "Hộ", 100, 60, 60, null],
    ]);
    expect(t.columns).toMatchObject({ plan: 3, actual: 4, ratioPlan: 5 });
    expect(t.rows[0]).toMatchObject({ name: "Số hộ nghèo", unit: "hộ", actual: 60, plan: 100 });
  });

  test("next year's plan is not this year's base", () => {
    const t = read([
      ["STT", "Chỉ tiêu", "ĐVT", "Ước TH năm 2024", "KH năm 2025"],
      ["1", "Thu ngân sách", "Tr.đồng", "5.000", "5.500"],
    ]);
    expect(t.columns.actual).toBe(3);
    expect(t.columns.plan).toBeUndefined();
    expect(t.rows[0]).toMatchObject({ unit: "triệu đồng", actual: 5000 });
  });

  test("two years each with a plan and an actual: this year's plan, last year's actual", () => {
    const t = read(
      [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023", null, "Năm 2024", null],
        [null, null, null, "Kế hoạch", "Thực hiện", "Kế hoạch", "Ước TH"],
        ["1", "Giá trị sản xuất", "Tỷ đồng", 100, 105, 110, 112],
      ],
      [
        { top: 0, left: 3, bottom: 0, right: 4 },
        { top: 0, left: 5, bottom: 0, right: 6 },
      ]
    );
    expect(t.columns).toMatchObject({ plan: 5, samePeriod: 4, actual: 6 });
  });

  test("“Tổng số hộ | Số hộ nghèo | Tỷ lệ”: the part is the figure, the total its base, places named", () => {
    const t = read([
      ["Xã, phường", "Tổng số hộ", "Số hộ nghèo", "Tỷ lệ hộ nghèo (%)"],
      ["Xã A", 1200, 60, 5],
    ]);
    expect(t.columns).toMatchObject({ name: 0, total: 1, actual: 2, ratioShare: 3 });
    expect(t.rows[0]).toMatchObject({ name: "Số hộ nghèo xã A", actual: 60, total: 1200 });
  });

  test("a generic “Số lượng” names no subject", () => {
    const t = read([
      ["STT", "Nội dung", "Số lượng", "Tỷ lệ (%)"],
      ["1", "Hộ nghèo", 99, 7.13],
    ]);
    expect(t.rows[0]).toMatchObject({ name: "Hộ nghèo", actual: 99 });
  });
});

test("measures side by side, no period: one indicator per row and measure, in the measure's unit", () => {
  const rows: CellValue[][] = [
    ["Địa phương", "Cây trồng", "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)"],
    ["Hòa Vang", "Lúa", "2289.25", "64.59", "14787.79"],
    ["Huyện Đà Bắc", "Lúa", "88.9", "68.05", "604.97"],
  ];
  const got = indicators(sheet(rows)).map((i) => [i.id, i.name, i.unit, i.actual]);
  expect(got).toEqual([
    ["Biểu!2", "Diện tích lúa Hòa Vang", "ha", 2289.25],
    ["Biểu!2:D", "Năng suất lúa Hòa Vang", "tạ/ha", 64.59],
    ["Biểu!2:E", "Sản lượng lúa Hòa Vang", "tấn", 14787.79],
    ["Biểu!3", "Diện tích lúa huyện Đà Bắc", "ha", 88.9],
    ["Biểu!3:D", "Năng suất lúa huyện Đà Bắc", "tạ/ha", 68.05],
    ["Biểu!3:E", "Sản lượng lúa huyện Đà Bắc", "tấn", 604.97],
  ]);
});

test("a name wrapped over two rows is one name", () => {
  const rows: CellValue[][] = [
    [null, "Năm 2023", "Ước tính năm 2024"],
    ["Tổng sản lượng lương", null, null],
    ["thực có hạt (Nghìn tấn)", 47935.6, 47870.5],
  ];
  const t = findTables(sheet(rows), new Diagnostics())[0];
  expect(t.rows).toHaveLength(1);
  expect(t.rows[0]).toMatchObject({ name: "Tổng sản lượng lương thực có hạt", unit: "nghìn tấn" });
});

test("a table whose rows are periods: each column an indicator, the latest row this period", () => {
  const rows: CellValue[][] = [
    ["Năm", "Diện tích có rừng (ĐVT: Ha)", "Tỷ lệ che phủ rừng (ĐVT: %)"],
    ["Năm 2020", "61004", "47.2"],
    ["Năm 2021", "60970", "47.17"],
    ["Sơ bộ 2022", "58805", "45.5"],
  ];
  const t = findTables(sheet(rows), new Diagnostics())[0];
  expect(t.periodRows).toEqual({ actual: "Sơ bộ 2022", base: "Năm 2021" });
  expect(t.rows).toMatchObject([
    { id: "Biểu!4:B", name: "Diện tích có rừng", unit: "ha", actual: 58805, samePeriod: 60970 },
    { id: "Biểu!4:C", name: "Tỷ lệ che phủ rừng", unit: "%", actual: 45.5, samePeriod: 47.17 },
  ]);
  expect((t.rows[0] as Indicator).series?.map((p) => p.value)).toEqual([61004, 60970]);
});

test("the report's period picks the month or the cumulative column; without it, the cumulative", () => {
  const rows: CellValue[][] = [
    ["Chỉ tiêu", "Ước tính tháng 10 năm 2023", "Lũy kế 10 tháng năm 2023"],
    ["Doanh thu bán lẻ", "3.415,7", "33.871,4"],
  ];
  const actual = (period?: string) =>
    (findTables(sheet(rows), new Diagnostics(), [], period)[0].rows[0] as Indicator).actual;
  expect(actual()).toBe(33871.4);
  expect(actual("tháng 10 năm 2023")).toBe(3415.7);
  expect(actual("10 tháng năm 2023")).toBe(33871.4);
});

test("a title naming the month or the running total picks that column; the report's period comes first", () => {
  const rows = (title: string): CellValue[][] => [
    [title],
    ["Chỉ tiêu", "Ước tính tháng 5 năm 2024", "Lũy kế 5 tháng năm 2024"],
    ["Lượt khách", "172,9", "805,4"],
  ];
  const actual = (title: string, period?: string) =>
    (findTables(sheet(rows(title)), new Diagnostics(), [], period)[0].rows[0] as Indicator).actual;
  expect(actual("Hoạt động du lịch tháng 5 năm 2024")).toBe(172.9);
  expect(actual("Hoạt động du lịch (tháng 5 và 5 tháng năm 2024)")).toBe(805.4);
  expect(actual("Hoạt động du lịch năm 2024")).toBe(805.4);
  expect(actual("Hoạt động du lịch tháng 5 năm 2024", "5 tháng năm 2024")).toBe(805.4);
});

test("a lone “Đơn vị tính” row under the header is the table's unit, not a row", () => {
  const rows: CellValue[][] = [
    [null, "Ước tính tháng 10 năm 2023", "Tháng 10/2023 so với cùng kỳ năm trước (%)"],
    ["Đơn vị tính : Tỷ đồng", null, null],
    ["Tổng số", "4671,4", "113,0"],
  ];
  const [t] = findTables(sheet(rows), new Diagnostics());
  expect(t.rows.map((r) => r.kind === "indicator" && [r.name, r.unit, r.actual])).toEqual([
    ["Tổng số", "tỷ đồng", 4671.4],
  ]);
});

test("a rate with no unit anywhere is in %, with one warning per table naming the cell", () => {
  const d = new Diagnostics();
  const rows: CellValue[][] = [
    ["Tỷ lệ tăng dân số phân theo địa phương"],
    [null, "2021", "Sơ bộ 2022"],
    ["CẢ NƯỚC", "0,94", "0,97"],
    ["Hà Nội", "1,02", "1,26"],
  ];
  const got = indicators(sheet(rows), d).map((i) => [i.name, i.unit]);
  expect(got).toEqual([
    ["Tỷ lệ tăng dân số cả nước", "%"],
    ["Tỷ lệ tăng dân số Hà Nội", "%"],
  ]);
  expect(d.items.filter((x) => /đã hiểu là %/.test(x.message)).map((x) => x.where)).toEqual([
    "Biểu!A3",
  ]);
  // A count stays without a unit rather than get a guessed one.
  const counts = indicators(
    sheet([
      ["Chỉ tiêu", "Năm 2024"],
      ["Số hộ", "120"],
    ])
  );
  expect(counts[0].unit).toBe("");
});

test("measures under each period (“Lượng | Trị giá”) are one table per measure, with its units", () => {
  const rows: CellValue[][] = [
    ["Hàng hóa xuất khẩu"],
    [null, null, null, null, "Nghìn tấn; Triệu USD"],
    [null, "Năm 2023", null, "Năm 2024", null, "Năm 2024 so với năm 2023 (%)", null],
    [null, "Lượng", "Trị giá", "Lượng", "Trị giá", "Lượng", "Trị giá"],
    ["TỔNG TRỊ GIÁ", null, "354.700", null, "405.531,7", null, "114,3"],
    ["Mặt hàng chủ yếu"],
    ["Cà phê", "1.623,1", "4.242,4", "1.343,5", "5.620,2", "82,8", "132,5"],
    ["Sắt thép", null, "8.346,9", null, "9.080,0", null, "108,8"],
  ];
  const got = findTables(sheet(rows), new Diagnostics()).flatMap((t) =>
    t.rows.flatMap((r) =>
      r.kind === "indicator" ? [[r.id, r.name, r.unit, r.actual, r.samePeriod, r.stated]] : []
    )
  );
  expect(got).toEqual([
    ["Biểu!7:D", "Lượng cà phê", "nghìn tấn", 1343.5, 1623.1, { ratioSamePeriod: 82.8 }],
    ["Biểu!5:E", "Tổng trị giá", "triệu USD", 405531.7, 354700, { ratioSamePeriod: 114.3 }],
    ["Biểu!7:E", "Trị giá cà phê", "triệu USD", 5620.2, 4242.4, { ratioSamePeriod: 132.5 }],
    ["Biểu!8:E", "Trị giá sắt thép", "triệu USD", 9080, 8346.9, { ratioSamePeriod: 108.8 }],
  ]);
});

test("a block of indices (“Năm trước = 100”) under the figures gives their ratios, checked", () => {
  const d = new Diagnostics();
  const rows: CellValue[][] = [
    ["Số lớp học phổ thông"],
    [null, "2021-2022", "Sơ bộ 2022-2023"],
    ["Tiểu học - Primary", "3.277", "3.204"],
    ["Công lập - Public", "3.261", "3.187"],
    ["Ngoài công lập - Non-public", "16", "17"],
    ["Trung học cơ sở", "1.837", "1.857"],
    ["Công lập - Public", "1.833", "1.852"],
    ["Ngoài công lập - Non-public", "4", "5"],
    [null, "Chỉ số phát triển (Năm trước = 100) - %"],
    [null, "Index (Previous year = 100) - %"],
    ["Tiểu học - Primary", "99,30", "97,77"],
    ["Ngoài công lập - Non-public", "145,45", "106,25"],
    ["Trung học cơ sở", "101,43", "120,00"],
  ];
  const got = indicators(sheet(rows), d).map((i) => [i.name, i.actual, i.stated]);
  expect(got).toEqual([
    ["Số lớp học phổ thông tiểu học", 3204, { ratioSamePeriod: 97.77 }],
    ["Số lớp học phổ thông tiểu học công lập", 3187, {}],
    ["Số lớp học phổ thông tiểu học ngoài công lập", 17, { ratioSamePeriod: 106.25 }],
    ["Số lớp học phổ thông trung học cơ sở", 1857, { ratioSamePeriod: 120 }],
    ["Số lớp học phổ thông trung học cơ sở công lập", 1852, {}],
    ["Số lớp học phổ thông trung học cơ sở ngoài công lập", 5, {}],
  ]);
  // 1.857/1.837 is 101,09%, not 120,00%: the clerk is told, at the index's cell.
  expect(d.items.map((x) => x.where)).toEqual(["Biểu!C13"]);
});

test("a table of targets is about its target year; an average growth rate is no ratio", () => {
  const rows = (title: string): CellValue[][] => [
    [title],
    [
      "TT",
      "Chỉ tiêu",
      "ĐVT",
      "Thực hiện 2005",
      "Tốc độ phát triển bình quân (%) 2000 – 2005",
      "Dự kiến 2010",
    ],
    ["1", "Tổng giá trị sản xuất", "tỷ đồng", "2.482", "41,06", "5.114"],
    ["2", "Phổ cập bậc trung học", "-", "-", "-", "hoàn thành"],
  ];
  const read = (title: string) => {
    const [t] = findTables(sheet(rows(title)), new Diagnostics());
    const i = t.rows[0] as Indicator;
    return [i.actual, i.samePeriod, i.stated, t.baseKind, (t.rows[1] as Indicator).unit];
  };
  expect(
    read("Biểu tổng hợp dự kiến các chỉ tiêu phát triển kinh tế - xã hội 5 năm (2005 – 2010)")
  ).toEqual([5114, 2482, {}, "previous", ""]);
  // A report of results with next period's plan beside it is about the results.
  expect(read("Kết quả thực hiện năm 2005 và kế hoạch năm 2010")[0]).toBe(2482);
});

test("a table of changes only (“Năm N so với năm N−1”, negative values) states the latest change", () => {
  const rows: CellValue[][] = [
    [null, "Năm 2022 so với năm 2021", "Năm 2023 so với năm 2022", "Năm 2024 so với năm 2023"],
    ["Đà Nẵng", "442,3", "912,7", "-1336,4"],
  ];
  const d = new Diagnostics();
  const [i] = indicators(sheet(rows, "luong_mua_thay_doi_qua_tung_nam"), d);
  expect([i.name, i.unit, i.actual, i.difference]).toEqual([
    "Lượng mưa Đà Nẵng",
    "mm",
    undefined,
    { value: -1336.4, against: "năm 2023" },
  ]);
  expect(differenceSentence(i)).toBe("Lượng mưa Đà Nẵng: giảm 1.336,4 mm so với năm 2023.");
  expect(d.items.map((x) => x.where)).toEqual(["luong_mua_thay_doi_qua_tung_nam!D2"]);
  // Indices, all positive, stay indices: no change is made up.
  const indices = indicators(sheet([rows[0], ["Đà Nẵng", "102,3", "98,7", "101,4"]]));
  expect(indices[0].difference).toBeUndefined();
});

test("a known measure's unit wins over a mistyped one, with a warning", () => {
  const d = new Diagnostics();
  const rows: CellValue[][] = [
    ["Phân loại", "Năm 2023 (ĐVT: Giờ)", "Sơ bộ 2024 (ĐVT: Giờ)"],
    ["Tháng 10", "1.220", "1.219,6"],
  ];
  const [i] = indicators(sheet(rows, "luong_mua"), d);
  expect([i.name, i.unit]).toEqual(["Lượng mưa tháng 10", "mm"]);
  expect(d.items.map((x) => x.message)).toEqual([
    "Biểu ghi đơn vị “giờ” nhưng lượng mưa đo bằng mm; báo cáo dùng mm. Kiểm tra lại.",
  ]);
  // Sunshine in hours is what it says.
  const sun = indicators(sheet(rows, "so_gio_nang"));
  expect(sun[0].unit).toBe("giờ");
});

test("statistics office layouts: a unit over or under the header, a structure block, flat parts", () => {
  const rows: CellValue[][] = [
    ["45. Một số chỉ tiêu lao động"],
    [null, null, null, "Nghìn người"],
    [null, "Quý IV năm 2019", "Ước tính năm 2019"],
    [],
    [null, "Nghìn người", "Nghìn người"],
    ["Lực lượng lao động", "56.140,0", "55.774,6"],
    ["Nam", "29.117,0", "29.113,3"],
    ["Nữ", "27.023,0", "26.661,3"],
    ["Châu Á", "100,0", "130,0"],
    ["Nhật Bản", "60,0", "70,0"],
    ["Một số nước khác", "40,0", "60,0"],
    ["Châu Âu", "50,0", "52,0"],
    ["Pháp", "20,0", "22,0"],
    ["Một số nước khác", "30,0", "30,0"],
    ["In-đô-nê-xi-a", "5,0", "6,0"],
    [null, "Cơ cấu - %"],
    ["Lực lượng lao động", "100,0", "100,0"],
    ["Nam", "51,9", "52,2"],
    ["Nữ", "48,1", "47,8"],
  ];
  const got = indicators(sheet(rows)).map((i) => [i.name, i.unit, i.actual, i.stated]);
  expect(got).toEqual([
    ["Lực lượng lao động", "nghìn người", 55774.6, {}],
    ["Lực lượng lao động nam", "nghìn người", 29113.3, { ratioShare: 52.2 }],
    ["Lực lượng lao động nữ", "nghìn người", 26661.3, { ratioShare: 47.8 }],
    ["Châu Á", "nghìn người", 130, {}],
    ["Nhật Bản", "nghìn người", 70, {}],
    ["Một số nước khác (Châu Á)", "nghìn người", 60, {}],
    ["Châu Âu", "nghìn người", 52, {}],
    ["Pháp", "nghìn người", 22, {}],
    ["Một số nước khác (Châu Âu)", "nghìn người", 30, {}],
    ["In-đô-nê-xi-a", "nghìn người", 6, {}],
  ]);
});

test("measures with their units under a period and under a comparison (“Diện tích | Năng suất”)", () => {
  const rows: CellValue[][] = [
    ["5. Diện tích, năng suất, sản lượng lúa đông xuân năm 2021"],
    [
      null,
      "Thực hiện vụ đông xuân năm 2021",
      null,
      "Vụ đông xuân năm 2021 so với vụ đông xuân 2020 (%)",
    ],
    [null, "Diện tích", "Năng suất", "Diện\ntích", "Năng\nsuất"],
    [null, "(Nghìn ha)", "(Tạ/ha)"],
    ["CẢ NƯỚC", "3.006,7", "68,3", "99,4", "104,0"],
    ["Hà Nội", "85,1", "61,7", "97,9", "103,4"],
  ];
  const sheetWithMerges = {
    ...sheet(rows),
    merges: [
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 4 },
    ],
  };
  const got = findTables(sheetWithMerges, new Diagnostics()).flatMap((t) =>
    t.rows.flatMap((r) =>
      r.kind === "indicator" ? [[r.id, r.name, r.unit, r.actual, r.stated]] : []
    )
  );
  expect(got).toEqual([
    ["Biểu!5:B", "Diện tích cả nước", "nghìn ha", 3006.7, { ratioSamePeriod: 99.4 }],
    ["Biểu!6:B", "Diện tích Hà Nội", "nghìn ha", 85.1, { ratioSamePeriod: 97.9 }],
    ["Biểu!5:C", "Năng suất cả nước", "tạ/ha", 68.3, { ratioSamePeriod: 104 }],
    ["Biểu!6:C", "Năng suất Hà Nội", "tạ/ha", 61.7, { ratioSamePeriod: 103.4 }],
  ]);
});

test("rows right after a row that add up to it are its parts; a near sum is not", () => {
  const rows = (third: string): CellValue[][] => [
    ["Chỉ tiêu", "Năm 2024"],
    ["Lao động đang làm việc", "120"],
    ["Nông nghiệp", "50"],
    ["Dịch vụ", third],
    ["Hộ kinh doanh", "12"],
  ];
  expect(indicators(sheet(rows("70"))).map((i) => i.name)).toEqual([
    "Lao động đang làm việc",
    "Nông nghiệp (Lao động đang làm việc)",
    "Dịch vụ (Lao động đang làm việc)",
    "Hộ kinh doanh",
  ]);
  expect(indicators(sheet(rows("71"))).map((i) => i.name)).toEqual([
    "Lao động đang làm việc",
    "Nông nghiệp",
    "Dịch vụ",
    "Hộ kinh doanh",
  ]);
});

test("a target typed with a qualifier is read, with a warning naming the cell", () => {
  const d = new Diagnostics();
  const rows: CellValue[][] = [
    ["Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Ước TH năm 2025"],
    ["Tỷ lệ lao động qua đào tạo", "%", "Khoảng 66", "66,5"],
    ["Tỷ lệ tham gia BHYT", "%", "≥ 95%", "95,2"],
  ];
  const [a, b] = indicators(sheet(rows), d);
  expect(a.plan).toBe(66);
  expect(b.plan).toBe(95);
  expect(d.items.map((x) => [x.where, x.message])).toEqual([
    [
      "Biểu!C2",
      "Ô “Khoảng 66” được đọc là 66 (bỏ chữ “Khoảng”); kiểm tra lại nếu cần số chính xác.",
    ],
    ["Biểu!C3", "Ô “≥ 95%” được đọc là 95% (bỏ chữ “≥”); kiểm tra lại nếu cần số chính xác."],
  ]);
});

describe("ratio headers commune tables write", () => {
  const read = (rows: CellValue[][]) => findTables(sheet(rows), new Diagnostics())[0];

  test("“Tỷ lệ % so KH” and “Tỷ lệ % so CK” are the ratios to the plan and the same period", () => {
    const t = read([
      [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Kế hoạch năm 2025",
        "Thực hiện 6 tháng",
        "Tỷ lệ % so KH",
        "Cùng kỳ năm trước",
        "Tỷ lệ % so CK",
      ],
      ["1", "Thu ngân sách", "triệu đồng", 1000, 600, 60, 500, 120],
    ]);
    expect(t.columns).toMatchObject({
      plan: 3,
      actual: 4,
      ratioPlan: 5,
      samePeriod: 6,
      ratioSamePeriod: 7,
    });
  });

  test("“TH năm trước | KH năm nay | Ước TH năm nay | So KH (%) | So CK (%)”", () => {
    const t = read([
      [
        "TT",
        "Chỉ tiêu",
        "ĐVT",
        "TH năm trước",
        "KH năm nay",
        "Ước TH năm nay",
        "So KH (%)",
        "So CK (%)",
      ],
      ["1", "Số hộ nghèo", "hộ", 120, 100, 99, 99, 82.5],
    ]);
    expect(t.columns).toMatchObject({
      samePeriod: 3,
      plan: 4,
      actual: 5,
      ratioPlan: 6,
      ratioSamePeriod: 7,
    });
  });

  test("“Số hộ | Số hộ nghèo | Tỷ lệ (%)”: the shorter is the total of the longer", () => {
    const t = read([
      ["STT", "Tên xã", "Số hộ", "Số hộ nghèo", "Tỷ lệ (%)"],
      ["1", "Xã A", 1200, 60, 5],
    ]);
    expect(t.columns).toMatchObject({ name: 1, total: 2, actual: 3, ratioShare: 4 });
    expect(t.rows[0]).toMatchObject({ name: "Số hộ nghèo xã A", actual: 60, total: 1200 });
  });
});
