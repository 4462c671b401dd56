/**
 * Report metadata read from a key–value sheet ("Thông tin chung"): labels in one column,
 * values to their right. Labels match like headers (case- and diacritics-insensitive).
 * A label followed by rows with an empty label continues a list (căn cứ, nơi nhận, kính gửi).
 */
import { z } from "zod";
import { parseViDate } from "./dates";
import { Diagnostics } from "./diagnostics";
import { SheetGrid, cellAt, cellText, isBlank, sheetCell } from "./grid";
import { headerKey } from "./headers";
import { foldKey, sentenceStyleOf } from "./text";

export const metadataSchema = z.object({
  /** cơ quan chủ quản, e.g. "UBND HUYỆN ĐỊNH HÓA". */
  parentAgency: z.string().optional(),
  /** cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH". */
  issuer: z.string().optional(),
  /** số ký hiệu: "05/BC-UBND", or "/BC-UBND" left for the clerical office to number. */
  documentNumber: z.string().optional(),
  /** địa danh, e.g. "Bình Thành". */
  place: z.string().optional(),
  /** ngày báo cáo, midnight UTC. */
  date: z.date().optional(),
  /** tên loại văn bản: "BÁO CÁO". */
  documentType: z.string().optional(),
  /** trích yếu; several lines allowed. */
  summary: z.array(z.string()).default([]),
  /** kính gửi. */
  addressees: z.array(z.string()).default([]),
  /** căn cứ: the "Thực hiện Công văn số …" lines. */
  basis: z.array(z.string()).default([]),
  /** thẩm quyền ký: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", … */
  signingAuthority: z.string().optional(),
  /** chức vụ người ký: "CHỦ TỊCH". */
  signerTitle: z.string().optional(),
  /** người ký. */
  signerName: z.string().optional(),
  /** nơi nhận. */
  recipients: z.array(z.string()).default([]),
  /** loại báo cáo: an outline id (see outlines.ts). */
  reportKind: z.string().optional(),
  /** kỳ báo cáo, e.g. "năm 2023", "9 tháng đầu năm 2024". */
  period: z.string().optional(),
  /** decimals of percentages for the whole workbook, 0–4. */
  precision: z.number().int().min(0).max(4).optional(),
  /** pad counts below 10 ("05 vụ"); default true. */
  padCounts: z.boolean().optional(),
  /** cách viết số liệu: "prose" (văn xuôi, paragraphs) or "list" (liệt kê, bullets). */
  style: z.enum(["prose", "list"]).optional(),
  /** a prompt for the clerk's narrative after each section's figures; default true. */
  narrativePrompt: z.boolean().optional(),
});

export type Metadata = z.infer<typeof metadataSchema>;
type Key = keyof Metadata;

const LIST_KEYS = new Set<Key>(["summary", "addressees", "basis", "recipients"]);

/** Labels per field, as clerks write them. */
export const METADATA_LABELS: Record<Key, string[]> = {
  parentAgency: ["Cơ quan chủ quản", "Cơ quan cấp trên"],
  issuer: ["Cơ quan ban hành", "Tên cơ quan", "Cơ quan báo cáo"],
  documentNumber: ["Số ký hiệu", "Số, ký hiệu", "Số hiệu", "Số văn bản"],
  place: ["Địa danh"],
  date: ["Ngày báo cáo", "Ngày tháng", "Ngày ban hành", "Ngày"],
  documentType: ["Tên loại văn bản", "Loại văn bản"],
  summary: ["Trích yếu", "Trích yếu nội dung", "Tên báo cáo"],
  addressees: ["Kính gửi"],
  basis: ["Căn cứ", "Căn cứ báo cáo"],
  signingAuthority: ["Thẩm quyền ký", "Quyền hạn ký"],
  signerTitle: ["Chức vụ người ký", "Chức vụ"],
  signerName: ["Người ký", "Họ tên người ký", "Họ và tên người ký"],
  recipients: ["Nơi nhận"],
  reportKind: ["Loại báo cáo", "Đề cương"],
  period: ["Kỳ báo cáo", "Năm báo cáo"],
  precision: ["Số chữ số thập phân", "Số lẻ thập phân"],
  padCounts: ["Thêm số 0", "Đệm số 0", "Viết 01, 02"],
  style: ["Cách viết số liệu", "Kiểu câu", "Cách trình bày số liệu"],
  narrativePrompt: ["Nhắc viết nhận xét", "Chỗ viết nhận xét"],
};

const LABEL_INDEX = new Map<string, Key>(
  (Object.keys(METADATA_LABELS) as Key[]).flatMap((k) =>
    METADATA_LABELS[k].map((l) => [foldKey(l), k] as [string, Key])
  )
);

function labelKey(text: string): Key | undefined {
  return LABEL_INDEX.get(headerKey(text));
}

/** How many metadata labels column A..C of `grid` holds: picks the key–value sheet. */
export function metadataScore(grid: SheetGrid): number {
  let n = 0;
  for (let r = 0; r < grid.cells.length; r++) {
    for (let c = 0; c < 3; c++) {
      const v = cellAt(grid, r, c);
      if (typeof v === "string" && labelKey(v)) n++;
    }
  }
  return n;
}

/** The key–value sheet: one named "Thông tin chung", else the one with the most labels (at least 3). */
export function findMetadataSheet(sheets: SheetGrid[]): SheetGrid | undefined {
  const named = sheets.find((s) => foldKey(s.name).startsWith("thong tin"));
  if (named) return named;
  const best = sheets.map((s) => ({ s, n: metadataScore(s) })).sort((a, b) => b.n - a.n)[0];
  return best && best.n >= 3 ? best.s : undefined;
}

/** The column headed "Hướng dẫn" (or "Ghi chú") in the first rows: help text, never a value. */
function hintColumn(grid: SheetGrid): number | undefined {
  for (const row of grid.cells.slice(0, 5)) {
    const c = (row ?? []).findIndex(
      (v) =>
        typeof v === "string" && ["huong dan", "ghi chu", "chu thich"].includes(foldKey(v).trim())
    );
    if (c > 0) return c;
  }
  return undefined;
}

/**
 * Reads the metadata of `grid`. Unknown labels and bad values are warnings naming sheet!cell;
 * missing fields stay undefined (the renderer shows a visible placeholder for them).
 */
export function readMetadata(grid: SheetGrid | undefined, diags: Diagnostics): Metadata {
  const raw: Record<string, unknown> = {};
  if (!grid) return metadataSchema.parse(raw);
  let listKey: Key | undefined;
  const hint = hintColumn(grid);
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    const labelCol = row.findIndex((v) => !isBlank(v));
    if (labelCol < 0) continue;
    const key = typeof row[labelCol] === "string" ? labelKey(row[labelCol] as string) : undefined;
    if (key) {
      listKey = LIST_KEYS.has(key) ? key : undefined;
      // A value left empty stays empty: the help beside it ("Ngày/tháng/năm") is not a value.
      const valueCol = row.findIndex(
        (v, c) => c > labelCol && (hint === undefined || c < hint) && !isBlank(v)
      );
      if (valueCol >= 0)
        setField(raw, key, row[valueCol], sheetCell(grid.name, r, valueCol), diags);
    } else if (listKey && labelCol > 0) {
      // A continuation line: empty label, value further right.
      setField(raw, listKey, row[labelCol], sheetCell(grid.name, r, labelCol), diags);
    } else {
      listKey = undefined;
    }
  }
  const parsed = metadataSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  diags.warn(
    `Thông tin chung không hợp lệ: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}.`
  );
  return metadataSchema.parse({});
}

function setField(
  raw: Record<string, unknown>,
  key: Key,
  v: unknown,
  where: string,
  diags: Diagnostics
): void {
  const value = v as Parameters<typeof cellText>[0];
  const text = cellText(value).normalize("NFC");
  if (LIST_KEYS.has(key)) {
    const lines = text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "");
    raw[key] = [...((raw[key] as string[]) ?? []), ...lines];
    return;
  }
  if (key === "date") {
    const date = value instanceof Date ? value : parseViDate(text);
    if (date) raw.date = date;
    else
      diags.warn(
        `Ngày báo cáo “${text}” không đọc được (ví dụ đúng: 05/01/2024); để trống ngày.`,
        where
      );
    return;
  }
  if (key === "precision") {
    const n = typeof value === "number" ? value : Number(text);
    if (Number.isInteger(n) && n >= 0 && n <= 4) raw.precision = n;
    else diags.warn(`Số chữ số thập phân “${text}” không hợp lệ (0–4); dùng mặc định 1.`, where);
    return;
  }
  if (key === "padCounts" || key === "narrativePrompt") {
    raw[key] = typeof value === "boolean" ? value : !/^(khong|no|false|0)$/.test(foldKey(text));
    return;
  }
  if (key === "style") {
    const style = sentenceStyleOf(text);
    if (style) raw.style = style;
    else
      diags.warn(
        `Cách viết số liệu “${text}” không rõ (ghi “văn xuôi” hoặc “liệt kê”); dùng mặc định văn xuôi.`,
        where
      );
    return;
  }
  raw[key] = text;
}
