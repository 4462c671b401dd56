/**
 * `baocao inspect <workbook.xlsx> [--json]`: what the reader understood of each table (columns,
 * periods, units, this period and its base, and why). Reads only; never writes a file.
 * Exit codes: 0 at least one table found, 1 none (or an unreadable file), 2 bad usage.
 */
import { parseArgs } from "node:util";
import { describeInspection, inspectWorkbook } from "../core/reading/inspect";
import type { Io } from "./baocao";
import { CliError, readWorkbookFile } from "./files";

const USAGE = "Cách dùng: baocao inspect <sổ-excel.xlsx> [--json]";

export async function inspect(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" } },
  });
  if (positionals.length !== 1) throw new CliError(`Cần đúng một tệp Excel.\n${USAGE}`, 2);
  const input = positionals[0];
  const sheets = await readWorkbookFile(input);
  const result = inspectWorkbook(sheets);
  if (values.json) io.out(JSON.stringify(result, null, 2));
  else for (const line of describeInspection(result)) io.out(line);
  return result.tables.length > 0 ? 0 : 1;
}
