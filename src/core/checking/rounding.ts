/**
 * Whether a ratio printed in a table agrees with the figures printed beside it, allowing for the
 * rounding a published table applies. Published tables show rounded figures (2.374 ha) but compute
 * their "so với" column from the unrounded ones, so 2.422/2.374 = 102,02% may sit next to a printed
 * 102,04%. Counts of discrete things (hộ, người, xã, vụ) are exact; measured quantities (ha, tấn,
 * tạ/ha, đồng, and units we do not know) may have been rounded to the last digit shown.
 * Source: issue 9 § "Figures that were rounded for display".
 */
import type { CellValue } from "../grid";
import { parseViNumber } from "../numbers";

/** A figure as shown: its value and how many decimals were shown (0 for "2.374"). */
export interface ShownFigure {
  value: number;
  decimals: number;
  /** True for counts, which are exact whatever is shown. */
  exact: boolean;
}

/** Half a unit of the last digit shown, or 0 for an exact figure. */
function halfUnit(f: ShownFigure): number {
  return f.exact ? 0 : 0.5 * 10 ** -f.decimals;
}

/**
 * The interval of numerator ÷ denominator × 100 that the shown figures allow, as [low, high]
 * (percent, 0–100 scale). Undefined when the denominator may be zero or negative.
 */
export function ratioInterval(num: ShownFigure, den: ShownFigure): [number, number] | undefined {
  const dn = halfUnit(num);
  const dd = halfUnit(den);
  if (den.value - dd <= 0) return undefined;
  const lo = num.value - dn;
  const hi = num.value + dn;
  const a = (lo / (den.value + dd)) * 100;
  const b = (lo / (den.value - dd)) * 100;
  const c = (hi / (den.value + dd)) * 100;
  const d = (hi / (den.value - dd)) * 100;
  return [Math.min(a, b, c, d), Math.max(a, b, c, d)];
}

/**
 * True when a stated ratio (percent, shown with `decimals` decimals) is what the shown figures
 * give: it lies within the interval they allow, widened by half a unit of the ratio's own last
 * digit. With exact figures this is the plain "within half a unit of the last digit" rule.
 */
export function ratioConsistent(
  stated: { value: number; decimals: number },
  num: ShownFigure,
  den: ShownFigure
): boolean {
  const range = ratioInterval(num, den);
  if (!range) return true;
  const slack = 0.5 * 10 ** -stated.decimals * (1 + 1e-9);
  return stated.value >= range[0] - slack - 1e-9 && stated.value <= range[1] + slack + 1e-9;
}

/**
 * Decimals in the shortest form of `x`: 41.6 → 1, 42 → 0, 0.0713 → 4; at most 15. Counted by
 * scaling, not by printing, as it runs on every ratio cell of a table.
 */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  let y = Math.abs(x);
  let d = 0;
  while (d < 15 && Math.abs(Math.round(y) - y) > 1e-9 * Math.max(1, y)) {
    y *= 10;
    d++;
  }
  return d;
}

/**
 * A cell's number as shown: its value and the decimals shown ("2.374,50" → 2374.5 with 2);
 * undefined for a cell that holds no number.
 */
export function shownNumber(v: CellValue): { value: number; decimals: number } | undefined {
  if (typeof v === "number")
    return Number.isFinite(v) ? { value: v, decimals: decimalsOf(v) } : undefined;
  if (typeof v !== "string") return undefined;
  const parsed = parseViNumber(v);
  if (!parsed) return undefined;
  const written = /,(\d+)\s*%?\s*$/.exec(v.trim());
  return {
    value: parsed.value,
    decimals: Math.max(decimalsOf(parsed.value), written ? written[1].length : 0),
  };
}
