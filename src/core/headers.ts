/**
 * Column roles of an indicator table (biểu) and the header names clerks write for them.
 * Matching is case- and diacritics-insensitive (text.ts `foldKey`); a trailing year or period
 * ("Thực hiện năm 2023", "KH 9 tháng") and parenthesised notes ("Tỷ lệ (%)", "(1)") are allowed.
 * Source: issue 2, "Column roles and the names clerks write for them".
 */
import { foldKey } from "./text";

export type ColumnRole =
  | "order" // STT
  | "name" // chỉ tiêu
  | "unit" // đơn vị tính
  | "plan" // kế hoạch, KH
  | "actual" // thực hiện, TH
  | "samePeriod" // cùng kỳ, CK
  | "total" // tổng số, the base of a share
  | "ratioPlan" // TH/KH (%)
  | "ratioSamePeriod" // TH/CK (%)
  | "ratioShare" // tỷ lệ, chiếm (%)
  | "section" // mục báo cáo
  | "template" // mẫu câu
  | "note" // ghi chú
  | "precision"; // số chữ số thập phân

/** The roles whose cells hold figures. */
export const FIGURE_ROLES = ["plan", "actual", "samePeriod", "total"] as const;
export type FigureRole = (typeof FIGURE_ROLES)[number];

/** The roles whose cells hold percentages (0–100) computed from the figures. */
export const RATIO_ROLES = ["ratioPlan", "ratioSamePeriod", "ratioShare"] as const;
export type RatioRole = (typeof RATIO_ROLES)[number];

/** Header names per role, as clerks write them (folded when compared). */
export const HEADER_NAMES: Record<ColumnRole, string[]> = {
  order: ["STT", "TT", "Số TT", "Số thứ tự"],
  name: ["Chỉ tiêu", "Nội dung", "Nội dung chỉ tiêu", "Tên chỉ tiêu"],
  unit: ["ĐVT", "Đơn vị tính", "Đơn vị"],
  plan: ["Kế hoạch", "KH", "Chỉ tiêu giao", "Chỉ tiêu kế hoạch", "Mục tiêu"],
  actual: ["Thực hiện", "TH", "Kết quả", "Kết quả thực hiện", "Ước thực hiện", "Ước TH"],
  samePeriod: ["Cùng kỳ", "CK", "Cùng kỳ năm trước", "Thực hiện cùng kỳ", "TH cùng kỳ"],
  total: ["Tổng số", "Trên tổng số", "Mẫu số"],
  ratioPlan: ["TH/KH", "% KH", "Tỷ lệ đạt", "So với KH", "So với kế hoạch", "% so với KH"],
  ratioSamePeriod: ["TH/CK", "% CK", "So với cùng kỳ", "% so với cùng kỳ", "So cùng kỳ"],
  ratioShare: ["Tỷ lệ", "Chiếm", "Tỷ lệ chiếm", "% tổng số"],
  section: ["Mục báo cáo", "Mục"],
  template: ["Mẫu câu"],
  note: ["Ghi chú"],
  precision: ["Số chữ số thập phân", "Số lẻ", "Làm tròn"],
};

interface Label {
  role: ColumnRole;
  key: string;
}

// Longest first, so "Chỉ tiêu giao" wins over "Chỉ tiêu" and "Tỷ lệ đạt" over "Tỷ lệ".
const LABELS: Label[] = (Object.keys(HEADER_NAMES) as ColumnRole[])
  .flatMap((role) => HEADER_NAMES[role].map((name) => ({ role, key: foldKey(name) })))
  .sort((a, b) => b.key.length - a.key.length);

/** The folded header text with parenthesised notes, trailing colons and "(%)" removed. */
export function headerKey(text: string): string {
  return foldKey(text.replace(/\([^)]*\)/g, " ").replace(/[:*]+\s*$/, ""));
}

/**
 * The role a header cell names, or undefined.
 * "Thực hiện năm 2023" → actual; "KH 9 tháng" → plan; "TH/KH (%)" → ratioPlan;
 * "So sánh (%)" → undefined (a group header over ratio columns).
 */
export function matchHeader(text: string): ColumnRole | undefined {
  const key = headerKey(text);
  if (key === "") return undefined;
  for (const label of LABELS) {
    if (key === label.key || key.startsWith(label.key + " ")) {
      // "TH năm 2023 so với cùng kỳ", "Thực hiện so với KH": a ratio, not a figure.
      const rest = key.slice(label.key.length);
      if (FIGURE_ROLES.includes(label.role as FigureRole) && / so (voi|sanh)\b/.test(rest)) {
        return / cung ky\b| ck\b/.test(rest) ? "ratioSamePeriod" : "ratioPlan";
      }
      // "Thực hiện cùng kỳ năm 2022", "KH cùng kỳ": a same-period figure, not this period's.
      if (
        (label.role === "actual" || label.role === "plan") &&
        / cung ky\b| ck\b/.test(key.slice(label.key.length))
      ) {
        return "samePeriod";
      }
      return label.role;
    }
  }
  return undefined;
}
