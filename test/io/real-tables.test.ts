/**
 * Real tables published by Vietnamese authorities (test/fixtures/real-tables/, sources in each
 * folder's README): what a statistician says each holds, checked against what the reader makes
 * of it and the report built from it. Every table must give a clean report and be read exactly
 * as its expectation says.
 */
import { buildReport } from "../../src/core/report";
import { formatNumber } from "../../src/core/numbers";
import { foldKey } from "../../src/core/text";
import {
  CorpusEntry,
  corpusEntries,
  corpusGrids,
  expectedTable,
  findIndicator,
  headerOf,
  headerSays,
  sameFigure,
} from "../helpers/real-tables";

const entries = corpusEntries();
const fold = (s: string) => foldKey(s.normalize("NFC"));

/** What differs between the reading of `entry` and its expectation; empty when it is read right. */
async function problems(entry: CorpusEntry): Promise<string[]> {
  const out: string[] = [];
  const grids = await corpusGrids(entry).catch((e: Error) => e);
  if (grids instanceof Error) return [`không đọc được: ${grids.message}`];
  const t = expectedTable(entry, grids);
  if (!t) return ["không tìm thấy biểu"];
  // A table whose rows are periods names this period and its base in its first column.
  // A table of changes only names this period in its latest change's column.
  const current = t.periodRows?.actual ?? headerOf(t, t.columns.actual ?? t.columns.difference);
  // A table of measures without a period (current: null) has no column for this period to check.
  if (entry.expect.current !== null && !headerSays(current, entry.expect.current))
    out.push(`kỳ này: “${current}”`);
  const plan = entry.expect.baseKind === "plan";
  const baseCol = plan ? t.columns.plan : t.columns.samePeriod;
  // A base the table names only in its ratio column ("… so với kế hoạch năm 2024 (%)") counts.
  const ratioCol = plan ? t.columns.ratioPlan : t.columns.ratioSamePeriod;
  if (
    entry.expect.base &&
    !headerSays(t.periodRows?.base ?? headerOf(t, baseCol), entry.expect.base) &&
    !(baseCol === undefined && headerSays(headerOf(t, ratioCol), entry.expect.base))
  )
    out.push(`kỳ so sánh: “${headerOf(t, baseCol)}”`);
  const built = buildReport(grids, { kind: "chung", style: "list" });
  for (const want of entry.expect.indicators) {
    const i = findIndicator(t, want.name);
    if (!i) {
      out.push(`không có chỉ tiêu ${want.name.join(" + ")}`);
      continue;
    }
    if (want.current === null) {
      if (i.actual !== undefined) out.push(`${i.name}: ${i.actual} ≠ không có số của kỳ`);
      if (want.difference !== undefined && !sameFigure(i.difference?.value, want.difference))
        out.push(`${i.name}: chênh lệch ${i.difference?.value} ≠ ${want.difference}`);
    } else if (!sameFigure(i.actual, want.current))
      out.push(`${i.name}: ${i.actual} ≠ ${want.current}`);
    if (want.unit !== undefined && i.unit !== want.unit.normalize("NFC"))
      out.push(`${i.name}: đơn vị “${i.unit}” ≠ “${want.unit}”`);
    const base = entry.expect.baseKind === "plan" ? i.plan : i.samePeriod;
    if (want.base !== undefined && want.base !== null && !sameFigure(base, want.base))
      out.push(`${i.name}: kỳ so sánh ${base} ≠ ${want.base}`);
    // A table of indices only reports the index itself as this period's figure.
    const indexOnly = !!t.infos?.find((x) => x.col === t.columns.actual)?.comparison;
    const stated = [
      ...Object.values(i.stated),
      ...(indexOnly && i.actual !== undefined ? [i.actual] : []),
    ];
    if (
      want.ratio !== undefined &&
      !stated.some((s) => sameFigure(s, want.ratio!) || sameFigure(s - 100, want.ratio!))
    )
      out.push(`${i.name}: tỷ lệ ${JSON.stringify(i.stated)} ≠ ${want.ratio}`);
    const para = built.document?.body.find(
      (b) => b.type === "paragraph" && b.source?.indicatorId === i.id
    );
    const words = JSON.stringify(para ?? "");
    if (
      !words.includes(i.name) ||
      (i.actual !== undefined && !words.includes(formatNumber(i.actual)))
    )
      out.push(`${i.name}: câu văn thiếu tên hoặc số liệu`);
  }
  return out;
}

test("the corpus holds at least 25 tables from at least 6 publishers", () => {
  expect(entries.length).toBeGreaterThanOrEqual(25);
  const publishers = new Set(entries.map((e) => fold(e.expect.publisher).split("(")[0].trim()));
  expect(publishers.size).toBeGreaterThanOrEqual(6);
});

test.each(entries.map((e) => [e.id, e] as const))(
  "%s: the report has nothing broken in it",
  async (_id, entry) => {
    const grids = await corpusGrids(entry).catch(() => undefined);
    if (!grids) return;
    const built = buildReport(grids, { kind: "chung", style: "list" });
    expect(JSON.stringify(built)).not.toMatch(/NaN|undefined|Infinity|\[object Object\]|#DIV\/0!/);
  }
);

test("every table is read exactly as a statistician reads it", async () => {
  const report: string[] = [];
  for (const e of entries) {
    const p = await problems(e);
    if (p.length > 0) report.push(`${e.id}: ${p.slice(0, 3).join("; ")}`);
  }
  // What differs, table by table, for whoever adds a table the reader does not read yet.
  expect(report).toEqual([]);
});
