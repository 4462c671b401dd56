import fc from "fast-check";
import { Diagnostics } from "../../src/core/diagnostics";
import { Inline, isFootnote, plainText } from "../../src/core/document";
import {
  DEFAULT_SENTENCE_OPTIONS,
  PLACEHOLDERS,
  SentenceOptions,
  defaultSentence,
  fillTemplate,
  indicatorSentence,
  markupRuns,
  placeholderValues,
  tableFigure,
} from "../../src/core/sentences";
import { Indicator } from "../../src/core/tables";
import { buildReport } from "../../src/core/report";
import { checkParagraphs } from "../../src/core/checker";
import { FORBIDDEN, allStrings, indicator } from "./fixtures";

const TWO: SentenceOptions = { precision: { decimals: 2 }, padCounts: true };
const ONE: SentenceOptions = DEFAULT_SENTENCE_OPTIONS;

function sentence(ind: Indicator, opts: SentenceOptions = ONE, diags = new Diagnostics()): string {
  const runs = indicatorSentence(ind, opts, diags);
  if (!runs) throw new Error("no sentence");
  return plainText(runs);
}

describe("default sentences", () => {
  it("writes a rate against a planned rate without a ratio of rates", () => {
    // Bộ KH&ĐT, chỉ tiêu kế hoạch 2021: GDP growth 6,5% against a planned 6%.
    expect(sentence(indicator({ name: "Tốc độ tăng GDP", unit: "%", actual: 6.5, plan: 6 }))).toBe(
      "Tốc độ tăng GDP: 6,5% (kế hoạch 6%)."
    );
  });

  it("writes a share: 'Số hộ nghèo: 99 hộ, chiếm 7,13%.' at 2 decimals", () => {
    expect(sentence(indicator({ actual: 99, total: 1389 }), TWO)).toBe(
      "Số hộ nghèo: 99 hộ, chiếm 7,13%."
    );
  });

  it("writes a share at the default precision", () => {
    expect(sentence(indicator({ name: "Hộ có bình chữa cháy", actual: 581, total: 1415 }))).toBe(
      "Hộ có bình chữa cháy: 581 hộ, chiếm 41,1%."
    );
  });

  it("writes the actual figure alone", () => {
    expect(sentence(indicator({ name: "Số hộ", actual: 1389 }))).toBe("Số hộ: 1.389 hộ.");
    expect(sentence(indicator({ name: "Diện tích", unit: "km²", actual: 28.75 }))).toBe(
      "Diện tích: 28,75 km²."
    );
    expect(sentence(indicator({ name: "Tỷ lệ lao động qua đào tạo", unit: "%", actual: 38 }))).toBe(
      "Tỷ lệ lao động qua đào tạo: 38%."
    );
    expect(sentence(indicator({ name: "Số lượt", unit: "", actual: 114 }))).toBe("Số lượt: 114.");
  });

  it("writes against plan: '90/110 lao động, đạt 81,8% kế hoạch.'", () => {
    const ind = indicator({
      name: "Lao động có việc làm",
      unit: "lao động",
      actual: 90,
      plan: 110,
    });
    expect(sentence(ind)).toBe("Lao động có việc làm: 90/110 lao động, đạt 81,8% kế hoạch.");
    expect(sentence({ ...ind, actual: 110 })).toBe(
      "Lao động có việc làm: 110/110 lao động, đạt 100% kế hoạch."
    );
  });

  it("writes 'vượt …% kế hoạch' above plan", () => {
    const ind = indicator({ name: "Tuyển quân", unit: "thanh niên", actual: 132, plan: 120 });
    expect(sentence(ind)).toBe("Tuyển quân: 132/120 thanh niên, vượt 10% kế hoạch.");
    expect(sentence({ ...ind, actual: 121 }, TWO)).toBe(
      "Tuyển quân: 121/120 thanh niên, vượt 0,83% kế hoạch."
    );
  });

  it("writes 'đạt 100%' when the excess rounds away", () => {
    expect(sentence(indicator({ name: "X", unit: "hộ", actual: 10001, plan: 10000 }))).toBe(
      "X: 10.001/10.000 hộ, đạt 100% kế hoạch."
    );
  });

  it("writes a rise, a fall and 'bằng cùng kỳ' against the same period", () => {
    const ind = indicator({ name: "Số hộ khá", unit: "hộ", samePeriod: 100 });
    expect(sentence({ ...ind, actual: 125 })).toBe("Số hộ khá: 125 hộ, tăng 25% so với cùng kỳ.");
    expect(sentence({ ...ind, actual: 80 })).toBe("Số hộ khá: 80 hộ, giảm 20% so với cùng kỳ.");
    expect(sentence({ ...ind, actual: 100 })).toBe("Số hộ khá: 100 hộ, bằng cùng kỳ.");
    expect(sentence({ ...ind, samePeriod: 10000, actual: 10004 })).toBe(
      "Số hộ khá: 10.004 hộ, bằng cùng kỳ."
    );
    expect(sentence({ ...ind, samePeriod: 2022, actual: 2197 }, TWO)).toBe(
      "Số hộ khá: 2.197 hộ, tăng 8,65% so với cùng kỳ."
    );
  });

  it("joins every ratio in a fixed order: share, plan, same period", () => {
    const ind = indicator({
      name: "Hộ dùng nước sạch",
      unit: "hộ",
      actual: 900,
      total: 1000,
      plan: 1000,
      samePeriod: 800,
    });
    expect(sentence(ind)).toBe(
      "Hộ dùng nước sạch: 900 hộ, chiếm 90% trên tổng số 1.000 hộ, đạt 90% kế hoạch (1.000 hộ), tăng 12,5% so với cùng kỳ."
    );
  });

  it("uses the indicator's own precision over the workbook's", () => {
    expect(sentence(indicator({ actual: 99, total: 1389, precision: 2 }), ONE)).toBe(
      "Số hộ nghèo: 99 hộ, chiếm 7,13%."
    );
    expect(sentence(indicator({ actual: 99, total: 1389, precision: 0 }), TWO)).toBe(
      "Số hộ nghèo: 99 hộ, chiếm 7%."
    );
  });
});

describe("zero padding", () => {
  it("pads counts below 10 when on", () => {
    expect(sentence(indicator({ name: "Số vụ phạm pháp", unit: "vụ", actual: 5 }))).toBe(
      "Số vụ phạm pháp: 05 vụ."
    );
    expect(
      sentence(
        indicator({ name: "Hội nghị tiếp xúc cử tri", unit: "hội nghị", actual: 4, plan: 5 })
      )
    ).toBe("Hội nghị tiếp xúc cử tri: 04/05 hội nghị, đạt 80% kế hoạch.");
  });

  it("does not pad when off", () => {
    const opts = { ...ONE, padCounts: false };
    expect(sentence(indicator({ name: "Số vụ phạm pháp", unit: "vụ", actual: 5 }), opts)).toBe(
      "Số vụ phạm pháp: 5 vụ."
    );
  });

  it.each(["km", "Km", "đồng", "triệu đồng", "tỷ đồng", "ha", "tấn", "%", "km²"])(
    "never pads a unit of measure or money: %s",
    (unit) => {
      const text = sentence(indicator({ name: "Chỉ số", unit, actual: 5 }));
      expect(text).not.toContain("05");
      expect(text).toMatch(/^Chỉ số: 5(%| \S.*)\.$/);
    }
  );

  it("does not pad 10 or more, nor decimals", () => {
    expect(sentence(indicator({ name: "Số tổ", unit: "tổ", actual: 14 }))).toBe("Số tổ: 14 tổ.");
    expect(sentence(indicator({ name: "Số tổ", unit: "tổ", actual: 1.5 }))).toBe("Số tổ: 1,5 tổ.");
  });
});

describe("ratios that cannot be computed", () => {
  it("leaves out a share over a zero total and warns, naming the cell", () => {
    const d = new Diagnostics();
    expect(sentence(indicator({ actual: 99, total: 0 }), ONE, d)).toBe("Số hộ nghèo: 99 hộ.");
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ severity: "warning", where: "'Biểu 01'!F5" });
    expect(d.items[0].message).toContain("Số hộ nghèo");
    expect(d.items[0].message).toContain("tổng số");
  });

  it("leaves out 'đạt … kế hoạch' for a zero plan and warns", () => {
    const d = new Diagnostics();
    expect(sentence(indicator({ actual: 99, plan: 0 }), ONE, d)).toBe("Số hộ nghèo: 99 hộ.");
    expect(d.items).toHaveLength(1);
    expect(d.items[0].where).toBe("'Biểu 01'!D5");
    expect(d.items[0].message).toContain("kế hoạch");
  });

  it("leaves out the same-period change for a zero same-period figure and warns", () => {
    const d = new Diagnostics();
    expect(sentence(indicator({ actual: 99, samePeriod: 0 }), ONE, d)).toBe("Số hộ nghèo: 99 hộ.");
    expect(d.items).toHaveLength(1);
    expect(d.items[0].where).toBe("'Biểu 01'!G5");
  });

  it("warns when a ratio is stated in the sheet but its base is empty", () => {
    const d = new Diagnostics();
    expect(sentence(indicator({ actual: 99, stated: { ratioShare: 7.13 } }), ONE, d)).toBe(
      "Số hộ nghèo: 99 hộ."
    );
    expect(d.items).toHaveLength(1);
    expect(d.items[0].message).toContain("để trống");
  });

  it("does not warn when nothing was asked for", () => {
    const d = new Diagnostics();
    sentence(indicator({ actual: 99 }), ONE, d);
    expect(d.items).toEqual([]);
  });

  it("writes no sentence, with a warning, when there is no actual figure", () => {
    const d = new Diagnostics();
    expect(indicatorSentence(indicator({ plan: 10, total: 20 }), ONE, d)).toBeUndefined();
    expect(d.items).toHaveLength(1);
    expect(d.items[0].where).toBe("'Biểu 01'!E5");
  });
});

describe("templates (Mẫu câu)", () => {
  it("fills placeholders and marks **bold** and *italic* runs", () => {
    const d = new Diagnostics();
    const runs = indicatorSentence(
      indicator({
        actual: 99,
        total: 1389,
        template: "{ten} toàn xã là **{th} {dvt}**, chiếm *{tyle}* tổng số {tong} hộ.",
      }),
      TWO,
      d
    );
    expect(runs).toEqual([
      { text: "Số hộ nghèo toàn xã là " },
      { text: "99 hộ", bold: true },
      { text: ", chiếm " },
      { text: "7,13%", italic: true },
      { text: " tổng số 1.389 hộ." },
    ]);
    expect(d.items).toEqual([]);
  });

  it("offers so_kh, tyle_kh, so_ck, tyle_ck, kh, ck", () => {
    const ind = indicator({
      name: "Thu ngân sách",
      unit: "triệu đồng",
      actual: 1100,
      plan: 1000,
      samePeriod: 1250,
    });
    const runs = indicatorSentence(
      {
        ...ind,
        template: "{ten} đạt {th}/{kh} {dvt} ({tyle_kh}), {so_kh}; {so_ck} ({ck}, {tyle_ck}).",
      },
      ONE,
      new Diagnostics()
    );
    expect(plainText(runs!)).toBe(
      "Thu ngân sách đạt 1.100/1.000 triệu đồng (110%), vượt 10% kế hoạch; giảm 12% so với cùng kỳ (1.250, 12%)."
    );
  });

  it("falls back to the default sentence, with a warning, for an unknown placeholder", () => {
    const d = new Diagnostics();
    const text = sentence(
      indicator({ actual: 99, total: 1389, template: "{ten}: {so_luong} hộ" }),
      TWO,
      d
    );
    expect(text).toBe("Số hộ nghèo: 99 hộ, chiếm 7,13%.");
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ severity: "warning", where: "'Biểu 01'!H5" });
    expect(d.items[0].message).toContain("{so_luong}");
  });

  it("falls back, with a warning, for a placeholder that has no figure", () => {
    const d = new Diagnostics();
    const text = sentence(indicator({ actual: 99, template: "{ten}: {th}/{kh} hộ" }), ONE, d);
    expect(text).toBe("Số hộ nghèo: 99 hộ.");
    expect(d.items).toHaveLength(1);
    expect(d.items[0].message).toContain("{kh}");
  });

  it("matches placeholders whatever their case and spaces; an unknown one never prints", () => {
    const d = new Diagnostics();
    const ind = indicator({ actual: 99, total: 1389 });
    const text = (t: string) =>
      fillTemplate(t, ind, placeholderValues(ind, ONE), d)
        ?.map((r) => r.text)
        .join("");
    expect(text("{TEN}: { th } {Dvt}, chiếm {Tyle} ({tỷ lệ}, {TY_LE})")).toBe(
      "Số hộ nghèo: 99 hộ, chiếm 7,1% (7,1%, 7,1%)"
    );
    expect(d.items).toEqual([]);
    expect(text("{ten}: {Số lượng} hộ")).toBeUndefined();
    expect(d.items.map((x) => x.message)).toEqual([
      "Mẫu câu của chỉ tiêu “Số hộ nghèo”: {Số lượng} không phải chỗ trống hợp lệ; dùng câu mặc định.",
    ]);
  });

  it("fillTemplate returns undefined rather than text with holes", () => {
    const d = new Diagnostics();
    const ind = indicator({ actual: 1 });
    expect(fillTemplate("{tyle}", ind, placeholderValues(ind, ONE), d)).toBeUndefined();
    expect(fillTemplate("Không có chỗ trống", ind, placeholderValues(ind, ONE), d)).toEqual([
      { text: "Không có chỗ trống" },
    ]);
  });
});

describe("notes (Ghi chú)", () => {
  it("become a footnote at the end of the sentence", () => {
    const runs = indicatorSentence(
      indicator({
        actual: 90,
        plan: 110,
        unit: "lao động",
        name: "Lao động có việc làm",
        note: "Trong đó: 70 lao động ngoài tỉnh.",
      }),
      ONE,
      new Diagnostics()
    )!;
    const last = runs[runs.length - 1];
    expect(isFootnote(last)).toBe(true);
    expect(last).toEqual({ footnote: [{ text: "Trong đó: 70 lao động ngoài tỉnh." }] });
    expect(runs.filter(isFootnote)).toHaveLength(1);
    expect(plainText(runs)).toBe("Lao động có việc làm: 90/110 lao động, đạt 81,8% kế hoạch.");
  });

  it("also follow a template sentence, in NFC", () => {
    const runs = indicatorSentence(
      indicator({ actual: 3, template: "Có {th} {dvt}.", note: "Xóm Đồn".normalize("NFD") }),
      ONE,
      new Diagnostics()
    )!;
    expect(runs).toEqual([{ text: "Có 03 hộ." }, { footnote: [{ text: "Xóm Đồn" }] }]);
  });
});

describe("placeholderValues", () => {
  it("lists only the values that exist", () => {
    const v = placeholderValues(indicator({ actual: 99, total: 1389 }), TWO);
    expect(v).toEqual({
      ten: "Số hộ nghèo",
      dvt: "hộ",
      th: "99",
      kh: undefined,
      ck: undefined,
      tong: "1.389",
      tyle: "7,13%",
    });
    for (const k of Object.keys(v)) expect(PLACEHOLDERS as readonly string[]).toContain(k);
  });
});

describe("defaultSentence", () => {
  it("uses the plan only when its ratio exists", () => {
    const ind = indicator({ actual: 5, plan: 0 });
    expect(defaultSentence(ind, placeholderValues(ind, ONE))).toBe("Số hộ nghèo: 05 hộ.");
  });
});

describe("markupRuns", () => {
  it("splits bold and italic runs", () => {
    expect(markupRuns("a **b** *c*")).toEqual([
      { text: "a " },
      { text: "b", bold: true },
      { text: " " },
      { text: "c", italic: true },
    ]);
  });

  it("leaves unpaired markers as text", () => {
    expect(markupRuns("5 * 3")).toEqual([{ text: "5 * 3" }]);
    expect(markupRuns("**đậm")).toEqual([{ text: "**đậm" }]);
    expect(markupRuns("")).toEqual([]);
  });

  it("returns NFC text", () => {
    expect(markupRuns("**Bình Thành**".normalize("NFD"))).toEqual([
      { text: "Bình Thành", bold: true },
    ]);
  });
});

describe("tableFigure", () => {
  it("formats a figure or gives an empty cell", () => {
    expect(tableFigure(1389)).toBe("1.389");
    expect(tableFigure(28.75)).toBe("28,75");
    expect(tableFigure(undefined)).toBe("");
    expect(tableFigure(0)).toBe("0");
  });
});

describe("no NaN, Infinity or undefined ever reaches a sentence (property)", () => {
  const figure = fc.option(
    fc.oneof(
      fc.constant(0),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      // Fractions, tiny and subnormal figures too: a tiny base gives a huge ratio.
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
      fc.constantFrom(Number.MIN_VALUE, -Number.MIN_VALUE, 1e300, -1e300)
    ),
    { nil: undefined }
  );
  const unit = fc.constantFrom("", "hộ", "vụ", "%", "km", "triệu đồng", "lao động");
  const template = fc.option(
    fc
      .array(fc.constantFrom(...PLACEHOLDERS, "xyz"), { maxLength: 4 })
      .map((keys) => keys.map((k) => `**{${k}}** và`).join(" ")),
    { nil: undefined }
  );

  it("holds for any figures, units, precisions and templates", () => {
    fc.assert(
      fc.property(
        fc.record({ actual: figure, plan: figure, samePeriod: figure, total: figure }),
        unit,
        template,
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.option(fc.constant("Ghi chú"), { nil: undefined }),
        (figs, u, tpl, precision, decimals, padCounts, note) => {
          const d = new Diagnostics();
          const ind = indicator({ ...figs, unit: u, template: tpl, precision, note });
          const runs: Inline[] | undefined = indicatorSentence(
            ind,
            { precision: { decimals }, padCounts },
            d
          );
          if (figs.actual === undefined) expect(runs).toBeUndefined();
          else {
            expect(runs!.length).toBeGreaterThan(0);
            for (const s of allStrings(runs)) expect(s).not.toMatch(FORBIDDEN);
          }
          for (const s of allStrings(d.items)) expect(s).not.toMatch(/NaN|Infinity|undefined/);
        }
      ),
      { numRuns: 3000 }
    );
  });
});

describe("extreme figures", () => {
  it("write a zero share as 0%, never -0%", () => {
    // 0 / -5 is -0 in JavaScript; a negative base is already warned about, the text must still be sane.
    const text = sentence(indicator({ actual: 0, total: -5 }));
    expect(text).toBe("Số hộ nghèo: 0 hộ, chiếm 0%.");
  });

  it("never throw nor print '∞': a ratio too large to write is left out or written in digits", () => {
    const d = new Diagnostics();
    const ind = indicator({ actual: 1, samePeriod: -5.562684646268004e-307 });
    let text = "";
    expect(() => (text = sentence(ind, ONE, d))).not.toThrow();
    expect(text).not.toMatch(FORBIDDEN);
  });
});

describe("our own sentences pass our own checker (issue 10 § Sentences with plan and total)", () => {
  const count = fc.integer({ min: 1, max: 200000 });
  it("whatever figures a row holds, `baocao check` finds nothing wrong in its sentence", () => {
    fc.assert(
      fc.property(
        fc.record(
          { actual: count, plan: count, samePeriod: count, total: count },
          { requiredKeys: ["actual"] }
        ),
        fc.constantFrom("hộ", "lao động", "người", "ha"),
        (figs, unit) => {
          const total = figs.total === undefined ? undefined : Math.max(figs.total, figs.actual);
          const cells = [
            ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Tổng số"],
            [
              "Số hộ tham gia",
              unit,
              figs.plan ?? null,
              figs.actual,
              figs.samePeriod ?? null,
              total ?? null,
            ],
          ];
          const built = buildReport([{ name: "Biểu", merges: [], cells }], { kind: "chung", style: "list" });
          const paragraphs = (built.document?.body ?? []).flatMap((b) =>
            b.type === "paragraph" ? [b.runs.map((r) => ("text" in r ? r.text : "")).join("")] : []
          );
          const wrong = checkParagraphs(paragraphs).filter((f) => f.severity !== "style");
          expect(wrong).toEqual([]);
        }
      ),
      { numRuns: 400 }
    );
  });

  it("plan and total: each ratio names its base, and the check agrees", () => {
    const ind = indicator({ name: "Số hộ tham gia BHYT", actual: 1100, plan: 1000, total: 1389 });
    const text = sentence(ind);
    expect(text).toBe(
      "Số hộ tham gia BHYT: 1.100 hộ, chiếm 79,2% trên tổng số 1.389 hộ, vượt 10% kế hoạch (1.000 hộ)."
    );
    expect(checkParagraphs([text])).toEqual([]);
    // The old wording read as 1.100 out of 1.000 and was flagged by our own checker.
    expect(checkParagraphs(["Số hộ tham gia BHYT: 1.100/1.000 hộ, chiếm 79,2%."])).not.toEqual([]);
  });
});
