/**
 * The sentence planner of "văn xuôi" (prose, the default style): the indicators of one section
 * become a paragraph a clerk would write, instead of one bullet each.
 * - The noun is not repeated between label and unit: "Số xóm" 14 xóm → "14 xóm"; "Tổng số hộ"
 *   → "tổng số 1.389 hộ"; "Dân số" → "dân số là 5.387 nhân khẩu". Seed 000: "xã có 14 xóm, với
 *   tổng số 1.389 hộ, dân số là 5.387 nhân khẩu".
 * - A ratio names its base, with the verb of what it is: chiếm for a part of a whole ("14/19
 *   người … (chiếm 73,7%)"), đạt or vượt for progress against a plan ("04/05 hội nghị … (đạt 80%
 *   kế hoạch)"), tăng, giảm or gấp … lần against an earlier period; a rate in % changes by
 *   percentage points ("giảm 0,9 điểm phần trăm").
 * - A total and its parts read "tổng số 1.389 hộ, trong đó 99 hộ nghèo (chiếm 7,13%), 54 hộ cận
 *   nghèo (chiếm 3,89%)": parts are rows numbered under the total (1 → 1.1), rows named "Trong
 *   đó …", or rows sharing one total (then written once). Seed 000: "19 chi bộ trực thuộc, trong
 *   đó 14 chi bộ nông thôn và 5 chi bộ cơ quan".
 * - Clauses are joined by "; " into one paragraph, in workbook order; a section of more than
 *   LONG_LIST indicators stays bulleted, and an indicator with a Mẫu câu keeps its own sentence.
 */
import { Diagnostics } from "../diagnostics";
import { FootnoteRef, Inline } from "../document";
import {
  Placeholder,
  SentenceOptions,
  differenceSentence,
  indicatorSentence,
  placeholderValues,
  warnMissingRatios,
} from "../sentences";
import { formatNumber, roundHalfUp } from "../numbers";
import { Period, periodName } from "../reading/periods";
import { Indicator } from "../tables";
import { foldKey } from "../text";

/** "prose": paragraphs of running text (văn xuôi); "list": one bullet per indicator (liệt kê). */
export type SentenceStyle = "prose" | "list";

/** Above this many indicators a section stays a bulleted list. */
export const LONG_LIST = 8;

/** A paragraph of the planned text: its runs and the indicators it states, in order. */
export interface PlannedParagraph {
  runs: Inline[];
  indicatorIds: string[];
  /** A bullet item ("- …") rather than running text. */
  bullet: boolean;
}

/** "99 hộ", "38%", "28,75 km²". */
function withUnit(figure: string, unit: string): string {
  if (unit === "") return figure;
  return unit === "%" ? `${figure}%` : `${figure} ${unit}`;
}

/** Lower-cases the first letter unless the first word is an abbreviation ("HTX", "UBND"). */
function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0];
  if (first.length > 1 && first === first.toLocaleUpperCase("vi")) return text;
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** The words of `name` after its first `count` words, as typed. */
function afterWords(name: string, count: number): string {
  return name.trim().split(/\s+/).slice(count).join(" ");
}

/**
 * The figure with the indicator's name, the noun said once:
 * "Số xóm" → "14 xóm"; "Số hộ nghèo" → "99 hộ nghèo"; "Tổng số đảng viên" → "tổng số 282 đảng
 * viên"; "Lao động được giải quyết việc làm" (lao động) → "90/110 lao động được giải quyết việc
 * làm"; "Dân số" (nhân khẩu) → "dân số là 5.387 nhân khẩu".
 */
export function measured(
  name: string,
  unit: string,
  figure: string,
  status?: Period["status"]
): string {
  const n = foldKey(name).split(/\s+/);
  const u = foldKey(unit).split(/\s+/);
  const startsWith = (words: string[], at: number) =>
    u[0] !== "" && u.every((w, i) => words[at + i] === w);
  // An estimate is "ước đạt" (ước tính, issue 12); a preliminary figure says so.
  const estimate = status === "estimate";
  const tail = status === "preliminary" ? " (sơ bộ)" : "";
  // An estimate keeps its label before "ước đạt": "tổng số hộ ước đạt 1.389 hộ".
  if (!estimate && unit !== "%" && n[0] === "so" && startsWith(n, 1))
    return `${figure} ${afterWords(name, 1)}${tail}`;
  if (!estimate && unit !== "%" && n[0] === "tong" && n[1] === "so" && startsWith(n, 2))
    return `tổng số ${figure} ${afterWords(name, 2)}${tail}`;
  if (!estimate && unit !== "%" && startsWith(n, 0))
    return `${figure} ${lowerFirst(name.trim())}${tail}`;
  const label = lowerFirst(name.trim());
  const verb = estimate ? "ước đạt" : / là /.test(label) ? ":" : "là";
  return `${label}${verb === ":" ? ":" : ` ${verb}`} ${withUnit(figure, unit)}${tail}`;
}

/** A count of zero: "không có hộ nghèo" for "Số hộ nghèo", else "… là 0 vụ". */
function none(name: string, unit: string): string {
  const n = foldKey(name).split(/\s+/);
  const u = foldKey(unit).split(/\s+/);
  if (n[0] === "so" && u[0] !== "" && u.every((w, i) => n[1 + i] === w))
    return `không có ${afterWords(name, 1)}`;
  return `${lowerFirst(name.trim())} là ${withUnit("0", unit)}`;
}

/** What the figures' periods make of a sentence: the base's name, "ước đạt", "sơ bộ". */
interface PeriodWords {
  /** "năm 2023", or "cùng kỳ". */
  base: string;
  /** "năm 2024", when the base is named too. */
  now?: string;
  status?: Period["status"];
}

function periodWords(ind: Indicator, opts: SentenceOptions): PeriodWords {
  const p = opts.periodsOf?.(ind);
  const base = periodName(p?.samePeriod);
  return {
    base: base ?? "cùng kỳ",
    now: base ? periodName(p?.actual) : undefined,
    status: p?.actual?.status,
  };
}

/** How an indicator stands in a "trong đó" list. */
type Role = "alone" | "parent" | "part";

/** ", tăng 9,17% so với năm 2023", ", gấp 3,2 lần cùng kỳ"; "" without a same-period figure. */
function trend(
  ind: Indicator,
  v: Partial<Record<Placeholder, string>>,
  words: PeriodWords
): string {
  const { actual, samePeriod } = ind;
  if (
    actual !== undefined &&
    samePeriod !== undefined &&
    samePeriod > 0 &&
    actual / samePeriod >= 2
  )
    return `, gấp ${formatNumber(roundHalfUp(actual / samePeriod, 1), 1)} lần ${words.base}`;
  if (!v.so_ck) return "";
  return `, ${v.so_ck.replace(/cùng kỳ$/, words.base)}`;
}

/**
 * A rate that is itself a percentage changes by percentage points, from one value to the other:
 * "tỷ lệ hộ nghèo giảm 0,9 điểm phần trăm, từ 4,2% năm 2020 xuống còn 3,3% năm 2023" (seed 003:
 * "tỷ lệ hộ nghèo giảm 0,9%, từ 4,2% cuối năm 2020 xuống còn 3,3% cuối tháng 5 năm 2023").
 */
function rateChange(ind: Indicator, opts: SentenceOptions, words: PeriodWords): string {
  const label = lowerFirst(ind.name.trim());
  const [now, before] = [ind.actual!, ind.samePeriod!];
  const decimals = ind.precision ?? opts.precision.decimals;
  const points = roundHalfUp(now - before, decimals);
  const named = words.now !== undefined;
  const pct = (x: number, when?: string) => `${formatNumber(x)}%${named && when ? ` ${when}` : ""}`;
  if (points === 0) return `${label} là ${pct(now)}, bằng ${words.base}`;
  const size = formatNumber(Math.abs(points), decimals);
  const from = pct(before, words.base);
  const to = pct(now, words.now);
  const est = words.status === "estimate" ? "ước " : "";
  return points > 0
    ? `${label} ${est}tăng ${size} điểm phần trăm, từ ${from} lên ${to}`
    : `${label} ${est}giảm ${size} điểm phần trăm, từ ${from} xuống còn ${to}`;
}

/**
 * Three periods or more: " (giai đoạn 2018–2022 bình quân mỗi năm tăng 2,1%)" (the average yearly
 * growth, (last ÷ first)^(1 ÷ years) − 1; in points for a rate in %). "" when the years are unknown.
 */
function seriesTrend(ind: Indicator, opts: SentenceOptions): string {
  const first = ind.series?.[0];
  const lastYear = opts.periodsOf?.(ind)?.actual?.year;
  if (!first?.period.year || !lastYear || (ind.series?.length ?? 0) < 2) return "";
  const years = lastYear - first.period.year;
  const now = ind.actual;
  if (years < 2 || now === undefined || first.value <= 0 || now <= 0) return "";
  const decimals = ind.precision ?? opts.precision.decimals;
  const rate =
    ind.unit === "%"
      ? roundHalfUp((now - first.value) / years, decimals)
      : roundHalfUp(((now / first.value) ** (1 / years) - 1) * 100, decimals);
  const size = `${formatNumber(Math.abs(rate), decimals)}${ind.unit === "%" ? " điểm phần trăm" : "%"}`;
  const span = `giai đoạn ${first.period.year}–${lastYear}`;
  if (rate === 0) return ` (${span} bình quân mỗi năm không đổi)`;
  return ` (${span} bình quân mỗi năm ${rate > 0 ? "tăng" : "giảm"} ${size})`;
}

/** The clause of one indicator in running text: no capital, no final stop. */
export function clause(
  ind: Indicator,
  opts: SentenceOptions,
  role: Role,
  diags?: Diagnostics
): string {
  if (ind.actual === undefined && ind.difference)
    return lowerFirst(differenceSentence(ind).replace(/: /, " ").replace(/\.$/, ""));
  if (DASHED.test(ind.name) || IN_WHICH.test(ind.name)) ind = { ...ind, name: partName(ind.name) };
  const words = periodWords(ind, opts);
  const v = placeholderValues(ind, opts);
  if (ind.unit === "%" && ind.actual !== undefined && ind.samePeriod !== undefined) {
    const planned = v.kh !== undefined ? ` (kế hoạch ${v.kh}%)` : "";
    return rateChange(ind, opts, words) + planned + seriesTrend(ind, opts);
  }
  if (diags) warnMissingRatios(ind, v, diags);
  // A rate against a planned rate: both stated, no ratio of rates ("6,5% (kế hoạch 6%)").
  if (ind.unit === "%" && v.kh !== undefined)
    return `${measured(ind.name, ind.unit, v.th!, words.status)} (kế hoạch ${v.kh}%)${trend(ind, v, words)}`;
  const share = v.tyle !== undefined && v.tong !== undefined;
  const plan = v.so_kh !== undefined && v.kh !== undefined;
  // The base goes into the figure when it is the only ratio and no parent states it.
  const fraction = plan && !share ? v.kh : share && !plan && role !== "part" ? v.tong : undefined;
  const figure = fraction ? `${v.th}/${fraction}` : v.th!;
  let text = measured(ind.name, ind.unit, figure, words.status);
  if (ind.actual === 0 && !share && !plan && !v.so_ck && !v.tyle && !v.so_kh)
    return none(ind.name, ind.unit);
  if (share && plan)
    text += `, chiếm ${v.tyle} trên tổng số ${withUnit(v.tong!, ind.unit)}, ${v.so_kh} (${withUnit(v.kh!, ind.unit)})`;
  else if (share) text += ` (chiếm ${v.tyle})`;
  else if (plan) text += ` (${v.so_kh})`;
  else if (v.tyle)
    text += ` (chiếm ${v.tyle})`; // a ratio the table gives without its base
  else if (v.so_kh) text += ` (${v.so_kh})`;
  return text + trend(ind, v, words) + seriesTrend(ind, opts);
}

const LETTER = /^[a-zđ]\)?$/u;

/** True when `child`'s number sits under `parent`'s: "1" → "1.1", "2.3" → "2.3.1", "1" → "a)". */
function numberedUnder(parent: Indicator, child: Indicator): boolean {
  if (parent.number === "") return false;
  if (child.number.startsWith(`${parent.number}.`)) return true;
  return LETTER.test(child.number.trim()) && !LETTER.test(parent.number.trim());
}

/**
 * The rows right after `at` whose figures add up exactly to its own, in its unit (at least two):
 * "Số chi bộ 19" then "Chi bộ nông thôn 14", "Chi bộ cơ quan 5". Zero when none do.
 */
function summingParts(indicators: Indicator[], at: number): number {
  const parent = indicators[at];
  if (parent.actual === undefined || parent.unit === "" || parent.unit === "%") return 0;
  let sum = 0;
  for (let j = at + 1; j < indicators.length; j++) {
    const x = indicators[j];
    if (x.template || x.unit !== parent.unit || x.actual === undefined || x.actual < 0) return 0;
    // A row numbered beside the parent (1, 2, 3) is its sibling, whatever the figures say.
    if (x.number.trim() !== "" && !numberedUnder(parent, x)) return 0;
    sum = roundHalfUp(sum + x.actual, 6);
    if (sum === roundHalfUp(parent.actual, 6)) return j - at >= 2 ? j - at : 0;
    if (sum > parent.actual) return 0;
  }
  return 0;
}

const IN_WHICH = /^\s*(trong đó|gồm|bao gồm)\s*[:,-]?\s*/iu;
/** A row typed as a sub-item: "- Nam", "+ Công nghiệp", "– Khách quốc tế". */
const DASHED = /^\s*[-+–•]\s*/u;

/** A name without the marks that made its row a part ("Trong đó:", "- ", "+ "). */
function partName(name: string): string {
  const bare = name.replace(IN_WHICH, "").replace(DASHED, "").trim();
  return bare === "" ? name.trim() : bare;
}

/** One "trong đó" group: a parent (given or the shared total) and its parts; or one indicator. */
interface Group {
  parent?: Indicator;
  /** The total the parts share, written once when no indicator states it. */
  sharedTotal?: { value: number; unit: string };
  parts: Indicator[];
  /** Parts of a total that has no figure: each written on its own. */
  loose?: Indicator[];
}

/** Groups the indicators of a section into totals with their parts, in order. */
export function groupParts(indicators: Indicator[]): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < indicators.length;) {
    const ind = indicators[i];
    const parts: Indicator[] = [];
    let j = i + 1;
    const summing = ind.template ? 0 : summingParts(indicators, i);
    // Dashed rows are parts of the row right above their run; a dashed row is never a parent.
    const dashedRun = () => indicators.slice(i + 1, j + 1).every((x) => DASHED.test(x.name));
    while (
      !DASHED.test(ind.name) &&
      j < indicators.length &&
      !indicators[j].template &&
      (numberedUnder(ind, indicators[j]) ||
        IN_WHICH.test(indicators[j].name) ||
        (DASHED.test(indicators[j].name) && dashedRun()) ||
        j <= i + summing ||
        (indicators[j].total !== undefined &&
          indicators[j].total === ind.actual &&
          indicators[j].unit === ind.unit))
    )
      parts.push(indicators[j++]);
    if (parts.length > 0 && !ind.template) {
      groups.push({ parent: ind, parts });
      i = j;
      continue;
    }
    // Rows sharing one total with no row for it: the total is written once, before them.
    const total = ind.total;
    j = i;
    while (
      total !== undefined &&
      ind.actual !== undefined &&
      j < indicators.length &&
      !indicators[j].template &&
      indicators[j].total === total &&
      indicators[j].unit === ind.unit &&
      indicators[j].actual !== undefined
    )
      j++;
    if (j - i >= 2) {
      groups.push({
        sharedTotal: { value: total!, unit: ind.unit },
        parts: indicators.slice(i, j),
      });
      i = j;
    } else {
      groups.push({ parts: [ind] });
      i++;
    }
  }
  return groups;
}

/** The footnote of an indicator's Ghi chú, after its clause. */
function noteOf(ind: Indicator): Inline[] {
  return ind.note
    ? [{ footnote: [{ text: ind.note.normalize("NFC") }] } satisfies FootnoteRef]
    : [];
}

/**
 * The paragraphs of a section in prose. Indicators without a figure are warned about and left
 * out, as in list style; parts larger than their total are written and warned about.
 */
export function proseParagraphs(
  indicators: Indicator[],
  opts: SentenceOptions,
  diags: Diagnostics
): PlannedParagraph[] {
  const hasFigure = (ind: Indicator) => ind.actual !== undefined || !!ind.difference;
  const written = indicators.filter(hasFigure);
  if (written.length > LONG_LIST) return listParagraphs(indicators, opts, diags);
  // Grouped with the figureless rows still in place, so that a "Trong đó" row whose total has
  // no figure is never taken for a part of the row before it.
  const warnMissing = (ind: Indicator) => void indicatorSentence(ind, opts, diags);
  const out: PlannedParagraph[] = [];
  let runs: Inline[] = [];
  let ids: string[] = [];
  const flush = () => {
    if (ids.length === 0) return;
    // A sentence does not open with a figure: "Có 19 chi bộ …".
    const first = runs[0];
    if (first && "text" in first)
      runs[0] = {
        ...first,
        text: /^\d/.test(first.text) ? `Có ${first.text}` : upperFirst(first.text),
      };
    let last = runs.length - 1;
    while (!("text" in runs[last])) last--;
    const lastRun = runs[last] as { text: string };
    runs[last] = { ...lastRun, text: `${lastRun.text}.` };
    out.push({ runs, indicatorIds: ids, bullet: false });
    [runs, ids] = [[], []];
  };
  const add = (text: string, ind?: Indicator) => {
    runs.push({ text: runs.length === 0 ? text : `; ${text}` });
    if (ind) {
      runs.push(...noteOf(ind));
      ids.push(ind.id);
    }
  };
  for (const group of groupParts(indicators)) {
    const g = withFigures(group, hasFigure, warnMissing);
    if (!g) continue;
    if (g.loose) {
      for (const p of g.loose) add(clause(p, opts, "alone", diags), p);
      continue;
    }
    const only = g.parts[0];
    if (!g.parent && !g.sharedTotal && only.template) {
      flush();
      out.push(...listParagraphs([only], opts, diags).map((p) => ({ ...p, bullet: false })));
      continue;
    }
    if (!g.parent && !g.sharedTotal) {
      add(clause(only, opts, "alone", diags), only);
      continue;
    }
    warnParts(g, diags);
    const head = g.parent
      ? clause(g.parent, opts, "parent", diags)
      : `tổng số ${withUnit(formatNumber(g.sharedTotal!.value), g.sharedTotal!.unit)}`;
    add(head, g.parent);
    g.parts.forEach((p, k) => {
      const name = partName(p.name);
      const text = clause(
        { ...p, name },
        opts,
        g.sharedTotal || p.total === g.parent?.actual ? "part" : "alone",
        diags
      );
      const joiner = k === 0 ? ", trong đó " : k === g.parts.length - 1 ? " và " : ", ";
      runs.push({ text: `${joiner}${text}` }, ...noteOf(p));
      ids.push(p.id);
    });
  }
  flush();
  return out;
}

/**
 * A group without the rows that have no figure (each warned about, as in list style). A total
 * with no figure leaves its parts standing alone; undefined when nothing is left.
 */
function withFigures(
  g: Group,
  hasFigure: (ind: Indicator) => boolean,
  warn: (ind: Indicator) => void
): Group | undefined {
  for (const p of [g.parent, ...g.parts]) if (p && !hasFigure(p)) warn(p);
  const parts = g.parts.filter(hasFigure);
  if (g.parent && !hasFigure(g.parent)) {
    // Its parts are written on their own: one group each.
    return parts.length === 0 ? undefined : { parts: [], loose: parts };
  }
  if (parts.length === 0) return g.parent ? { parts: [g.parent] } : undefined;
  return { ...g, parts };
}

/** Warns when the parts of a total add up to more than it (nothing false is said). */
function warnParts(g: Group, diags: Diagnostics): void {
  const whole = g.parent?.actual ?? g.sharedTotal?.value;
  if (
    whole === undefined ||
    g.parts.some((p) => p.unit !== (g.parent?.unit ?? g.sharedTotal?.unit))
  )
    return;
  const sum = g.parts.reduce((s, p) => s + (p.actual ?? 0), 0);
  if (roundHalfUp(sum, 6) > roundHalfUp(whole, 6))
    diags.warn(
      `Các chỉ tiêu thành phần của “${g.parent?.name ?? "tổng số"}” cộng lại được ${formatNumber(sum)}, lớn hơn tổng số ${formatNumber(whole)}; hãy kiểm tra lại các ô ${g.parts
        .map((p) => p.cells.actual ?? p.cells.name)
        .filter(Boolean)
        .join(", ")}.`,
      g.parent?.cells.actual ?? g.parts[0].cells.total
    );
}

/** One bullet per indicator: the "liệt kê" style, and long lists in prose. */
export function listParagraphs(
  indicators: Indicator[],
  opts: SentenceOptions,
  diags: Diagnostics
): PlannedParagraph[] {
  return indicators.flatMap((ind) => {
    const runs = indicatorSentence(ind, opts, diags);
    return runs ? [{ runs, indicatorIds: [ind.id], bullet: true }] : [];
  });
}
