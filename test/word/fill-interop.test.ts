/**
 * The same document in both tools (issue 13): the Word pane, run on the double, recognises and
 * refreshes what `baocao fill` wrote into a .docx, and `fill` recognises and refreshes what the
 * pane wrote. The document is the Bình Thành report (seed 000 as a .docx); the .docx is opened
 * in the double and saved back as Word would (test/doubles/word/docx.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { cellText, SheetGrid } from "../../src/core/grid";
import { buildReport } from "../../src/core/report";
import { fillDocx } from "../../src/io/docx-fill";
import { readWorkbook } from "../../src/io/xlsx";
import { createWordHost } from "../../src/word/host";
import { docxFromWordDouble, wordDoubleFromDocx } from "../doubles/word/docx";
import { FOOTNOTE_MARK } from "../doubles/word/model";

const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");
const REPORT = new Uint8Array(
  readFileSync(path.join(__dirname, "../fixtures/real-docx/ref-xa-binh-thanh-dan-van-2023.docx"))
);
let sheets: SheetGrid[];
beforeAll(async () => {
  sheets = await readWorkbook(readFileSync(EXAMPLE));
});

/** The example report, with "Số hộ nghèo" (Thực hiện) set to `poor` when given. */
function report(poor?: number, style: "prose" | "list" = "list") {
  const copy = sheets.map((s) => ({ ...s, cells: s.cells.map((r) => [...r]) }));
  const bieu = copy.find((s) => s.name === "Biểu 01")!;
  const col = bieu.cells[3].findIndex((c) => cellText(c) === "Thực hiện");
  for (const row of bieu.cells)
    if (poor !== undefined && cellText(row[1] ?? null) === "Số hộ nghèo") row[col] = poor;
  return buildReport(copy, { style });
}

/** A confirm callback that records what it was asked about and refuses. */
function asked() {
  const labels: string[][] = [];
  return { labels, options: { confirmOverwrite: async (l: string[]) => (labels.push(l), false) } };
}

const visible = (s: string) => s.replaceAll(FOOTNOTE_MARK, "");

describe.each(["list", "prose"] as const)("%s", (style) => {
  test("the pane recognises and refreshes what fill wrote, without asking", async () => {
    const filled = await fillDocx(REPORT, report(undefined, style).document!);
    expect(filled.inserted.length).toBeGreaterThan(0);
    const w = await wordDoubleFromDocx(filled.bytes);
    const host = createWordHost(w.environment());
    const status = await host.status(report(undefined, style).document!);
    expect(
      status.sections
        .filter((s) => s.state === "inserted")
        .map((s) => s.sectionId)
        .sort()
    ).toEqual(filled.inserted.map((i) => i.sectionId).sort());
    const same = asked();
    expect(await host.refresh(report(undefined, style), same.options)).toMatchObject({
      ok: true,
      updated: 0,
    });
    const fresh = asked();
    const r = await host.refresh(report(95, style), fresh.options);
    expect(fresh.labels).toEqual([]);
    expect(r).toMatchObject({ ok: true, updated: 1 });
    expect(w.paragraphs.map((p) => visible(p.text)).join("\n")).toMatch(/95 hộ/);
    // Back in the .docx, fill sees the pane's refresh as current.
    const saved = await docxFromWordDouble(w, filled.bytes);
    const again = await fillDocx(saved, report(95, style).document!);
    expect(again).toMatchObject({ inserted: [], refreshed: [], kept: [] });
  });

  test("fill recognises and refreshes what the pane wrote, and keeps what the clerk edited", async () => {
    const w = await wordDoubleFromDocx(REPORT);
    const host = createWordHost(w.environment());
    const inserted = await host.insertSections(report(undefined, style), "all");
    expect(inserted.inserted.length).toBeGreaterThan(0);
    const saved = await docxFromWordDouble(w, REPORT);
    const same = await fillDocx(saved, report(undefined, style).document!);
    expect(same).toMatchObject({ inserted: [], refreshed: [], kept: [], changed: false });
    expect(same.unchanged).toBe(inserted.inserted.length);
    const fresh = await fillDocx(saved, report(95, style).document!);
    expect(fresh.kept).toEqual([]);
    expect(fresh.refreshed).toHaveLength(1);
    // The clerk edits the pane's sentence in Word: fill keeps it.
    const run = w.paragraphs.flatMap((x) => x.runs).find((r) => r.text.includes("99 hộ"))!;
    run.text = run.text.replace("99 hộ", "99 hộ (rà soát lại)");
    const edited = await fillDocx(await docxFromWordDouble(w, REPORT), report(95, style).document!);
    expect(edited.refreshed).toEqual([]);
    expect(edited.kept).toHaveLength(1);
    expect(edited.kept[0]).toMatch(/rà soát lại/);
  });
});
