/**
 * Periods (kỳ) and comparisons as table headers name them: the grammar an experienced statistician
 * reads a header with. Everything works on folded keys (text.ts `foldKey`: lower case, no
 * diacritics, "đ" → "d"), so "Ước tính năm 2024", "ƯỚC TÍNH NĂM 2024" and NFD text read alike.
 *
 * A period header names a year ("2023", "Năm 2023"), a part of a year ("6 tháng đầu năm 2025",
 * "9 tháng", "Quý III/2025", "Tháng 10/2025"), "Kỳ báo cáo", "Cùng kỳ (năm trước)", "Lũy kế",
 * and keeps its status words: actual/thực hiện, estimate/ước tính, preliminary/sơ bộ,
 * plan/kế hoạch (also "Chỉ tiêu giao", "Dự kiến", "Dự toán", "Mục tiêu").
 * A comparison header ("A so với B (%)", "A/B (%)", "So sánh A với B", "Tăng/giảm (%)",
 * "Tốc độ tăng") names the two periods it compares, when it says them.
 * Source: issue 9 § "Header understanding by meaning".
 */

/** The status of a period's figures. */
export type PeriodStatus = "actual" | "estimate" | "preliminary" | "plan";

/** What a header says of a period; every field is optional, at least one is set. */
export interface Period {
  /** thực hiện, ước tính (ước thực hiện), sơ bộ, kế hoạch. */
  status?: PeriodStatus;
  /** The year named, e.g. 2024. */
  year?: number;
  /** The part of the year: "năm", "6 tháng", "9 tháng", "quý 3", "tháng 10", "lũy kế". */
  span?: string;
  /** Cùng kỳ: the same period of the previous year. */
  samePeriod?: boolean;
  /** Kỳ báo cáo / kỳ này. */
  thisPeriod?: boolean;
  /** The words that decided, for `baocao inspect`: "ước tính", "năm 2024". */
  words: string[];
}

/** How a comparison column states its figure. */
export type ComparisonForm =
  /** A ÷ B × 100: "2024 so với 2023 (%)" = 102,0. */
  | "index"
  /** (A ÷ B − 1) × 100: "Tăng/giảm (%)", "Tốc độ tăng" = 2,0. */
  | "growth"
  /** A − B in the figures' unit: "Tăng/giảm (+/-)", "Chênh lệch". */
  | "difference";

export interface Comparison {
  /** The period compared (this period); undefined when the header leaves it implicit. */
  a?: Period;
  /** The base; undefined when implicit ("Tăng/giảm (%)"). */
  b?: Period;
  form: ComparisonForm;
  words: string[];
}

const STATUS_WORDS: [RegExp, PeriodStatus, string][] = [
  [
    /\b(uoc tinh|uoc thuc hien|uoc th|uoc dat|uoc|uth|u th|uoc tinh thuc hien)\b/,
    "estimate",
    "ước tính",
  ],
  [/\bso bo\b/, "preliminary", "sơ bộ"],
  [
    /\b(ke hoach|kh|chi tieu giao|chi tieu ke hoach|chi tieu nghi quyet|muc tieu|du kien|du toan|nghi quyet|nq)\b/,
    "plan",
    "kế hoạch",
  ],
  [
    /\b(thuc hien|th|ket qua|ket qua thuc hien|da thuc hien|dat duoc|chinh thuc)\b/,
    "actual",
    "thực hiện",
  ],
];

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The span named in a folded header, or undefined. */
function spanOf(key: string): { span: string; word: string } | undefined {
  let m = /\b(\d{1,2}) thang\b/.exec(key);
  if (m) return { span: `${Number(m[1])} tháng`, word: `${m[1]} tháng` };
  m = /\bquy (iv|i{1,3}|[1-4])\b/.exec(key);
  if (m) {
    const n = ROMAN[m[1]] ?? Number(m[1]);
    return { span: `quý ${n}`, word: `quý ${m[1].toUpperCase()}` };
  }
  m = /\bthang (\d{1,2})\b/.exec(key);
  if (m) return { span: `tháng ${Number(m[1])}`, word: `tháng ${m[1]}` };
  if (/\b(luy ke|cong don)\b/.test(key)) return { span: "lũy kế", word: "lũy kế" };
  if (/\b(ca nam|nam)\b(?! truoc| sau| hoc)/.test(key)) return { span: "năm", word: "năm" };
  return undefined;
}

const periodCache = new Map<string, Period | undefined>();

/**
 * The period a folded header names, or undefined when it names none.
 * "uoc tinh nam 2024" → {status: "estimate", year: 2024, span: "năm"};
 * "2023" → {year: 2023, span: "năm"}; "cung ky nam truoc" → {samePeriod: true};
 * "kh" → {status: "plan"}; "dien tich" → undefined.
 */
export function parsePeriod(key: string): Period | undefined {
  if (periodCache.has(key)) return periodCache.get(key);
  const p = computePeriod(key);
  if (periodCache.size > 5000) periodCache.clear();
  periodCache.set(key, p);
  return p;
}

function computePeriod(key: string): Period | undefined {
  const words: string[] = [];
  const p: Period = { words };
  for (const [re, status, word] of STATUS_WORDS)
    if (re.test(key)) {
      p.status = status;
      words.push(word);
      break;
    }
  const years = key.match(/(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d.,])/g);
  if (years) {
    p.year = Number(years[years.length - 1]);
    words.push(String(p.year));
  }
  const span = spanOf(key);
  if (span) {
    p.span = span.span;
    words.push(span.word);
  } else if (p.year !== undefined) p.span = "năm";
  if (/\b(cung ky|ck)\b/.test(key)) {
    p.samePeriod = true;
    words.push("cùng kỳ");
  }
  if (/\b(ky bao cao|ky nay)\b/.test(key)) {
    p.thisPeriod = true;
    words.push("kỳ báo cáo");
  }
  if (/\bnam truoc\b/.test(key) && !p.samePeriod && p.year === undefined) {
    p.samePeriod = true;
    words.push("năm trước");
  }
  return words.length > 0 ? p : undefined;
}

const GROWTH =
  /^(tang\s*[/,(-]?\s*giam|tang giam|toc do tang( truong)?|toc do phat trien|chenh lech|tang \(\+\)|tang|giam)\b/;

/**
 * The comparison a header states, or undefined. `raw` is the header as written (for "%" and
 * "(+/-)"), `key` its folded form with parenthesised notes removed.
 * "nam 2024 so voi nam 2023" → {a: 2024, b: 2023, form: index};
 * "th/kh" → {a: actual, b: plan}; "so sanh" → {form: index} (a group header);
 * "tang/giam" with "(%)" → growth, with "(+/-)" → difference.
 */
export function parseComparison(key: string, raw: string): Comparison | undefined {
  const percent = /%|\bphan tram\b/.test(raw) || /%/.test(key);
  const signed = /\(\s*\+\s*[/,;-]?\s*-?\s*\)|\+\/-|\+,-/.test(raw);
  let m = /^(?:so sanh\s+)?(.*?)\s*\bso (?:voi|sanh voi|cung)\b\s*(.*)$/.exec(key);
  if (m) return pair(m[1], m[2], "index", ["so với"]);
  // "Tỷ lệ % so KH", "So CK (%)", "% so kế hoạch": the base named right after "so".
  m = /(?:^|\s)so\s+(kh|ck|ke hoach|cung ky(?: nam truoc)?|nam truoc)$/.exec(key);
  if (m) return pair("", m[1], "index", ["so"]);
  m = /^so sanh\b\s*(.*)$/.exec(key);
  if (m) {
    const rest = m[1].trim();
    if (rest === "") return { form: "index", words: ["so sánh"] };
    const inner = /^(.*?)\s+(?:voi|va)\s+(.*)$/.exec(rest);
    if (inner) return pair(inner[1], inner[2], "index", ["so sánh … với"]);
    const sub = parseComparison(rest, raw);
    return sub
      ? { ...sub, words: ["so sánh", ...sub.words] }
      : { form: "index", words: ["so sánh"] };
  }
  m = GROWTH.exec(key);
  if (m) {
    const form: ComparisonForm =
      signed || (/chenh lech/.test(m[1]) && !percent) || (!percent && !/toc do/.test(m[1]))
        ? "difference"
        : "growth";
    const rest = key.slice(m[0].length).trim();
    const inner = /^(.*?)\s*\bso (?:voi|cung)\b\s*(.*)$/.exec(rest);
    const c = inner ? pair(inner[1], inner[2], form, [m[1]]) : { form, words: [m[1]] };
    return c;
  }
  // "Tháng 11/2024", "Quý III/2025": a date, not a ratio of two periods.
  m = /\b(\d{1,2}|i{1,3}|iv)\/(19|20)\d\d\b/.test(key)
    ? null
    : /^([^/]+?)\s*\/\s*([^/]+)$/.exec(key);
  if (m) {
    const a = parsePeriod(m[1].trim());
    const b = parsePeriod(m[2].trim());
    if (a && b) return { a, b, form: "index", words: [`${m[1].trim()}/${m[2].trim()}`] };
  }
  return undefined;
}

function pair(aText: string, bText: string, form: ComparisonForm, words: string[]): Comparison {
  let a = aText.trim() === "" ? undefined : parsePeriod(aText.trim());
  let b = bText.trim() === "" ? undefined : parsePeriod(bText.trim());
  // "So với cùng kỳ năm trước (%) - 9 tháng năm 2025": the period after the base is the one compared.
  if (!a && b?.samePeriod && (b.year !== undefined || (b.span && b.span !== "năm"))) {
    a = { year: b.year, span: b.span, words: b.words.filter((w) => w !== "cùng kỳ") };
    b = { samePeriod: true, words: ["cùng kỳ"] };
  }
  return { a, b, form, words: [...words, ...(a?.words ?? []), ...(b?.words ?? [])] };
}

/**
 * How well a period named in a comparison fits a column's period: 0 when they contradict,
 * higher when more fields agree. Years must agree when both are named; a plan fits only a plan.
 */
export function periodFit(named: Period, column: Period): number {
  let score = 1;
  if (named.year !== undefined && column.year !== undefined) {
    if (named.year !== column.year) return 0;
    score += 3;
  }
  const namedPlan = named.status === "plan";
  const colPlan = column.status === "plan";
  if (namedPlan !== colPlan && (named.status !== undefined || colPlan)) return 0;
  if (named.status !== undefined && named.status === column.status) score += 2;
  if (named.samePeriod || column.samePeriod) {
    if (!!named.samePeriod !== !!column.samePeriod) {
      // "so với năm 2023" fits "Thực hiện 2023" even though only one says cùng kỳ.
      if (named.year === undefined || column.year === undefined) return 0;
    } else score += 2;
  }
  // "Quý III/2024 so với cùng kỳ" is not about "Năm 2024", nor "Tháng 10" about "10 tháng".
  if (named.span && column.span) {
    if (named.span !== column.span) return 0;
    score += 1;
  }
  return score;
}

/** The Vietnamese label of a period, for messages and `inspect`: "ước tính năm 2024". */
export function describePeriod(p: Period): string {
  const status: Record<PeriodStatus, string> = {
    actual: "thực hiện",
    estimate: "ước tính",
    preliminary: "sơ bộ",
    plan: "kế hoạch",
  };
  const parts: string[] = [];
  if (p.status) parts.push(status[p.status]);
  if (p.samePeriod) parts.push("cùng kỳ");
  if (p.thisPeriod) parts.push("kỳ báo cáo");
  if (p.span && p.span !== "năm") parts.push(p.span);
  if (p.year !== undefined)
    parts.push(p.span === "năm" || !p.span ? `năm ${p.year}` : String(p.year));
  return parts.join(" ");
}

/**
 * A period as a report names it: "năm 2023", "6 tháng năm 2023", "quý 3 năm 2024"; undefined
 * when the header gives no year (the sentence then says "cùng kỳ").
 */
export function periodName(p: Period | undefined): string | undefined {
  if (!p?.year) return undefined;
  const span = p.span && p.span !== "năm" && p.span !== "lũy kế" ? `${p.span} ` : "";
  return `${span}năm ${p.year}`;
}
