/**
 * The base of a share (issue 14): which stated total a figure is a share of, in "có 602 hộ đạt
 * chuẩn, chiếm tỷ lệ 39,7%". A ranked search, not a list of phrasings: every candidate the
 * checker collects (checker.ts `baseCandidates`) gets a score from
 * - where it stands: the same sentence, the sentence before, earlier in the paragraph, the
 *   paragraph before, elsewhere in the document (nearer is better);
 * - how it was stated: "trong 122 đơn" / "trên tổng số" (the base named), "tổng số", a
 *   possession ("có", "gồm", "với"), the numerator of a fraction ("1.520/1.800 hộ" examined);
 * - its unit: the figure's, or one of the same kind (UNIT_KINDS below);
 * - its subject: words shared with the claim ("122 đơn khiếu nại" goes with "178 đơn khiếu
 *   nại", not "83 đơn tố cáo"), or with the base the claim names ("so với tổng số hội viên").
 * A base is returned only when it is clearly best: a candidate of another value within
 * CLOSE points makes the claim ambiguous (no claim), unless one of them gives the stated value,
 * which is then taken: the clerk's base is unknown and a right reading raises no alarm.
 */
import { lastDigitDistance } from "../numbers";
import type { Count, Percent, Total } from "./tokens";

/** Where a base was stated, relative to the claim. */
export type BaseScope =
  "sentence" | "previous-sentence" | "paragraph" | "previous-paragraph" | "document";

export interface Candidate {
  total: Total;
  scope: BaseScope;
}

const SCOPE_SCORE: Record<BaseScope, number> = {
  sentence: 60,
  "previous-sentence": 45,
  paragraph: 35,
  "previous-paragraph": 25,
  // Close to the paragraph before: two totals of one unit beyond the paragraph are ambiguous.
  document: 20,
};

/** Points within which two candidates of different values make a claim ambiguous. */
const CLOSE = 10;
/** Points within which a candidate that gives the stated value is preferred to the best. */
const EXPLAINS = 25;

/**
 * Units that count the same things, and the units whose figures are part of them. A figure in
 * "người" is a share of "nhân khẩu"; "lao động", "đảng viên", "học sinh" … are people too.
 */
const PEOPLE = new Set(["người", "nhân khẩu", "khẩu", "nhân dân", "dân"]);
const PEOPLE_PARTS = new Set([
  "lao động",
  "đảng viên",
  "hội viên",
  "đoàn viên",
  "học sinh",
  "cán bộ",
  "công chức",
  "phụ nữ",
  "trẻ",
  "người",
]);
const SAME_KIND: string[][] = [
  ["hộ", "gia đình", "hộ gia đình"],
  ["đơn", "đơn thư"],
  ["lượt", "lượt người"],
];

/** True when a figure in `part` can be a share of a total in `whole`. */
export function unitsAgree(part: string, whole: string): boolean {
  if (part === whole) return true;
  if (PEOPLE.has(whole) && (PEOPLE.has(part) || PEOPLE_PARTS.has(part))) return true;
  return SAME_KIND.some((k) => k.includes(part) && k.includes(whole));
}

/** Words that say nothing of a subject. */
const STOP = new Set(
  "và của đã được có là trong đó các những số tổng đạt chiếm tỷ tỉ lệ với so gồm cho về tại trên đến nay này năm tháng người hộ đơn".split(
    " "
  )
);

/** The words of `text`, lower case, letters only. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
}

function meaningful(ws: string[] | undefined): string[] {
  return (ws ?? []).filter((w) => !STOP.has(w));
}

function shares(a: string[], b: string[]): boolean {
  const set = new Set(b);
  return a.some((w) => set.has(w));
}

interface Scored extends Candidate {
  score: number;
  /** The base named after the claim ("so với tổng số hội viên") names this one. */
  referred: boolean;
}

function scoreOf(
  c: Candidate,
  count: Count,
  claim: string[],
  reference: string[] | undefined,
  strict: boolean
): { score: number; referred: boolean } | undefined {
  const t = c.total;
  if (!unitsAgree(count.unit, t.unit) || t.value <= 0 || t.value < count.value) return undefined;
  const named = reference ? meaningful(reference) : [];
  const subject = meaningful(t.subject);
  // Every word of the named base is the candidate's: "tổng số hộ nghèo DTTS" is not "hộ nghèo".
  const own = new Set([...subject, ...meaningful(t.lead), ...words(t.unit)]);
  const referred = named.length > 0 && named.every((w) => own.has(w));
  // What a fraction counted ("đã rà soát 1.520/1.800 hộ; có 602 hộ …") is the base of the
  // figures of its own sentence, or of a later one that names it ("so với tổng số hội viên").
  // Only for a share that says so (chiếm, tỷ lệ): "đạt 90%" after "4.028/4.574 trường hợp" is not.
  if (t.kind === "numerator" && !referred && (c.scope !== "sentence" || !strict)) return undefined;
  let score = SCOPE_SCORE[c.scope];
  if (t.kind === "parts") score += 40;
  else if (t.kind === "within" && c.scope === "sentence") score += 30;
  else if (t.kind === "named" || t.kind === "denominator") score += 10;
  else score += 5;
  if (t.unit === count.unit) score += 5;
  if (referred) score += 30;
  if (subject.length > 0) score += shares(subject, meaningful(claim)) ? 15 : -15;
  return { score, referred };
}

/** True when the stated percentage is `count` over `total`, to the digits written. */
function explains(p: Percent, count: Count, total: Total): boolean {
  return lastDigitDistance(p.value, p.decimals, (count.value / total.value) * 100) <= 0.5;
}

/**
 * The base of `count`'s share `percent` among `candidates`, or undefined when none is clearly
 * best (see the module comment). `claimWords` are the words from the figure to the percentage;
 * `reference` the words of a base named after it ("so với tổng số hội viên").
 */
export function rankBases(input: {
  count: Count;
  percent: Percent;
  /** chiếm, tỷ lệ, a bracket or a named base tie the percentage to a part; "đạt" alone does not. */
  strict: boolean;
  claimWords: string[];
  reference?: string[];
  candidates: Candidate[];
}): Candidate | undefined {
  const { count, percent, claimWords, reference, strict } = input;
  const scored: Scored[] = [];
  for (const c of input.candidates) {
    const s = scoreOf(c, count, claimWords, reference, strict);
    if (s) scored.push({ ...c, ...s });
  }
  if (scored.length === 0) return undefined;
  // A base the text names ("so với tổng số hộ toàn tỉnh") but does not state: no claim.
  if (reference && meaningful(reference).length > 0 && !scored.some((c) => c.referred))
    return undefined;
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  const right = scored.find(
    (c) => c.score >= best.score - EXPLAINS && explains(percent, count, c.total)
  );
  if (right) return right;
  const rival = scored.find(
    (c) => c.total.value !== best.total.value && c.score >= best.score - CLOSE
  );
  return rival ? undefined : best;
}
