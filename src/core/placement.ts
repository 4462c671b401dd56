/**
 * What goes where in an open document: the plans behind "Chèn", "Chèn tại con trỏ" and
 * "Cập nhật số liệu". Pure: the Word adapter loads the document once, asks for a plan, and
 * carries it out; so every decision here is tested without Word.
 *
 * A section's generated blocks sit in one content control tagged "baocao:section:<id>"; each
 * indicator sentence inside it sits in its own control tagged "baocao:indicator:<id>". A stamp
 * per control (stored in the document's settings) remembers what was written: `t` the hash of
 * the control's text as Word reported it right after writing, `m` the hash of the blocks
 * written. A text that no longer hashes to `t` was edited by the clerk.
 */
import { Diagnostic } from "./diagnostics";
import { Block, Paragraph, ReportDocument } from "./document";
import { fnv1a, textHash, visibleHash } from "./hash";
import {
  DocParagraph,
  SectionHeading,
  formatSource,
  parseHeading,
  titleKey,
  headingProblems,
  matchHeadings,
  reportHeadings,
} from "./headings";
import { baseTag, indicatorTag, parseTag, sectionTag, tagStamp, withStampOf } from "./tags";

/**
 * The blocks the document gets for each section id, in report order: its sentences and tables,
 * without the heading. Placeholders are left out: under a heading the clerk writes there.
 */
export function sectionContents(doc: ReportDocument): Map<string, Block[]> {
  const out = new Map<string, Block[]>();
  for (const b of doc.body) {
    if (b.type === "heading" || !b.source || (b.type === "paragraph" && b.placeholder)) continue;
    const list = out.get(b.source.sectionId);
    if (list) list.push(b);
    else out.set(b.source.sectionId, [b]);
  }
  return out;
}

/**
 * The hash of blocks as generated: text, formatting marks, footnotes, table layout; not their
 * sources. So a row inserted in the sheet, which renumbers the ids ("Biểu 01!23" → "!24") of the
 * rows below it, does not make their unchanged sentences look changed.
 */
export function blocksHash(blocks: Block[]): string {
  return fnv1a(
    JSON.stringify(blocks, (key, value: unknown) => (key === "source" ? undefined : value))
  );
}

/** A paragraph that is one indicator's sentence. */
export function isIndicatorParagraph(
  b: Block
): b is Paragraph & { source: { indicatorId: string } } {
  return b.type === "paragraph" && b.source?.indicatorId !== undefined;
}

/**
 * What the document remembers about a control it holds: see the module comment. The Word pane
 * keeps `t` in the document's settings; `baocao fill` (no settings in a plain .docx) keeps `v`
 * in the control's tag (tags.ts `stampedTag`); a control may have both.
 */
export interface Stamp {
  /** textHash of the control's text right after it was written (Word pane). */
  t?: string;
  /** visibleHash of the text written (`baocao fill`, from the blocks). */
  v?: string;
  /** blocksHash of the blocks written into it. */
  m: string;
}

/**
 * The stamp of a control with tag `tag`: the settings' one kept under that exact tag and the
 * one the tag carries. The settings' `m` wins: the pane stamps under the full tag only after
 * it rewrote what the tag's stamp describes.
 */
export function stampOf(tag: string, stamps: Record<string, Stamp>): Stamp | undefined {
  const kept = stamps[tag];
  const own = tagStamp(tag);
  if (!kept && !own) return undefined;
  return { ...own, ...kept, m: kept?.m ?? own!.m };
}

/** True unless the control's text is still what one of its stamp's hashes recorded. */
export function isEdited(stamp: Stamp | undefined, text: string): boolean {
  if (!stamp) return true;
  if (stamp.v !== undefined && visibleHash(text) === stamp.v) return false;
  return !(stamp.t !== undefined && textHash(text) === stamp.t);
}

export interface InsertAction {
  sectionId: string;
  /** The heading line, for messages. */
  line: string;
  blocks: Block[];
  /** Paragraph index the blocks go after (the heading, or the paragraph holding the cursor). */
  after: number;
  /** Paragraph whose formatting "theo định dạng văn bản" copies, if any. */
  formatFrom?: number;
}

export interface InsertPlan {
  actions: InsertAction[];
  /** Vietnamese: headings missing or repeated, sections already in the document. */
  diagnostics: Diagnostic[];
}

function headingsById(doc: ReportDocument): Map<string, SectionHeading> {
  return new Map(reportHeadings(doc.body).map((h) => [h.sectionId, h]));
}

/**
 * Plans inserting sections under their headings. `sections` is "all" or the ids asked for;
 * `tags` are the tags of the content controls already in the document. A section already in
 * the document, or whose heading is missing or repeated, is not inserted (never elsewhere).
 */
export function planInsert(input: {
  paragraphs: DocParagraph[];
  report: ReportDocument;
  tags: string[];
  sections: "all" | string[];
  /** How the messages advise: "pane" (the Word pane's buttons, default) or "file" (`baocao fill`). */
  advice?: "pane" | "file";
}): InsertPlan {
  const { paragraphs, report } = input;
  const contents = sectionContents(report);
  const headings = headingsById(report);
  const present = new Set(input.tags.map(baseTag));
  const diagnostics: Diagnostic[] = [];
  const wanted =
    input.sections === "all"
      ? [...contents.keys()]
      : input.sections.filter((id) => headings.has(id));
  if (input.sections !== "all")
    for (const id of input.sections) {
      const h = headings.get(id);
      if (h && !contents.has(id))
        diagnostics.push({
          severity: "warning",
          message: `Mục “${h.line}” không có số liệu để chèn; phần này do cán bộ tự viết.`,
        });
    }
  const toPlace = wanted.filter((id) => contents.has(id));
  const fresh = toPlace.filter((id) => !present.has(sectionTag(id)));
  const there = toPlace.filter((id) => present.has(sectionTag(id)));
  if (there.length > 0)
    diagnostics.push(alreadyInDocument(there.map((id) => lineOf(headings, id))));
  if (input.sections === "all" && toPlace.length === 0)
    diagnostics.push({
      severity: "warning",
      message: "Báo cáo không có mục nào có số liệu để chèn.",
    });
  const match = matchHeadings(paragraphs, reportHeadings(report.body));
  if (match.found.size === 0 && fresh.length > 0 && input.advice !== "file")
    // An empty document, or one without any of the report's headings: one message, not one per
    // section, offering the button meant for it; once some section is in (put at the cursor),
    // the document is no longer empty and the skeleton would be refused: no offer then.
    diagnostics.push(
      there.length === 0
        ? {
            severity: "error",
            message:
              "Văn bản này chưa có tiêu đề mục nào của báo cáo nên chưa chèn được. Với văn bản trống, bấm “Tạo khung báo cáo” để viết cả báo cáo; với văn bản đã soạn, hãy gõ các tiêu đề mục (ví dụ “I. ĐẶC ĐIỂM TÌNH HÌNH”) rồi bấm lại.",
            offer: "build-skeleton",
          }
        : {
            severity: "error",
            message: `Văn bản này chưa có tiêu đề mục nào của báo cáo nên chưa chèn được ${fresh.length} mục còn lại. Hãy gõ các tiêu đề mục (ví dụ “I. ĐẶC ĐIỂM TÌNH HÌNH”) rồi bấm lại, hoặc đặt con trỏ vào chỗ cần chèn, chọn mục và bấm “Chèn tại con trỏ”.`,
          }
    );
  else diagnostics.push(...headingProblems(match, new Set(fresh), input.advice));
  const actions: InsertAction[] = [];
  for (const id of fresh) {
    const h = headings.get(id)!;
    const after = match.found.get(id);
    if (after === undefined) continue;
    actions.push({
      sectionId: id,
      line: h.line,
      blocks: contents.get(id)!,
      after,
      formatFrom: formatSource(paragraphs, match, h),
    });
  }
  return { actions, diagnostics };
}

/** "“I. ĐẶC ĐIỂM TÌNH HÌNH”", the way messages name a section. */
function lineOf(headings: Map<string, SectionHeading>, id: string): string {
  return `“${headings.get(id)?.line ?? id}”`;
}

/** One message for every section already in the document, however many (issue 15). */
function alreadyInDocument(lines: string[]): Diagnostic {
  return {
    severity: "warning",
    message:
      lines.length === 1
        ? `Mục ${lines[0]} đã có trong văn bản nên không chèn lần nữa; bấm “Cập nhật số liệu” để cập nhật số liệu của mục.`
        : `${lines.length} mục đã có trong văn bản nên không chèn lần nữa (${lines.join(", ")}); bấm “Cập nhật số liệu” để cập nhật số liệu của các mục đó.`,
  };
}

/**
 * Plans inserting one section after the paragraph holding the cursor. Refused (no action, a
 * Vietnamese message) when the section has no figures, is already in the document, or when the
 * cursor is inside content the add-in inserted.
 */
export function planInsertAtCursor(input: {
  report: ReportDocument;
  tags: string[];
  sectionId: string;
  cursorParagraph: number;
  cursorInOurControl: boolean;
}): InsertPlan {
  const h = headingsById(input.report).get(input.sectionId);
  const blocks = sectionContents(input.report).get(input.sectionId);
  const line = h?.line ?? input.sectionId;
  const refuse = (message: string): InsertPlan => ({
    actions: [],
    diagnostics: [{ severity: "error", message }],
  });
  if (!blocks) return refuse(`Mục “${line}” không có số liệu để chèn.`);
  if (input.tags.some((t) => baseTag(t) === sectionTag(input.sectionId)))
    return { actions: [], diagnostics: [alreadyInDocument([`“${line}”`])] };
  if (input.cursorInOurControl)
    return refuse(
      "Con trỏ đang nằm trong phần số liệu do Báo cáo chèn. Hãy đặt con trỏ vào một đoạn văn của văn bản rồi bấm lại."
    );
  return {
    actions: [
      {
        sectionId: input.sectionId,
        line,
        blocks,
        after: input.cursorParagraph,
        formatFrom: input.cursorParagraph,
      },
    ],
    diagnostics: [],
  };
}

/** A content control of the document as the adapter loads it (document order). */
export interface DocControl {
  tag: string;
  text: string;
}

export type RefreshAction =
  | {
      kind: "section";
      /** Index of the section's control in the loaded list. */
      control: number;
      sectionId: string;
      /** The heading line: "2.2. Công tác dân vận của Ủy ban nhân dân". */
      line: string;
      blocks: Block[];
      /** The clerk changed the text since it was written: ask before overwriting. */
      edited: boolean;
      /** What to call it when asking: "Mục “…”". */
      label: string;
    }
  | {
      kind: "indicator";
      control: number;
      /** Index of the enclosing section's control. */
      section: number;
      sectionId: string;
      block: Paragraph;
      edited: boolean;
      label: string;
    }
  | {
      /** Same sentence under a new id (rows renumbered): only the tag and its stamp move. */
      kind: "retag";
      control: number;
      section: number;
      sectionId: string;
      tag: string;
      edited: false;
      label: string;
    };

export interface RefreshPlan {
  actions: RefreshAction[];
  /** Section controls whose content is current but whose stamp is not: write a fresh stamp. */
  restamp: number[];
  /** Section controls left as they are. */
  unchanged: number;
  /** How many of the report's sections the document holds (0: nothing to refresh). */
  present?: number;
  diagnostics: Diagnostic[];
}

/** Section ids behind section tags, for this report's sections (hashed tags included). */
function sectionIds(headings: Map<string, SectionHeading>): Map<string, string> {
  return new Map([...headings.keys()].map((id) => [sectionTag(id), id]));
}

/** Moves the tags of sentences whose ids changed (rows renumbered) to their new ids. */
function retags(
  controls: DocControl[],
  inner: number[],
  blocks: Block[],
  section: number,
  sectionId: string
): RefreshAction[] {
  return inner.flatMap((i, k): RefreshAction[] => {
    const b = blocks[k];
    const old = controls[i].tag;
    const tag = isIndicatorParagraph(b)
      ? withStampOf(indicatorTag(b.source.indicatorId), old)
      : old;
    return tag === old
      ? []
      : [
          {
            kind: "retag",
            control: i,
            section,
            sectionId,
            tag,
            edited: false,
            label: quote(controls[i].text),
          },
        ];
  });
}

/** "“Số hộ nghèo: 99 hộ, …”": a control's text, short enough for a question. */
function quote(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `“${t.length > 90 ? `${t.slice(0, 89)}…` : t}”`;
}

/**
 * Plans "Cập nhật số liệu": for each section control, rewrite only the indicator sentences that
 * changed when the section still holds the same indicators in the same order, else the whole
 * section. Nothing outside our controls is touched; an unchanged figure is not rewritten (so
 * refreshing twice equals refreshing once); an edited control is marked `edited` for the pane
 * to ask about. `controls` must be in document order: an indicator control belongs to the
 * section control before it.
 */
export function planRefresh(
  controls: DocControl[],
  stamps: Record<string, Stamp>,
  report: ReportDocument,
  options: { reportAbsent?: boolean } = {}
): RefreshPlan {
  const contents = sectionContents(report);
  const headings = headingsById(report);
  const ids = sectionIds(headings);
  const plan: RefreshPlan = { actions: [], restamp: [], unchanged: 0, diagnostics: [] };
  const seen = new Set<string>();
  const children = new Map<number, number[]>();
  let current: number | undefined;
  controls.forEach((c, i) => {
    const kind = parseTag(c.tag)?.kind;
    if (kind === "section") children.set((current = i), []);
    else if (kind === "indicator" && current !== undefined) children.get(current)!.push(i);
    else if (kind === "part") current = undefined;
  });
  for (const [s, inner] of children) {
    const control = controls[s];
    const sectionId = ids.get(baseTag(control.tag)) ?? parseTag(control.tag)!.id;
    const line = headings.get(sectionId)?.line ?? sectionId;
    seen.add(sectionId);
    const blocks = contents.get(sectionId);
    if (!blocks) {
      plan.diagnostics.push({
        severity: "warning",
        message: `Mục “${line}” không còn số liệu trong dữ liệu mới; nội dung cũ trong văn bản được giữ nguyên.`,
      });
      continue;
    }
    const stamp = stampOf(control.tag, stamps);
    // Same number of sentences: each is updated in place, whatever its id says.
    const sameShape = blocks.every(isIndicatorParagraph) && inner.length === blocks.length;
    if (stamp?.m === blocksHash(blocks)) {
      // The text is current; rows renumbered above it only move the tags.
      const moved = sameShape ? retags(controls, inner, blocks, s, sectionId) : [];
      plan.actions.push(...moved);
      if (moved.length === 0) plan.unchanged++;
      continue;
    }
    if (!sameShape) {
      plan.actions.push({
        kind: "section",
        control: s,
        sectionId,
        line,
        blocks,
        edited: isEdited(stamp, control.text),
        label: `Mục “${line}”`,
      });
      continue;
    }
    const before = plan.actions.length;
    blocks.forEach((b, k) => {
      const i = inner[k];
      const st = stampOf(controls[i].tag, stamps);
      if (st?.m === blocksHash([b])) {
        plan.actions.push(...retags(controls, [i], [b], s, sectionId));
        return;
      }
      plan.actions.push({
        kind: "indicator",
        control: i,
        section: s,
        sectionId,
        block: b as Paragraph,
        edited: isEdited(st, controls[i].text),
        label: quote(controls[i].text),
      });
    });
    if (plan.actions.slice(before).every((a) => a.kind === "retag")) plan.restamp.push(s);
  }
  plan.present = seen.size;
  const absent = [...contents]
    .filter(([id, blocks]) => !seen.has(id) && blocks.length > 0)
    .map(([id]) => lineOf(headings, id));
  if (options.reportAbsent !== false && absent.length > 0)
    plan.diagnostics.push({
      severity: "warning",
      // One message, however many sections (issue 15); none inserted yet says so plainly.
      message:
        seen.size === 0
          ? "Văn bản chưa có mục nào do Báo cáo chèn nên chưa có gì để cập nhật. Bấm “Chèn tất cả các mục” để chèn số liệu dưới các tiêu đề mục; với văn bản trống, bấm “Tạo khung báo cáo”."
          : absent.length === 1
            ? `Mục ${absent[0]} có số liệu nhưng chưa có trong văn bản; bấm “Chèn tất cả các mục” để chèn.`
            : `${absent.length} mục có số liệu nhưng chưa có trong văn bản (${absent.join(", ")}); bấm “Chèn tất cả các mục” để chèn.`,
    });
  return plan;
}

/**
 * Where a section went, for the clerk, in the clerk's own words: "“2.2. Công tác …” (đoạn 65)"
 * when the heading carries the section's title; else "“Mặt trận Tổ quốc …” dưới tiêu đề “2.4.
 * Mặt trận TQ …” (đoạn 113)", the section named by its title only (the outline's number may
 * differ from the clerk's). `paragraph` is 0-based.
 */
export function placementLine(i: { title: string; heading: string; paragraph: number }): string {
  const heading = i.heading.trim().replace(/[:.]$/, "");
  const where = `(đoạn ${i.paragraph + 1})`;
  return parseHeading(heading).key === titleKey(i.title)
    ? `“${heading}” ${where}`
    : `“${i.title}” dưới tiêu đề “${heading}” ${where}`;
}
