/** File helpers of the CLI: outputs are written atomically and never over the input. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { SheetGrid } from "../core/grid";
import { WorkbookReadError, readWorkbook } from "../io/xlsx";

/** A problem the clerk can fix; the CLI prints `message` (Vietnamese) and exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message.normalize("NFC"));
  }
}

/**
 * Writes `bytes` to `target` through a temporary file in the same folder and a rename, so a
 * crash never leaves a half-written file. Throws CliError when `target` is one of `inputs`.
 */
export async function writeAtomic(
  target: string,
  bytes: Uint8Array,
  inputs: string[] = []
): Promise<void> {
  const abs = path.resolve(target);
  if (inputs.some((i) => path.resolve(i) === abs))
    throw new CliError(`Không ghi đè tệp đầu vào ${target}; hãy chọn tên tệp khác với -o.`, 2);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, abs);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new CliError(`Không ghi được tệp ${target}: ${(e as Error).message}`);
  }
}

/** Reads a file, turning "not found" and the like into a Vietnamese CliError. */
export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`Không tìm thấy tệp ${file}.`);
    if (code === "EISDIR") throw new CliError(`${file} là một thư mục, không phải tệp Excel.`);
    throw new CliError(`Không đọc được tệp ${file}: ${(e as Error).message}`);
  }
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false
  );
}

/** The workbook at `file` as cell grids; an unreadable one is a CliError naming the file. */
export async function readWorkbookFile(file: string): Promise<SheetGrid[]> {
  try {
    return await readWorkbook(await readInput(file));
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
}
