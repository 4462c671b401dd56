/**
 * The Word adapter on strict doubles of the Words the pane meets: Word 2016 (WordApi 1.1, 1.2),
 * Word 2019/2021 (1.3), Microsoft 365 (1.5). Every operation the pane offers works, or degrades
 * with a Vietnamese message naming what is missing; none reaches Word with a member that Word
 * lacks (the double would reject the sync with ApiNotFound, and the pane would show it).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildReport } from "../../src/core/report";
import { createWordHost } from "../../src/word/host";
import { readWorkbook } from "../../src/io/xlsx";
import { WORD_VERSIONS } from "../doubles/api-sets";
import { WordDouble } from "../doubles/word/world";
import { clerkDraft } from "../doubles/word/scenarios";

const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");
const CONFIRM_ALL = { confirmOverwrite: async () => true };

/** Everything a result says to the clerk. */
const said = (r: { summary?: string; message?: string; diagnostics?: { message: string }[] }) =>
  [r.summary ?? r.message ?? "", ...(r.diagnostics ?? []).map((d) => d.message)].join(" ");

describe.each(Object.entries(WORD_VERSIONS))("%s", (_, minor) => {
  const canWrite = minor >= 3;

  test("insert, insert at the cursor, the skeleton, refresh, status, the figure check", async () => {
    const report = buildReport(await readWorkbook(readFileSync(EXAMPLE)));
    const messages: string[] = [];

    const w = clerkDraft(report.document!, new WordDouble({ wordApiMinor: minor }));
    w.addParagraph("Giải quyết việc làm cho 90/110 lao động, đạt 80%.");
    const host = createWordHost(w.environment());
    const caps = host.capabilities();
    expect(caps).toMatchObject({ canWrite, footnotes: minor >= 5 });

    const inserted = await host.insertSections(report, "all");
    messages.push(said(inserted));
    expect(inserted.ok).toBe(canWrite);
    const status = await host.status(report.document!);
    messages.push(said(status));
    expect(status.ok).toBe(canWrite);
    const refreshed = await host.refresh(report, CONFIRM_ALL);
    messages.push(said(refreshed));
    expect(refreshed.ok).toBe(canWrite);

    const draft = clerkDraft(report.document!, new WordDouble({ wordApiMinor: minor }));
    draft.cursor = draft.paragraphs[draft.paragraphs.length - 1];
    const section = inserted.inserted[0] ?? "1.1";
    const atCursor = await createWordHost(draft.environment()).insertAtCursor(report, section);
    messages.push(said(atCursor));
    expect(atCursor.ok).toBe(canWrite);

    const empty = new WordDouble({ wordApiMinor: minor });
    empty.addParagraph("");
    const skeleton = await createWordHost(empty.environment()).buildSkeleton(report);
    messages.push(said(skeleton));
    expect(skeleton.ok).toBe(canWrite);

    if (canWrite) {
      // Footnotes where WordApi 1.5 allows them, the note in brackets elsewhere.
      const notes = w.paragraphs.flatMap((p) => p.runs).filter((r) => r.footnote);
      expect(notes.length > 0).toBe(minor >= 5);
    } else {
      expect(messages.join(" ")).toContain(
        "Phiên bản Word này chưa cho add-in chèn vào văn bản (cần Word 2021 trở lên, Microsoft 365 hoặc Word trên web)"
      );
    }

    // The figure check needs only WordApi 1.1: it works in every Word.
    const check = await host.checkFigures();
    messages.push(said(check));
    expect(check.ok).toBe(true);
    const wrong = check.findings.find((f) => f.text.includes("80%"))!;
    expect(wrong).toBeDefined();
    const fixed = await host.fixFinding(wrong);
    messages.push(said(fixed));
    expect(fixed.ok).toBe(true);
    expect(w.paragraphs.map((p) => p.text)).toContain(
      `Giải quyết việc làm cho 90/110 lao động, đạt ${wrong.replacement}.`
    );

    // Never Office's own words: no ApiNotFound, no English error text.
    expect(messages.join(" ")).not.toMatch(/ApiNotFound|WordApi|could not be found/);
  });
});
