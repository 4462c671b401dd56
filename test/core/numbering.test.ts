import { numberKey, numberSections, toRoman } from "../../src/core/numbering";
import { OutlineSection, findOutline } from "../../src/core/outlines";

describe("toRoman", () => {
  it.each([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
    [5, "V"],
    [6, "VI"],
    [9, "IX"],
    [10, "X"],
    [14, "XIV"],
    [19, "XIX"],
    [39, "XXXIX"],
    [40, "XL"],
    [49, "XLIX"],
  ])("%d → %s", (n, s) => {
    expect(toRoman(n)).toBe(s);
  });
});

describe("numberSections", () => {
  const s = (
    id: string,
    level: OutlineSection["level"],
    children: OutlineSection[] = []
  ): OutlineSection => ({ id, title: id, level, children });

  it("numbers phần A., mục I., khoản 2., sub-khoản 2.1., điểm a)", () => {
    const tree = [
      s("A", 0, [
        s("A.I", 1),
        s("A.II", 1, [s("1", 2), s("2", 2, [s("2.1", 3), s("2.2", 3, [s("a", 4), s("b", 4)])])]),
      ]),
      s("B", 0),
    ];
    expect(Object.fromEntries(numberSections(tree))).toEqual({
      A: "A.",
      "A.I": "I.",
      "A.II": "II.",
      "1": "1.",
      "2": "2.",
      "2.1": "2.1.",
      "2.2": "2.2.",
      a: "a)",
      b: "b)",
      B: "B.",
    });
  });

  it("restarts khoản numbers under every mục", () => {
    const tree = [s("I", 1, [s("I1", 2), s("I2", 2)]), s("II", 1, [s("II1", 2)])];
    const n = numberSections(tree);
    expect([n.get("I"), n.get("I1"), n.get("I2"), n.get("II"), n.get("II1")]).toEqual([
      "I.",
      "1.",
      "2.",
      "II.",
      "1.",
    ]);
  });

  it("numbers a sub-khoản with no khoản above it from 1", () => {
    expect(numberSections([s("I", 1, [s("x", 3), s("y", 3)])]).get("y")).toBe("2.");
  });

  it("numbers the reference outline of the Bình Thành report like the report does", () => {
    const outline = findOutline("dan-van-nam")!;
    const n = numberSections(outline.sections);
    expect(n.get("1")).toBe("A.");
    expect(n.get("1.1")).toBe("I.");
    expect(n.get("1.2")).toBe("II.");
    expect(n.get("1.2.2")).toBe("2.");
    expect(n.get("1.2.2.2")).toBe("2.2.");
    expect(n.get("1.4")).toBe("IV.");
    expect(n.get("2")).toBe("B.");
  });

  it("gives điểm letters in the Trà Sơn outline", () => {
    const n = numberSections(findOutline("qcdc-dan-van-chinh-quyen")!.sections);
    expect(["3.2.1.1", "3.2.1.2", "3.2.1.3", "3.2.1.4"].map((id) => n.get(id))).toEqual([
      "a)",
      "b)",
      "c)",
      "d)",
    ]);
    expect(n.get("3.2.1")).toBe("2.1.");
  });
});

describe("numberKey", () => {
  it.each([
    ["II.", "ii"],
    ["2.2", "2.2"],
    ["2.2.", "2.2"],
    ["a)", "a"],
    ["B", "b"],
    [" 1 . ", "1"],
  ])("%j → %j", (n, key) => {
    expect(numberKey(n)).toBe(key);
  });
});
