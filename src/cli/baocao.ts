#!/usr/bin/env node
/**
 * `baocao`: the command line.
 *   baocao build <workbook.xlsx> [-o report.docx] [--kind <outline id>] [--include-hidden]
 *                [--style prose|list]
 *   baocao template [-o template.xlsx] [--force]
 *   baocao outlines
 *   baocao fill <report.docx> <workbook.xlsx> [-o out.docx] [--in-place] [--sections …]
 *   baocao check <report.docx|report.txt> [--json]
 *   baocao inspect <workbook.xlsx> [--json]
 * Messages are Vietnamese and name sheet!cell. Exit codes: 0 done, 1 bad input, 2 bad usage.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { describe } from "../core/diagnostics";
import { OUTLINES } from "../core/outlines";
import { buildReport } from "../core/report";
import { renderDocx } from "../io/docx";
import { templateSpec } from "../io/starter";
import { writeWorkbook } from "../io/workbook";
import { check } from "./check";
import { inspect } from "./inspect";
import { CliError, exists, readWorkbookFile, writeAtomic } from "./files";
import { FILL_USAGE, fill } from "./fill";
import { styleOf } from "./options";

const USAGE = `Cách dùng:
  baocao build <sổ-excel.xlsx> [-o báo-cáo.docx] [--kind <mã đề cương>] [--include-hidden]
               [--style liet-ke|van-xuoi]
      Viết báo cáo (.docx) từ biểu chỉ tiêu trong sổ Excel. Trang và dòng đang ẩn không đưa vào
      báo cáo (có cảnh báo), trừ khi thêm --include-hidden. --style van-xuoi viết số liệu của
      mỗi mục thành đoạn văn (“tổng số …, trong đó …”); liet-ke (mặc định) viết mỗi chỉ tiêu
      một gạch đầu dòng. Cũng nhận prose và list.
${FILL_USAGE}
  baocao template [-o mau.xlsx] [--force]
      Tạo sổ Excel mẫu (trang Thông tin chung và một Biểu) để điền số liệu.
  baocao outlines
      Liệt kê các đề cương có sẵn.
  baocao check <báo-cáo.docx|báo-cáo.txt> [--json]
      Kiểm tra các tỷ lệ % đã viết trong báo cáo so với số liệu đi kèm.
  baocao inspect <sổ-excel.xlsx> [--json]
      Cho biết chương trình hiểu từng biểu thế nào: cột kỳ này, kỳ so sánh, đơn vị, và vì sao.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

async function build(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      kind: { type: "string", short: "k" },
      "include-hidden": { type: "boolean" },
      style: { type: "string" },
    },
  });
  const style = styleOf(values.style);
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new CliError(`Cần đúng một tệp Excel.\n${USAGE}`, 2);
  if (!/\.xlsx$/i.test(input)) io.err(`Cảnh báo: ${input} không có đuôi .xlsx.`);
  const output =
    values.output ??
    path.join(path.dirname(input), `${path.basename(input, path.extname(input))}.docx`);
  const sheets = await readWorkbookFile(input);
  const result = buildReport(sheets, {
    kind: values.kind,
    includeHidden: values["include-hidden"],
    style,
  });
  for (const d of result.diagnostics) io.err(describe(d));
  if (!result.document) {
    io.err("Không tạo báo cáo vì có lỗi ở trên.");
    return 1;
  }
  await writeAtomic(output, await renderDocx(result.document), [input]);
  const indicators = result.tables.reduce(
    (n, t) => n + t.rows.filter((r) => r.kind === "indicator").length,
    0
  );
  const warnings = result.diagnostics.length;
  io.out(
    `Đã ghi ${output}: ${indicators} chỉ tiêu từ ${result.tables.length} biểu, đề cương “${result.outline?.id}”, ${warnings} cảnh báo.`
  );
  return 0;
}

async function template(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { output: { type: "string", short: "o" }, force: { type: "boolean" } },
  });
  const output = values.output ?? "bieu-mau-bao-cao.xlsx";
  if (!values.force && (await exists(output)))
    throw new CliError(
      `Tệp ${output} đã có; không ghi đè. Chọn tên khác với -o, hoặc thêm --force.`,
      2
    );
  await writeAtomic(output, await writeWorkbook(templateSpec()));
  io.out(`Đã tạo sổ Excel mẫu ${output}.`);
  return 0;
}

function outlines(io: Io): number {
  for (const o of OUTLINES) io.out(`${o.id.padEnd(28)} ${o.name}`);
  return 0;
}

/** Runs one command; returns the exit code. Never throws for the clerk's mistakes. */
export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "build":
        return await build(rest, io);
      case "template":
        return await template(rest, io);
      case "outlines":
        return outlines(io);
      case "fill":
        return await fill(rest, io);
      case "check":
        return await check(rest, io);
      case "inspect":
        return await inspect(rest, io);
      case undefined:
      case "-h":
      case "--help":
      case "help":
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`Không có lệnh “${command}”.\n${USAGE}`, 2);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`Lỗi: ${e.message}`);
      return e.exitCode;
    }
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      io.err(`Lỗi: tham số không hợp lệ (${(e as Error).message}).\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

/**
 * What the clerk sees of a fault of ours: a Vietnamese sentence; the stack trace only with --debug
 * (for whoever helps them).
 */
export function unexpected(e: unknown, debug: boolean): string {
  const detail = debug ? `\n${(e as Error).stack ?? String(e)}` : "";
  return `Lỗi không mong đợi của chương trình; tệp đầu vào không bị thay đổi. Hãy chạy lại lệnh với --debug và gửi toàn bộ nội dung hiện ra cho người hỗ trợ.${detail}`;
}

/**
 * A reader that stopped reading ("baocao outlines | head -1") is not a fault: the rest of the
 * output is dropped and the command goes on to its end (a file it writes is still written), as
 * Unix tools do.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    stream.write = (() => true) as typeof stream.write;
  });
}

if (require.main === module) {
  quietOnClosedPipe(process.stdout);
  const argv = process.argv.slice(2);
  const debug = argv.includes("--debug");
  main(argv.filter((a) => a !== "--debug")).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${unexpected(e, debug)}\n`);
      process.exit(1);
    }
  );
}
