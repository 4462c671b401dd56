/**
 * The same quantity stated twice with two values in one workbook: "Tổng số hộ: 1.389 hộ" in one
 * row and "581/1.415 hộ gia đình" (a share of 1.415 hộ) in another. Each pair is one warning
 * naming both cells; nothing is changed, since either cell may be the wrong one.
 * Source: issue 12 § Consistency.
 */
import { Diagnostics } from "../diagnostics";
import { formatNumber } from "../numbers";
import { Indicator } from "../tables";
import { foldKey } from "../text";

/** A value of a quantity, where it was read, and what the clerk calls it. */
interface Stated {
  value: number;
  cell?: string;
  what: string;
}

/** "hộ" for a row named "Tổng số hộ" or "Số hộ" in hộ; undefined for any other name. */
function wholeOf(ind: Indicator): string | undefined {
  const unit = foldKey(ind.unit);
  if (unit === "" || unit === "%") return undefined;
  const name = foldKey(ind.name).replace(/\s+/g, " ").trim();
  return name === `tong so ${unit}` || name === `so ${unit}` ? unit : undefined;
}

/** The subject of a row: its name and unit, folded. */
function subjectOf(ind: Indicator): string {
  return `${foldKey(ind.name).replace(/\s+/g, " ").trim()}|${foldKey(ind.unit)}`;
}

/**
 * Warns, once per pair, where a workbook gives one quantity two values: two rows of the same name
 * and unit; a "Tổng số hộ" row and the total (tổng số) another row takes its share of, in the
 * same unit. `indicators` in workbook order.
 */
export function warnInconsistent(indicators: Indicator[], diags: Diagnostics): void {
  const said = new Set<string>();
  const warn = (a: Stated, b: Stated, unit: string) => {
    const key = [a.cell, b.cell].join("|");
    if (a.value === b.value || said.has(key)) return;
    said.add(key);
    diags.warn(
      `Cùng một số liệu có hai giá trị khác nhau: ${a.what} là ${formatNumber(a.value)} ${unit} (ô ${a.cell ?? "?"}), nhưng ${b.what} là ${formatNumber(b.value)} ${unit} (ô ${b.cell ?? "?"}). Hãy kiểm tra lại một trong hai ô.`,
      b.cell
    );
  };
  const bySubject = new Map<string, Stated>();
  const wholes = new Map<string, Stated>();
  for (const ind of indicators) {
    if (ind.actual === undefined) continue;
    const here: Stated = { value: ind.actual, cell: ind.cells.actual, what: `“${ind.name}”` };
    const first = bySubject.get(subjectOf(ind));
    if (first) warn(first, here, ind.unit);
    else bySubject.set(subjectOf(ind), here);
    const whole = wholeOf(ind);
    if (whole && !wholes.has(whole)) wholes.set(whole, here);
  }
  for (const ind of indicators) {
    const whole = wholes.get(foldKey(ind.unit));
    if (ind.total === undefined || !whole) continue;
    warn(
      whole,
      { value: ind.total, cell: ind.cells.total, what: `tổng số mà “${ind.name}” lấy tỷ lệ` },
      ind.unit
    );
  }
}
