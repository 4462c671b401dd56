/**
 * `npm run bench`, Excel part: "Tính lại tỷ lệ" through the real adapter on the Office.js double
 * (test/doubles/excel), on starter Biểu of 10 and 5,000 indicators whose ratio cells are empty.
 * One JSON object per line: {"stage": "excel-recalc", "indicators": N, "syncs": k, "readSyncs": r,
 * "ms": median}, where k counts the context.sync calls of reading the workbook and writing the
 * formulas, r those of reading (2, then one per batch of rows, src/excel/read.ts).
 * The time is the adapter's and the core's work plus the double's, not Excel's.
 */
import { NO_CONSENT, chooseWrites } from "../core/ratios";
import { ratioPlanOf, viewWorkbook } from "../core/workbook-view";
import { createExcelHost } from "../excel/host";
import { clearRatioCells, starterExcel } from "../../test/doubles/excel/workbooks";

const SIZES = [10, 5000];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function run(): Promise<void> {
  for (const n of SIZES) {
    const excel = await starterExcel(n);
    const host = createExcelHost(excel.env());
    const times: number[] = [];
    let syncs = 0;
    let readSyncs = 0;
    for (let k = 0; k < (n >= 5000 ? 5 : 9); k++) {
      clearRatioCells(excel, "Biểu 01");
      const before = excel.syncs;
      const start = process.hrtime.bigint();
      const grids = await host.read();
      readSyncs = excel.syncs - before;
      await host.writeRatios(chooseWrites(ratioPlanOf(viewWorkbook(grids)), NO_CONSENT), grids, []);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      syncs = excel.syncs - before;
    }
    // The first run warms up the JIT; it is not what we measure.
    const ms = Math.round(median(times.slice(1)) * 10) / 10;
    process.stdout.write(
      `${JSON.stringify({ stage: "excel-recalc", indicators: n, syncs, readSyncs, ms })}\n`
    );
  }
}

void run();
