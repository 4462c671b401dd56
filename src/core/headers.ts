/**
 * Column roles of an indicator table (biểu) and the header names clerks write for them.
 * Matching is case- and diacritics-insensitive (text.ts `foldKey`); a trailing year or period
 * ("Thực hiện năm 2023", "KH 9 tháng") and parenthesised notes ("Tỷ lệ (%)", "(1)") are allowed.
 * Source: issue 2, "Column roles and the names clerks write for them".
 */
import { Comparison, Period, parseComparison, parsePeriod } from "./reading/periods";
import { isKnownUnit, normaliseUnit } from "./reading/units";
import { foldKey } from "./text";

export type ColumnRole =
  | "order" // STT
  | "name" // chỉ tiêu
  | "group" // nhóm: a second name column whose values repeat in runs ("Lúa" over its measures)
  | "unit" // đơn vị tính
  | "plan" // kế hoạch, KH
  | "actual" // thực hiện, TH
  | "samePeriod" // cùng kỳ, CK
  | "total" // tổng số, the base of a share
  | "ratioPlan" // TH/KH (%)
  | "ratioSamePeriod" // TH/CK (%)
  | "ratioShare" // tỷ lệ, chiếm (%)
  | "difference" // chênh lệch: a change stated in the figures' unit, when the table gives no figures
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
  name: [
    "Chỉ tiêu",
    "Nội dung",
    "Nội dung chỉ tiêu",
    "Tên chỉ tiêu",
    "Tên",
    "Danh mục",
    "Hạng mục",
    "Lĩnh vực",
    "Loại",
    "Phân loại",
    "Phân theo",
    "Nhóm",
    "Diễn giải",
    "Tiêu chí",
    "Khoản mục",
    "Ngành",
    "Cây trồng",
    "Vật nuôi",
    "Mặt hàng",
    "Sản phẩm",
    // Place columns: the rows are places.
    "Xã, phường",
    "Xã",
    "Phường",
    "Thôn, xóm",
    "Thôn",
    "Địa bàn",
    "Địa phương",
    "Huyện",
    "Tên đơn vị",
    "Đơn vị hành chính",
  ],
  group: [],
  unit: ["ĐVT", "Đơn vị tính", "Đơn vị", "Đơn vị tính (ĐVT)"],
  plan: ["Kế hoạch", "KH", "Chỉ tiêu giao", "Chỉ tiêu kế hoạch", "Mục tiêu"],
  actual: ["Thực hiện", "TH", "Kết quả", "Kết quả thực hiện", "Ước thực hiện", "Ước TH"],
  samePeriod: ["Cùng kỳ", "CK", "Cùng kỳ năm trước", "Thực hiện cùng kỳ", "TH cùng kỳ"],
  total: ["Tổng số", "Trên tổng số", "Mẫu số"],
  ratioPlan: ["TH/KH", "% KH", "Tỷ lệ đạt", "So với KH", "So với kế hoạch", "% so với KH"],
  ratioSamePeriod: ["TH/CK", "% CK", "So với cùng kỳ", "% so với cùng kỳ", "So cùng kỳ"],
  ratioShare: ["Tỷ lệ", "Chiếm", "Tỷ lệ chiếm", "% tổng số"],
  // Decided by the comparison grammar and the data (negative values), never by a name alone.
  difference: [],
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
  .flatMap((role) => HEADER_NAMES[role].map((name) => ({ role, key: headerKey(name) })))
  .sort((a, b) => b.key.length - a.key.length);

/**
 * The folded header text with parenthesised notes, trailing colons and "(%)" removed, and commas
 * read as spaces ("Xã, phường" → "xa phuong").
 */
export function headerKey(text: string): string {
  return foldKey(
    text
      .replace(/\([^)]*\)/g, " ")
      .replace(/[:*]+\s*$/, "")
      .replace(/[,;]/g, " ")
  );
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

/** What one header (its rows joined top to bottom) says of its column. */
export interface HeaderMeaning {
  /** A role named by the vocabulary above. */
  role?: ColumnRole;
  /** The period a figure column names ("Ước tính năm 2024"). */
  period?: Period;
  /** The two periods a comparison column compares ("Năm 2024 so với năm 2023 (%)"). */
  comparison?: Comparison;
  /** A unit the header names: "(ĐVT: Ha)" → "ha", "Diện tích (ha)" → "ha". */
  unit?: string;
  /** What is left of the header when roles, periods and units are taken out: "diện tích". */
  measure?: string;
}

/** "(ĐVT: Ha)", "(ha)", "(triệu đồng)", "ĐVT: tấn" inside a header → the unit, Vietnamese form. */
export function unitInText(text: string): string | undefined {
  const labelled = /(?:ĐVT|Đơn vị tính|Đơn vị|DVT)\s*(?:[-–]\s*Unit\s*)?[:.]\s*([^)\n;]+)/iu.exec(
    text.normalize("NFC")
  );
  if (labelled) {
    // "ĐVT: Người - Unit: Person": the Vietnamese part only.
    const u = labelled[1]
      .replace(/\s*[-–]\s*Unit\b.*$/i, "")
      .trim()
      .replace(/[.,]$/, "");
    if (u !== "") return normaliseUnit(u);
  }
  for (const m of text.matchAll(/\(([^()]{1,20})\)/g)) {
    if (isKnownUnit(m[1].trim()) && m[1].trim() !== "%") return normaliseUnit(m[1]);
  }
  return undefined;
}

/** A unit written alone with its scale, as the statistics office puts it over the figures: "Nghìn lượt người". */
const SCALED_UNIT = /^(nghìn|ngàn|triệu|tỷ|tỉ|nghìn tỷ)\s+\p{L}+(\s+\p{L}+){0,2}$/iu;

/**
 * The unit a cell holding nothing but a unit names, Vietnamese form: "Tấn" → "tấn", "(Nghìn ha)"
 * → "nghìn ha", "Nghìn lượt người" → "nghìn lượt người"; undefined for any other text.
 */
export function unitAlone(text: string): string | undefined {
  const bare = text
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  return isKnownUnit(bare) || SCALED_UNIT.test(bare) ? normaliseUnit(bare) : undefined;
}

const meaningCache = new Map<string, HeaderMeaning>();

/**
 * The meaning of a header text, from the vocabulary (HEADER_NAMES), the period and comparison
 * grammar (reading/periods.ts) and the units it names. Pure; cached by text.
 * "Ước tính năm 2024" → {period: estimate 2024}; "Năm 2024 so với năm 2023 (%)" → comparison;
 * "TH/KH (%)" → {role: ratioPlan, comparison}; "Chỉ tiêu" → {role: name};
 * "Diện tích (ha)" → {unit: "ha", measure: "dien tich"}.
 */
export function interpretHeader(text: string): HeaderMeaning {
  let m = meaningCache.get(text);
  if (!m) {
    m = computeMeaning(text);
    if (meaningCache.size > 5000) meaningCache.clear();
    meaningCache.set(text, m);
  }
  return m;
}

function computeMeaning(text: string): HeaderMeaning {
  const key = headerKey(text);
  const unit = unitInText(text);
  const out: HeaderMeaning = unit ? { unit } : {};
  if (key === "")
    return /%/.test(text) ? { ...out, comparison: { form: "index", words: ["%"] } } : out;
  // "So sánh (%)" over "Tỷ lệ": a share column under the comparisons' group header.
  const under = key.replace(/^so sanh\s+/, "");
  const underRole = under !== key ? matchHeader(under) : undefined;
  if (underRole === "ratioShare") return { ...out, role: "ratioShare" };
  if (underRole === "ratioPlan" || underRole === "ratioSamePeriod") {
    const base: Period =
      underRole === "ratioPlan"
        ? { status: "plan", words: ["kế hoạch"] }
        : { samePeriod: true, words: ["cùng kỳ"] };
    return {
      ...out,
      role: underRole,
      comparison: parseComparison(under, text) ?? { b: base, form: "index", words: [under] },
    };
  }
  const comparison = parseComparison(key, text);
  if (comparison) {
    out.comparison = comparison;
    const role = matchHeader(text);
    if (role === "ratioPlan" || role === "ratioSamePeriod") out.role = role;
    return out;
  }
  const role = matchHeader(text);
  const period = parsePeriod(key);
  if (role && !(FIGURE_ROLES as readonly string[]).includes(role) && role !== "total") {
    out.role = role;
    return out;
  }
  if (role) out.role = role;
  if (period) out.period = period;
  if (!role && !period) out.measure = key;
  else if (!role && period) {
    const rest = key
      .replace(/(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d.,])/g, " ")
      .replace(
        /\b(nam|uoc tinh|uoc thuc hien|uoc|so bo|thuc hien|ke hoach|th|kh|chinh thuc|sb)\b/g,
        " "
      )
      .replace(/\s+/g, " ")
      .trim();
    if (/[a-z]{3,}/.test(rest) && !spanWordsOnly(rest)) out.measure = rest;
  }
  return out;
}

function spanWordsOnly(rest: string): boolean {
  return /^(\d{1,2} thang( dau nam| cuoi nam)?|quy [ivx1-4]+|thang \d{1,2}|luy ke|cung ky( nam truoc)?|ky bao cao|ky nay|dau nam|ca nam|nam truoc|[ /-])+$/.test(
    rest
  );
}
