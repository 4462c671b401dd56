/**
 * `baocao check <report.docx|report.txt> [--json]`: recomputes the percentages written next to
 * their figures (issue 6) and lists the wrong ones. Reads only; never writes a file.
 * Exit codes: 0 no error (rounding and style findings may be listed), 1 at least one wrong value
 * or an unreadable file, 2 bad usage.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import {
  FindingSeverity,
  checkParagraphs,
  describeFinding,
  paragraphsOfText,
} from "../core/checker";
import { DocxReadError, readDocxParagraphs } from "../io/docx-text";
import { TextEncodingError, decodeText } from "../io/text-files";
import type { Io } from "./baocao";
import { CliError, readInput } from "./files";

const USAGE = "Cách dùng: baocao check <báo-cáo.docx|báo-cáo.txt> [--json]";

export async function check(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" } },
  });
  if (positionals.length !== 1)
    throw new CliError(`Cần đúng một tệp báo cáo (.docx hoặc .txt).\n${USAGE}`, 2);
  const file = positionals[0];
  const paragraphs = await readParagraphs(file);
  const findings = checkParagraphs(paragraphs);
  if (values.json) io.out(JSON.stringify({ findings }, null, 2));
  else {
    for (const f of findings) io.out(describeFinding(f));
    io.out(summary(findings.map((f) => f.severity)));
  }
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** .docx: the body's paragraphs; .txt (UTF-8, UTF-16, Windows-1258): the non-empty lines. */
async function readParagraphs(file: string): Promise<string[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".docx" && ext !== ".txt")
    throw new CliError(`${file}: chỉ kiểm tra được tệp .docx hoặc .txt.\n${USAGE}`, 2);
  const bytes = await readInput(file);
  if (ext === ".txt") {
    try {
      return paragraphsOfText(decodeText(bytes).text);
    } catch (e) {
      if (e instanceof TextEncodingError) throw new CliError(`${file}: ${e.message}`);
      throw e;
    }
  }
  try {
    return await readDocxParagraphs(bytes);
  } catch (e) {
    if (e instanceof DocxReadError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
}

function summary(severities: FindingSeverity[]): string {
  if (severities.length === 0) return "Không thấy tỷ lệ nào sai.";
  const count = (s: FindingSeverity) => severities.filter((x) => x === s).length;
  return `${severities.length} chỗ cần xem lại: ${count("error")} lỗi, ${count("rounding")} làm tròn sai, ${count("style")} sai cách viết.`;
}
