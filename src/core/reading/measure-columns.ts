/**
 * Measures crossed with periods: a header whose lowest row names the same measures under each
 * period ("Sơ bộ tháng 12 năm 2024 | Sơ bộ năm 2024 | … so với cùng kỳ (%)", each over "Lượng |
 * Trị giá"). Such a table is as many tables as it has measures, each with the period columns of
 * its measure: read one by one, they give "Lượng cà phê" and "Trị giá cà phê" with their periods
 * and ratios. Source: issue 9 § "Header understanding by meaning" (GSO monthly workbooks, table
 * "Hàng hóa xuất khẩu").
 */
import { HeaderMeaning, interpretHeader } from "../headers";
import { isKnownUnit, normaliseUnit } from "./units";

/** One measure's share of a header block: its name and the header as if it stood alone. */
export interface MeasureHeader {
  /** The measure as the header writes it: "Lượng", "Trị giá". */
  measure: string;
  /** Column → header text (rows joined with " / "), the measure's own columns without it. */
  texts: Map<number, string>;
  meanings: Map<number, HeaderMeaning>;
}

/**
 * The measures of a header block, or undefined when its lowest row does not repeat at least two
 * measures under periods or comparisons. `texts` maps each column to its whole header (rows
 * joined with " / "); `lowest` to the text of the block's lowest row in that column alone.
 */
export function splitByMeasure(
  texts: Map<number, string>,
  lowest: Map<number, string>
): MeasureHeader[] | undefined {
  const upper = new Map<number, string>();
  const byMeasure = new Map<string, number[]>();
  for (const [c, text] of texts) {
    const m = lowest.get(c) ?? "";
    if (m === "" || !text.endsWith(` / ${m}`) || !isMeasureWord(m)) continue;
    const up = text.slice(0, -` / ${m}`.length);
    const meaning = interpretHeader(up.replace(/ \/ /g, " "));
    if (!meaning.period && !meaning.comparison) continue;
    upper.set(c, up);
    byMeasure.set(m, [...(byMeasure.get(m) ?? []), c]);
  }
  const measures = [...byMeasure].filter(([, cols]) => cols.length >= 2);
  if (measures.length < 2) return undefined;
  const taken = new Set(measures.flatMap(([, cols]) => cols));
  return measures.map(([measure, cols]) => {
    const own = new Map<number, string>();
    for (const [c, text] of texts)
      if (cols.includes(c)) own.set(c, upper.get(c)!);
      else if (!taken.has(c)) own.set(c, text);
    const meanings = new Map<number, HeaderMeaning>();
    for (const [c, text] of own) meanings.set(c, interpretHeader(text.replace(/ \/ /g, " ")));
    return { measure, texts: own, meanings };
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
