/**
 * Vietnamese number formatting and parsing (CLDR `vi`: "." groups thousands, "," marks decimals).
 * Formatting goes through Intl.NumberFormat('vi-VN'); see nd30.md § Numbers.
 */

/** How many decimals a percentage or a figure shows. Percent values are on the 0–100 scale. */
export interface Precision {
  /** Decimals shown, 0–4. Default 1. */
  decimals: number;
}

export const DEFAULT_PRECISION: Precision = { decimals: 1 };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Rounds half away from zero to `decimals` places, first clearing binary noise
 * (so 1.005 → 1.01 and 41.0600706… → 41.1 at 1 decimal).
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (Number.isInteger(x)) return x === 0 ? 0 : x; // also turns -0 into 0
  const f = 10 ** decimals;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const r = (Math.sign(x) * Math.round(scaled)) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Formats a figure the Vietnamese way: 1389 → "1.389", 28.75 → "28,75", 30550000 → "30.550.000".
 * Shows up to `maxDecimals` decimals (default 2), without trailing zeros.
 * Throws RangeError for NaN or ±Infinity: such values must never reach a document.
 */
export function formatNumber(x: number, maxDecimals = 2): string {
  assertFinite(x);
  return formatter(0, maxDecimals).format(roundHalfUp(x, maxDecimals));
}

/**
 * Formats a percentage on the 0–100 scale: 81.818 → "81,8", 7.127 at 2 decimals → "7,13".
 * A value that rounds to a whole number drops its decimals ("100", not "100,0"); otherwise
 * exactly `decimals` decimals are shown ("7,20" at 2). No "%" sign: see `formatPercent`.
 * Throws RangeError for NaN or ±Infinity.
 */
export function formatPercentNumber(x: number, precision: Precision = DEFAULT_PRECISION): string {
  assertFinite(x);
  const r = roundHalfUp(x, precision.decimals);
  const min = Number.isInteger(r) ? 0 : precision.decimals;
  return formatter(min, precision.decimals).format(r);
}

/** As `formatPercentNumber`, with the sign and no space before it: "81,8%". */
export function formatPercent(x: number, precision: Precision = DEFAULT_PRECISION): string {
  return `${formatPercentNumber(x, precision)}%`;
}

/**
 * Formats a count with the clerks' zero-padding habit: 5 → "05", 12 → "12", 1389 → "1.389".
 * Only whole numbers from 1 to 9 are padded; anything else is `formatNumber(x)`.
 */
export function formatCount(x: number, pad: boolean): string {
  if (pad && Number.isInteger(x) && x > 0 && x < 10) return `0${x}`;
  return formatNumber(x);
}

function assertFinite(x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`Không định dạng được giá trị không hữu hạn: ${x}`);
}

/**
 * How far a stated value is from the exact one, in units of the stated value's last digit:
 * 0.5 or less means the stated value is a correct rounding ("more than half a unit of its last
 * digit" is the rule of the sheet check and the report check alike). 41.6 vs 41.06 at 1 decimal → 5.4.
 */
export function lastDigitDistance(stated: number, decimals: number, exact: number): number {
  // Rounded to 1e-9 so that float noise (0.5000000000001) does not cross the half-unit line.
  return Math.round(Math.abs(stated - exact) * 10 ** decimals * 1e9) / 1e9;
}

/** A number read from text; `percent` is true when the text ended with "%". */
export interface ParsedNumber {
  value: number;
  percent: boolean;
}

const VI_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.389 / 30.550.000 / 1.234,5
const VI_PLAIN = /^[+-]?\d+(,\d+)?$/; // 28,75 / 99
const DOT_DECIMAL = /^[+-]?\d+\.\d+$/; // 27.1 (not a thousands group: that case is matched above)
// 1,512,300 / 1,234.5: English grouping, unambiguous (two comma groups, or a comma group and a
// dot decimal); a single "1,389" stays Vietnamese (1,389).
const EN_GROUPED = /^[+-]?\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d+)?|,\d{3}\.\d+)$/;

/**
 * Reads a number written the Vietnamese way, as clerks type it into cells:
 * "1.389" → 1389, "28,75" → 28.75, "7,13%" → {7.13, percent}, "7,13 %" too.
 * A dot followed by other than three digits ("27.1") is read as a decimal point.
 * Returns undefined for anything else ("", "abc", "1,2,3").
 * What a cell's text alone cannot say is decided by the table (core/tables.ts, README § Figures):
 * "1,389" in a unit that counts is 1.389 (`resolveComma`), a column written "1,512,300" groups the
 * English way (`usesEnglishGrouping`), a number in a percent format is × 100 (`figureAt`).
 */
export function parseViNumber(text: string): ParsedNumber | undefined {
  let s = text
    .normalize("NFC")
    .trim()
    .replace(/\u00a0/g, " ");
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1).trim();
  s = s.replace(/\s/g, "");
  if (s === "") return undefined;
  let canonical: string;
  if (VI_GROUPED.test(s) || VI_PLAIN.test(s)) canonical = s.replace(/\./g, "").replace(",", ".");
  else if (DOT_DECIMAL.test(s)) canonical = s;
  else if (EN_GROUPED.test(s)) canonical = s.replace(/,/g, "");
  else return undefined;
  const value = Number(canonical);
  return Number.isFinite(value) ? { value, percent } : undefined;
}
