/**
 * Checks the figures already written in a report (issue 6): finds the ratio claims in running
 * Vietnamese text, recomputes them and reports the percentages that do not match their figures.
 *
 * Claims found (wording from the reference reports, bao-cao-mau 000–004):
 * - a fraction, then its percentage after đạt | chiếm | bằng | là | tỷ lệ | = | "(":
 *   "581/1415 hộ gia đình trên địa bàn xã đạt 41,6%", "14/19 chiếm 73,6%", "59/59 = 100%",
 *   "1475ha/1250ha đạt 118%KH", "149/154 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa (96,7%";
 * - a percentage, then its fraction in brackets: "đạt 300% KH (đạt 6 sản phẩm/02 sản phẩm KH)";
 * - a share of a total stated elsewhere (chiếm | tỷ lệ | =, or đạt | bằng after a "tổng số" in the
 *   same sentence): "Tổng số hộ nghèo 62 hộ chiếm 7,20 %" with "… với 860 hộ, 3.343 nhân khẩu".
 *   The total has the unit of the figure and is found, nearest scope first, (1) in the same
 *   sentence, a "tổng số" before the figure or right after the percentage ("chiếm 7,13% tổng số
 *   1.389 hộ"), (2) earlier in the paragraph as an unqualified total, or as the denominator of a
 *   fraction the figure completes ("50/52 trường hợp … 02 trường hợp … đạt tỷ lệ 3,7%"), (3) anywhere
 *   as an unqualified total: "tổng số 1.389 hộ", "toàn huyện có 30.630 hộ", "860 hộ, 3.343 nhân
 *   khẩu" ("tổng số hộ tôn giáo là 60 hộ" is qualified). Two different totals in the first scope
 *   that has any: ambiguous, no claim.
 * Not claims: dates ("15/11/2024", "ngày 8/3", "tháng 5/2023"), ranks ("xếp thứ 3/12 xã",
 * "xếp 2/10 huyện"), map scales ("tỷ lệ 1/500"), document numbers ("Kế hoạch số 16/KH-UBND",
 * "34/2007/PL-UBTVQH11", "75/2007QĐ-TTg"), fractions with no percentage in their clause, scores
 * ("đạt 92,4 điểm": no "%"), ranges ("85-90%").
 *
 * Severity, with s the stated value, e the computed one (percent 0–100) and u one unit of the last
 * digit written (0,1 for "41,6%"):
 * - no finding: |s − e| ≤ u/2, written the Vietnamese way;
 * - "style": |s − e| ≤ u/2 but a dot as decimal mark ("27.1%") or a space before % ("92,75 %");
 * - "rounding": u/2 < |s − e| < u, s is e truncated or rounded the wrong way (73,6 for 73,68…);
 * - "error": |s − e| ≥ u, the value is wrong (90,9 for 9/10).
 *
 * Offsets are UTF-16 indices into the paragraph string as given, end exclusive:
 * `paragraph.slice(start, end) === text`. Matching works on the NFC form, so text typed in
 * decomposed Unicode (Unikey "tổ hợp") is checked too, with offsets into the original.
 */
import { BaseScope, Candidate, rankBases, words } from "./checking/bases";
import { percentOf } from "./metrics";
import { formatPercent, lastDigitDistance, parseViNumber, roundHalfUp } from "./numbers";
import {
  NUMBER,
  Percent,
  Fraction,
  Count,
  Total,
  percentsIn,
  fractionsIn,
  countsIn,
  totalsIn,
  StyleIssue,
  firstFrom,
  NUM_TEXT,
  PERCENT_TEXT,
  unitKey,
} from "./checking/tokens";
export type { StyleIssue };

export type FindingSeverity = "error" | "rounding" | "style";

/** The total a share claim was computed against ("860 hộ" for "62 hộ chiếm 7,20 %"). */
export interface TotalRef {
  value: number;
  /** Unit as matched, lower case: "hộ", "trường hợp". */
  unit: string;
  /** The total as written, e.g. "860 hộ". */
  text: string;
  /** 0-based paragraph and offsets of `text` in it. */
  paragraph: number;
  start: number;
  end: number;
  /** Where it was stated: the claim's sentence, the one before, earlier in the paragraph, the
   * paragraph before, or elsewhere in the document. */
  scope: BaseScope;
}

/** One recomputed claim, right or wrong. Percentages on the 0–100 scale. */
export interface Claim {
  /** The claim as written, from its first figure to the % sign: "581/1415 hộ … đạt 41,6%". */
  text: string;
  numerator: number;
  denominator: number;
  /** The percentage as written: 41.6. */
  stated: number;
  /** numerator / denominator × 100 rounded half up to the decimals written: 41.1. */
  expected: number;
  /** numerator / denominator × 100, unrounded: 41.0600706… */
  exact: number;
  /** Decimals written in the stated value. */
  decimals: number;
  verdict: FindingSeverity | "ok";
  /** 0-based index into the paragraphs given. */
  paragraph: number;
  start: number;
  end: number;
  /** Offsets of the stated value, from its first digit to the % sign included ("77,73 %"). */
  statedStart: number;
  statedEnd: number;
  /** Vietnamese text to put in place of the stated value: "41,1%". */
  replacement: string;
  style: StyleIssue[];
  /** For a share of a total stated elsewhere: the total used. */
  total?: TotalRef;
}

/**
 * A claim that needs the clerk's attention. The first seven keys are the JSON contract of
 * `baocao check --json`; the others locate the claim for a Word pane (select, replace).
 */
export interface Finding {
  text: string;
  numerator: number;
  denominator: number;
  stated: number;
  expected: number;
  severity: FindingSeverity;
  paragraph: number;
  start: number;
  end: number;
  statedStart: number;
  statedEnd: number;
  replacement: string;
  exact: number;
  style: StyleIssue[];
  total?: TotalRef;
}

/** Every ratio claim in `paragraphs` (one string per paragraph), recomputed, in reading order. */
export function recomputeClaims(paragraphs: readonly string[]): Claim[] {
  const sources = paragraphs.map(normalized);
  const fractions = sources.map((s) => fractionsIn(s.text));
  const totals = sources.map((s, i) => totalsIn(s.text, i, fractions[i]));
  const wholeByUnit = new Map<string, Map<number, Total[]>>();
  for (const t of totals.flat()) {
    if (t.qualified || t.partOf !== undefined) continue;
    const byValue = wholeByUnit.get(t.unit) ?? new Map<number, Total[]>();
    wholeByUnit.set(t.unit, byValue);
    const same = byValue.get(t.value) ?? [];
    if (same.length < 2) byValue.set(t.value, [...same, t]);
  }
  const doc: Doc = { originals: paragraphs, sources, fractions, totals, wholeByUnit };
  return sources.flatMap((_, i) => claimsIn(doc, i));
}

/** The claims whose percentage is wrong, mis-rounded or mis-written. Never throws. */
export function checkParagraphs(paragraphs: readonly string[]): Finding[] {
  return recomputeClaims(paragraphs)
    .filter((c) => c.verdict !== "ok")
    .map(toFinding);
}

/** The finding for a claim whose verdict is not "ok", keys in JSON order; throws RangeError for a right claim. */
export function toFinding(c: Claim): Finding {
  if (c.verdict === "ok") throw new RangeError("Tỷ lệ này đúng, không phải là một phát hiện.");
  const finding: Finding = {
    text: c.text,
    numerator: c.numerator,
    denominator: c.denominator,
    stated: c.stated,
    expected: c.expected,
    severity: c.verdict,
    paragraph: c.paragraph,
    start: c.start,
    end: c.end,
    statedStart: c.statedStart,
    statedEnd: c.statedEnd,
    replacement: c.replacement,
    exact: c.exact,
    style: c.style,
  };
  if (c.total) finding.total = c.total;
  return finding;
}

/** Where a base was stated, in the finding's words. */
const WHERE: Record<BaseScope, (paragraph: number) => string> = {
  sentence: () => "cùng câu",
  "previous-sentence": () => "ở câu trước",
  paragraph: () => "cùng đoạn",
  "previous-paragraph": () => "ở đoạn trước",
  document: (paragraph) => `ở đoạn ${paragraph + 1}`,
};

const SEVERITY_LABEL: Record<FindingSeverity, string> = {
  error: "lỗi",
  rounding: "làm tròn sai",
  style: "sai cách viết",
};

/**
 * One Vietnamese line for a list, paragraphs counted from 1, claims of more than 12 words elided:
 * «Đoạn 53: "581/1415 hộ gia đình trên địa bàn xã đạt 41,6%" — đúng là 41,1% (lỗi)».
 */
export function describeFinding(f: Finding): string {
  const fix = f.severity === "style" ? `nên viết ${f.replacement}` : `đúng là ${f.replacement}`;
  const total = f.total
    ? `; tổng số lấy từ “${f.total.text}” ${WHERE[f.total.scope](f.total.paragraph)}`
    : "";
  return `Đoạn ${f.paragraph + 1}: "${shorten(f.text)}" — ${fix} (${SEVERITY_LABEL[f.severity]}${total})`;
}

function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 12
    ? text
    : `${words.slice(0, 4).join(" ")} … ${words.slice(-3).join(" ")}`;
}

/** Paragraphs of a plain-text report: its non-empty lines, as they are. */
export function paragraphsOfText(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== "");
}

// ---------------------------------------------------------------------------------------------
// Text in NFC, with the original offset of every code unit.

interface Source {
  text: string;
  /** from[i]: index in the original of the character at i in `text`; from[text.length] = end.
   * Undefined when they are the same (the usual case: Word and our files are NFC). */
  from?: number[];
}

const SPACES = /[\u00a0\u202f]/g;

function normalized(original: string): Source {
  if (original.normalize("NFC") === original) return { text: original.replace(SPACES, " ") };
  let text = "";
  const from: number[] = [];
  for (const m of original.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const piece = m[0].normalize("NFC").replace(SPACES, " ");
    text += piece;
    for (let i = 0; i < piece.length; i++) from.push(m.index);
  }
  from.push(original.length);
  return { text, from };
}

/** Index in the original paragraph of index `i` of its NFC text. */
function original(source: Source, i: number): number {
  return source.from ? source.from[i] : i;
}

// ---------------------------------------------------------------------------------------------
// Claims.

/** One paragraph being read. `masked` is `text` with every figure turned into zeros, so that
 * the dots and commas left are punctuation. */
interface Paragraph {
  index: number;
  text: string;
  masked: string;
  percents: Percent[];
  fractions: Fraction[];
  /** Percentages and fractions, which counts may not overlap. */
  taken: { start: number; end: number }[];
  /** Sorted: the ends of percentages and fractions, and the offsets of clause and sentence breaks. */
  ends: number[];
  clauseBreaks: number[];
  sentenceBreaks: number[];
  /** The paragraph's totals, by start. */
  totals: Total[];
}

/**
 * How many totals of a paragraph a claim looks back or ahead at. A paragraph stating more
 * totals than this around one percentage is read in its nearest ones only, so that checking
 * stays linear in the paragraph's length (issue 10: 32.000 claims in one paragraph).
 */
const NEAR_TOTALS = 24;

/** The paragraphs as given, their NFC form, and the totals each one states. */
interface Doc {
  originals: readonly string[];
  sources: Source[];
  fractions: Fraction[][];
  totals: Total[][];
  /** The unqualified totals of the whole document, by unit and value, values in first-seen order. */
  wholeByUnit: Map<string, Map<number, Total[]>>;
}

interface Found {
  start: number;
  end: number;
  percent: Percent;
  numerator: number;
  denominator: number;
  total?: { total: Total; scope: TotalRef["scope"] };
}

/** Words that tie a percentage to the fraction before it: "… đạt 41,6%", "14/19 chiếm 73,6%",
 * "59/59 = 100%", "… (96,7%". */
const RATIO_BEFORE = /(?:^|[^\p{L}])(?:đạt|chiếm|bằng|là|t[ỷỉ] lệ)[\s*]*$|[=(][\s*]*$/iu;
/** Words that make a percentage a share of a total: "chiếm 7,13%", "đạt tỷ lệ 3,7%", "= 91,5%". */
const SHARE_BEFORE = /(?:^|[^\p{L}])(?:chiếm|t[ỷỉ] lệ|t[ỷỉ] lệ là)[\s*]*$|=[\s*]*$/iu;
/** "đạt 71,5%": a share only when a "tổng số" in the same sentence says of what. */
const LOOSE_BEFORE = /(?:^|[^\p{L}])(?:đạt|bằng)[\s*]*$/iu;
/** A percentage of a plan: "đạt 81,8% kế hoạch", "118%KH", "đạt 96% so với kế hoạch". */
const PLAN = String.raw`(?:kế hoạch|kh(?!\p{L})|chỉ tiêu|dự toán|nghị quyết|nq(?!\p{L}))`;
const PLAN_AFTER = new RegExp(String.raw`^[\s*]*(?:so với[\s*]+)?${PLAN}`, "iu");
/** A comparison with another period: "bằng 109,23% so với năm 2022", "so với cùng kỳ". */
const OTHER_PERIOD_AFTER = new RegExp(String.raw`^[\s*]*so với(?![\s*]+${PLAN})`, "iu");
/** Clause breaks for pairing; sentence breaks for "tổng số … trong đó …". */
const CLAUSE_BREAK = /[.;:!?()\n\r]/g;
const SENTENCE_BREAK = /[.!?\n\r]/g;

function claimsIn(doc: Doc, index: number): Claim[] {
  const text = doc.sources[index].text;
  const masked = text.replace(NUMBER, (n) => "0".repeat(n.length));
  const percents = percentsIn(text);
  const fractions = doc.fractions[index];
  const taken = [...percents, ...fractions].sort((a, b) => a.start - b.start);
  const para: Paragraph = {
    index,
    text,
    masked,
    percents,
    fractions,
    taken,
    ends: taken.map((t) => t.end).sort((a, b) => a - b),
    clauseBreaks: offsetsOf(masked, CLAUSE_BREAK),
    sentenceBreaks: offsetsOf(masked, SENTENCE_BREAK),
    totals: [...doc.totals[index]].sort((a, b) => a.start - b.start),
  };
  const found = fractionThenPercent(para);
  const used = new Set(found.map((f) => f.percent));
  found.push(...percentThenFraction(para, used, found));
  for (const f of found) used.add(f.percent);
  for (const g of growthClaims(para, used)) {
    found.push(g);
    used.add(g.percent);
  }
  const shares = para.percents.flatMap((p) => (used.has(p) ? [] : (shareFigure(para, p) ?? [])));
  const parts = partsTotals(para, shares);
  for (const share of shares) {
    const claim = shareOfTotal(para, share, doc, parts.get(share));
    if (claim) found.push(claim);
  }
  return found.sort((a, b) => a.start - b.start).flatMap((f) => toClaim(f, index, doc) ?? []);
}

/**
 * "a/b … đạt x%": each fraction with a percentage of its clause. In "900/1.000 hộ, chiếm 90%, đạt
 * 90% kế hoạch" (the product's own sentences) the fraction is actual/plan and goes with the "kế
 * hoạch" percentage; otherwise with the first one, if a ratio word ties them.
 */
function fractionThenPercent(para: Paragraph): Found[] {
  const out: Found[] = [];
  para.fractions.forEach((f, k) => {
    const next = para.fractions[k + 1]?.start ?? para.text.length;
    const run: Percent[] = [];
    for (let i = firstFrom(para.percents, f.end, (p) => p.start); i < para.percents.length; i++) {
      const p = para.percents[i];
      // Percentages farther than a break or 20 words are not the fraction's; neither are later ones.
      if (p.start >= next || hasBreak(para.masked.slice(f.end, p.start))) break;
      if (wordCount(para.text.slice(f.end, p.start)) > 20) break;
      run.push(p);
    }
    const tied = (p: Percent, i: number) =>
      RATIO_BEFORE.test(para.text.slice(i === 0 ? f.end : run[i - 1].end, p.start)) &&
      !OTHER_PERIOD_AFTER.test(after(para, p));
    const plan = run.find((p, i) => tied(p, i) && PLAN_AFTER.test(after(para, p)));
    const p =
      plan ?? (run.length > 0 && tied(run[0], 0) ? run[0] : undefined) ?? unsigned(para, f, next);
    if (p)
      out.push({
        start: f.start,
        end: p.end,
        percent: p,
        numerator: f.numerator,
        denominator: f.denominator,
      });
  });
  return out;
}

/**
 * "26/29 lượt tiếp công dân chiếm 89,65(khiếu nại …": a percentage whose sign was forgotten,
 * after a fraction and a ratio word, in the same clause, with decimals and no unit after it
 * (not a score: "đạt 9,5 điểm").
 */
function unsigned(para: Paragraph, f: Fraction, next: number): Percent | undefined {
  const m = UNSIGNED.exec(para.text.slice(f.end, Math.min(next, f.end + 200)));
  if (!m || hasBreak(para.masked.slice(f.end, f.end + m.index + m[1].length))) return undefined;
  const value = parseViNumber(m[2])?.value;
  if (
    value === undefined ||
    value > 100 ||
    para.percents.some((p) => p.start === f.end + m.index + m[1].length)
  )
    return undefined;
  const start = f.end + m.index + m[1].length;
  return { value, decimals: m[2].split(",")[1].length, start, end: start + m[2].length, style: [] };
}

const UNSIGNED =
  /^(.{0,80}?(?:chiếm|đạt|t[ỷỉ] lệ|=)[ \t]*)(\d{1,3},\d{1,3})(?![\d.,%]|[ \t]*(?:%|\p{L}))/u;

/** "đạt 300% KH (đạt 6 sản phẩm/02 sản phẩm KH)": a percentage with its fraction in brackets. */
function percentThenFraction(para: Paragraph, used: Set<Percent>, paired: Found[]): Found[] {
  const out: Found[] = [];
  let next = 0;
  for (const p of para.percents) {
    while (next < para.fractions.length && para.fractions[next].start < p.end) next++;
    const f = para.fractions[next];
    if (used.has(p) || !f || paired.some((x) => x.start === f.start)) continue;
    const between = para.text.slice(p.end, f.start);
    if (!/^[ \t]*(?:\p{L}+[ \t]*){0,3}\([ \t*]*(?:\p{L}+[ \t]+){0,2}$/u.test(between)) continue;
    if (!RATIO_BEFORE.test(para.text.slice(Math.max(0, p.start - 20), p.start))) continue;
    // "ít hơn 03 vụ = 1,6% (180/183 vụ)": the share is of the figure before; the bracket says
    // what it was compared with.
    if (
      /\d[\p{L} \t]{0,20}(?:=|đạt|chiếm|bằng|là)[ \t]*$/iu.test(
        para.text.slice(Math.max(0, p.start - 30), p.start)
      )
    )
      continue;
    out.push({
      start: p.start,
      end: f.unitEnd,
      percent: p,
      numerator: f.numerator,
      denominator: f.denominator,
    });
  }
  return out;
}

/**
 * "đàn gia súc từ 348 con đến năm 2017 là 406 con, tăng 8,5%": a change between two figures
 * of one unit, joined by đến, lên, là or còn, with its percentage right after; the percentage is
 * the change over the first figure, in the direction the word says.
 */
function growthClaims(para: Paragraph, used: Set<Percent>): Found[] {
  const out: Found[] = [];
  for (const m of para.text.matchAll(GROWTH)) {
    const [a, b] = [parseViNumber(m[1])?.value, parseViNumber(m[4])?.value];
    if (a === undefined || b === undefined || a === 0 || unitKey(m[2]) !== unitKey(m[5])) continue;
    const up = m[6].toLowerCase() === "tăng";
    if (up !== b > a) continue;
    const end = m.index + m[0].length;
    const percent = para.percents.find((p) => p.end === end);
    if (!percent || used.has(percent)) continue;
    out.push({ start: m.index, end, percent, numerator: Math.abs(b - a), denominator: a });
  }
  return out;
}

const GROWTH = new RegExp(
  String.raw`(?<![\p{L}\d.,/])(${NUM_TEXT})[ \t]*(\p{L}+(?:[ \t]+\p{L}+)?)([^.;:!?\n\d]{0,40}?(?:đến|lên|là|còn)(?:[^.;:!?\n]{0,20}?))(?<![\d.,])(${NUM_TEXT})[ \t]*(\p{L}+(?:[ \t]+\p{L}+)?)[ \t]*,?[ \t]*(tăng|giảm)[ \t]+${PERCENT_TEXT}`,
  "giu"
);

/** A percentage read as the share of the figure before it: what the base search starts from. */
interface Share {
  percent: Percent;
  /** The figures it may be the share of, nearest first. */
  counts: Count[];
  /** chiếm, tỷ lệ, a bracket or a named base: the base may be beyond the sentence. */
  strict: boolean;
  /** The words of a base named after the percentage ("so với tổng số hội viên"). */
  reference?: string[];
}

/**
 * "Số hộ nghèo: 99 hộ, chiếm 7,13%", "565 hộ nghèo (0,53%)", "… 50.730 hội viên, đạt 24,76% so
 * với tổng số hội viên": the figure a percentage is a share of, when a word ties them.
 */
function shareFigure(para: Paragraph, p: Percent): Share | undefined {
  const bracket = BRACKET_BEFORE.exec(para.text.slice(Math.max(0, p.start - 16), p.start));
  const at = bracket ? p.start - bracket[0].length : p.start;
  const from = clauseStart(para, at);
  const lead = para.text.slice(from, p.start);
  const rest = after(para, p);
  const reference = BASE_AFTER.exec(rest);
  // "Tỷ lệ hộ nghèo: 60,9%": the colon ends a clause, not the rate's name.
  const named = NAMED_RATE.exec(para.text.slice(Math.max(0, from - 60), p.start));
  const strict =
    SHARE_BEFORE.test(lead) || bracket !== null || reference !== null || named !== null;
  if (!strict && !LOOSE_BEFORE.test(lead)) return undefined;
  if (PLAN_AFTER.test(rest) || (!reference && OTHER_PERIOD_AFTER.test(rest))) return undefined;
  // "tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%", "xử lý thêm 90 trường hợp, đạt 90%": a
  // change or an addition, not a part.
  if (/(?:^|[^\p{L}])(?:tăng|giảm|hơn|thêm|so với)(?:[^\p{L}]|$)/iu.test(lead)) return undefined;
  // The nearest figure first; "02 trường hợp, diện tích 0,18ha, đạt tỷ lệ 3,7%" is of the first.
  const counts = countsIn(para.text, from, at, para.taken)
    .filter((x) => wordCount(para.text.slice(x.end, at)) <= 12)
    .reverse();
  const own = unitBefore(para, from, at) ?? (named ? namedRate(para, named, p) : undefined);
  if (own) counts.push(own);
  if (counts.length === 0) return undefined;
  return { percent: p, counts, strict, reference: reference ? words(reference[1]) : undefined };
}

/** "hội viên nòng cốt 50.730, đạt 24,76%": a figure whose unit is written before it. */
function unitBefore(para: Paragraph, from: number, at: number): Count | undefined {
  const m = new RegExp(
    String.raw`((?:\p{L}+[ \t]+){1,4}?)(${NUM_TEXT})[ \t]*,?[ \t]*(?:đạt|chiếm|bằng|=)?[ \t]*(?:t[ỷỉ] lệ)?[ \t]*$`,
    "iu"
  ).exec(para.text.slice(from, at));
  if (!m) return undefined;
  const unit = unitKey(m[1]);
  const value = parseViNumber(m[2])?.value;
  if (!KNOWN_UNITS.has(unit) || value === undefined) return undefined;
  const start = from + m.index + m[1].length;
  return { value, unit, start, end: start + m[2].length, subject: words(m[1]) };
}

/** "Tỷ lệ hộ nghèo: 60,9%": a rate named by its subject. */
const NAMED_RATE = /t[ỷỉ] lệ[ \t]+((?:\p{L}+[ \t]*){1,5}?)[ \t]*:[ \t]*$/iu;

/** Units a figure may carry before it ("hội viên nòng cốt 50.730"). */
const KNOWN_UNITS = new Set([
  "hội viên",
  "đoàn viên",
  "đảng viên",
  "hộ",
  "người",
  "học sinh",
  "lao động",
]);

/**
 * "Tổng số hộ nghèo: 391 hộ, 1904 khẩu; Tỷ lệ hộ nghèo: 60,9%": a rate named by its subject,
 * whose figure is stated just before, in the same sentence, with the same subject.
 */
function namedRate(para: Paragraph, named: RegExpExecArray, p: Percent): Count | undefined {
  const subject = words(named[1]).filter((w) => !["là", "đạt", "chiếm"].includes(w));
  const start = lastBefore(para.sentenceBreaks, p.start) + 1;
  const counts = countsIn(para.text, start, p.start - named[0].length, para.taken);
  return counts.find((c) => {
    const before = words(para.text.slice(Math.max(0, c.start - 40), c.start)).slice(-5);
    const own = [...before, ...words(c.unit)];
    return subject.length > 0 && subject.every((w) => own.includes(w));
  });
}

/**
 * Shares of one paragraph whose stated percentages add up to 100 (a structure: "trồng trọt
 * 1.877.588 hộ chiếm 47%; chăn nuôi … 36,8%; … 16,2%"): their base is the sum of their
 * figures, whatever total the text states elsewhere.
 */
function partsTotals(para: Paragraph, shares: Share[]): Map<Share, Total> {
  const out = new Map<Share, Total>();
  const byUnit = new Map<string, Share[]>();
  for (const s of shares)
    byUnit.set(s.counts[0].unit, [...(byUnit.get(s.counts[0].unit) ?? []), s]);
  for (const [unit, group] of byUnit) {
    if (group.length < 2) continue;
    const stated = group.reduce((n, s) => n + s.percent.value, 0);
    const slack = group.reduce((n, s) => n + 0.5 * 10 ** -s.percent.decimals, 0);
    if (Math.abs(stated - 100) > slack) continue;
    const value = group.reduce((n, s) => n + s.counts[0].value, 0);
    const first = group[0].counts[0];
    const last = group[group.length - 1].percent;
    const total: Total = {
      value,
      unit,
      start: first.start,
      end: first.start + 1,
      paragraph: para.index,
      kind: "parts",
      qualified: false,
      textStart: first.start,
      textEnd: last.end,
    };
    for (const s of group) out.set(s, total);
  }
  return out;
}

/**
 * A share over its base, found by a ranked search (checking/bases.ts): candidates from the
 * sentence, the sentence before, the paragraph, the paragraph before and the document, scored by
 * distance, kind, unit and subject. A claim is made only when one base is clearly best; when a
 * close candidate gives the stated value, it is taken (the writer's base is unknown: no alarm).
 * A named base ("so với tổng số hộ toàn tỉnh") that no candidate matches makes no claim.
 */
function shareOfTotal(para: Paragraph, share: Share, doc: Doc, parts?: Total): Found | undefined {
  const p = share.percent;
  for (const c of share.counts) {
    const candidates = baseCandidates(c, p, para, sentenceAround(para, p), doc, share.strict);
    if (parts && c === share.counts[0]) candidates.push({ total: parts, scope: "sentence" });
    const ranked = rankBases({
      count: c,
      percent: p,
      strict: share.strict,
      claimWords: words(para.text.slice(c.start, p.end)),
      reference: share.reference,
      candidates,
    });
    if (ranked)
      return {
        start: c.start,
        end: p.end,
        percent: p,
        numerator: c.value,
        denominator: ranked.total.value,
        total: { total: ranked.total, scope: ranked.scope },
      };
  }
  return undefined;
}

/** "565 hộ nghèo (0,53%", "122 đơn khiếu nại (đạt 68,5%": a share in brackets after its figure. */
const BRACKET_BEFORE = /\([ \t]*(?:đạt|chiếm|bằng|t[ỷỉ] lệ)?[ \t]*$/iu;
/** "… đạt 24,76% so với tổng số hội viên", "so với số hộ đã đăng ký": the base named after. */
const BASE_AFTER = /^[\s*)]*so với[\s*]+((?:tổng[\s*]+)?số[\s*]+\p{L}+(?:[ \t]+\p{L}+){0,4})/iu;

/** The sentence holding `p`, and the one before it, as offsets. */
function sentenceAround(para: Paragraph, p: Percent) {
  const breakAfter = para.sentenceBreaks[firstFrom(para.sentenceBreaks, p.end)];
  const start = lastBefore(para.sentenceBreaks, p.start) + 1;
  return {
    start,
    end: breakAfter === undefined ? p.end + para.text.length : breakAfter + 1,
    previous: lastBefore(para.sentenceBreaks, start - 1) + 1,
  };
}

/**
 * Every total that may be the base of `c`, with where it stands. In the sentence: any total
 * before the figure, or after the percentage; in the sentence before and earlier in the
 * paragraph: totals that are not qualified, and a fraction's denominator only for its rest
 * ("50/52 … 02 trường hợp"); the paragraph before: unqualified totals; the document: the
 * unqualified named totals. `strict` (chiếm, tỷ lệ, a bracket, a named base) looks beyond the
 * sentence; "đạt" alone does not.
 */
function baseCandidates(
  c: Count,
  p: Percent,
  para: Paragraph,
  sentence: { start: number; end: number; previous: number },
  doc: Doc,
  strict: boolean
): Candidate[] {
  const out: Candidate[] = [];
  const cut = firstFrom(para.totals, c.start, (t) => t.start);
  const before = para.totals.slice(Math.max(0, cut - NEAR_TOTALS), cut);
  const ahead = firstFrom(para.totals, p.end, (t) => t.start);
  const usable = (t: Total) =>
    t.start !== c.start &&
    t.end <= c.start + 1 &&
    (t.partOf === undefined || t.partOf + c.value === t.value);
  for (const t of before) {
    if (!usable(t)) continue;
    if (t.start >= sentence.start) out.push({ total: t, scope: "sentence" });
    else if (!strict || t.qualified) continue;
    else
      out.push({
        total: t,
        scope: t.start >= sentence.previous ? "previous-sentence" : "paragraph",
      });
  }
  // Between the figure and its percentage, or after the percentage, only a total that says so:
  // "4.312 người trong tổng số 9.870 người (đạt 43,9%)", "chiếm 7,13% tổng số 1.389 hộ".
  for (const t of para.totals.slice(cut, ahead))
    if (t.start > c.start && (t.kind === "named" || t.kind === "within"))
      out.push({ total: t, scope: "sentence" });
  for (const t of para.totals.slice(ahead, ahead + NEAR_TOTALS))
    if (
      t.start < sentence.end &&
      (t.kind === "named" || t.kind === "within") &&
      wordCount(para.text.slice(p.end, t.start)) <= 6
    )
      out.push({ total: t, scope: "sentence" });
  if (!strict) return out;
  for (const t of doc.totals[para.index - 1] ?? [])
    if (!t.qualified && t.partOf === undefined) out.push({ total: t, scope: "previous-paragraph" });
  const itself = (t: Total) => t.paragraph === para.index && t.start === c.start;
  for (const t of wholeCandidates(doc, c))
    if (!itself(t) && t.paragraph < para.index - 1) out.push({ total: t, scope: "document" });
  return out;
}

/**
 * The document's unqualified totals that may be the whole of `c`: of its unit, not smaller; for
 * each value its first two statements (two are enough to keep a value after leaving `c` itself
 * out, and to see that two values differ).
 */
function wholeCandidates(doc: Doc, c: Count): Total[] {
  const byValue = doc.wholeByUnit.get(c.unit);
  if (!byValue) return [];
  const out: Total[] = [];
  for (const [value, totals] of byValue) {
    if (value < c.value) continue;
    out.push(...totals);
    if (out.length > 4) break;
  }
  return out;
}

/** Start of the clause that ends at `at`: after the last break, percentage or fraction. */
function clauseStart(para: Paragraph, at: number): number {
  const end = para.ends[firstFrom(para.ends, at + 1) - 1] ?? 0;
  return Math.max(lastBefore(para.clauseBreaks, at) + 1, end);
}

/** The offsets where `breaks` match in `text`, in order. */
function offsetsOf(text: string, breaks: RegExp): number[] {
  return [...text.matchAll(breaks)].map((m) => m.index);
}

/** The last offset in `sorted` before `at`, or −1. */
function lastBefore(sorted: number[], at: number): number {
  return sorted[firstFrom(sorted, at) - 1] ?? -1;
}

/** The text right after a percentage, as far as the words that qualify it reach. */
function after(para: Paragraph, p: Percent): string {
  return para.text.slice(p.end, p.end + 80);
}

function hasBreak(masked: string): boolean {
  return /[.;:!?\n\r]/.test(masked);
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

function toClaim(f: Found, paragraph: number, doc: Doc): Claim | undefined {
  const exact = percentOf(f.numerator, f.denominator);
  if (exact === undefined) return undefined;
  const p = f.percent;
  const at = (i: number) => original(doc.sources[paragraph], i);
  const [start, end] = [at(f.start), at(f.end)];
  const claim: Claim = {
    text: doc.originals[paragraph].slice(start, end),
    numerator: f.numerator,
    denominator: f.denominator,
    stated: p.value,
    expected: roundHalfUp(exact, p.decimals),
    exact,
    decimals: p.decimals,
    verdict: verdictOf(p, exact),
    paragraph,
    start,
    end,
    statedStart: at(p.start),
    statedEnd: at(p.end),
    replacement: formatPercent(exact, { decimals: p.decimals }),
    style: p.style,
  };
  if (f.total) claim.total = totalRef(f.total.total, f.total.scope, doc);
  return claim;
}

/** See the module comment: distance from the computed value in units of the last digit written. */
function verdictOf(p: Percent, exact: number): Claim["verdict"] {
  const distance = lastDigitDistance(p.value, p.decimals, exact);
  if (distance <= 0.5) return p.style.length > 0 ? "style" : "ok";
  return distance < 1 ? "rounding" : "error";
}

function totalRef(t: Total, scope: TotalRef["scope"], doc: Doc): TotalRef {
  const source = doc.sources[t.paragraph];
  const [start, end] = [original(source, t.textStart), original(source, t.textEnd)];
  const text = doc.originals[t.paragraph].slice(start, end);
  return { value: t.value, unit: t.unit, text, paragraph: t.paragraph, start, end, scope };
}
