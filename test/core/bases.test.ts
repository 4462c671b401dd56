/**
 * The base of a share, by shape (issue 14). The sentences are ours, written in the forms the
 * issue lists from real reports; the real paragraphs are in real-text.test.ts.
 */
import { checkParagraphs, describeFinding } from "../../src/core/checker";
import { unitsAgree } from "../../src/core/checking/bases";

const one = (...paragraphs: string[]) => {
  const findings = checkParagraphs(paragraphs);
  expect(findings).toHaveLength(1);
  return findings[0];
};

describe("bases found", () => {
  test("the numerator of an earlier fraction, in the same sentence", () => {
    const f = one("Đã rà soát 1.520/1.800 hộ; có 602 hộ đạt chuẩn, chiếm tỷ lệ 39,7%.");
    expect(f).toMatchObject({ numerator: 602, denominator: 1520, expected: 39.6 });
    expect(describeFinding(f)).toContain("tổng số lấy từ “1.520/1.800 hộ” cùng câu");
  });

  test("a figure whose parts follow (trong đó)", () => {
    expect(one("Tiếp nhận 310 đơn; trong đó 214 đơn đủ điều kiện, chiếm 69,3%.")).toMatchObject({
      numerator: 214,
      denominator: 310,
      expected: 69,
    });
  });

  test("“trong tổng số”, between the figure and its bracketed percentage", () => {
    expect(one("Có 4.312 người trong tổng số 9.870 người (đạt 43,9%).")).toMatchObject({
      numerator: 4312,
      denominator: 9870,
      expected: 43.7,
    });
  });

  test("a fraction interrupted by a bracket", () => {
    expect(
      one("Giải quyết 198 hồ sơ (150 trực tuyến, 48 trực tiếp)/240 hồ sơ, đạt 82,6%.")
    ).toMatchObject({ numerator: 198, denominator: 240, expected: 82.5 });
  });

  test("a total introduced by có, in brackets, and a list after it", () => {
    expect(one("Hội (có 1.205 hội viên, 980 hộ) còn 49 hộ nghèo (5,3%).")).toMatchObject({
      numerator: 49,
      denominator: 980,
      expected: 5,
    });
  });

  test("the paragraph before, with the unit written another way", () => {
    const f = one("Xã có 2.140 hộ, 8.655 nhân khẩu.", "Dân tộc Tày 4.120 người, chiếm 46,7%.");
    expect(f).toMatchObject({ numerator: 4120, denominator: 8655, expected: 47.6 });
    expect(describeFinding(f)).toContain("ở đoạn trước");
  });

  test("a percentage sign forgotten after a fraction", () => {
    expect(one("Có 26/29 lượt tiếp công dân chiếm 89,65 (lĩnh vực đất đai).")).toMatchObject({
      expected: 89.66,
    });
  });

  test("a base named after the percentage", () => {
    expect(
      one(
        "Nâng tổng số hội viên toàn tỉnh 206.391/255.086 người. Trong đó hội viên nòng cốt 50.730, đạt 24,76% so với tổng số hội viên."
      )
    ).toMatchObject({ numerator: 50730, denominator: 206391, expected: 24.58 });
  });

  test("a change between two figures", () => {
    expect(one("Đàn trâu từ 348 con đến năm 2017 là 406 con, tăng 8,5%.")).toMatchObject({
      numerator: 58,
      denominator: 348,
      expected: 16.7,
    });
  });
});

describe("no false alarm", () => {
  test("shares of sub-groups that add up to 100 are of their own sum, not of a stated total", () => {
    expect(
      checkParagraphs([
        "Cả nước có 3.396.011 hộ đạt danh hiệu.",
        "Trồng trọt 1.877.588 hộ chiếm 47%; chăn nuôi 1.471.062 hộ chiếm 36,8%; dịch vụ 647.350 hộ chiếm 16,2%.",
      ])
    ).toEqual([]);
  });

  test("a sub-group's own base without a unit: silent", () => {
    expect(
      checkParagraphs([
        "Toàn tỉnh có 12.400 thí sinh. Cụm A: 5.120 thí sinh dự thi, đỗ 4.830, đạt 94,3%; cụm B: 7.280 thí sinh dự thi, đỗ 6.900, đạt 94,8%.",
      ])
    ).toEqual([]);
  });

  test("two totals of one unit beyond the paragraph: ambiguous, silent", () => {
    expect(
      checkParagraphs(["Thôn A có 860 hộ.", "Thôn B có 900 hộ.", "Số hộ nghèo 62 hộ chiếm 9,9%."])
    ).toEqual([]);
  });

  test("a named base the text does not state: silent", () => {
    expect(
      checkParagraphs([
        "Hộ nghèo có 10.689 hộ; trong đó 3.373 hộ DTTS (chiếm 13,13% so với tổng số hộ nghèo DTTS).",
      ])
    ).toEqual([]);
  });

  test("a change is not a part: “tăng 137 hộ …, chiếm tỷ lệ 0,04%”", () => {
    expect(
      checkParagraphs([
        "Toàn tỉnh có 334.000 hộ, hộ nghèo tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%.",
      ])
    ).toEqual([]);
  });

  test("a close base that gives the stated value is taken", () => {
    expect(
      checkParagraphs([
        "Tổng số đơn là 261 đơn, gồm 178 đơn khiếu nại và 83 đơn tố cáo. Đã giải quyết 62 đơn tố cáo (đạt 74,7%).",
      ])
    ).toEqual([]);
  });
});

test("units of one kind: people, households, letters", () => {
  expect(unitsAgree("người", "nhân khẩu")).toBe(true);
  expect(unitsAgree("lao động", "nhân khẩu")).toBe(true);
  expect(unitsAgree("hộ gia đình", "hộ")).toBe(true);
  expect(unitsAgree("đơn thư", "đơn")).toBe(true);
  expect(unitsAgree("hộ", "người")).toBe(false);
  expect(unitsAgree("nhân khẩu", "lao động")).toBe(false);
});
