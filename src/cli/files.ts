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
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, abs);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new CliError(`Không ghi được tệp ${target}: ${writeProblem(e, path.dirname(target))}`);
  }
}

/**
 * Why a file could not be written, in the clerk's words, naming the folder (never the temporary
 * file's name, nor Node's English message).
 */
export function writeProblem(e: unknown, folder: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const where = folder === "" || folder === "." ? "thư mục hiện tại" : `thư mục ${folder}`;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return `không có quyền ghi vào ${where}. Hãy chọn nơi khác với -o (ví dụ thư mục Tài liệu).`;
    case "EROFS":
      return `${where} nằm trên ổ đĩa chỉ đọc. Hãy chọn nơi khác với -o.`;
    case "ENOTDIR":
    case "EEXIST":
      return `một phần của đường dẫn ${folder} là tệp, không phải thư mục. Hãy chọn nơi khác với -o.`;
    case "ENOSPC":
      return "ổ đĩa đã đầy. Hãy giải phóng chỗ trống rồi chạy lại.";
    case "ENAMETOOLONG":
      return "tên tệp hoặc đường dẫn quá dài. Hãy chọn tên ngắn hơn.";
    case "EISDIR":
      return "đó là một thư mục. Hãy ghi tên tệp .docx sau -o.";
    default:
      return `lỗi hệ thống${code ? ` (${code})` : ""}. Hãy chọn nơi khác với -o.`;
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
    if (code === "EACCES" || code === "EPERM")
      throw new CliError(
        `Không có quyền đọc tệp ${file}. Hãy sao chép tệp sang thư mục khác rồi chạy lại.`
      );
    throw new CliError(`Không đọc được tệp ${file}${code ? ` (${code})` : ""}.`);
  }
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false
  );
}

/** Spreadsheet formats the reader does not take, by extension: what to call them. */
const OTHER_FORMATS: Record<string, string> = {
  ".ods": "tệp .ods (LibreOffice, OpenOffice)",
  ".xls": "tệp Excel cũ .xls",
  ".numbers": "tệp Numbers (.numbers)",
  ".csv": "tệp .csv",
  ".et": "tệp WPS .et",
  ".xlsb": "tệp Excel nhị phân .xlsb",
};

/** The workbook at `file` as cell grids; an unreadable one is a CliError naming the file. */
export async function readWorkbookFile(file: string): Promise<SheetGrid[]> {
  const other = OTHER_FORMATS[path.extname(file).toLowerCase()];
  if (other)
    throw new CliError(
      `${file}: chương trình chỉ đọc sổ Excel .xlsx, không đọc ${other}. Hãy mở tệp bằng Excel hoặc LibreOffice Calc rồi chọn Tệp › Lưu thành… › Sổ làm việc Excel (.xlsx), sau đó chạy lại với tệp .xlsx.`
    );
  try {
    return await readWorkbook(await readInput(file));
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
}
