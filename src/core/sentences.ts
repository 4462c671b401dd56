/**
 * Vietnamese sentences for indicators: a default sentence for each combination of figures, or the
 * clerk's template from the Mẫu câu column. Output is runs, never a plain string.
 * Source of the wording: the reference reports ("Số hộ nghèo: 99 hộ, chiếm 7,13%",
 * "90/110 lao động có việc làm, đạt 81,8%") and issue 2 § Metrics.
 */
import { Diagnostics } from "./diagnostics";
import { FootnoteRef, Inline, TextRun } from "./document";
import { changeFromSamePeriod, reportedRatios } from "./metrics";
import {
  DEFAULT_PRECISION,
  Precision,
  formatCount,
  formatNumber,
  formatPercent,
  roundHalfUp,
} from "./numbers";
import { Period, periodName } from "./reading/periods";
import { Indicator } from "./tables";
import { foldKey } from "./text";

export interface SentenceOptions {
  precision: Precision;
  /** Pad counts below 10: "05 vụ". */
  padCounts: boolean;
  /** "list" (liệt kê, one bullet per indicator) or "prose" (văn xuôi, writing/prose.ts). */
  style?: "prose" | "list";
  /** A prompt for the clerk's assessment after each section's figures (default true). */
  narrativePrompt?: boolean;
  /** The periods of an indicator's figures, from its table's headers (prose names them). */
  periodsOf?: (ind: Indicator) => IndicatorPeriods | undefined;
}

/** What the headers say of an indicator's this period and base period (reading/periods.ts). */
export interface IndicatorPeriods {
  actual?: Period;
  samePeriod?: Period;
}

export const DEFAULT_SENTENCE_OPTIONS: SentenceOptions = {
  precision: DEFAULT_PRECISION,
  padCounts: true,
  style: "prose",
  narrativePrompt: true,
};

/** Units of measure and money, never zero-padded ("5 km", not "05 km"). */
const MEASURE_UNITS = new Set(
  [
    "%",
    "km",
    "km2",
    "km²",
    "ha",
    "m",
    "m2",
    "m²",
    "m3",
    "m³",
    "tấn",
    "kg",
    "tạ",
    "lít",
    "đồng",
    "nghìn đồng",
    "triệu đồng",
    "tỷ đồng",
    "usd",
    "điểm",
    "tuổi",
    "năm",
  ].map(foldKey)
);

const unitKinds = new Map<string, boolean>();

/** True for units of measure and money ("km²", "triệu đồng"), which are never zero-padded. */
function isMeasureUnit(unit: string): boolean {
  let m = unitKinds.get(unit);
  if (m === undefined) unitKinds.set(unit, (m = MEASURE_UNITS.has(foldKey(unit))));
  return m;
}

/** The placeholders a Mẫu câu template may use (documented in README.md). */
export const PLACEHOLDERS = [
  "ten",
  "dvt",
  "th",
  "kh",
  "ck",
  "tong",
  "tyle",
  "so_kh",
  "so_ck",
  "tyle_kh",
  "tyle_ck",
  "ky",
  "ky_ck",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The texts an indicator offers for its placeholders; a missing entry means "not available". */
export function placeholderValues(
  ind: Indicator,
  opts: SentenceOptions
): Partial<Record<Placeholder, string>> {
  const precision = ind.precision !== undefined ? { decimals: ind.precision } : opts.precision;
  const pad = opts.padCounts && !isMeasureUnit(ind.unit);
  const fig = (n: number | undefined) => (n === undefined ? undefined : formatCount(n, pad));
  const v: Partial<Record<Placeholder, string>> = { ten: ind.name, dvt: ind.unit };
  const periods = opts.periodsOf?.(ind);
  v.ky = periodName(periods?.actual);
  v.ky_ck =
    periodName(periods?.samePeriod) ?? (ind.samePeriod !== undefined ? "cùng kỳ" : undefined);
  v.th = fig(ind.actual);
  v.kh = fig(ind.plan);
  v.ck = fig(ind.samePeriod);
  v.tong = fig(ind.total);
  const r = reportedRatios(ind);
  const s = r.share;
  if (s !== undefined) v.tyle = formatPercent(s, precision);
  const p = r.plan;
  if (p !== undefined) {
    v.tyle_kh = formatPercent(p, precision);
    const over = roundHalfUp(p, precision.decimals) - 100;
    v.so_kh =
      over > 0 ? `vượt ${formatPercent(over, precision)} kế hoạch` : `đạt ${v.tyle_kh} kế hoạch`;
  }
  // Computed as a change, not as index − 100, so the rounding is the one sentences always had.
  const index = ind.published?.ratioSamePeriod;
  const c = index !== undefined ? index - 100 : changeFromSamePeriod(ind.actual, ind.samePeriod);
  if (c !== undefined) {
    const rounded = roundHalfUp(c, precision.decimals);
    v.tyle_ck = formatPercent(Math.abs(rounded), precision);
    v.so_ck =
      rounded === 0
        ? "bằng cùng kỳ"
        : `${rounded > 0 ? "tăng" : "giảm"} ${v.tyle_ck} so với cùng kỳ`;
  }
  return v;
}

/** "99 hộ", "38%", "28,75 km²": a figure with its unit. */
function withUnit(figure: string, unit: string): string {
  if (unit === "") return figure;
  return unit === "%" ? `${figure}%` : `${figure} ${unit}`;
}

/**
 * The default sentence, from the figures available:
 * - actual only: "Số hộ: 1.389 hộ."
 * - with total: "Số hộ nghèo: 99 hộ, chiếm 7,13%."
 * - with plan: "Lao động có việc làm: 90/110 lao động, đạt 81,8% kế hoạch."
 * - with plan and total, each ratio names its base: "Số hộ tham gia BHYT: 1.100 hộ, chiếm 79,2%
 *   trên tổng số 1.389 hộ, vượt 10% kế hoạch (1.000 hộ)." ("1.100/1.000 hộ, chiếm 79,2%" would
 *   read as 1.100 of 1.000; issue 10 § Sentences with plan and total).
 * - with same period: "…, tăng 25% so với cùng kỳ." / "…, bằng cùng kỳ."
 * - a rate in % with a planned rate: "Tốc độ tăng GDP: 6,5% (kế hoạch 6%)."
 * A ratio whose base is missing or zero is left out (and reported by `warnMissingRatios`).
 */
export function defaultSentence(ind: Indicator, v: Partial<Record<Placeholder, string>>): string {
  // A rate against a planned rate: both stated, no ratio of rates ("6,5/6%, vượt 8,3%" misleads).
  if (ind.unit === "%" && v.th !== undefined && v.kh !== undefined)
    return `${ind.name}: ${v.th}% (kế hoạch ${v.kh}%)${v.so_ck ? `, ${v.so_ck}` : ""}.`;
  const both = !!(v.tyle && v.so_kh && v.tong !== undefined && v.kh !== undefined);
  const fraction = v.kh !== undefined && v.so_kh && !both;
  const figure = v.th === undefined ? "" : fraction ? `${v.th}/${v.kh}` : v.th;
  const parts = [`${ind.name}: ${withUnit(figure, ind.unit)}`];
  if (v.tyle)
    parts.push(
      both ? `chiếm ${v.tyle} trên tổng số ${withUnit(v.tong!, ind.unit)}` : `chiếm ${v.tyle}`
    );
  if (v.so_kh) parts.push(both ? `${v.so_kh} (${withUnit(v.kh!, ind.unit)})` : v.so_kh);
  if (v.so_ck) parts.push(v.so_ck);
  return `${parts.join(", ")}.`;
}

/** Warns once per ratio that a present base should have given but could not (zero base, or a stated ratio with no base). */
export function warnMissingRatios(
  ind: Indicator,
  v: Partial<Record<Placeholder, string>>,
  diags: Diagnostics
): void {
  const check = (
    base: number | undefined,
    got: string | undefined,
    stated: number | undefined,
    what: string,
    where?: string
  ) => {
    if (got !== undefined || ind.actual === undefined) return;
    // A ratio the table gives without its base is used as given (tables.ts `published`).
    if (base === 0)
      diags.warn(
        `Chỉ tiêu “${ind.name}”: ${what} bằng 0, không tính được tỷ lệ; câu văn bỏ tỷ lệ này.`,
        where
      );
    else if (base === undefined && stated !== undefined)
      diags.warn(
        `Chỉ tiêu “${ind.name}”: ${what} để trống, không tính được tỷ lệ; câu văn bỏ tỷ lệ này.`,
        where
      );
  };
  check(ind.total, v.tyle, ind.stated.ratioShare, "tổng số", ind.cells.total);
  check(ind.plan, v.tyle_kh, ind.stated.ratioPlan, "kế hoạch", ind.cells.plan);
  check(ind.samePeriod, v.tyle_ck, ind.stated.ratioSamePeriod, "số cùng kỳ", ind.cells.samePeriod);
}

/**
 * Fills a Mẫu câu template. Placeholders are {ten}, {th}, …, matched whatever their case and
 * spaces ({TH}, { th }, {Tyle}, {tỷ lệ}); **bold** and *italic* mark runs.
 * Returns undefined (after a warning) when a placeholder is unknown or has no value, so the
 * caller falls back to the default sentence: no "undefined" and no "{…}" ever reaches a document.
 */
export function fillTemplate(
  template: string,
  ind: Indicator,
  v: Partial<Record<Placeholder, string>>,
  diags: Diagnostics
): TextRun[] | undefined {
  let failed = false;
  const filled = template.replace(/\{([^{}]*)\}/g, (whole, typed: string) => {
    const bare = foldKey(typed).replace(/[\s_]+/g, "");
    const key = PLACEHOLDERS.find((p) => p.replace(/_/g, "") === bare) ?? typed;
    const value = (PLACEHOLDERS as readonly string[]).includes(key)
      ? v[key as Placeholder]
      : undefined;
    if (value === undefined) {
      failed = true;
      const why = (PLACEHOLDERS as readonly string[]).includes(key)
        ? "không có số liệu"
        : "không phải chỗ trống hợp lệ";
      diags.warn(
        `Mẫu câu của chỉ tiêu “${ind.name}”: ${whole} ${why}; dùng câu mặc định.`,
        ind.cells.template
      );
    }
    return value ?? "";
  });
  return failed ? undefined : markupRuns(filled);
}

/** "a **b** *c*" → runs [a ][b bold][ ][c italic]. Unpaired markers stay as text. */
export function markupRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const re = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    runs.push(m[1] !== undefined ? { text: m[1], bold: true } : { text: m[2], italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs.map((r) => ({ ...r, text: r.text.normalize("NFC") }));
}

/**
 * The sentence for one indicator, as runs; the Ghi chú note becomes a footnote at its end.
 * Returns undefined (after a warning) when the indicator has no actual figure.
 */
export function indicatorSentence(
  ind: Indicator,
  opts: SentenceOptions,
  diags: Diagnostics
): Inline[] | undefined {
  if (ind.actual === undefined && ind.difference) return markupRuns(differenceSentence(ind));
  if (ind.actual === undefined) {
    const where = ind.cells.actual ?? ind.cells.name;
    // An unreadable actual cell has already been reported at that cell: one message per cell.
    if (!diags.items.some((d) => d.where !== undefined && d.where === where))
      diags.warn(
        `Chỉ tiêu “${ind.name}” chưa có số thực hiện; không viết câu cho chỉ tiêu này.`,
        where
      );
    return undefined;
  }
  const v = placeholderValues(ind, opts);
  warnMissingRatios(ind, v, diags);
  const runs: Inline[] =
    (ind.template && fillTemplate(ind.template, ind, v, diags)) ||
    markupRuns(defaultSentence(ind, v));
  if (ind.note)
    runs.push({ footnote: [{ text: ind.note.normalize("NFC") }] } satisfies FootnoteRef);
  return runs;
}

/**
 * The sentence of a table of changes only: "Lượng mưa Đà Nẵng: giảm 1.336,4 mm so với năm 2023."
 */
export function differenceSentence(ind: Indicator): string {
  const d = ind.difference!;
  if (d.value === 0) return `${ind.name}: bằng ${d.against}.`;
  const size = withUnit(formatNumber(Math.abs(d.value)), ind.unit);
  return `${ind.name}: ${d.value > 0 ? "tăng" : "giảm"} ${size} so với ${d.against}.`;
}

/** Figures for a table cell: "1.389", "" when missing. */
export function tableFigure(n: number | undefined): string {
  return n === undefined ? "" : formatNumber(n);
}
