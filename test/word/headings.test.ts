// Finding the report's headings in a clerk's document (core/headings.ts): by number and title,
// case- and diacritics-insensitively after NFC, with or without Heading styles.
import { Block } from "../../src/core/document";
import {
  DocParagraph,
  formatSource,
  headingProblems,
  matchHeadings,
  parseHeading,
  reportHeadings,
  sectionRange,
} from "../../src/core/headings";

const h = (level: 0 | 1 | 2 | 3 | 4, number: string, title: string, sectionId: string): Block => ({
  type: "heading",
  level,
  number,
  title,
  sectionId,
});

/** The Bình Thành outline's part II, as buildReport numbers it. */
const BODY: Block[] = [
  h(1, "I.", "ĐẶC ĐIỂM TÌNH HÌNH", "1"),
  h(1, "II.", "KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ", "2"),
  h(2, "1.", "Công tác lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng", "2.1"),
  h(2, "2.", "Kết quả công tác dân vận của các cơ quan nhà nước các cấp", "2.2"),
  h(3, "2.1.", "Công tác dân vận của Hội đồng nhân dân", "2.2.1"),
  h(3, "2.2.", "Công tác dân vận của Ủy ban nhân dân", "2.2.2"),
  h(3, "2.4.", "Công tác dân vận của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội", "2.2.4"),
  h(1, "III.", "ĐÁNH GIÁ CHUNG", "3"),
  h(2, "1.", "Ưu điểm", "3.1"),
  h(2, "2.", "Hạn chế và nguyên nhân", "3.2"),
];
const HEADINGS = reportHeadings(BODY);

const p = (text: string, extra: Partial<DocParagraph> = {}): DocParagraph => ({ text, ...extra });

function found(paragraphs: DocParagraph[]): Record<string, number> {
  return Object.fromEntries(matchHeadings(paragraphs, HEADINGS).found);
}

describe("parseHeading", () => {
  test.each([
    ["II. KẾT QUẢ", "II", "ket qua"],
    ["2.2. Công tác dân vận", "2.2", "cong tac dan van"],
    ["2.2 Công tác dân vận", "2.2", "cong tac dan van"],
    ["a) Kết quả thực hiện", "a", "ket qua thuc hien"],
    ["A. KẾT QUẢ", "A", "ket qua"],
    ["IV- PHƯƠNG HƯỚNG:", "IV", "phuong huong"],
    ["Phần I: KẾT QUẢ", "phần I", "ket qua"],
    ["Ưu điểm", "", "uu diem"],
    ["A KẾT QUẢ", "", "a ket qua"],
    ["2023 là năm bản lề", "", "2023 la nam ban le"],
  ])("%s", (text, number, key) => {
    expect(parseHeading(text)).toMatchObject({ number, key });
  });

  test("a run-in heading keeps the words before its colon", () => {
    expect(parseHeading("1. Ưu điểm: Cấp ủy, chính quyền xã đã quan tâm").leadKey).toBe("uu diem");
  });

  test("text in another Unicode form folds the same (NFD from an old document)", () => {
    expect(parseHeading("II. ĐẶC ĐIỂM TÌNH HÌNH".normalize("NFD")).key).toBe("dac diem tinh hinh");
  });
});

describe("matchHeadings", () => {
  test("typed headings without Heading styles, in any case and without diacritics", () => {
    const doc = [
      p("Thực hiện Kế hoạch số 16/KH-UBND…"),
      p("I. Đặc điểm tình hình"),
      p("Bình Thành là xã nằm ở phía nam huyện Định Hóa."),
      p("II. KET QUA CONG TAC DAN VAN CUA HE THONG CHINH TRI"),
      p("2.2. CÔNG TÁC DÂN VẬN CỦA ỦY BAN NHÂN DÂN"),
    ];
    expect(found(doc)).toMatchObject({ "1": 1, "2": 3, "2.2.2": 4 });
  });

  test("headings in Heading styles with automatic numbering (no number in the text)", () => {
    const doc = [
      p("ĐẶC ĐIỂM TÌNH HÌNH", { styleBuiltIn: "Heading1", outlineLevel: 1 }),
      p("Công tác dân vận của Hội đồng nhân dân", { styleBuiltIn: "Heading3", outlineLevel: 3 }),
    ];
    expect(found(doc)).toEqual({ "1": 0, "2.2.1": 1 });
  });

  test("a renumbered heading is found by its title; a shortened one by its number", () => {
    const doc = [
      p("III. KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ"),
      p("2.4. Công tác dân vận của Mặt trận TQ, các tổ chức chính trị – xã hội"),
    ];
    expect(found(doc)).toEqual({ "2": 0, "2.2.4": 1 });
  });

  test("a number alone is not enough: “2.2. Công tác tuyên truyền” is not 2.2", () => {
    expect(found([p("2.2. Công tác tuyên truyền, vận động")])).toEqual({});
  });

  test("“1. Ưu điểm” is looked for under III first", () => {
    const doc = [
      p("1. Ưu điểm"), // a stray one, before III
      p("III. ĐÁNH GIÁ CHUNG"),
      p("1. Ưu điểm"),
      p("2. Hạn chế và nguyên nhân"),
    ];
    expect(found(doc)).toMatchObject({ "3": 1, "3.1": 2, "3.2": 3 });
  });

  test("paragraphs in tables and long paragraphs are never headings; a run-in heading is", () => {
    const long = `Ưu điểm ${"x ".repeat(200)}`;
    const doc = [
      p("Ưu điểm", { inTable: true }),
      p(long),
      p("III. ĐÁNH GIÁ CHUNG"),
      p(`1. Ưu điểm: Cấp ủy, chính quyền xã đã quan tâm ${"y ".repeat(200)}`),
    ];
    expect(found(doc)).toEqual({ "3": 2, "3.1": 3 });
  });

  test("two equally good headings are duplicates, not a guess", () => {
    const doc = [
      p("II. KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ"),
      p("2.2. Công tác dân vận của Ủy ban nhân dân"),
      p("Nội dung"),
      p("2.2. Công tác dân vận của Ủy ban nhân dân"),
    ];
    const m = matchHeadings(doc, HEADINGS);
    expect(m.found.has("2.2.2")).toBe(false);
    expect(m.duplicates.map((d) => [d.heading.sectionId, d.indexes])).toEqual([["2.2.2", [1, 3]]]);
    const [message] = headingProblems(m, new Set(["2.2.2"]));
    expect(message.message).toContain("“2.2. Công tác dân vận của Ủy ban nhân dân” có ở 2 chỗ");
    expect(message.message).toContain("đoạn 2, 4");
  });

  test("a missing heading is named, in Vietnamese, with the cursor as the way out", () => {
    const m = matchHeadings([p("I. ĐẶC ĐIỂM TÌNH HÌNH")], HEADINGS);
    const messages = headingProblems(m, new Set(["2.2.1"])).map((d) => d.message);
    expect(messages).toEqual([
      expect.stringContaining(
        "Không tìm thấy tiêu đề “2.1. Công tác dân vận của Hội đồng nhân dân”"
      ),
    ]);
    expect(messages[0]).toContain("Chèn tại con trỏ");
  });
});

describe("sectionRange and formatSource", () => {
  const doc = [
    p("II. KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ"), // 0
    p("2.1. Công tác dân vận của Hội đồng nhân dân"), // 1
    p(""), // 2
    p("HĐND xã đã tổ chức thành công kỳ họp thứ 5."), // 3
    p("- Tiếp 40 lượt người;"), // 4
    p("2.2. Công tác dân vận của Ủy ban nhân dân"), // 5
    p("Ủy ban nhân dân xã bám sát chương trình."), // 6
    p("a) Về công tác giảm nghèo"), // 7: a lower heading of the clerk's
    p("III. ĐÁNH GIÁ CHUNG"), // 8
  ];
  const m = matchHeadings(doc, HEADINGS);
  const byId = new Map(HEADINGS.map((x) => [x.sectionId, x]));

  test("after the heading, before the next heading of the same or a higher level", () => {
    expect(sectionRange(m, byId.get("2.2.1")!)).toEqual({ heading: 1, start: 2, end: 5 });
    expect(sectionRange(m, byId.get("2.2.2")!)).toEqual({ heading: 5, start: 6, end: 8 });
    expect(sectionRange(m, byId.get("2")!)).toEqual({ heading: 0, start: 1, end: 8 });
    expect(sectionRange(m, byId.get("2.2.4")!)).toBeUndefined();
  });

  test("the formatting source is the section's first body paragraph", () => {
    expect(formatSource(doc, m, byId.get("2.2.1")!)).toBe(3);
    expect(formatSource(doc, m, byId.get("3")!)).toBe(6);
  });
});
