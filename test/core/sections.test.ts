import { Diagnostics } from "../../src/core/diagnostics";
import { numberSections } from "../../src/core/numbering";
import { OUTLINES, Outline, findOutline, walk } from "../../src/core/outlines";
import { SectionPlan, fillTitle, placeIndicators } from "../../src/core/sections";
import { TableRow } from "../../src/core/tables";
import { group, indicator, table } from "./fixtures";

const GENERIC = findOutline("chung")!;
const DAN_VAN = findOutline("dan-van-nam")!;
const QCDC = findOutline("qcdc-dan-van-chinh-quyen")!;

function place(outline: Outline, rows: TableRow[], year?: number) {
  const diags = new Diagnostics();
  const plan = placeIndicators(outline, [table(rows)], year, diags);
  return { plan, diags };
}

/** The section id holding the indicator with this id. */
function sectionOf(plan: SectionPlan, indicatorId: string): string | undefined {
  for (const [id, c] of plan.content) if (c.indicators.some((i) => i.id === indicatorId)) return id;
  return undefined;
}

function parentOf(plan: SectionPlan, sectionId: string): string | undefined {
  const w = walk(plan.sections).find((x) => x.section.id === sectionId);
  return w?.parents[w.parents.length - 1]?.id;
}

const ind = (id: string, over = {}) =>
  indicator({ id, name: `Chỉ tiêu ${id}`, actual: 1, ...over });

describe("fillTitle", () => {
  it("fills {nam} and {nam_sau}", () => {
    expect(fillTitle("KẾT QUẢ NĂM {nam}", 2023)).toBe("KẾT QUẢ NĂM 2023");
    expect(fillTitle("PHƯƠNG HƯỚNG NĂM {nam_sau}", 2023)).toBe("PHƯƠNG HƯỚNG NĂM 2024");
  });

  it("leaves a visible blank when the year is unknown", () => {
    expect(fillTitle("NĂM {nam} VÀ {nam_sau}")).toBe("NĂM [năm] VÀ [năm sau]");
  });
});

describe("placeIndicators: matching group rows", () => {
  it("puts indicators before any group into the default section", () => {
    const { plan } = place(GENERIC, [ind("a")]);
    expect(sectionOf(plan, "a")).toBe("2");
    const { plan: p2 } = place(DAN_VAN, [ind("a")]);
    expect(sectionOf(p2, "a")).toBe("1.1");
  });

  it("matches a title diacritics- and case-insensitively", () => {
    const { plan, diags } = place(DAN_VAN, [
      group("cong tac dan van cua uy ban nhan dan"),
      ind("a"),
    ]);
    expect(sectionOf(plan, "a")).toBe("1.2.2.2");
    expect(diags.items).toEqual([]);
  });

  it("matches an upper-case numbered title", () => {
    const { plan } = place(GENERIC, [
      group("ĐÁNH GIÁ CHUNG", { number: "III" }),
      ind("a"),
      group("ưu điểm", { number: "1" }),
      ind("b"),
    ]);
    expect(sectionOf(plan, "a")).toBe("3");
    expect(sectionOf(plan, "b")).toBe("3.1");
  });

  it("matches titles with {nam} filled from the year", () => {
    const { plan } = place(
      DAN_VAN,
      [
        group("KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2023", { number: "A" }),
        ind("a"),
        group("PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM 2024", { number: "B" }),
        ind("b"),
      ],
      2023
    );
    expect(sectionOf(plan, "a")).toBe("1");
    expect(sectionOf(plan, "b")).toBe("2");
  });

  it("matches a longer title that contains an outline title", () => {
    const { plan } = place(DAN_VAN, [
      group("Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số trên địa bàn xã"),
      ind("a"),
    ]);
    expect(sectionOf(plan, "a")).toBe("1.2.3");
  });

  it("matches by number when the clerk's title is worded differently", () => {
    const { plan, diags } = place(GENERIC, [
      group("Đánh giá kết quả", { number: "III" }),
      ind("a"),
    ]);
    expect(sectionOf(plan, "a")).toBe("3");
    expect(plan.sections).toHaveLength(GENERIC.sections.length);
    expect(diags.items).toEqual([]);
  });

  it("does not match by number alone when the titles have nothing in common", () => {
    const { plan } = place(GENERIC, [group("KINH TẾ - XÃ HỘI", { number: "I" }), ind("a")]);
    expect(sectionOf(plan, "a")).not.toBe("1");
    expect(sectionOf(plan, "a")).toMatch(/^bieu-/);
  });

  it("marks a group's indicators as a table when it says 'bảng'", () => {
    const { plan } = place(GENERIC, [group("KẾT QUẢ THỰC HIỆN", { template: "Bảng" }), ind("a")]);
    expect(plan.content.get("2")!.parts).toMatchObject([{ asTable: true }]);
    const { plan: p2 } = place(GENERIC, [group("KẾT QUẢ THỰC HIỆN"), ind("a")]);
    expect(p2.content.get("2")!.parts).toMatchObject([{ asTable: false }]);
  });
});

describe("placeIndicators: explicit Mục báo cáo", () => {
  it("wins over the group's own title", () => {
    const { plan } = place(GENERIC, [
      group("ĐẶC ĐIỂM TÌNH HÌNH", { section: "KIẾN NGHỊ, ĐỀ XUẤT" }),
      ind("a"),
    ]);
    expect(sectionOf(plan, "a")).toBe("5");
  });

  it("on an indicator, moves only that indicator", () => {
    const { plan, diags } = place(GENERIC, [
      group("KẾT QUẢ THỰC HIỆN"),
      ind("a", { section: "han che va nguyen nhan" }),
      ind("b"),
    ]);
    expect(sectionOf(plan, "a")).toBe("3.2");
    expect(sectionOf(plan, "b")).toBe("2");
    expect(diags.items).toEqual([]);
  });

  it("accepts a numbered reference such as 'II. KẾT QUẢ THỰC HIỆN'", () => {
    const { plan } = place(GENERIC, [ind("a", { section: "II. KẾT QUẢ THỰC HIỆN" })]);
    expect(sectionOf(plan, "a")).toBe("2");
  });

  it("warns, naming the cell, and keeps the current section when the reference is unknown", () => {
    const { plan, diags } = place(GENERIC, [
      group("ĐẶC ĐIỂM TÌNH HÌNH"),
      ind("a", { section: "Mục không có", cells: { section: "'Biểu 01'!K9" } }),
    ]);
    expect(sectionOf(plan, "a")).toBe("1");
    expect(diags.items).toHaveLength(1);
    expect(diags.items[0]).toMatchObject({ severity: "warning", where: "'Biểu 01'!K9" });
    expect(diags.items[0].message).toContain("Mục không có");
  });

  it("accepts a bare number such as 'III' (the form the Placer.find doc names)", () => {
    const { plan, diags } = place(GENERIC, [
      group("KẾT QUẢ THỰC HIỆN"),
      ind("a", { section: "III" }),
      group("Nhóm riêng", { section: "IV" }),
      ind("b"),
    ]);
    expect(diags.items).toEqual([]);
    expect(sectionOf(plan, "a")).toBe("3");
    expect(sectionOf(plan, "b")).toBe("4");
  });
});

describe("placeIndicators: groups the outline does not have", () => {
  it("become sections of their own, in workbook order, renumbering the rest", () => {
    const { plan, diags } = place(GENERIC, [
      group("KẾT QUẢ THỰC HIỆN", { number: "II" }),
      ind("a"),
      group("Công tác khác", { number: "VI" }),
      ind("b"),
      group("Nội dung thêm", { number: "VII" }),
      ind("c"),
    ]);
    expect(diags.items).toEqual([]);
    expect(plan.sections.map((s) => s.id)).toEqual(["1", "2", "bieu-1", "bieu-2", "3", "4", "5"]);
    expect(plan.sections[2]).toMatchObject({ title: "CÔNG TÁC KHÁC", level: 1 });
    expect(plan.sections[3]).toMatchObject({ title: "NỘI DUNG THÊM", level: 1 });
    expect(sectionOf(plan, "b")).toBe("bieu-1");
    expect(sectionOf(plan, "c")).toBe("bieu-2");
    const n = numberSections(plan.sections);
    expect(["2", "bieu-1", "bieu-2", "3"].map((id) => n.get(id))).toEqual([
      "II.",
      "III.",
      "IV.",
      "V.",
    ]);
  });

  it("an unnumbered group under a mục becomes a khoản of that mục, keeping its case", () => {
    const { plan } = place(GENERIC, [
      group("KẾT QUẢ THỰC HIỆN"),
      group("Công tác dân vận"),
      ind("a"),
    ]);
    expect(sectionOf(plan, "a")).toBe("bieu-1");
    expect(parentOf(plan, "bieu-1")).toBe("2");
    expect(walk(plan.sections).find((w) => w.section.id === "bieu-1")!.section).toMatchObject({
      title: "Công tác dân vận",
      level: 2,
    });
  });

  it("two unnumbered groups in a row under the same mục become sibling khoản, not nested", () => {
    const { plan } = place(GENERIC, [
      group("KẾT QUẢ THỰC HIỆN"),
      group("Công tác dân vận"),
      ind("a"),
      group("Công tác tôn giáo"),
      ind("b"),
    ]);
    expect(parentOf(plan, "bieu-1")).toBe("2");
    expect(parentOf(plan, "bieu-2")).toBe("2");
    const n = numberSections(plan.sections);
    expect([n.get("bieu-1"), n.get("bieu-2")]).toEqual(["1.", "2."]);
  });

  it("a numbered khoản '1.' under KẾT QUẢ THỰC HIỆN stays under it (not the '1.' of ĐÁNH GIÁ CHUNG)", () => {
    const { plan } = place(GENERIC, [
      group("KẾT QUẢ THỰC HIỆN", { number: "II" }),
      group("Kinh tế", { number: "1" }),
      ind("a"),
      group("Văn hóa - xã hội", { number: "2" }),
      ind("b"),
    ]);
    expect(plan.content.get("3.1")).toBeUndefined();
    expect(plan.content.get("3.2")).toBeUndefined();
    expect(parentOf(plan, sectionOf(plan, "a")!)).toBe("2");
    expect(parentOf(plan, sectionOf(plan, "b")!)).toBe("2");
  });

  it("a number repeated under every mục resolves to the one under the current mục (level-0 outline)", () => {
    // In dan-van-nam, "1." exists under II (Công tác lãnh đạo…) and under III (Ưu điểm).
    // "Ưu điểm lãnh đạo" shares words with both; we are in III, so III.1 it is.
    const { plan } = place(DAN_VAN, [
      group("ĐÁNH GIÁ CHUNG", { number: "III" }),
      group("Ưu điểm lãnh đạo", { number: "1" }),
      ind("a"),
    ]);
    expect(sectionOf(plan, "a")).toBe("1.3.1");
  });

  it("a title repeated in the outline resolves to the one under the current mục", () => {
    // In the Trà Sơn outline "Về công tác dân vận" is both III.1 and V.1.
    const { plan, diags } = place(QCDC, [
      group("KẾT QUẢ THỰC HIỆN", { number: "III" }),
      group("Về công tác dân vận", { number: "1" }),
      ind("a"),
      group("NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI", { number: "V" }),
      group("Về công tác dân vận", { number: "1" }),
      ind("b"),
    ]);
    expect(sectionOf(plan, "a")).toBe("3.1");
    expect(sectionOf(plan, "b")).toBe("5.1");
    expect(diags.items).toEqual([]);
  });
});

describe("placeIndicators: duplicates", () => {
  it("warns once and merges the indicators into one section", () => {
    const { plan, diags } = place(GENERIC, [
      group("ĐÁNH GIÁ CHUNG", { row: 5 }),
      ind("a"),
      group("KẾT QUẢ THỰC HIỆN"),
      ind("b"),
      group("Đánh giá chung", { row: 20 }),
      ind("c"),
    ]);
    expect(plan.content.get("3")!.indicators.map((i) => i.id)).toEqual(["a", "c"]);
    expect(diags.items).toHaveLength(1);
    expect(diags.items[0].severity).toBe("warning");
    expect(diags.items[0].message).toContain("'Biểu 01'!A6");
    expect(diags.items[0].message).toContain("'Biểu 01'!A21");
    expect(diags.items[0].where).toBe("'Biểu 01'!A21");
  });
});

describe("placeIndicators: built-in outlines", () => {
  it("are not changed by a run that adds sections", () => {
    const before = JSON.stringify(OUTLINES);
    for (const o of OUTLINES) {
      const { plan } = place(o, [
        group("Nhóm mới", { number: "IX" }),
        ind("a"),
        group("Nhóm con"),
        ind("b"),
        group("Điểm", { number: "a" }),
        ind("c"),
      ]);
      expect(walk(plan.sections).length).toBeGreaterThan(walk(o.sections).length);
    }
    expect(JSON.stringify(OUTLINES)).toBe(before);
  });

  it("across several tables keeps the current section", () => {
    const diags = new Diagnostics();
    const plan = placeIndicators(
      GENERIC,
      [table([group("ĐÁNH GIÁ CHUNG"), ind("a")]), table([ind("b")], "Biểu 02")],
      undefined,
      diags
    );
    expect(plan.content.get("3")!.indicators.map((i) => i.id)).toEqual(["a", "b"]);
  });
});

describe("unmatched groups go to the results section", () => {
  it("a '2.1'/'2.2' pair met in 'I. ĐẶC ĐIỂM TÌNH HÌNH' becomes two khoản of KẾT QUẢ THỰC HIỆN", () => {
    const { plan } = place(GENERIC, [
      group("ĐẶC ĐIỂM TÌNH HÌNH", { number: "I" }),
      ind("a"),
      group("Công tác dân vận của Hội đồng nhân dân", { number: "2.1" }),
      ind("b"),
      group("Công tác dân vận của Ủy ban nhân dân", { number: "2.2" }),
      ind("c"),
    ]);
    const numbers = numberSections(plan.sections);
    const results = plan.sections.find((s) => s.title === "KẾT QUẢ THỰC HIỆN")!;
    expect(results.children.map((s) => [numbers.get(s.id), s.title, s.level])).toEqual([
      ["1.", "Công tác dân vận của Hội đồng nhân dân", 2],
      ["2.", "Công tác dân vận của Ủy ban nhân dân", 2],
    ]);
    expect(parentOf(plan, sectionOf(plan, "b")!)).toBe(results.id);
    expect(parentOf(plan, sectionOf(plan, "c")!)).toBe(results.id);
    expect(sectionOf(plan, "a")).toBe(plan.sections[0].id);
  });

  it("an unmatched '2.5' met inside the results stays beside the section we are in", () => {
    const { plan } = place(DAN_VAN, [
      group("Công tác dân vận của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội", {
        number: "2.4",
      }),
      ind("a"),
      group("Công tác dân vận của các hợp tác xã", { number: "2.5" }),
      ind("b"),
    ]);
    const numbers = numberSections(plan.sections);
    const id = sectionOf(plan, "b")!;
    expect(numbers.get(id)).toBe("2.5.");
    expect(numbers.get(parentOf(plan, id)!)).toBe("2.");
  });

  it("every built-in outline marks exactly one results section", () => {
    for (const o of OUTLINES)
      expect(walk(o.sections).filter((w) => w.section.collectsGroups)).toHaveLength(1);
  });
});

it("a near title matches whole words only ('Nhóm chỉ tiêu 1' is not 'Nhóm chỉ tiêu 10')", () => {
  const outline: Outline = {
    ...GENERIC,
    sections: [{ id: "x", title: "Nhóm chỉ tiêu 10", level: 1, children: [] }],
  };
  const { plan } = place(outline, [group("Nhóm chỉ tiêu 1", { number: "" }), ind("a")]);
  expect(sectionOf(plan, "a")).not.toBe("x");
});
