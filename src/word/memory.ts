/**
 * What a document remembers, in its settings (Office.context.document.settings, stored in the
 * file when it is saved): where its figures came from, and a stamp per content control the
 * add-in wrote (core/placement.ts) to recognise the clerk's edits.
 */
import { Diagnostic } from "../core/diagnostics";
import { Stamp } from "../core/placement";
import type { DocumentSettings } from "./api";

const STAMPS_KEY = "baocao.stamps";
const SOURCE_KEY = "baocao.source";

/** Where the document's figures came from. */
export interface SourceRecord {
  /** The workbook's file name, or "Dữ liệu dán". */
  workbook: string;
  /** The outline (đề cương) id. */
  kind?: string;
  /** Cách viết số liệu the document was written in: "prose" (văn xuôi) or "list" (liệt kê). */
  style?: "prose" | "list";
  /** ISO date-time of the last insert or refresh. */
  savedAt: string;
}

export function readStamps(settings: DocumentSettings | undefined): Record<string, Stamp> {
  const v = settings?.get(STAMPS_KEY);
  return v && typeof v === "object" ? (v as Record<string, Stamp>) : {};
}

export function readSource(settings: DocumentSettings | undefined): SourceRecord | undefined {
  const v = settings?.get(SOURCE_KEY) as SourceRecord | undefined;
  return v && typeof v === "object" && typeof v.workbook === "string" ? v : undefined;
}

/**
 * Stores the stamps of the controls in `present` (the others are gone from the document) and
 * the source, and saves. A failed save is a warning: the next refresh then asks before overwriting.
 */
export async function remember(
  settings: DocumentSettings | undefined,
  stamps: Record<string, Stamp>,
  present: Set<string>,
  source: Omit<SourceRecord, "savedAt"> | undefined
): Promise<Diagnostic[]> {
  if (!settings) return [];
  settings.set(
    STAMPS_KEY,
    Object.fromEntries(Object.entries(stamps).filter(([tag]) => present.has(tag)))
  );
  if (source)
    settings.set(SOURCE_KEY, {
      ...source,
      savedAt: new Date().toISOString(),
    } satisfies SourceRecord);
  const saved = await new Promise<boolean>((resolve) =>
    settings.saveAsync((r) => resolve(String(r.status).toLowerCase() === "succeeded"))
  );
  return saved
    ? []
    : [
        {
          severity: "warning",
          message:
            "Không lưu được thông tin đối chiếu vào văn bản; lần cập nhật sau sẽ hỏi lại trước khi ghi đè các đoạn số liệu.",
        },
      ];
}
