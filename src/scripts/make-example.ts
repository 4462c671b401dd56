/** Regenerates examples/binh-thanh-2023.xlsx from src/io/starter.ts (`npm run example`). */
import { writeAtomic } from "../cli/files";
import { binhThanhSpec } from "../io/starter";
import { writeWorkbook } from "../io/workbook";

async function run(): Promise<void> {
  const target = "examples/binh-thanh-2023.xlsx";
  await writeAtomic(target, await writeWorkbook(binhThanhSpec()));
  process.stdout.write(`Đã ghi ${target}\n`);
}

void run();
