/**
 * `baocao fill <report.docx> <workbook.xlsx> [-o out.docx] [--in-place] [--sections …]
 * [--style …] [--kind …] [--overwrite-edited]`: the Word pane's insert and refresh on the
 * clerk's own .docx (io/docx-fill.ts). Writes a new file by default, never the input unless
 * --in-place (then atomically, after a backup "*.bak.docx"). Prints, in Vietnamese, what was
 * inserted, refreshed, kept because the clerk edited it, which headings are missing, and the
 * wrong percentages in the clerk's own text.
 * Exit codes: 0 done, 1 nothing could be placed or bad input, 2 bad usage.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeFinding } from "../core/checker";
import { describe } from "../core/diagnostics";
import { ReportDocument } from "../core/document";
import { reportHeadings } from "../core/headings";
import { numberKey } from "../core/numbering";
import { placementLine } from "../core/placement";
import { buildReport } from "../core/report";
import { FillResult, fillDocx } from "../io/docx-fill";
import { DocxReadError } from "../io/docx-text";
import type { Io } from "./baocao";
import { CliError, readInput, readWorkbookFile, writeAtomic, writeProblem } from "./files";
import { styleOf } from "./options";

export const FILL_USAGE = `  baocao fill <báo-cáo.docx> <sổ-excel.xlsx> [-o kết-quả.docx] [--in-place]
              [--sections 2.1,2.2] [--style liet-ke|van-xuoi] [--kind <mã đề cương>]
              [--overwrite-edited]
      Chèn số liệu vào báo cáo .docx có sẵn của cán bộ, dưới đúng tiêu đề mục; lần sau chạy
      lại để cập nhật số liệu mới. Không sửa chữ của cán bộ. Ghi ra tệp mới (mặc định
      <báo-cáo>-cap-nhat.docx), trừ khi thêm --in-place (khi đó giữ bản cũ ở <báo-cáo>.bak.docx).
      Đoạn số liệu cán bộ đã sửa tay được giữ nguyên, trừ khi thêm --overwrite-edited.`;

export async function fill(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      "in-place": { type: "boolean" },
      sections: { type: "string" },
      style: { type: "string" },
      kind: { type: "string", short: "k" },
      "overwrite-edited": { type: "boolean" },
    },
  });
  if (positionals.length !== 2)
    throw new CliError(`Cần một tệp báo cáo .docx và một sổ Excel .xlsx.\n${FILL_USAGE}`, 2);
  const [docx, xlsx] = positionals;
  if (values["in-place"] && values.output)
    throw new CliError("Chỉ dùng một trong hai: -o hoặc --in-place.", 2);
  if (/\.doc$/i.test(docx))
    throw new CliError(
      `${docx} là tệp Word cũ (.doc). Hãy mở bằng Word (hoặc LibreOffice) và lưu lại dưới dạng .docx rồi chạy lại.`
    );
  const output = values["in-place"] ? docx : (values.output ?? defaultOutput(docx));

  const sheets = await readWorkbookFile(xlsx);
  const built = buildReport(sheets, { kind: values.kind, style: styleOf(values.style) });
  // The header block and the signature are the clerk's: their warnings do not apply here.
  for (const d of built.diagnostics.filter((x) => !x.newDocumentOnly)) io.err(describe(d));
  if (!built.document) {
    io.err("Không cập nhật báo cáo vì sổ Excel có lỗi ở trên.");
    return 1;
  }
  const sections = values.sections ? sectionIds(values.sections, built.document) : "all";
  const bytes = await readInput(docx);
  let result: FillResult;
  try {
    result = await fillDocx(bytes, built.document, {
      sections,
      overwriteEdited: values["overwrite-edited"],
    });
  } catch (e) {
    if (e instanceof DocxReadError) throw new CliError(`${docx}: ${e.message}`);
    throw e;
  }
  printResult(result, io);
  const placed =
    result.inserted.length + result.refreshed.length + result.kept.length + result.unchanged;
  if (placed === 0) {
    io.err("Không chèn được mục nào nên không ghi tệp.");
    return 1;
  }
  if (values["in-place"]) {
    if (!result.changed) {
      io.out(`Văn bản ${docx} đã có số liệu mới nhất; không cần ghi lại.`);
      return 0;
    }
    const backup = path.join(
      path.dirname(docx),
      `${path.basename(docx, path.extname(docx))}.bak.docx`
    );
    await copyBackup(docx, backup);
    await writeAtomic(docx, result.bytes, [xlsx, backup]);
    io.out(`Đã ghi ${docx} (bản cũ giữ ở ${backup}).`);
  } else {
    await writeAtomic(output, result.bytes, [docx, xlsx]);
    io.out(`Đã ghi ${output}.`);
  }
  return 0;
}

function defaultOutput(docx: string): string {
  return path.join(path.dirname(docx), `${path.basename(docx, path.extname(docx))}-cap-nhat.docx`);
}

async function copyBackup(from: string, to: string): Promise<void> {
  try {
    await fs.copyFile(from, to);
  } catch (e) {
    throw new CliError(`Không tạo được bản sao ${to}: ${writeProblem(e, path.dirname(to))}`);
  }
}

/** "2.2,III" → section ids: each a heading number of the report (or a section id), never ambiguous. */
function sectionIds(list: string, report: ReportDocument): string[] {
  const headings = reportHeadings(report.body);
  return list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((token) => {
      const byId = headings.find((h) => h.sectionId === token);
      if (byId) return byId.sectionId;
      const byNumber = headings.filter((h) => numberKey(h.number) === numberKey(token));
      if (byNumber.length === 1) return byNumber[0].sectionId;
      const lines = headings.map((h) => `“${h.line}”`).join(", ");
      if (byNumber.length === 0)
        throw new CliError(`Báo cáo không có mục số “${token}”. Các mục: ${lines}.`, 2);
      throw new CliError(
        `Có ${byNumber.length} mục số “${token}” (${byNumber.map((h) => `“${h.line}”`).join(", ")}); hãy ghi số của mục cha trước, ví dụ “II.${token}”, hoặc mã mục: ${byNumber.map((h) => h.sectionId).join(", ")}.`,
        2
      );
    });
}

function printResult(r: FillResult, io: Io): void {
  if (r.inserted.length > 0) {
    io.out(`Đã chèn ${r.inserted.length} mục:`);
    for (const i of r.inserted) io.out(`  - ${placementLine(i)}`);
  }
  if (r.refreshed.length > 0) {
    io.out(`Đã cập nhật số liệu ${r.refreshed.length} chỗ:`);
    for (const l of r.refreshed) io.out(`  - ${l}`);
  }
  if (r.kept.length > 0) {
    io.out(
      `Giữ nguyên ${r.kept.length} chỗ cán bộ đã sửa tay (thêm --overwrite-edited để ghi số liệu mới đè lên):`
    );
    for (const l of r.kept) io.out(`  - ${l}`);
  }
  if (r.unchanged > 0) io.out(`${r.unchanged} mục đã có số liệu mới nhất.`);
  for (const d of r.diagnostics) io.err(describe(d));
  if (r.findings.length === 0) io.out("Không thấy tỷ lệ nào sai trong phần cán bộ tự viết.");
  else {
    io.out(`Tỷ lệ cần xem lại trong phần cán bộ tự viết (${r.findings.length} chỗ):`);
    for (const f of r.findings) io.out(`  ${describeFinding(f)}`);
  }
}
