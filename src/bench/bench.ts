/**
 * `npm run bench`: times the pipeline on generated workbooks of 100, 1,000 and 10,000 indicators
 * and, in the same run, the floor the libraries set (ExcelJS loading the same bytes plus docx
 * packing the same number of paragraphs). One JSON object per line:
 * {"stage": "read"|"tables"|"narrate"|"narrate-list"|"render"|"total"|"floor"|"fill"|"fill-again", "indicators": N, "ms": median,
 * "rssMb": peak}. "read" is ExcelJS to cell grids; "tables" the indicator tables found in them
 * (findTables: headers, columns, rows), which "narrate" (buildReport) includes. "fill" is
 * `baocao fill` of that report into the .docx `render` wrote (every section inserted under its
 * heading), "fill-again" the second run on the result (every section recognised, nothing to do).
 */
import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { Diagnostics } from "../core/diagnostics";
import { buildReport } from "../core/report";
import { checkParagraphs } from "../core/checker";
import { findTables } from "../core/tables";
import { renderDocx } from "../io/docx";
import { fillDocx } from "../io/docx-fill";
import { generatedSpec } from "../io/starter";
import { writeWorkbook } from "../io/workbook";
import { readWorkbook } from "../io/xlsx";

const SIZES = [100, 1000, 10000];
let peakRss = 0;

function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  sampleRss();
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A workbook of `n` indicators (starter.ts generatedSpec). */
function workbook(n: number): Promise<Uint8Array> {
  return writeWorkbook(generatedSpec(n));
}

async function floor(bytes: Uint8Array, n: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const children = Array.from(
    { length: n },
    (_, i) => new Paragraph(`- Chỉ tiêu số ${i + 1}: 95/100 hộ, đạt 95% kế hoạch.`)
  );
  await Packer.toArrayBuffer(new Document({ sections: [{ children }] }));
}

function emit(stage: string, indicators: number, samples: number[]): void {
  process.stdout.write(
    `${JSON.stringify({ stage, indicators, ms: Math.round(median(samples) * 10) / 10, rssMb: Math.round(peakRss / 1048576) })}\n`
  );
}

async function run(): Promise<void> {
  for (const n of SIZES) {
    const bytes = await workbook(n);
    const runs = n >= 10000 ? 3 : 7;
    const t: Record<string, number[]> = {
      read: [],
      tables: [],
      narrate: [],
      "narrate-list": [],
      render: [],
      total: [],
      floor: [],
      fill: [],
      "fill-again": [],
    };
    // Warm-up of both sides: JIT compilation and library initialisation are not what we measure.
    await floor(bytes, n);
    await renderDocx(buildReport(await readWorkbook(bytes), { kind: "chung" }).document!);
    for (let k = 0; k < runs; k++) {
      let sheets: Awaited<ReturnType<typeof readWorkbook>> = [];
      let doc: ReturnType<typeof buildReport>["document"];
      t.read.push(await time(async () => (sheets = await readWorkbook(bytes))));
      t.tables.push(await time(() => sheets.forEach((g) => findTables(g, new Diagnostics()))));
      t.narrate.push(await time(() => (doc = buildReport(sheets, { kind: "chung" }).document)));
      // The same in liệt kê (one bullet per indicator), the style before văn xuôi (issue 12).
      t["narrate-list"].push(
        await time(() => buildReport(sheets, { kind: "chung", style: "list" }).document)
      );
      t.render.push(await time(() => renderDocx(doc!)));
      t.total.push(
        await time(async () =>
          renderDocx(buildReport(await readWorkbook(bytes), { kind: "chung" }).document!)
        )
      );
      t.floor.push(await time(() => floor(bytes, n)));
      const docx = await renderDocx(doc!);
      let filled: Uint8Array = docx;
      t.fill.push(await time(async () => (filled = (await fillDocx(docx, doc!)).bytes)));
      t["fill-again"].push(await time(() => fillDocx(filled, doc!)));
    }
    for (const stage of Object.keys(t)) emit(stage, n, t[stage]);
  }
  longParagraphs();
}

/** One claim of the kind clerks write, wrong so that each gives a finding. */
const CLAIM = "Ban Chấp hành có 9/10 đồng chí có trình độ đại học, chiếm 90,9%; ";

/**
 * `baocao check` on one paragraph of N claims (issue 10: 32.000 took 42 s): time must grow
 * linearly. {"stage": "check-long-paragraph", "claims": N, "ms": median of 3}.
 */
function longParagraphs(): void {
  for (const claims of [8000, 16000, 32000]) {
    const paragraph = CLAIM.repeat(claims);
    const samples: number[] = [];
    for (let k = 0; k < 3; k++) {
      const start = process.hrtime.bigint();
      checkParagraphs([paragraph]);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    process.stdout.write(
      `${JSON.stringify({ stage: "check-long-paragraph", claims, ms: Math.round(median(samples)) })}\n`
    );
  }
}

void run();
