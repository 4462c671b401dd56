/**
 * The tokens the figure checker (core/checker.ts) reads in running Vietnamese text: percentages,
 * fractions, figures with a unit, and the totals a paragraph states. Offsets are into the NFC
 * text of the paragraph.
 */
import { parseViNumber } from "../numbers";

export type StyleIssue = "dot-decimal" | "space-before-percent";

/** The index of the first item whose key is ≥ `at` in `sorted` (binary search); its length if none. */
export function firstFrom<T>(
  sorted: T[],
  at: number,
  key: (x: T) => number = (x) => Number(x)
): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A Vietnamese number: 1.389 / 30.550.000 / 28,75 / 99, and "27.1" as clerks mistype it. */
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?`;
/** NUM, for the checker's own patterns. */
export const NUM_TEXT = NUM;
export const NUMBER = new RegExp(NUM, "g");
/** One to four words of a unit: "hộ", "hộ gia đình", "tiêu chí xuất sắc". */
const UNIT_WORDS = String.raw`\p{L}[\p{L}²³]*(?:[ \t]+\p{L}[\p{L}²³]*){0,3}`;
/** A unit after a figure: "hộ", "trường hợp", "tấn/ngày". */
const UNIT = String.raw`\p{L}[\p{L}²³]*(?:\/\p{L}+)?(?:[ \t]+\p{L}+)?`;

export interface Percent {
  value: number;
  decimals: number;
  start: number;
  end: number;
  style: StyleIssue[];
}

export interface Fraction {
  numerator: number;
  denominator: number;
  /** From the numerator to the denominator: "4.028/4.574". */
  start: number;
  end: number;
  /** End of the unit after the denominator, if any: "4.028/4.574 trường hợp". */
  unitEnd: number;
  unit: string;
}

/** A figure with its unit: "62 hộ", "02 trường hợp", "48,15 tấn/ngày". */
export interface Count {
  value: number;
  unit: string;
  start: number;
  end: number;
  /** Up to four words after the unit, lower case: "khiếu nại đúng" for "15 đơn khiếu nại đúng". */
  subject?: string[];
}

/**
 * How a total was stated: "named" ("tổng số 1.389 hộ", "toàn xã có", "860 hộ, 3.343 nhân
 * khẩu"), "within" ("trong 122 đơn", "trên tổng số 240 hồ sơ"), "has" ("xã có 2.140 hộ",
 * "gồm 178 đơn khiếu nại", "với 3.427 nhân khẩu"), "numerator" (the first figure of a fraction,
 * "1.520/1.800 hộ": what was examined, the base of what follows), "denominator" (the second),
 * "parts" (the sum of shares whose percentages add up to 100).
 */
export type TotalKind = "named" | "within" | "has" | "numerator" | "denominator" | "parts";

export interface Total extends Count {
  paragraph: number;
  kind: TotalKind;
  /** "tổng số hộ nghèo 62 hộ": a total of something narrower than the unit. */
  qualified: boolean;
  /** For the denominator of a fraction ("50/52 trường hợp"), its numerator: such a total holds
   * only for the rest of it in the same paragraph ("02 trường hợp"). */
  partOf?: number;
  /** Up to six words before the figure in its clause, lower case: "tổng số hội viên toàn tỉnh". */
  lead?: string[];
  /** Where the total's text ends (a fraction's: after its unit), for quoting it. */
  textStart: number;
  textEnd: number;
}

const PERCENT = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUM})([ \t]*)%`, "gu");
/** A percentage as text, for the checker's own patterns (no capture groups). */
export const PERCENT_TEXT = String.raw`(?:${NUM})[ \t]*%`;

export function percentsIn(text: string): Percent[] {
  const out: Percent[] = [];
  for (const m of text.matchAll(PERCENT)) {
    if (/\d\s*[-–]\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue; // 85-90%
    const parsed = parseViNumber(m[1]);
    if (!parsed) continue;
    const dot = /^\d+\.\d+$/.test(m[1]) && !/^\d{1,3}(\.\d{3})+$/.test(m[1]);
    const style: StyleIssue[] = [];
    if (dot) style.push("dot-decimal");
    if (m[2] !== "") style.push("space-before-percent");
    const decimals = (dot ? m[1].split(".")[1] : (m[1].split(",")[1] ?? "")).length;
    out.push({ value: parsed.value, decimals, start: m.index, end: m.index + m[0].length, style });
  }
  return out;
}

const FRACTION = new RegExp(
  String.raw`(?<![\p{L}\d.,/\-–])(${NUM})(?:[ \t]*(${UNIT_WORDS}))?(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*\/[ \t]*(${NUM})(?![\d/])(?:[ \t]*(${UNIT}))?`,
  "dgu"
);
/** Words that follow a figure without being its unit. */
const NOT_A_UNIT = /^(?:đạt|chiếm|bằng|là|tăng|giảm|vượt|trong|so|với|và|của)$/iu;

export function fractionsIn(text: string): Fraction[] {
  const out: Fraction[] = [];
  for (const m of text.matchAll(FRACTION)) {
    const numerator = parseViNumber(m[1])?.value;
    const denominator = parseViNumber(m[3])?.value;
    const end = m.indices![3][1];
    if (numerator === undefined || denominator === undefined) continue;
    if (notAFraction(text, m.index, m[3], numerator, denominator, text.slice(end))) continue;
    const after = (m[4] ?? "").split(/[ \t]+/);
    const cut = after.findIndex((w) => NOT_A_UNIT.test(w));
    const unitAfter = after.slice(0, cut < 0 ? after.length : cut).join(" ");
    const unit = unitKey(unitAfter || m[2] || "");
    const unitEnd = unitAfter ? m.indices![4][0] + unitKey(unitAfter).length : end;
    out.push({ numerator, denominator, start: m.index, end, unitEnd, unit });
  }
  return out;
}

const DATE_WORDS = new Set(["ngày", "tháng", "khánh", "hôm"]);
/** "đến 30/9 đạt 95%": a day and month when no unit follows. */
const DAY_MONTH_WORDS = new Set(["đến", "từ", "hết", "trước", "sau", "vào"]);
const RANK_WORDS = new Set(["thứ", "xếp", "hạng", "vị trí"]);
const DOCUMENT_WORDS = new Set(
  "số|quyết định|nghị định|chỉ thị|kế hoạch|công văn|thông tư|nghị quyết|kết luận|quy định|hướng dẫn|pháp lệnh|luật|thông báo|tờ trình|quy chế|đề án".split(
    "|"
  )
);

/** Dates, ranks, scales and document numbers written like fractions. */
function notAFraction(
  text: string,
  start: number,
  denominatorText: string,
  numerator: number,
  denominator: number,
  after: string
): boolean {
  const words = wordsBefore(text, start, 2);
  const last = words.slice(-1).join(" ");
  const lastTwo = words.join(" ");
  const isAny = (set: Set<string>) => set.has(last) || set.has(lastTwo);
  if (isAny(DATE_WORDS) || isAny(RANK_WORDS)) return true;
  if (isAny(DOCUMENT_WORDS) && lastTwo !== "tổng số") return true; // not "tổng số 45/50 hồ sơ"
  if (/^t[ỷỉ] lệ$/.test(lastTwo) && numerator === 1) return true; // tỷ lệ 1/500
  const year = (x: number) => Number.isInteger(x) && x >= 1900 && x <= 2100;
  const upTo = (x: number, max: number) => Number.isInteger(x) && x >= 1 && x <= max;
  if (
    /^\d{4}$/.test(denominatorText) &&
    year(denominator) &&
    (upTo(numerator, 12) || year(numerator))
  )
    return true; // tháng 5/2023, năm học 2022/2023
  const nextWord = after.match(/^[ \t]*(\p{L}+)/u)?.[1];
  const unitFollows = nextWord !== undefined && !NOT_A_UNIT.test(nextWord);
  if (DAY_MONTH_WORDS.has(last) && upTo(numerator, 31) && upTo(denominator, 12) && !unitFollows)
    return true;
  return /^(?:\p{Lu}{2,}|[ \t]*[-–][ \t]*\p{Lu})/u.test(after); // 75/2007QĐ-TTg
}

/** The last `n` words before `index` in the same clause, lower case. */
export function wordsBefore(text: string, index: number, n: number): string[] {
  const clause =
    text
      .slice(Math.max(0, index - 40), index)
      .split(/[.;:!?()\n]/)
      .pop() ?? "";
  return clause
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "")
    .slice(-n);
}

const COUNT = new RegExp(String.raw`(?<![\p{L}\d.,/])(${NUM})[ \t]*(${UNIT})`, "dgu");
const NOT_A_COUNT = new Set([
  "năm",
  "tháng",
  "ngày",
  "thứ",
  "số",
  "khóa",
  "khoá",
  "kỳ",
  "lần",
  "lớp",
]);

/**
 * Figures with a unit between `from` and `to`, outside fractions and percentages (`taken`,
 * sorted by start).
 */
export function countsIn(
  text: string,
  from: number,
  to: number,
  taken: { start: number; end: number }[]
) {
  const out: Count[] = [];
  const re = new RegExp(COUNT); // matchAll starts at lastIndex; the lookbehind still sees before
  // Only the clause is copied (a few characters before it for the lookbehind), not all before it.
  const base = Math.max(0, from - 8);
  re.lastIndex = from - base;
  for (const found of text.slice(base, to).matchAll(re)) {
    const m = found;
    const unit = unitKey(m[2]);
    const start = m.index + base;
    const end = m.indices![2][0] + base + unit.length;
    // Tokens starting before the count's end; the last few are the only ones that may reach it.
    const k = firstFrom(taken, end, (t) => t.start);
    if (taken.slice(Math.max(0, k - 3), k).some((t) => start < t.end && end > t.start)) continue;
    if (NOT_A_COUNT.has(wordsBefore(text, start, 1)[0] ?? "") || NOT_A_UNIT.test(unit)) continue;
    const value = parseViNumber(m[1])?.value;
    if (value !== undefined)
      out.push({ value, unit, start, end, subject: subjectAfter(text, end) });
  }
  return out;
}

/** Up to four words right after `at`, lower case, stopping at a number or punctuation. */
export function subjectAfter(text: string, at: number): string[] {
  const m = /^[ \t]*((?:\p{L}+[ \t]*){1,4})/u.exec(text.slice(at, at + 60));
  return m
    ? m[1]
        .toLowerCase()
        .trim()
        .split(/[ \t]+/)
    : [];
}

/** Units of two words; any other unit is known by its first word ("hộ gia đình" = "hộ"). */
const TWO_WORD_UNITS = new Set(
  "trường hợp|hồ sơ|triệu đồng|tỷ đồng|nghìn đồng|đồng chí|lao động|nhân khẩu|cán bộ|đảng viên|phòng học|gia đình|công trình|hội viên|đoàn viên|thủ tục|sản phẩm|mô hình|cơ quan|doanh nghiệp|học sinh|sinh viên|tài khoản|ý kiến|tổ chức|chi bộ|nhà văn|thôn bản".split(
    "|"
  )
);

export function unitKey(words: string): string {
  const w = words
    .toLowerCase()
    .trim()
    .split(/[ \t]+/);
  const two = w.slice(0, 2).join(" ");
  return TWO_WORD_UNITS.has(two) ? two : w[0];
}

const TOTAL_WORDING = new RegExp(
  String.raw`tổng số((?:[ \t]+\p{L}+){0,6}?)[ \t]*(?:là|:)?[ \t]*(${NUM})[ \t]*(${UNIT})`,
  "dgiu"
);
const WHOLE_PLACE = new RegExp(
  String.raw`toàn[ \t]+(?:xã|huyện|phường|thị trấn|tỉnh)[ \t]+(?:hiện[ \t]+)?có[ \t]+(${NUM})[ \t]*(${UNIT})`,
  "dgiu"
);
/** "trong 122 đơn khiếu nại", "trên tổng số 240 hồ sơ", "trong tổng số 9.870 người". */
const WITHIN = new RegExp(
  String.raw`(?<!\p{L})(?:trong|trên)[ \t]+(?:tổng[ \t]+số[ \t]+|số[ \t]+)?(${NUM})[ \t]*(${UNIT})`,
  "dgiu"
);
/** "tiếp nhận 310 đơn; trong đó 214 đơn …": a figure whose parts follow. */
const WHOLE_OF_PARTS = new RegExp(
  String.raw`(?<![\p{L}\d.,/])(${NUM})[ \t]*(${UNIT})[^.;!?\n\d]{0,40}?[,;:]?[ \t]*trong[ \t]+đó`,
  "dgiu"
);
/** The next item of a list of totals: ", 8.655 nhân khẩu", " và 83 đơn tố cáo". */
const LIST_ITEM = new RegExp(
  String.raw`(?:[ \t]*\p{L}+){0,4}?[ \t]*(?:,|và)[ \t]*(${NUM})[ \t]*(${UNIT})`,
  "dyu" // sticky: it must start where the list stopped
);
/** "Xã có 2.140 hộ", "hiện có 56 tổ chức", "gồm 178 đơn khiếu nại", "với 3.427 nhân khẩu". */
const HAS = new RegExp(String.raw`(?<!\p{L})(?:có|gồm|với)[ \t]+(${NUM})[ \t]*(${UNIT})`, "dgiu");
const POPULATION = new RegExp(
  String.raw`(${NUM})[ \t]*(hộ)[ \t]*[,/]?[ \t]*(?:với[ \t]+|dân số[ \t]+(?:là[ \t]+)?)?(${NUM})[ \t]*(nhân khẩu)`,
  "dgiu"
);
/** Words that do not narrow a total: "tổng số hộ của xã là 1.389 hộ" is the whole. */
const TOTAL_FILLERS = new Set(
  "là có của toàn xã huyện phường thị trấn tỉnh trên địa bàn hiện nay đến cả gồm".split(" ")
);

/** Totals stated in one paragraph, and the denominators of its fractions. */
export function totalsIn(text: string, paragraph: number, fractions: Fraction[]): Total[] {
  const out: Total[] = [];
  const add = (
    m: RegExpMatchArray,
    num: number,
    unit: number,
    qualified: boolean,
    kind: TotalKind,
    pair = false
  ) => {
    const value = parseViNumber(m[num])?.value;
    const key = unitKey(m[unit]);
    const start = m.indices![num][0];
    const end = m.indices![unit][0] + key.length;
    // "tổng số: 6.680hộ/29.023" is a fraction, but "1.383 hộ /5.997 nhân khẩu" is a population.
    const overlaps = fractions.some((f) => start < f.end && end > f.start);
    if (value === undefined || (overlaps && !pair)) return;
    if (out.some((t) => t.start === start)) return; // "toàn xã có 860 hộ" once
    const subject = subjectAfter(text, end);
    const lead = wordsBefore(text, start, 6);
    out.push({
      lead,
      value,
      unit: key,
      start,
      end,
      paragraph,
      qualified,
      kind,
      subject,
      textStart: start,
      textEnd: end,
    });
  };
  for (const m of text.matchAll(TOTAL_WORDING)) add(m, 2, 3, narrows(m[1], m[3]), "named");
  for (const m of text.matchAll(WHOLE_PLACE)) add(m, 1, 2, false, "named");
  for (const m of text.matchAll(POPULATION)) {
    add(m, 1, 2, false, "named", true);
    add(m, 3, 4, false, "named", true);
  }
  for (const m of text.matchAll(WITHIN)) add(m, 1, 2, false, "within");
  for (const m of text.matchAll(WHOLE_OF_PARTS)) add(m, 1, 2, false, "has");
  for (const m of text.matchAll(HAS)) {
    add(m, 1, 2, false, "has");
    // "có 67.918 hội viên, 63.140 hộ", "gồm 178 đơn khiếu nại và 83 đơn tố cáo": the list goes on.
    LIST_ITEM.lastIndex = m.indices![2][1];
    for (let more = LIST_ITEM.exec(text); more; more = LIST_ITEM.exec(text))
      add(more, 1, 2, false, "has");
  }
  for (const f of fractions) {
    const { denominator: value, numerator: partOf, unit, start, unitEnd: end } = f;
    const subject = subjectAfter(text, end);
    const quote = { textStart: start, textEnd: end, lead: wordsBefore(text, start, 6) };
    out.push({
      value,
      unit,
      start,
      end,
      paragraph,
      qualified: false,
      partOf,
      kind: "denominator",
      subject,
      ...quote,
    });
    out.push({
      value: partOf,
      unit,
      start,
      end: start + 1,
      paragraph,
      qualified: false,
      kind: "numerator",
      subject,
      ...quote,
    });
  }
  return out;
}

/** True when the words between "tổng số" and the figure name a part: "hộ nghèo", "hộ tôn giáo". */
function narrows(between: string, unit: string): boolean {
  const unitWords = new Set(unitKey(unit).split(" "));
  return between
    .toLowerCase()
    .split(/[ \t]+/)
    .some((w) => w !== "" && !TOTAL_FILLERS.has(w) && !unitWords.has(w));
}
