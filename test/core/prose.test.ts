/**
 * "Văn xuôi": the sentence planner of src/core/writing/prose.ts. Each golden sentence quotes the
 * seed report sentence it imitates (../shared/reference/bao-cao-mau/).
 */
import fc from "fast-check";
import { checkParagraphs } from "../../src/core/checker";
import { Diagnostics } from "../../src/core/diagnostics";
import { plainText } from "../../src/core/document";
import { formatCount } from "../../src/core/numbers";
import { buildReport } from "../../src/core/report";
import { DEFAULT_SENTENCE_OPTIONS, SentenceOptions } from "../../src/core/sentences";
import type { Period } from "../../src/core/reading/periods";
import { Indicator } from "../../src/core/tables";
import { LONG_LIST, measured, proseParagraphs } from "../../src/core/writing/prose";
import { indicatorGrid } from "../doubles/word/scenarios";
import { indicator } from "./fixtures";

const TWO: SentenceOptions = { precision: { decimals: 2 }, padCounts: true, style: "prose" };
const ONE: SentenceOptions = { ...DEFAULT_SENTENCE_OPTIONS, style: "prose" };

let row = 10;
/** An indicator on its own row (distinct ids). */
const ind = (over: Partial<Indicator>): Indicator => indicator({ row: row, id: `Biểu 01!${++row}`, ...over });

function prose(indicators: Indicator[], opts = ONE, diags = new Diagnostics()): string[] {
  return proseParagraphs(indicators, opts, diags).map((p) => plainText(p.runs));
}

describe("the noun said once", () => {
  // Seed 000: "xã có 14 xóm, với tổng số 1.389 hộ, dân số là 5.387 nhân khẩu".
  test.each([
    ["Số xóm", "xóm", "14", "14 xóm"],
    ["Tổng số hộ", "hộ", "1.389", "tổng số 1.389 hộ"],
    ["Dân số", "nhân khẩu", "5.387", "dân số là 5.387 nhân khẩu"],
    ["Số chi bộ trực thuộc Đảng bộ xã", "chi bộ", "19", "19 chi bộ trực thuộc Đảng bộ xã"],
    ["Lao động được giải quyết việc làm", "lao động", "90/110", "90/110 lao động được giải quyết việc làm"],
    ["Diện tích tự nhiên", "km²", "28,75", "diện tích tự nhiên là 28,75 km²"],
    ["HTX nông nghiệp", "HTX", "3", "3 HTX nông nghiệp"],
    ["Tỷ lệ hộ nghèo", "%", "3,3", "tỷ lệ hộ nghèo là 3,3%"],
  ])("%s (%s) %s → %s", (name, unit, figure, expected) => {
    expect(measured(name, unit, figure)).toBe(expected);
  });

  test("a section of figures is one paragraph, in workbook order, no label repeating its unit", () => {
    const text = prose([
      ind({ name: "Số xóm", unit: "xóm", actual: 14 }),
      ind({ name: "Tổng số hộ", unit: "hộ", actual: 1389 }),
      ind({ name: "Dân số", unit: "nhân khẩu", actual: 5387 }),
    ]);
    expect(text).toEqual(["Có 14 xóm; tổng số 1.389 hộ; dân số là 5.387 nhân khẩu."]);
  });
});

describe("trong đó: a total and its parts", () => {
  test("rows numbered under a total; the last part joined with và", () => {
    // Seed 000: "Đảng bộ lãnh đạo 19 chi bộ trực thuộc, trong đó 14 chi bộ nông thôn và 5 chi bộ cơ quan".
    const text = prose([
      ind({ number: "1", name: "Số chi bộ trực thuộc", unit: "chi bộ", actual: 19 }),
      ind({ number: "1.1", name: "Chi bộ nông thôn", unit: "chi bộ", actual: 14 }),
      ind({ number: "1.2", name: "Chi bộ cơ quan", unit: "chi bộ", actual: 5 }),
    ]);
    expect(text).toEqual([
      "Có 19 chi bộ trực thuộc, trong đó 14 chi bộ nông thôn và 05 chi bộ cơ quan.",
    ]);
  });

  test("rows sharing one total: the total once, each share without repeating it", () => {
    // Issue 12: "Tổng số 1.389 hộ, trong đó hộ nghèo 99 hộ (chiếm 7,13%), hộ cận nghèo 54 hộ (chiếm 3,89%)".
    const text = prose(
      [
        ind({ name: "Số hộ nghèo", actual: 99, total: 1389 }),
        ind({ name: "Số hộ cận nghèo", actual: 54, total: 1389 }),
        ind({ name: "Số hộ thoát nghèo", actual: 69 }),
      ],
      TWO
    );
    expect(text).toEqual([
      "Tổng số 1.389 hộ, trong đó 99 hộ nghèo (chiếm 7,13%) và 54 hộ cận nghèo (chiếm 3,89%); 69 hộ thoát nghèo.",
    ]);
  });

  test("a row whose total is the row above: its part, the share of it", () => {
    const text = prose([
      ind({ name: "Tài khoản định danh đã thu nhận", unit: "tài khoản", actual: 2518, total: 4253 }),
      ind({ name: "Tài khoản đã kích hoạt", unit: "tài khoản", actual: 1513, total: 2518 }),
    ]);
    expect(text).toEqual([
      "Có 2.518/4.253 tài khoản định danh đã thu nhận (chiếm 59,2%), trong đó 1.513 tài khoản đã kích hoạt (chiếm 60,1%).",
    ]);
  });

  test("a row named “Trong đó …” is a part, its prefix dropped", () => {
    const text = prose([
      ind({ name: "Tổng số đảng viên", unit: "đảng viên", actual: 282 }),
      ind({ name: "Trong đó: đảng viên nữ", unit: "đảng viên", actual: 80 }),
    ]);
    expect(text).toEqual(["Tổng số 282 đảng viên, trong đó 80 đảng viên nữ."]);
  });

  test("parts adding up to more than their total: written as they are, with a warning naming the cells", () => {
    const diags = new Diagnostics();
    const text = prose(
      [
        ind({ number: "1", name: "Số hộ", actual: 100 }),
        ind({ number: "1.1", name: "Hộ nghèo", actual: 70, cells: { actual: "'Biểu 01'!E8" } }),
        ind({ number: "1.2", name: "Hộ cận nghèo", actual: 40, cells: { actual: "'Biểu 01'!E9" } }),
      ],
      ONE,
      diags
    );
    expect(text).toEqual(["Có 100 hộ, trong đó 70 hộ nghèo và 40 hộ cận nghèo."]);
    expect(diags.items.map((d) => d.message)).toEqual([
      expect.stringMatching(/cộng lại được 110, lớn hơn tổng số 100.*'Biểu 01'!E8, 'Biểu 01'!E9/),
    ]);
  });
});

describe("stated bases and the verb of the ratio", () => {
  test("a share names its base: chiếm", () => {
    // Seed 000: "số cán bộ là người dân tộc là 14/19 chiếm 73,6%".
    expect(
      prose([ind({ name: "Cán bộ, công chức là người dân tộc thiểu số", unit: "người", actual: 14, total: 19 })])
    ).toEqual(["Cán bộ, công chức là người dân tộc thiểu số: 14/19 người (chiếm 73,7%)."]);
  });

  test("progress against a plan: đạt, or vượt", () => {
    // Seed 000: "đã giải quyết 90/110 lao động có việc làm, đạt 81,8%".
    expect(
      prose([
        ind({ name: "Lao động được giải quyết việc làm", unit: "lao động", actual: 90, plan: 110 }),
        ind({ name: "Hội nghị tiếp xúc cử tri", unit: "hội nghị", actual: 6, plan: 5 }),
      ])
    ).toEqual([
      "Có 90/110 lao động được giải quyết việc làm (đạt 81,8% kế hoạch); 06/05 hội nghị tiếp xúc cử tri (vượt 20% kế hoạch).",
    ]);
  });

  test("against the same period: tăng, giảm; gấp … lần from 200%", () => {
    // Seed 002: "thu hút khách du lịch gấp 3 lần năm 2022".
    expect(
      prose([
        ind({ name: "Khách du lịch", unit: "lượt", actual: 12000, samePeriod: 10993 }),
        ind({ name: "Lượt khách lưu trú", unit: "lượt", actual: 960, samePeriod: 300 }),
      ])
    ).toEqual([
      "Khách du lịch là 12.000 lượt, tăng 9,2% so với cùng kỳ; 960 lượt khách lưu trú, gấp 3,2 lần cùng kỳ.",
    ]);
  });

  test("a rate in % changes by percentage points, from one value to the other", () => {
    // Seed 003: "tỷ lệ hộ nghèo giảm 0,9%, từ 4,2% cuối năm 2020 xuống còn 3,3% cuối tháng 5 năm 2023".
    expect(
      prose([
        ind({ name: "Tỷ lệ hộ nghèo", unit: "%", actual: 3.3, samePeriod: 4.2 }),
        ind({ name: "Tỷ lệ người dân tham gia bảo hiểm y tế", unit: "%", actual: 93, samePeriod: 90 }),
      ])
    ).toEqual([
      "Tỷ lệ hộ nghèo giảm 0,9 điểm phần trăm, từ 4,2% xuống còn 3,3%; tỷ lệ người dân tham gia bảo hiểm y tế tăng 3 điểm phần trăm, từ 90% lên 93%.",
    ]);
  });
});

describe("periods: ước đạt, sơ bộ, the base period named", () => {
  const periods = (actual: Partial<Period>, samePeriod?: Partial<Period>) => ({
    ...ONE,
    periodsOf: () => ({
      actual: { words: [], ...actual },
      samePeriod: samePeriod && { words: [], ...samePeriod },
    }),
  });

  test("an estimate is ước đạt, compared with the year its header names", () => {
    // Cục Thống kê Thừa Thiên Huế, tháng 10/2023: "Doanh thu bán lẻ … ước đạt 3.415,7 tỷ đồng, tăng 13,7% so với cùng kỳ".
    const opts = periods({ status: "estimate", year: 2024 }, { status: "actual", year: 2023 });
    expect(
      prose([ind({ name: "Sản lượng lương thực có hạt", unit: "tấn", actual: 31895, samePeriod: 29216 })], opts)
    ).toEqual(["Sản lượng lương thực có hạt ước đạt 31.895 tấn, tăng 9,2% so với năm 2023."]);
  });

  test("a preliminary figure says so; a rate names both years", () => {
    // Seed 003: "tỷ lệ hộ nghèo giảm 0,9%, từ 4,2% cuối năm 2020 xuống còn 3,3% cuối tháng 5 năm 2023".
    const opts = periods({ status: "preliminary", year: 2022 }, { year: 2021 });
    expect(
      prose(
        [
          ind({ name: "Diện tích có rừng", unit: "ha", actual: 58805, samePeriod: 61000 }),
          ind({ name: "Tỷ lệ che phủ rừng", unit: "%", actual: 45.5, samePeriod: 47.17 }),
        ],
        opts
      )
    ).toEqual([
      "Diện tích có rừng là 58.805 ha (sơ bộ), giảm 3,6% so với năm 2021; tỷ lệ che phủ rừng giảm 1,7 điểm phần trăm, từ 47,17% năm 2021 xuống còn 45,5% năm 2022.",
    ]);
  });

  test("rows typed “- …” are parts of the row above them", () => {
    // Cục Thống kê Thừa Thiên Huế, tháng 5/2024: "Lượt khách ngủ qua đêm", then "- Khách quốc tế", "- Khách trong nước".
    expect(
      prose([
        ind({ name: "Lượt khách ngủ qua đêm", unit: "nghìn lượt", actual: 138 }),
        ind({ name: "- Khách quốc tế", unit: "nghìn lượt", actual: 61.1 }),
        ind({ name: "- Khách trong nước", unit: "nghìn lượt", actual: 76.8 }),
        ind({ name: "Lượt khách trong ngày", unit: "nghìn lượt", actual: 34.9 }),
      ])
    ).toEqual([
      "Lượt khách ngủ qua đêm là 138 nghìn lượt, trong đó khách quốc tế là 61,1 nghìn lượt và khách trong nước là 76,8 nghìn lượt; lượt khách trong ngày là 34,9 nghìn lượt.",
    ]);
  });

  test("rows whose figures add up to the row above are its parts; a), b) under a number too", () => {
    // Seed 000: "19 chi bộ trực thuộc, trong đó 14 chi bộ nông thôn và 5 chi bộ cơ quan".
    expect(
      prose([
        ind({ name: "Số chi bộ trực thuộc", unit: "chi bộ", actual: 19 }),
        ind({ name: "Chi bộ nông thôn", unit: "chi bộ", actual: 14 }),
        ind({ name: "Chi bộ cơ quan", unit: "chi bộ", actual: 5 }),
        ind({ number: "2", name: "Số đảng viên", unit: "đảng viên", actual: 282 }),
        ind({ number: "a)", name: "Đảng viên nữ", unit: "đảng viên", actual: 80 }),
      ])
    ).toEqual([
      "Có 19 chi bộ trực thuộc, trong đó 14 chi bộ nông thôn và 05 chi bộ cơ quan; 282 đảng viên, trong đó 80 đảng viên nữ.",
    ]);
    // Figures that do not add up are not taken for parts.
    expect(
      prose([
        ind({ name: "Số xóm", unit: "xóm", actual: 14 }),
        ind({ name: "Xóm đạt chuẩn văn hóa", unit: "xóm", actual: 9 }),
        ind({ name: "Xóm có nhà văn hóa", unit: "xóm", actual: 13 }),
      ])
    ).toEqual(["Có 14 xóm; 09 xóm đạt chuẩn văn hóa; 13 xóm có nhà văn hóa."]);
  });

  test("three periods or more: the average yearly change over the period", () => {
    // Seed 003: "tỷ lệ hộ nghèo giảm trung bình hàng năm đạt chỉ tiêu Nghị quyết đề ra".
    const opts = {
      ...ONE,
      periodsOf: () => ({ actual: { words: [], year: 2022 }, samePeriod: { words: [], year: 2021 } }),
    };
    const series = (values: [number, number][]) =>
      values.map(([year, value]) => ({ label: String(year), period: { words: [], year }, value }));
    expect(
      prose(
        [
          ind({
            name: "Diện tích trồng chuối",
            unit: "ha",
            actual: 286,
            samePeriod: 277,
            series: series([
              [2018, 260],
              [2019, 265],
              [2020, 270],
              [2021, 277],
            ]),
          }),
        ],
        opts
      )
    ).toEqual([
      "Diện tích trồng chuối là 286 ha, tăng 3,2% so với năm 2021 (giai đoạn 2018–2022 bình quân mỗi năm tăng 2,4%).",
    ]);
  });

  test("a Mẫu câu may name the periods: {ky} and {ky_ck}", () => {
    const opts = periods({ status: "estimate", year: 2024 }, { year: 2023 });
    const template = "Sản lượng {ky} đạt {th} {dvt}, {so_ck}; {ky_ck}: {ck} {dvt}.";
    expect(
      prose([ind({ name: "Sản lượng", unit: "tấn", actual: 31895, samePeriod: 29216, template })], opts)
    ).toEqual(["Sản lượng năm 2024 đạt 31.895 tấn, tăng 9,2% so với cùng kỳ; năm 2023: 29.216 tấn."]);
  });

  test("a rate against a planned rate states both, with no ratio of rates", () => {
    // Bộ KH&ĐT, chỉ tiêu kế hoạch 2021: "Tốc độ tăng tổng sản phẩm trong nước (GDP)" 6,5% against 6%.
    expect(
      prose([
        ind({ name: "Tốc độ tăng GDP", unit: "%", actual: 6.5, plan: 6 }),
        ind({ name: "Tốc độ tăng CPI", unit: "%", actual: 2.8, plan: 4, samePeriod: 3.5 }),
      ])
    ).toEqual([
      "Tốc độ tăng GDP là 6,5% (kế hoạch 6%); tốc độ tăng CPI giảm 0,7 điểm phần trăm, từ 3,5% xuống còn 2,8% (kế hoạch 4%).",
    ]);
  });
});

describe("nothing false, nothing lost (review of the planner)", () => {
  test("a “Trong đó” row whose total has no figure stands alone, never under the row before", () => {
    const diags = new Diagnostics();
    expect(
      prose(
        [
          ind({ name: "Số xóm", unit: "xóm", actual: 14 }),
          ind({ name: "Tổng số hộ", plan: 1400 }),
          ind({ name: "Trong đó: hộ nghèo", actual: 99 }),
        ],
        ONE,
        diags
      )
    ).toEqual(["Có 14 xóm; 99 hộ nghèo."]);
    expect(diags.items.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/“Tổng số hộ” chưa có số thực hiện/)
    );
  });

  test("siblings numbered 1, 2, 3 are not parts even when their figures add up; nor are rates", () => {
    expect(
      prose([
        ind({ number: "1", name: "Số vụ tai nạn giao thông", unit: "vụ", actual: 5 }),
        ind({ number: "2", name: "Số vụ cháy", unit: "vụ", actual: 2 }),
        ind({ number: "3", name: "Số vụ trộm cắp", unit: "vụ", actual: 3 }),
        ind({ name: "Tỷ lệ hộ nghèo", unit: "%", actual: 5 }),
        ind({ name: "Tỷ lệ hộ cận nghèo", unit: "%", actual: 2 }),
        ind({ name: "Tỷ lệ hộ thoát nghèo", unit: "%", actual: 3 }),
      ])
    ).toEqual([
      "Có 05 vụ tai nạn giao thông; 02 vụ cháy; 03 vụ trộm cắp; tỷ lệ hộ nghèo là 5%; tỷ lệ hộ cận nghèo là 2%; tỷ lệ hộ thoát nghèo là 3%.",
    ]);
  });

  test("a ratio the table gives without its base is kept, as in a list", () => {
    expect(
      prose([
        ind({ name: "Số hội nghị", unit: "hội nghị", actual: 4, stated: { ratioPlan: 80 }, published: { ratioPlan: 80 } }),
        ind({ name: "Số hộ nghèo", actual: 99, stated: { ratioShare: 7.13 }, published: { ratioShare: 7.13 } }),
      ])
    ).toEqual(["Có 04 hội nghị (đạt 80% kế hoạch); 99 hộ nghèo (chiếm 7,1%)."]);
  });

  test("no prefix or empty name left; an estimate keeps its label; a zero count says không có", () => {
    const estimate = {
      ...ONE,
      periodsOf: () => ({ actual: { words: [], status: "estimate" as const, year: 2024 } }),
    };
    expect(prose([ind({ name: "Trong đó: hộ nghèo", actual: 99, total: 1389 })])).toEqual([
      "Có 99/1.389 hộ nghèo (chiếm 7,1%).",
    ]);
    expect(prose([ind({ name: "Tổng số hộ", actual: 1389 })], estimate)).toEqual([
      "Tổng số hộ ước đạt 1.389 hộ.",
    ]);
    expect(
      prose([
        ind({ name: "Số hộ tái nghèo", actual: 0 }),
        ind({ name: "Vụ cháy rừng", unit: "vụ", actual: 0 }),
      ])
    ).toEqual(["Không có hộ tái nghèo; vụ cháy rừng là 0 vụ."]);
  });
});

describe("what stays as it was", () => {
  test("a Mẫu câu keeps its own sentence, between the paragraphs around it", () => {
    const text = prose([
      ind({ name: "Số xóm", unit: "xóm", actual: 14 }),
      ind({ name: "Hộ có bình chữa cháy", actual: 581, total: 1415, template: "Vận động {th}/{tong} hộ, đạt {tyle}." }),
      ind({ name: "Dân số", unit: "nhân khẩu", actual: 5387 }),
    ]);
    expect(text).toEqual(["Có 14 xóm.", "Vận động 581/1.415 hộ, đạt 41,1%.", "Dân số là 5.387 nhân khẩu."]);
  });

  test(`more than ${LONG_LIST} indicators stay a bulleted list`, () => {
    const many = Array.from({ length: LONG_LIST + 1 }, (_, i) =>
      ind({ name: `Chỉ tiêu ${i + 1}`, unit: "hộ", actual: 10 + i })
    );
    const planned = proseParagraphs(many, ONE, new Diagnostics());
    expect(planned).toHaveLength(LONG_LIST + 1);
    expect(planned.every((p) => p.bullet)).toBe(true);
  });

  test("an indicator without its figure is left out, with the same warning as in a list", () => {
    const diags = new Diagnostics();
    expect(prose([ind({ name: "Số xóm", unit: "xóm", actual: 14 }), ind({ name: "Số hộ" })], ONE, diags)).toEqual([
      "Có 14 xóm.",
    ]);
    expect(diags.items[0].message).toMatch(/“Số hộ” chưa có số thực hiện/);
  });
});

/** A biểu of `n` indicators in groups of 6: counts, shares of a shared total, plans, same period. */
function smallGroups(n: number) {
  const cells: (string | number | null)[][] = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Tổng số"],
  ];
  for (let i = 0; i < n; i++) {
    if (i % 6 === 0) cells.push([null, `Nhóm chỉ tiêu ${String(i / 6 + 1).padStart(3, "0")}`]);
    const k = i % 6;
    cells.push([
      String(k + 1),
      `Số hộ loại ${i + 1}`,
      "hộ",
      k === 2 ? 120 + (i % 17) : null,
      90 + (i % 13),
      k === 3 ? 60 + (i % 11) : null,
      k === 0 || k === 1 ? 2000 + i - k : null,
    ]);
  }
  return { name: "Biểu 01", cells, merges: [] };
}

describe("properties", () => {
  /** A section: counts with distinct values, some sharing a total, some with a plan. */
  const section = fc
    .array(
      fc.record({
        actual: fc.integer({ min: 1, max: 400 }),
        base: fc.constantFrom("none", "total", "plan", "shared"),
        extra: fc.integer({ min: 1, max: 600 }),
      }),
      { minLength: 1, maxLength: LONG_LIST }
    )
    .map((rows) => {
      const used = new Set<number>();
      const fresh = (x: number) => {
        while (used.has(x)) x += 1009;
        used.add(x);
        return x;
      };
      const shared = fresh(5000);
      return rows.map((r, i) => {
        const actual = fresh(r.actual);
        return ind({
          name: `Số hộ nhóm ${i + 1}`,
          actual,
          ...(r.base === "total" ? { total: fresh(actual + r.extra) } : {}),
          ...(r.base === "shared" ? { total: shared } : {}),
          ...(r.base === "plan" ? { plan: fresh(actual + r.extra) } : {}),
        });
      });
    });

  test("every figure appears exactly once, and every percentage is its recomputation", () => {
    fc.assert(
      fc.property(section, (indicators) => {
        const text = prose(indicators).join("\n");
        for (const i of indicators) {
          const figure = formatCount(i.actual!, true);
          const count = text.split(new RegExp(`(?<![\\d.,])${figure.replace(/\./g, "\\.")}(?!\\d|[.,]\\d|%)`)).length - 1;
          expect({ figure, count }).toEqual({ figure, count: 1 });
        }
        expect(checkParagraphs(text.split("\n"))).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  test("a generated workbook of 1,000 indicators in prose: the checker finds nothing wrong", () => {
    for (const grid of [indicatorGrid(1000), smallGroups(1000)]) {
      const built = buildReport([grid], { style: "prose" });
      const paragraphs = built.document!.body.flatMap((b) =>
        b.type === "paragraph" ? [plainText(b.runs)] : []
      );
      expect(paragraphs.join("\n")).not.toMatch(/undefined|NaN|Infinity|\{|\}/);
      expect(checkParagraphs(paragraphs)).toEqual([]);
    }
    // Groups of 50 stay bulleted (LONG_LIST); groups of 6 become paragraphs.
    const prosed = buildReport([smallGroups(1000)], { style: "prose" }).document!.body;
    expect(prosed.filter((b) => b.type === "paragraph" && b.runs.some((r) => "text" in r && r.text.includes("; "))).length).toBeGreaterThan(100);
  });
});
