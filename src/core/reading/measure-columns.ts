/**
 * Measures crossed with periods: a header whose lowest row names the same measures under each
 * period ("Sơ bộ tháng 12 năm 2024 | Sơ bộ năm 2024 | … so với cùng kỳ (%)", each over "Lượng |
 * Trị giá"). Such a table is as many tables as it has measures, each with the period columns of
 * its measure: read one by one, they give "Lượng cà phê" and "Trị giá cà phê" with their periods
 * and ratios. Source: issue 9 § "Header understanding by meaning" (GSO monthly workbooks, table
 * "Hàng hóa xuất khẩu").
 */
import { HeaderMeaning, interpretHeader, unitAlone, unitInText } from "../headers";
import { isKnownUnit, normaliseUnit } from "./units";

/** One measure's share of a header block: its name and the header as if it stood alone. */
export interface MeasureHeader {
  /** The measure as the header writes it: "Lượng", "Trị giá". */
  measure: string;
  /** Its unit, when a header row under it says ("(Nghìn ha)"). */
  unit?: string;
  /** Column → header text (rows joined with " / "), the measure's own columns without it. */
  texts: Map<number, string>;
  meanings: Map<number, HeaderMeaning>;
}

/**
 * The measures of a header block, or undefined when its lowest rows do not repeat at least two
 * measures under periods or comparisons, or leave a period column out of them. `texts` maps
 * each column to its whole header, rows joined with " / ": "Thực hiện vụ đông xuân / năm 2021 /
 * Diện tích / (Nghìn ha)" is the measure "Diện tích" in nghìn ha under a period.
 */
export function splitByMeasure(texts: Map<number, string>): MeasureHeader[] | undefined {
  const upper = new Map<number, string>();
  const units = new Map<number, string>();
  const byMeasure = new Map<string, number[]>();
  let periods = 0;
  for (const [c, text] of texts) {
    const parts = text.split(" / ");
    const last = parts[parts.length - 1];
    const unit = parts.length > 2 ? (unitInText(last) ?? unitAlone(last)) : undefined;
    if (unit) parts.pop();
    const m = parts.length > 1 ? parts.pop()! : "";
    const up = parts.join(" / ");
    const meaning = interpretHeader(up.replace(/ \/ /g, " "));
    const periodic = !!(meaning.period || meaning.comparison);
    if (interpretHeader(text.replace(/ \/ /g, " ")).period || periodic) periods++;
    if (m === "" || !periodic || !isMeasureWord(m)) continue;
    upper.set(c, up);
    if (unit) units.set(c, unit);
    byMeasure.set(m, [...(byMeasure.get(m) ?? []), c]);
  }
  const measures = [...byMeasure].filter(([, cols]) => cols.length >= 2);
  if (measures.length < 2) return undefined;
  const taken = new Set(measures.flatMap(([, cols]) => cols));
  // "2023 / Tổng số | 2023 / Nam | …" with a period column outside the measures: not this shape.
  if (taken.size < periods) return undefined;
  return measures.map(([measure, cols]) => {
    const own = new Map<number, string>();
    for (const [c, text] of texts)
      if (cols.includes(c)) own.set(c, upper.get(c)!);
      else if (!taken.has(c)) own.set(c, text);
    const meanings = new Map<number, HeaderMeaning>();
    for (const [c, text] of own) meanings.set(c, interpretHeader(text.replace(/ \/ /g, " ")));
    const unit = cols.map((c) => units.get(c)).find((u) => u !== undefined);
    return { measure, unit, texts: own, meanings };
  });
}

/** A sub-header naming what is measured ("Lượng", "Trị giá"), not a period or a role. */
function isMeasureWord(text: string): boolean {
  const m = interpretHeader(text);
  return !m.period && !m.comparison && !m.role && /\p{L}{2,}/u.test(text);
}

/**
 * The units a title row lists one per measure, in their order ("Nghìn tấn; Triệu USD" over
 * "Lượng | Trị giá"), Vietnamese form; undefined unless it lists exactly `count` known units.
 */
export function unitsPerMeasure(text: string, count: number): string[] | undefined {
  const parts = text.split(";").map((p) => p.trim());
  if (parts.length !== count || !parts.every((p) => isKnownUnit(p))) return undefined;
  return parts.map(normaliseUnit);
}
