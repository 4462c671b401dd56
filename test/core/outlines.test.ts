import {
  DEFAULT_OUTLINE_ID,
  OUTLINES,
  OutlineSection,
  cloneSections,
  findOutline,
  walk,
} from "../../src/core/outlines";

describe("built-in outlines", () => {
  it("are the six kinds, in listing order, with the generic one as default", () => {
    expect(OUTLINES.map((o) => o.id)).toEqual([
      "dan-van-nam",
      "qcdc-dan-van-chinh-quyen",
      "dan-van-chinh-quyen-nam",
      "dan-van-kheo",
      "chi-thi",
      "chung",
    ]);
    expect(DEFAULT_OUTLINE_ID).toBe("chung");
    expect(findOutline(DEFAULT_OUTLINE_ID)).toBeDefined();
  });

  it.each(OUTLINES.map((o) => [o.id, o] as const))(
    "%s: ids unique, levels nested, one default section",
    (_id, o) => {
      const all = walk(o.sections);
      const ids = all.map((w) => w.section.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const { section, parents } of all) {
        const parent = parents[parents.length - 1];
        if (parent) expect(section.level).toBe(Math.min(parent.level + 1, 4));
        expect(section.title.trim()).not.toBe("");
        expect(section.title).toBe(section.title.normalize("NFC"));
      }
      expect(all.filter((w) => w.section.defaultForIndicators)).toHaveLength(1);
      expect(o.opening).toContain("{co_quan}");
      expect(o.closing).toMatch(/\.\/\.$/);
      expect(o.name.trim()).not.toBe("");
    }
  );

  it("top-level mục titles are upper case", () => {
    for (const o of OUTLINES) {
      for (const { section } of walk(o.sections)) {
        const words = section.title.replace(/\{[a-z_]+\}/g, "");
        if (section.level <= 1) expect(words).toBe(words.toLocaleUpperCase("vi-VN"));
      }
    }
  });

  it("the Bình Thành outline has parts A and B, B for next year", () => {
    const o = findOutline("dan-van-nam")!;
    expect(o.sections.map((s) => s.level)).toEqual([0, 0]);
    expect(o.sections[1].title).toContain("{nam_sau}");
    expect(o.sections[0].children.map((s) => s.title)).toEqual([
      "ĐẶC ĐIỂM TÌNH HÌNH",
      "KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ",
      "ĐÁNH GIÁ CHUNG",
      "ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
  });
});

describe("findOutline", () => {
  it("finds by id, trimming spaces", () => {
    expect(findOutline("chung")?.id).toBe("chung");
    expect(findOutline("  chi-thi ")?.id).toBe("chi-thi");
  });

  it("returns undefined for an unknown id", () => {
    expect(findOutline("khong-co")).toBeUndefined();
    expect(findOutline("")).toBeUndefined();
  });
});

describe("cloneSections", () => {
  it("makes a deep copy that can be changed freely", () => {
    const original = findOutline("dan-van-nam")!.sections;
    const before = JSON.stringify(original);
    const copy = cloneSections(original);
    expect(copy).toEqual(original);
    copy[0].children[1].children.push({ id: "x", title: "x", level: 2, children: [] });
    copy[0].children[0].title = "đổi";
    copy.push({ id: "y", title: "Y", level: 0, children: [] });
    expect(JSON.stringify(original)).toBe(before);
    expect(copy[0].children[1]).not.toBe(original[0].children[1]);
  });
});

describe("walk", () => {
  it("visits depth first with the parent chain", () => {
    const tree: OutlineSection[] = [
      {
        id: "1",
        title: "I",
        level: 1,
        children: [
          {
            id: "1.1",
            title: "a",
            level: 2,
            children: [{ id: "1.1.1", title: "b", level: 3, children: [] }],
          },
        ],
      },
      { id: "2", title: "II", level: 1, children: [] },
    ];
    expect(walk(tree).map((w) => [w.section.id, w.parents.map((p) => p.id)])).toEqual([
      ["1", []],
      ["1.1", ["1"]],
      ["1.1.1", ["1", "1.1"]],
      ["2", []],
    ]);
  });
});
