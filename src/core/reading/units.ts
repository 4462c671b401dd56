/**
 * Units of measure (đơn vị tính) as Vietnamese prose writes them, whatever a table typed:
 * "Ha" → "ha", "Tấn" → "tấn", "Tr.đồng" → "triệu đồng", "Km2" → "km²", "HTX" stays "HTX".
 * One table (UNIT_FORMS) plus two rules for what it does not list:
 * - an upper-case abbreviation (all capitals, ≤ 5 letters: "HTX", "USD", "DN") stays as typed;
 * - any other word is lower-cased ("Lượt khách" → "lượt khách"), as units are common nouns.
 * Source: issue 9 § "Units as Vietnamese writes them"; the reference reports write
 * "1.389 hộ", "28,75 km²", "1.100 triệu đồng".
 */
import { foldKey } from "../text";

/** Folded spellings → the Vietnamese form. Keys go through `unitKey`. */
const UNIT_FORMS: [string[], string][] = [
  [["ha", "hecta", "héc ta", "hec ta"], "ha"],
  [["tấn", "tan"], "tấn"],
  [["nghìn tấn", "ngàn tấn", "1000 tấn", "1.000 tấn"], "nghìn tấn"],
  [["tạ"], "tạ"],
  [["nghìn ha", "ngàn ha", "1000 ha", "1.000 ha"], "nghìn ha"],
  [["tạ/ha", "tạ / ha"], "tạ/ha"],
  [["kg"], "kg"],
  [["người", "ng"], "người"],
  [["nghìn người", "1000 người", "1.000 người"], "nghìn người"],
  [["hộ"], "hộ"],
  [["con"], "con"],
  [["nghìn con", "1000 con", "1.000 con"], "nghìn con"],
  [["triệu đồng", "tr.đồng", "tr. đồng", "tr.đ", "trđ", "tr đồng", "triệu"], "triệu đồng"],
  [["tỷ đồng", "tỉ đồng", "tỷ", "tỷ đ", "tỷđ"], "tỷ đồng"],
  [["nghìn đồng", "ngàn đồng", "1000 đồng", "1.000 đồng", "1000đ", "1.000đ"], "nghìn đồng"],
  [["đồng", "đ", "vnđ", "vnd"], "đồng"],
  [["usd"], "USD"],
  [["nghìn usd", "1000 usd", "1.000 usd", "ngàn usd"], "nghìn USD"],
  [["triệu usd"], "triệu USD"],
  [["km2", "km²", "km 2"], "km²"],
  [["m2", "m²"], "m²"],
  [["m3", "m³"], "m³"],
  [["km"], "km"],
  [["m"], "m"],
  [["đồng/kg", "vnd/kg", "đ/kg", "vnđ/kg"], "đồng/kg"],
  [["cm"], "cm"],
  [["mm"], "mm"],
  [["%", "phần trăm", "tỷ lệ %", "tỷ lệ (%)"], "%"],
  [["lít"], "lít"],
  [["kwh"], "kWh"],
  [["nghìn kwh", "1000 kwh"], "nghìn kWh"],
  [["triệu kwh"], "triệu kWh"],
  [["tỷ kwh"], "tỷ kWh"],
  [["tuổi"], "tuổi"],
  [["‰", "phần nghìn"], "‰"],
  [["xã"], "xã"],
  [["lớp"], "lớp"],
  [["trường"], "trường"],
  [["con/phụ nữ", "số con/phụ nữ", "số con/1 phụ nữ"], "con/phụ nữ"],
  [["thôn"], "thôn"],
];

function unitKey(s: string): string {
  return foldKey(s).replace(/\s*([./])\s*/g, "$1");
}

const FORMS = new Map<string, string>(
  UNIT_FORMS.flatMap(([keys, form]) => keys.map((k): [string, string] => [unitKey(k), form]))
);

/** True when `unit` is listed in the unit table (after folding). */
export function isKnownUnit(unit: string): boolean {
  let known = knownCache.get(unit);
  if (known === undefined) {
    known = FORMS.has(unitKey(unit));
    if (knownCache.size > 2000) knownCache.clear();
    knownCache.set(unit, known);
  }
  return known;
}

// Tables repeat a handful of units over thousands of rows: fold each once.
const knownCache = new Map<string, boolean>();
const countCache = new Map<string, boolean>();

/**
 * The Vietnamese form of a unit as typed in a table: "Ha" → "ha", "Tr.đồng" → "triệu đồng",
 * "HTX" → "HTX", "Lượt khách" → "lượt khách", "" → "". Input may be NFD; output is NFC.
 */
export function normaliseUnit(typed: string): string {
  let form = formCache.get(typed);
  if (form === undefined) {
    form = computeForm(typed);
    if (formCache.size > 2000) formCache.clear();
    formCache.set(typed, form);
  }
  return form;
}

const formCache = new Map<string, string>();

function computeForm(typed: string): string {
  const t = typed
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
  if (t === "") return "";
  const known = FORMS.get(unitKey(t));
  if (known) return known;
  // Each word lower case ("Nghìn Lượt khách" → "nghìn lượt khách"), abbreviations kept ("HTX", "USD").
  return t
    .split(" ")
    .map((w) =>
      // "Tấn" → "tấn"; "HTX", "USD" and mixed case such as "kWh" stay as typed.
      /^\p{Lu}[^\p{Lu}]*$/u.test(w) ? w.toLocaleLowerCase("vi-VN") : w
    )
    .join(" ");
}

/**
 * Units counting discrete things (hộ, người, xã, vụ…): their figures are exact, never rounded
 * for display. Everything else (ha, tấn, đồng, %, unknown units) is a measured quantity that a
 * published table may show rounded. Source: issue 9 § "Figures that were rounded for display".
 */
const COUNT_UNITS = new Set(
  [
    "hộ",
    "người",
    "xã",
    "thôn",
    "xóm",
    "vụ",
    "con",
    "cái",
    "chiếc",
    "lượt",
    "lượt người",
    "học sinh",
    "trường",
    "lớp",
    "cơ sở",
    "doanh nghiệp",
    "DN",
    "HTX",
    "hợp tác xã",
    "tổ",
    "hồ sơ",
    "đơn",
    "cuộc",
    "lần",
    "nhà",
    "căn",
    "công trình",
    "dự án",
    "đảng viên",
    "hội viên",
    "đoàn viên",
    "lao động",
    "nhân khẩu",
    "khẩu",
    "trường hợp",
    "tài khoản",
    "sản phẩm",
    "giường",
    "bác sĩ",
    "trạm",
    "thủ tục",
    "ca",
    "tổ chức",
    "chi bộ",
    "gia đình",
    "buổi",
    "lớp học",
    "hội nghị",
  ].map((u) => foldKey(u))
);

/** True when figures in `unit` count discrete things and so are exact (see COUNT_UNITS). */
export function isCountUnit(unit: string): boolean {
  let count = countCache.get(unit);
  if (count === undefined) {
    const k = foldKey(unit);
    count = k !== "" && COUNT_UNITS.has(k);
    if (countCache.size > 2000) countCache.clear();
    countCache.set(unit, count);
  }
  return count;
}

/**
 * True when figures in `unit` are exact: counts of discrete things, and whole numbers in a unit
 * we do not know (most likely counts: "5 hộ mới" typed without a unit). Measured quantities in a
 * known unit (ha, tấn, đồng, %) may have been rounded for display.
 */
export function figuresExact(unit: string, ...values: number[]): boolean {
  if (isCountUnit(unit)) return true;
  return !isKnownUnit(unit) && values.every((v) => Number.isInteger(v));
}
