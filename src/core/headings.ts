/**
 * Finds the report's section headings among the paragraphs of an open document, and where a
 * section's content goes: after its heading, before the next heading of the same or a higher
 * level. Works on plain data (the Word adapter loads the paragraphs once), so it runs without
 * Word. Headings match by number and title, case- and diacritics-insensitively after NFC,
 * whether or not they use Heading styles (clerks often type "II. KẾT QUẢ …" in Normal, bold).
 */
import { Diagnostic } from "./diagnostics";
import { Block, HeadingLevel } from "./document";
import { headingLine } from "./lines";
import { levelOfNumber, numberKey } from "./numbering";
import { foldKey, isRomanNumeral } from "./text";

/** One paragraph of the document as the Word adapter loads it (body.paragraphs, in order). */
export interface DocParagraph {
  text: string;
  /** Style name as Word shows it, possibly localised: "Heading 2", "Normal". */
  style?: string;
  /** Built-in style when known: "Heading1" … "Heading9", "Normal", "Other". */
  styleBuiltIn?: string;
  /** Word's outline level: 1–9 for headings; anything else (0, 10, undefined) is body text. */
  outlineLevel?: number;
  /** True inside a table: such a paragraph is never a heading. */
  inTable?: boolean;
}

/** A heading of the report, as the document should hold it. */
export interface SectionHeading {
  sectionId: string;
  level: HeadingLevel;
  /** "II.", "2.2.", "a)". */
  number: string;
  title: string;
  /** The enclosing section, if any. */
  parentId?: string;
  /** The heading as one line, for messages: "2.2. Công tác dân vận của Ủy ban nhân dân". */
  line: string;
}

/** The headings of a report body, in order, each with its parent (from the levels). */
export function reportHeadings(body: Block[]): SectionHeading[] {
  const out: SectionHeading[] = [];
  const stack: SectionHeading[] = [];
  for (const b of body) {
    if (b.type !== "heading") continue;
    while (stack.length > 0 && stack[stack.length - 1].level >= b.level) stack.pop();
    const h: SectionHeading = {
      sectionId: b.sectionId,
      level: b.level,
      number: b.number,
      title: b.title,
      parentId: stack[stack.length - 1]?.sectionId,
      line: headingLine(b),
    };
    out.push(h);
    stack.push(h);
  }
  return out;
}

/**
 * A title folded for comparison: NFC, lower case, no diacritics, punctuation and quotes
 * dropped ("Mặt trận Tổ quốc, các tổ chức chính trị – xã hội:" →
 * "mat tran to quoc cac to chuc chinh tri xa hoi").
 */
export function titleKey(title: string): string {
  return foldKey(title)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "")
    .join(" ");
}

/** A paragraph read as a possible heading. */
export interface ParsedHeading {
  /** "II", "2.2", "a", "phần I"; empty when the paragraph has no number. */
  number: string;
  /** True when a dot, bracket, colon or dash follows the number ("II." rather than "II "). */
  punctuated: boolean;
  /** titleKey of the text after the number. */
  key: string;
  /** titleKey of the text before the first colon: a run-in heading ("Ưu điểm: Cấp ủy …"). */
  leadKey?: string;
}

const NUMBERED =
  /^\s*((?:(?:Phần|PHẦN)\s+)?(?:[IVXL]+|[A-Z]|\d{1,2}(?:\.\d{1,2})*|[a-zđ]))(\s*[.):–-]\s*|\s+)(.*)$/u;

/** Splits "2.2. Công tác …", "II- KẾT QUẢ", "a) Kết quả" into number and title. */
export function parseHeading(text: string): ParsedHeading {
  // Text pasted from a chat assistant or a Markdown file keeps its marks: "#### **I. KHÁI QUÁT**".
  const t = text
    .normalize("NFC")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/\*\*|__/g, "")
    .trim();
  const m = NUMBERED.exec(t);
  const punctuated = m !== null && /[.):–-]/.test(m[2]);
  // A single letter is a number only when punctuated: "A. KẾT QUẢ", not "A KẾT QUẢ".
  const isNumber =
    m !== null &&
    m[3] !== "" &&
    (punctuated || isRomanNumeral(m[1]) || /^(Phần|PHẦN)\s|^\d/.test(m[1]));
  const number = isNumber ? m[1].replace(/^(Phần|PHẦN)\s+/, "phần ") : "";
  const title = isNumber ? m[3] : t;
  const colon = title.indexOf(":");
  return {
    number,
    punctuated: isNumber && punctuated,
    key: titleKey(title),
    leadKey: colon > 0 ? titleKey(title.slice(0, colon)) : undefined,
  };
}

/** Paragraphs longer than this are prose, not headings (a run-in heading still counts). */
const MAX_HEADING_CHARS = 250;

/**
 * The level of a paragraph that reads as a heading even though no section matched it: a
 * Heading style or outline level, or a short paragraph opening with a punctuated number.
 */
function headingLikeLevel(p: DocParagraph, parsed: ParsedHeading): HeadingLevel | undefined {
  if (p.inTable || p.text.trim() === "") return undefined;
  const byNumber =
    parsed.punctuated && p.text.length <= MAX_HEADING_CHARS
      ? levelOfNumber(parsed.number)
      : undefined;
  if (byNumber !== undefined) return byNumber;
  const style = /^Heading([1-9])$/.exec(p.styleBuiltIn ?? "");
  const outline = style ? Number(style[1]) : p.outlineLevel;
  if (outline !== undefined && outline >= 1 && outline <= 9)
    return Math.min(outline - 1, 4) as HeadingLevel;
  return undefined;
}

/** True when most words of the shorter title occur in the longer: "Mặt trận TQ" ~ "Mặt trận Tổ quốc". */
function similarTitles(a: string, b: string): boolean {
  const wa = new Set(a.split(" ").filter((w) => w !== ""));
  const wb = new Set(b.split(" ").filter((w) => w !== ""));
  if (wa.size === 0 || wb.size === 0) return false;
  const common = [...wa].filter((w) => wb.has(w)).length;
  return (2 * common) / (wa.size + wb.size) >= 0.6;
}

/**
 * How well paragraph `p` matches heading `h`: 4 same number and title, 3 same title and no
 * number (Word's automatic numbering is not in the text), 2 same title under another number
 * (the clerk renumbered), 1 same number and a similar title; 0 no match.
 */
function score(p: ParsedHeading, h: SectionHeading, hKey: string): number {
  const sameTitle = p.key === hKey || p.leadKey === hKey;
  const sameNumber = p.number !== "" && numberKey(p.number) === numberKey(h.number);
  if (sameTitle) return sameNumber ? 4 : p.number === "" ? 3 : 2;
  return sameNumber && similarTitles(p.key, hKey) ? 1 : 0;
}

export interface HeadingMatch {
  /** Paragraph index of each section heading found. */
  found: Map<string, number>;
  /** Headings not in the document. */
  missing: SectionHeading[];
  /** Headings found more than once, equally well: their paragraph indexes (0-based). */
  duplicates: { heading: SectionHeading; indexes: number[] }[];
  /** The level of every paragraph that reads as a heading (found or not), by index. */
  levels: Map<number, HeadingLevel>;
  /** Number of paragraphs searched. */
  count: number;
}

/**
 * Matches the report's headings to the document's paragraphs. A heading is looked for first
 * within its parent's range (so "1. Ưu điểm" under III is not taken for one under V), then in
 * the whole document; a paragraph serves one heading only. Two equally good candidates are
 * reported as duplicates rather than guessed between.
 */
export function matchHeadings(
  paragraphs: DocParagraph[],
  headings: SectionHeading[]
): HeadingMatch {
  const parsed = paragraphs.map((p) =>
    p.inTable || p.text.trim() === "" ? undefined : parseHeading(p.text)
  );
  const levels = new Map<number, HeadingLevel>();
  parsed.forEach((p, i) => {
    const level = p && headingLikeLevel(paragraphs[i], p);
    if (level !== undefined) levels.set(i, level);
  });
  const candidates = new Map<string, { index: number; score: number }[]>();
  for (const h of headings) {
    const key = titleKey(h.title);
    const list: { index: number; score: number }[] = [];
    parsed.forEach((p, index) => {
      if (!p || (paragraphs[index].text.length > MAX_HEADING_CHARS && p.leadKey !== key)) return;
      const s = score(p, h, key);
      if (s > 0) list.push({ index, score: s });
    });
    candidates.set(h.sectionId, list);
    // A paragraph carrying a heading's title is a boundary at that heading's level.
    for (const c of list) if (c.score >= 2 && !levels.has(c.index)) levels.set(c.index, h.level);
  }

  const found = new Map<string, number>();
  const missing: SectionHeading[] = [];
  const duplicates: HeadingMatch["duplicates"] = [];
  const claimed = new Set<number>();
  const byId = new Map(headings.map((h) => [h.sectionId, h]));
  for (const h of headings) {
    let pool = (candidates.get(h.sectionId) ?? []).filter((c) => !claimed.has(c.index));
    const parent = h.parentId !== undefined ? found.get(h.parentId) : undefined;
    if (parent !== undefined) {
      const end = rangeEnd(levels, parent, byId.get(h.parentId!)!.level, paragraphs.length);
      const inScope = pool.filter((c) => c.index > parent && c.index < end);
      if (inScope.length > 0) pool = inScope;
    }
    if (pool.length === 0) {
      missing.push(h);
      continue;
    }
    const best = Math.max(...pool.map((c) => c.score));
    const top = pool.filter((c) => c.score === best);
    if (top.length > 1) {
      duplicates.push({ heading: h, indexes: top.map((c) => c.index) });
      continue;
    }
    found.set(h.sectionId, top[0].index);
    claimed.add(top[0].index);
    levels.set(top[0].index, h.level);
  }
  return { found, missing, duplicates, levels, count: paragraphs.length };
}

/** Index of the first heading after `index` of level `level` or higher (a smaller number); else `count`. */
function rangeEnd(
  levels: Map<number, HeadingLevel>,
  index: number,
  level: HeadingLevel,
  count: number
): number {
  let end = count;
  for (const [i, l] of levels) if (i > index && i < end && l <= level) end = i;
  return end;
}

/**
 * Where a found section's content may go: paragraphs [start, end) after its heading and before
 * the next heading of the same or a higher level. Undefined when the heading was not found.
 */
export function sectionRange(
  match: HeadingMatch,
  heading: SectionHeading
): { heading: number; start: number; end: number } | undefined {
  const at = match.found.get(heading.sectionId);
  if (at === undefined) return undefined;
  return {
    heading: at,
    start: at + 1,
    end: rangeEnd(match.levels, at, heading.level, match.count),
  };
}

/**
 * The paragraph whose formatting "theo định dạng văn bản" copies for a section: the first body
 * paragraph of its range, else the last body paragraph before its heading; undefined if none.
 */
export function formatSource(
  paragraphs: DocParagraph[],
  match: HeadingMatch,
  heading: SectionHeading
): number | undefined {
  const range = sectionRange(match, heading);
  if (!range) return undefined;
  const isBody = (i: number) =>
    !paragraphs[i].inTable && paragraphs[i].text.trim() !== "" && !match.levels.has(i);
  for (let i = range.start; i < range.end; i++) if (isBody(i)) return i;
  for (let i = range.heading - 1; i >= 0; i--) if (isBody(i)) return i;
  return undefined;
}

/** Vietnamese messages for the headings that stop a section from being inserted. */
export function headingProblems(
  match: HeadingMatch,
  sectionIds: Set<string>,
  advice: "pane" | "file" = "pane"
): Diagnostic[] {
  const pane = advice === "pane";
  const out: Diagnostic[] = [];
  for (const h of match.missing) {
    if (!sectionIds.has(h.sectionId)) continue;
    out.push({
      severity: "error",
      message:
        `Không tìm thấy tiêu đề “${h.line}” trong văn bản nên chưa chèn mục này. ` +
        (pane
          ? "Hãy gõ tiêu đề vào văn bản, hoặc đặt con trỏ vào chỗ cần chèn rồi bấm “Chèn tại con trỏ”."
          : "Nếu cần mục này, hãy gõ tiêu đề vào văn bản ở chỗ cần chèn rồi chạy lại."),
    });
  }
  for (const { heading: h, indexes } of match.duplicates) {
    if (!sectionIds.has(h.sectionId)) continue;
    out.push({
      severity: "error",
      message:
        `Tiêu đề “${h.line}” có ở ${indexes.length} chỗ trong văn bản ` +
        `(đoạn ${indexes.map((i) => i + 1).join(", ")}), không biết chèn vào chỗ nào nên chưa chèn mục này. ` +
        (pane
          ? "Hãy xóa tiêu đề thừa, hoặc đặt con trỏ vào đúng chỗ rồi bấm “Chèn tại con trỏ”."
          : "Hãy xóa hoặc sửa tiêu đề thừa rồi chạy lại."),
    });
  }
  return out;
}
