/** Test helper: writes small .xlsx files with ExcelJS, row by row, exactly as given. */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type Row = ExcelJS.CellValue[];

export interface SheetRows {
  name: string;
  rows: Row[];
  /** Ranges such as "H4:J4". */
  merges?: string[];
}

export async function xlsxBytes(sheets: SheetRows[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r) => ws.addRow(r));
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "baocao-test-"));
}

export async function writeXlsx(dir: string, name: string, sheets: SheetRows[]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await xlsxBytes(sheets));
  return file;
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import("../../src/cli/baocao");
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
