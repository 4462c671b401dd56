/**
 * The Word adapter: what the pane asks of Word, each operation one Word.run with a constant
 * number of context.sync calls whatever the number of sections and indicators (insert 2,
 * skeleton 2, refresh 3, status 1; the figure check of figures.ts: check 1, select 2, fix 2),
 * never one inside a loop. Plans come from core/placement.ts; rendering from render.ts.
 * Messages are Vietnamese. The pane receives a WordHost (React context), so it runs against the
 * test double in tests and screenshots.
 */
import { Diagnostic } from "../core/diagnostics";
import { Block, ReportDocument } from "../core/document";
import { textHash } from "../core/hash";
import { DocParagraph, matchHeadings, reportHeadings } from "../core/headings";
import {
  InsertAction,
  InsertPlan,
  Stamp,
  blocksHash,
  isEdited,
  stampOf,
  planInsert,
  planInsertAtCursor,
  planRefresh,
  sectionContents,
} from "../core/placement";
import { baseTag, isOurTag, sectionTag } from "../core/tags";
import type { WContentControl, WContext, WParagraph, WordEnvironment } from "./api";
import { describeWordError } from "./errors";
import { wordApiVersion } from "./requirements";
import { FigureChecks, figureChecks } from "./figures";
import { Alignment, ParagraphFormat, bodyFormat } from "../core/writing/formats";
import * as memory from "./memory";
import type { SourceRecord } from "./memory";
import {
  BlockWriter,
  NoteMode,
  WrittenSection,
  after,
  before,
  writeIndicator,
  writeSection,
  writeSkeleton,
} from "./render";

export { describeWordError };

/** What this Word can do, and what it lacks, in Vietnamese. */
export interface WordCapabilities {
  /** WordApi 1.3: inserting, tables, content controls (Word 2021, Microsoft 365, Word on the web). */
  canWrite: boolean;
  /** WordApi 1.5: footnotes for the Ghi chú column. */
  footnotes: boolean;
  notes: string[];
}

/** What buildReport gave: a document, or errors that stop it. */
export interface ReportInput {
  document?: ReportDocument;
  diagnostics: Diagnostic[];
}

export interface WriteOptions {
  /** "Theo định dạng văn bản": copy the formatting of the paragraph at the insertion point. */
  matchFormatting?: boolean;
  /** Remembered with the document, so a refresh needs one click (and writes as it was written). */
  source?: { workbook: string; kind?: string; style?: "prose" | "list" };
}

export interface RefreshOptions extends WriteOptions {
  /** Asked before overwriting text the clerk edited; `labels` name the controls. */
  confirmOverwrite(labels: string[]): Promise<boolean>;
}

export interface WordResult {
  ok: boolean;
  /** One Vietnamese sentence for the pane. */
  summary: string;
  diagnostics: Diagnostic[];
  /** Section ids written. */
  inserted: string[];
  /** Controls rewritten by a refresh. */
  updated: number;
  /** A next step the pane shows as a button ("Tạo khung báo cáo" for an empty document). */
  offer?: "build-skeleton";
}

export type SectionState = "inserted" | "found" | "missing" | "duplicate";

export interface DocumentStatus {
  ok: boolean;
  /** Sections with figures, in report order. */
  sections: { sectionId: string; line: string; state: SectionState }[];
  diagnostics: Diagnostic[];
}

export interface WordHost extends FigureChecks {
  capabilities(): WordCapabilities;
  /** The workbook and outline this document was last filled from, if any. */
  remembered(): SourceRecord | undefined;
  /** Which sections are in the document, and which headings are found (one sync). */
  status(report: ReportDocument): Promise<DocumentStatus>;
  /** "Chèn": sections ("all" or ids) under their headings. */
  insertSections(
    report: ReportInput,
    sections: "all" | string[],
    options?: WriteOptions
  ): Promise<WordResult>;
  /** "Chèn tại con trỏ": one section after the paragraph holding the cursor. */
  insertAtCursor(
    report: ReportInput,
    sectionId: string,
    options?: WriteOptions
  ): Promise<WordResult>;
  /** "Tạo khung báo cáo": the whole report into an empty document. */
  buildSkeleton(report: ReportInput, options?: WriteOptions): Promise<WordResult>;
  /** "Cập nhật số liệu": our controls' content from the current figures. */
  refresh(report: ReportInput, options: RefreshOptions): Promise<WordResult>;
}

/** Paragraph properties loaded to find headings; with formatting for "theo định dạng văn bản". */
const HEADING_PROPS = "text,style,styleBuiltIn,outlineLevel,tableNestingLevel";
const FORMAT_PROPS =
  "style,alignment,firstLineIndent,leftIndent,rightIndent,spaceBefore,spaceAfter,lineSpacing,font/name,font/size,font/color";

function fail(message: string, extra: Diagnostic[] = []): WordResult {
  return {
    ok: false,
    summary: message,
    diagnostics: [{ severity: "error", message }, ...extra],
    inserted: [],
    updated: 0,
  };
}

export function createWordHost(env: WordEnvironment): WordHost {
  const capabilities = (): WordCapabilities => {
    const canWrite = env.isSetSupported("WordApi", wordApiVersion("write"));
    const footnotes = env.isSetSupported("WordApi", wordApiVersion("footnotes"));
    const notes: string[] = [];
    if (!canWrite)
      notes.push(
        "Phiên bản Word này chưa cho add-in chèn vào văn bản (cần Word 2021 trở lên, Microsoft 365 hoặc Word trên web). Hãy dùng trang web Báo cáo: tạo báo cáo mới, hoặc cập nhật văn bản có sẵn."
      );
    else if (!footnotes)
      notes.push(
        "Phiên bản Word này chưa cho add-in chèn chú thích cuối trang (cần Word 2024 hoặc Microsoft 365): nội dung cột Ghi chú được viết trong ngoặc đơn sau câu."
      );
    return { canWrite, footnotes, notes };
  };

  /** The reasons not to call Word at all; undefined when it may be called. */
  const blocked = (report?: ReportInput): WordResult | undefined => {
    if (report) {
      const errors = report.diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0 || !report.document)
        return {
          ok: false,
          summary:
            "Dữ liệu có lỗi nên chưa chèn gì vào văn bản. Hãy sửa các lỗi dưới đây rồi chọn lại tệp.",
          diagnostics: errors,
          inserted: [],
          updated: 0,
        };
    }
    if (!env.hasDocument())
      return fail(
        "Không có văn bản nào đang mở trong Word. Hãy mở hoặc tạo một văn bản rồi bấm lại."
      );
    if (env.isReadOnly())
      return fail(
        "Văn bản đang mở ở chế độ chỉ đọc nên không chèn được. Hãy bấm “Cho phép chỉnh sửa” trên thanh vàng phía trên văn bản, hoặc lưu thành bản khác, rồi bấm lại."
      );
    const caps = capabilities();
    if (!caps.canWrite) return fail(caps.notes[0]);
    return undefined;
  };

  const notes = (): NoteMode => (capabilities().footnotes ? "footnote" : "parentheses");

  /** Runs a batch; an Office.js error becomes a Vietnamese result. */
  const guarded = async (
    batch: (context: WContext) => Promise<WordResult>
  ): Promise<WordResult> => {
    try {
      return await env.run(batch);
    } catch (e) {
      return fail(describeWordError(e));
    }
  };

  const readStamps = () => memory.readStamps(env.settings());
  const save = (
    stamps: Record<string, Stamp>,
    present: Set<string>,
    source: WriteOptions["source"]
  ) => memory.remember(env.settings(), stamps, present, source);

  /** Queues loading the text of the controls just written (read back in the same sync). */
  const loadWritten = (written: WrittenSection[]) => {
    for (const w of written) {
      w.control.load("text");
      for (const i of w.indicators) i.control.load("text");
    }
  };

  /** Stamps of the controls just written, from the text Word reports for them (loaded before the sync). */
  const stampWritten = (stamps: Record<string, Stamp>, written: WrittenSection[]) => {
    for (const w of written) {
      stamps[w.tag] = { t: textHash(w.control.text), m: blocksHash(w.blocks) };
      for (const i of w.indicators)
        stamps[i.tag] = { t: textHash(i.control.text), m: blocksHash([i.block]) };
    }
  };

  /** Inserts planned sections after their anchor paragraphs, in one batch and one sync, then stamps them. */
  const carryOut = async (
    context: WContext,
    plan: InsertPlan,
    anchor: (a: InsertAction) => WParagraph,
    format: (a: InsertAction) => ParagraphFormat,
    tags: string[],
    options: WriteOptions
  ): Promise<WordResult> => {
    const mode = notes();
    const written = plan.actions.map((a) =>
      writeSection(new BlockWriter(after(anchor(a)), mode), a, format(a))
    );
    loadWritten(written);
    if (written.length > 0) await context.sync();
    const stamps = readStamps();
    stampWritten(stamps, written);
    const present = new Set([...tags, ...written.flatMap(writtenTags)]);
    const warnings = written.length > 0 ? await save(stamps, present, options.source) : [];
    const inserted = plan.actions.map((a) => a.sectionId);
    const offer = inserted.length === 0 ? plan.diagnostics.find((d) => d.offer) : undefined;
    return {
      ok: inserted.length > 0,
      summary:
        inserted.length > 0
          ? `Đã chèn ${inserted.length} mục vào văn bản.`
          : (offer?.message ?? "Chưa chèn mục nào vào văn bản."),
      diagnostics: [...plan.diagnostics, ...warnings],
      inserted,
      updated: 0,
      offer: offer?.offer,
    };
  };

  return {
    capabilities,
    ...figureChecks(env),

    remembered: () => memory.readSource(env.settings()),

    async status(report) {
      const stop = blocked();
      if (stop) return { ok: false, sections: [], diagnostics: stop.diagnostics };
      try {
        return await env.run(async (context) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load(HEADING_PROPS);
          const controls = context.document.contentControls;
          controls.load("tag");
          await context.sync();
          const tags = new Set(controls.items.map((c) => baseTag(c.tag)));
          const match = matchHeadings(
            paragraphs.items.map(docParagraph),
            reportHeadings(report.body)
          );
          const duplicate = new Set(match.duplicates.map((d) => d.heading.sectionId));
          const headings = new Map(reportHeadings(report.body).map((h) => [h.sectionId, h]));
          const sections = [...sectionContents(report).keys()].map((id) => ({
            sectionId: id,
            line: headings.get(id)?.line ?? id,
            state: (tags.has(sectionTag(id))
              ? "inserted"
              : match.found.has(id)
                ? "found"
                : duplicate.has(id)
                  ? "duplicate"
                  : "missing") as SectionState,
          }));
          return { ok: true, sections, diagnostics: [] };
        });
      } catch (e) {
        return {
          ok: false,
          sections: [],
          diagnostics: [{ severity: "error", message: describeWordError(e) }],
        };
      }
    },

    async insertSections(report, sections, options = {}) {
      const stop = blocked(report);
      if (stop) return stop;
      const doc = report.document!;
      return guarded(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load(
          options.matchFormatting ? `${HEADING_PROPS},${FORMAT_PROPS}` : HEADING_PROPS
        );
        const controls = context.document.contentControls;
        controls.load("tag");
        await context.sync();
        const items = paragraphs.items;
        const tags = controls.items.map((c) => c.tag);
        const plan = planInsert({
          paragraphs: items.map(docParagraph),
          report: doc,
          tags,
          sections,
        });
        const format = (a: InsertAction) =>
          options.matchFormatting && a.formatFrom !== undefined
            ? copiedFormat(items[a.formatFrom])
            : bodyFormat();
        return carryOut(context, plan, (a) => items[a.after], format, tags, options);
      });
    },

    async insertAtCursor(report, sectionId, options = {}) {
      const stop = blocked(report);
      if (stop) return stop;
      const doc = report.document!;
      return guarded(async (context) => {
        // The selection's paragraphs: the first one holds the cursor.
        const selected = context.document.getSelection().paragraphs;
        selected.load(`${HEADING_PROPS},${FORMAT_PROPS}`);
        const around = context.document.getSelection().parentContentControlOrNullObject;
        around.load("tag");
        const controls = context.document.contentControls;
        controls.load("tag");
        await context.sync();
        const tags = controls.items.map((c) => c.tag);
        const paragraph = selected.items[0];
        if (paragraph.tableNestingLevel > 0)
          return fail(
            "Con trỏ đang ở trong một bảng. Hãy đặt con trỏ vào một đoạn văn ngoài bảng rồi bấm lại."
          );
        const plan = planInsertAtCursor({
          report: doc,
          tags,
          sectionId,
          cursorParagraph: 0,
          cursorInOurControl: !around.isNullObject && isOurTag(around.tag),
        });
        const format = () => (options.matchFormatting ? copiedFormat(paragraph) : bodyFormat());
        const result = await carryOut(context, plan, () => paragraph, format, tags, options);
        return plan.actions.length > 0
          ? { ...result, summary: `Đã chèn mục “${plan.actions[0].line}” tại con trỏ.` }
          : { ...result, ok: false, summary: plan.diagnostics[0]?.message ?? result.summary };
      });
    },

    async buildSkeleton(report, options = {}) {
      const stop = blocked(report);
      if (stop) return stop;
      const doc = report.document!;
      return guarded(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("text");
        await context.sync();
        if (paragraphs.items.some((p) => p.text.trim() !== ""))
          return fail(
            "Văn bản đang có nội dung. “Tạo khung báo cáo” chỉ dùng cho văn bản trống: hãy tạo văn bản mới (Ctrl+N) rồi bấm lại, hoặc dùng “Chèn tất cả các mục” để chèn vào văn bản này."
          );
        const w = new BlockWriter(before(paragraphs.items[0]), notes());
        const skeleton = writeSkeleton(w, doc);
        loadWritten(skeleton.sections);
        await context.sync();
        const stamps: Record<string, Stamp> = {};
        stampWritten(stamps, skeleton.sections);
        const warnings = await save(stamps, new Set(Object.keys(stamps)), options.source);
        return {
          ok: true,
          summary: `Đã tạo khung báo cáo: ${skeleton.headings} đề mục, ${skeleton.sections.length} mục có số liệu.`,
          diagnostics: warnings,
          inserted: skeleton.sections.map((s) => s.sectionId),
          updated: 0,
        };
      });
    },

    async refresh(report, options) {
      const stop = blocked(report);
      if (stop) return stop;
      const doc = report.document!;
      return guarded(async (context) => {
        const all = context.document.contentControls;
        all.load("tag,text");
        await context.sync();
        const ours = all.items.filter((c) => isOurTag(c.tag));
        const stamps = readStamps();
        const original = { ...stamps };
        const plan = planRefresh(
          ours.map((c) => ({ tag: c.tag, text: c.text })),
          stamps,
          doc
        );
        const edited = plan.actions.filter((a) => a.edited);
        const overwrite =
          edited.length === 0 || (await options.confirmOverwrite(edited.map((a) => a.label)));
        const actions = overwrite ? plan.actions : plan.actions.filter((a) => !a.edited);
        const kept = plan.actions.length - actions.length;
        const present = new Set(ours.map((c) => c.tag));
        const rewrites = actions.filter((a) => a.kind !== "retag");
        // Sections whose sentences changed (or that only need a stamp) are stamped anew, unless
        // the clerk kept an edited sentence there: that one stays to be asked about next time.
        const restamp = [
          ...new Set([
            ...actions.flatMap((a) => (a.kind === "section" ? [] : [a.section])),
            ...plan.restamp,
          ]),
        ].filter(
          (s) =>
            !plan.actions.some(
              (a) => !actions.includes(a) && a.kind === "indicator" && a.section === s
            )
        );
        if (actions.length === 0 && restamp.length === 0) {
          const warnings = await save(stamps, present, options.source);
          return refreshResult(0, kept, [...plan.diagnostics, ...warnings], plan.present);
        }

        // Second sync: the formatting of each paragraph to be replaced, so a refresh keeps it.
        const textBefore = ours.map((c) => c.text);
        const firsts = rewrites.map((a) => ours[a.control].paragraphs.getFirst());
        for (const p of firsts) p.load(`tableNestingLevel,${FORMAT_PROPS}`);
        if (rewrites.length > 0) await context.sync();

        const mode = notes();
        const sections: WrittenSection[] = [];
        const sentences: { tag: string; control: WContentControl; block: Block }[] = [];
        rewrites.forEach((a, k) => {
          const old = ours[a.control];
          const startsWithTable = firsts[k].tableNestingLevel > 0;
          const format = startsWithTable ? bodyFormat() : copiedFormat(firsts[k]);
          // A control an earlier version wrote around a table alone refuses Before: a paragraph
          // at its end (allowed) makes it an ordinary one; it goes with the control below.
          if (startsWithTable) old.insertParagraph("", "End");
          const w = new BlockWriter(before(old), mode);
          if (a.kind === "section") sections.push(writeSection(w, a, format));
          else if (a.kind === "indicator")
            sentences.push({ ...writeIndicator(w, a.block, format), block: a.block });
          old.delete(false);
        });
        for (const a of actions) {
          if (a.kind !== "retag") continue;
          const old = ours[a.control];
          if (original[old.tag]) stamps[a.tag] = original[old.tag];
          old.tag = a.tag;
          present.add(a.tag);
        }
        loadWritten(sections);
        for (const r of sentences) r.control.load("text");
        for (const i of restamp) ours[i].load("text");
        await context.sync();

        stampWritten(stamps, sections);
        for (const r of sentences) {
          stamps[r.tag] = { t: textHash(r.control.text), m: blocksHash([r.block]) };
          present.add(r.tag);
        }
        const contents = sectionContents(doc);
        for (const i of restamp) {
          const tag = ours[i].tag;
          const old = stampOf(tag, original);
          // A section edited outside its sentences stays edited: it keeps the hashes it was written with.
          const m = blocksHash(contents.get(sectionIdOf(tag, contents)) ?? []);
          stamps[tag] =
            old && isEdited(old, textBefore[i]) ? { ...old, m } : { t: textHash(ours[i].text), m };
        }
        for (const w of sections) for (const t of writtenTags(w)) present.add(t);
        const warnings = await save(stamps, present, options.source);
        return refreshResult(rewrites.length, kept, [...plan.diagnostics, ...warnings]);
      });
    },
  };
}

/** The tags of a written section's controls. */
function writtenTags(w: WrittenSection): string[] {
  return [w.tag, ...w.indicators.map((i) => i.tag)];
}

/** The section id a section tag stands for, among this report's sections. */
function sectionIdOf(tag: string, contents: Map<string, Block[]>): string {
  for (const id of contents.keys()) if (sectionTag(id) === baseTag(tag)) return id;
  return "";
}

/**
 * The summary of a refresh, true to what the document holds now: "đã khớp" only when every
 * sentence in it follows the new figures; nothing to refresh is not a success.
 */
function refreshResult(
  updated: number,
  kept: number,
  diagnostics: Diagnostic[],
  present?: number
): WordResult {
  if (present === 0 && updated === 0) {
    // The plan's one message says why and what to press; it becomes the summary.
    const why = diagnostics.find((d) => d.message.startsWith("Văn bản chưa có mục nào"));
    return {
      ok: false,
      summary:
        why?.message ?? "Văn bản chưa có mục nào do Báo cáo chèn nên chưa có gì để cập nhật.",
      diagnostics: diagnostics.filter((d) => d !== why),
      inserted: [],
      updated,
    };
  }
  const parts = [
    updated > 0 ? `Đã cập nhật ${updated} phần số liệu.` : "",
    kept > 0
      ? `Giữ nguyên ${kept} phần đã được sửa tay; ${kept === 1 ? "phần đó" : "các phần đó"} chưa theo số liệu mới.`
      : "",
    updated === 0 && kept === 0 ? "Số liệu trong văn bản đã khớp với dữ liệu mới." : "",
  ];
  return {
    ok: true,
    summary: parts.filter((p) => p !== "").join(" "),
    diagnostics,
    inserted: [],
    updated,
  };
}

/** A loaded paragraph as the heading matcher reads it. */
function docParagraph(p: WParagraph): DocParagraph {
  return {
    text: p.text,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn,
    outlineLevel: p.outlineLevel,
    inTable: p.tableNestingLevel > 0,
  };
}

const ALIGNMENTS: Alignment[] = ["Left", "Centered", "Right", "Justified"];

/** "Theo định dạng văn bản": the loaded paragraph's formatting; mixed or missing values fall back to nd30. */
function copiedFormat(p: WParagraph): ParagraphFormat {
  const base = bodyFormat();
  const num = (v: unknown, d: number) => (typeof v === "number" && Number.isFinite(v) ? v : d);
  const str = (v: unknown, d: string) => (typeof v === "string" && v !== "" ? v : d);
  return {
    style: str(p.style, "Normal"),
    alignment: ALIGNMENTS.includes(p.alignment as Alignment)
      ? (p.alignment as Alignment)
      : base.alignment,
    firstLineIndent: num(p.firstLineIndent, base.firstLineIndent),
    leftIndent: num(p.leftIndent, base.leftIndent),
    rightIndent: num(p.rightIndent, base.rightIndent),
    spaceBefore: num(p.spaceBefore, base.spaceBefore),
    spaceAfter: num(p.spaceAfter, base.spaceAfter),
    lineSpacing: num(p.lineSpacing, base.lineSpacing),
    font: {
      name: str(p.font.name, base.font.name),
      size: num(p.font.size, base.font.size),
      color: str(p.font.color, base.font.color),
      bold: false,
      italic: false,
    },
  };
}
