/**
 * The three ratios of an indicator (chỉ tiêu). Every percentage here is on the 0–100 scale and
 * unrounded; rounding happens once, when a sentence formats it (numbers.ts).
 */

/** `numerator / denominator × 100`, or undefined when the base is missing or zero. Never NaN or Infinity. */
export function percentOf(
  numerator: number | undefined,
  denominator: number | undefined
): number | undefined {
  if (numerator === undefined || denominator === undefined || denominator === 0) return undefined;
  const p = (numerator / denominator) * 100;
  return Number.isFinite(p) ? p : undefined;
}

/** Share of the total (chiếm): actual / total × 100. */
export function share(actual: number | undefined, total: number | undefined): number | undefined {
  return percentOf(actual, total);
}

/** Result against plan (đạt … kế hoạch): actual / plan × 100. */
export function againstPlan(
  actual: number | undefined,
  plan: number | undefined
): number | undefined {
  return percentOf(actual, plan);
}

/**
 * Change against the same period (so với cùng kỳ): (actual − samePeriod) / samePeriod × 100,
 * positive for a rise. Undefined when the same-period figure is missing or zero.
 */
export function changeFromSamePeriod(
  actual: number | undefined,
  samePeriod: number | undefined
): number | undefined {
  if (actual === undefined) return undefined;
  return percentOf(actual - (samePeriod ?? 0), samePeriod);
}

/** The figures and the table's own ratios an indicator carries (tables.ts `Indicator`). */
export interface RatioSource {
  actual?: number;
  plan?: number;
  samePeriod?: number;
  total?: number;
  published?: { ratioPlan?: number; ratioSamePeriod?: number; ratioShare?: number };
}

/**
 * The ratios a report states for an indicator, percent on the 0–100 scale: `share` (chiếm),
 * `plan` (actual ÷ plan) and `samePeriod` (actual ÷ same period, an index: 109 for a rise of 9%).
 * The table's own ratio wins where the reader kept it (figures rounded for display, or no base);
 * otherwise each is computed. All undefined without an actual figure.
 */
export function reportedRatios(ind: RatioSource): {
  share?: number;
  plan?: number;
  samePeriod?: number;
} {
  if (ind.actual === undefined) return {};
  return {
    share: ind.published?.ratioShare ?? share(ind.actual, ind.total),
    plan: ind.published?.ratioPlan ?? againstPlan(ind.actual, ind.plan),
    samePeriod: ind.published?.ratioSamePeriod ?? percentOf(ind.actual, ind.samePeriod),
  };
}
