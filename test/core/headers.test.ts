import {
  ColumnRole,
  FIGURE_ROLES,
  HEADER_NAMES,
  RATIO_ROLES,
  headerKey,
  matchHeader,
} from "../../src/core/headers";
import { upper } from "../../src/core/text";

const ALL: [ColumnRole, string][] = (Object.keys(HEADER_NAMES) as ColumnRole[]).flatMap((role) =>
  HEADER_NAMES[role].map((name) => [role, name] as [ColumnRole, string])
);

const stripDiacritics = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");

describe("matchHeader: every listed header name", () => {
  it.each(ALL)("%s ← %s", (role, name) => {
    expect(matchHeader(name)).toBe(role);
  });

  it.each(ALL)("%s ← %s in upper case", (role, name) => {
    expect(matchHeader(upper(name))).toBe(role);
  });

  it.each(ALL)("%s ← %s without diacritics", (role, name) => {
    expect(matchHeader(stripDiacritics(name))).toBe(role);
  });

  it.each(ALL)("%s ← %s with a trailing year", (role, name) => {
    expect(matchHeader(`${name} năm 2023`)).toBe(role);
  });

  it.each(ALL)("%s ← %s in NFD with a trailing colon and note", (role, name) => {
    expect(matchHeader(`${name} (1):`.normalize("NFD"))).toBe(role);
  });
});

describe("matchHeader: headers as clerks write them", () => {
  it.each([
    ["Thực hiện năm 2023", "actual"],
    ["KH 9 tháng", "plan"],
    ["Kế hoạch năm 2024", "plan"],
    ["Cùng kỳ năm 2022", "samePeriod"],
    ["Tỷ lệ (%)", "ratioShare"],
    ["TH/KH (%)", "ratioPlan"],
    ["TH/CK (%)", "ratioSamePeriod"],
    ["Thực hiện cùng kỳ", "samePeriod"],
    ["Thực hiện cùng kỳ năm 2022", "samePeriod"],
    ["TH CK", "samePeriod"],
    ["KH cùng kỳ", "samePeriod"],
    ["Chỉ tiêu giao", "plan"],
    ["Chỉ tiêu", "name"],
    ["Tỷ lệ đạt", "ratioPlan"],
    ["Mục tiêu", "plan"],
    ["Mục báo cáo", "section"],
    ["Đơn vị", "unit"],
    ["Trên tổng số", "total"],
    ["  thực   HIỆN  ", "actual"],
  ] as [string, ColumnRole][])("%s → %s", (text, role) => {
    expect(matchHeader(text)).toBe(role);
  });

  it.each(["So sánh (%)", "", "   ", "(1)", "Thực", "Khác", "Số liệu", "THKH"])(
    "%j names no role",
    (text) => {
      expect(matchHeader(text)).toBeUndefined();
    }
  );
});

describe("headerKey", () => {
  it("drops parenthesised notes and trailing colons", () => {
    expect(headerKey("Tỷ lệ (%)")).toBe("ty le");
    expect(headerKey("Ghi chú:")).toBe("ghi chu");
    expect(headerKey("Thực hiện (6) năm 2023")).toBe("thuc hien nam 2023");
    expect(headerKey("Chỉ tiêu*")).toBe("chi tieu");
  });
});

describe("role lists", () => {
  it("names the figure and ratio roles", () => {
    expect([...FIGURE_ROLES]).toEqual(["plan", "actual", "samePeriod", "total"]);
    expect([...RATIO_ROLES]).toEqual(["ratioPlan", "ratioSamePeriod", "ratioShare"]);
  });
});

describe("figure names followed by a comparison are ratios", () => {
  test.each([
    ["TH năm 2023 so với cùng kỳ (%)", "ratioSamePeriod"],
    ["Thực hiện so với KH", "ratioPlan"],
    ["Kết quả so sánh với kế hoạch", "ratioPlan"],
  ])("%s → %s", (text, role) => {
    expect(matchHeader(text)).toBe(role);
  });
});
