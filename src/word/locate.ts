/**
 * Where a finding of the checker (core/checker.ts) is in the document now, and which of Word's
 * search results is its stated value. Pure: `paragraphs` are the texts Word reports for
 * body.paragraphs, in order (tables and content controls included), the same list the check
 * ran on. The document may have changed since the check, so a finding is found again by its
 * claim text: in its own paragraph first, nearest its old offset, then in the paragraphs around
 * it, nearest first (a paragraph added or removed above it moves it by one).
 *
 * Word gives no character offsets (WordApi 1.3), so the stated value is reached with a search:
 * Word finds every occurrence of a text, left to right and not overlapping, paragraph after
 * paragraph; counting the same occurrences in the texts tells which result is ours. The search
 * text is the stated value alone ("41,6%"), far below Word's 255 characters, whatever the length
 * of the claim.
 */
import type { Finding } from "../core/checker";

/** The stated value as written in the document: "41,6%", "92,75 %". */
export function statedText(f: Finding): string {
  return f.text.slice(f.statedStart - f.start, f.statedEnd - f.start);
}

/** The finding where its claim text is now, offsets shifted; undefined when no paragraph holds it. */
export function relocate(paragraphs: readonly string[], f: Finding): Finding | undefined {
  for (const i of nearestFirst(f.paragraph, paragraphs.length)) {
    const starts = occurrences(paragraphs[i], f.text);
    if (starts.length === 0) continue;
    const distance = (s: number) => Math.abs(s - f.start);
    const start = starts.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    const shift = start - f.start;
    return {
      ...f,
      paragraph: i,
      start,
      end: f.end + shift,
      statedStart: f.statedStart + shift,
      statedEnd: f.statedEnd + shift,
    };
  }
  return undefined;
}

/** Paragraph indices from `hint` outwards: hint, hint + 1, hint − 1, hint + 2, … within [0, count). */
function nearestFirst(hint: number, count: number): number[] {
  const from = Math.min(Math.max(hint, 0), count - 1);
  const out: number[] = [];
  for (let d = 0; out.length < count; d++) {
    if (from + d < count) out.push(from + d);
    if (d > 0 && from - d >= 0) out.push(from - d);
  }
  return out;
}

/** Offsets of `needle` in `text`, left to right, not overlapping: the occurrences Word's search finds. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
    out.push(at);
  return out;
}

/**
 * Which of Word's results for `needle` over the whole body is the one at `offset` in paragraph
 * `paragraph`, and how many results Word should give; undefined when no occurrence starts there.
 */
export function hitIndex(
  paragraphs: readonly string[],
  needle: string,
  paragraph: number,
  offset: number
): { index: number; total: number } | undefined {
  const counts = paragraphs.map((p) => occurrences(p, needle));
  const within = counts[paragraph]?.indexOf(offset) ?? -1;
  if (within < 0) return undefined;
  const before = counts.slice(0, paragraph).reduce((n, c) => n + c.length, 0);
  return { index: before + within, total: counts.reduce((n, c) => n + c.length, 0) };
}

/** Characters with a meaning in Word's search text without wildcards, and how to write them. */
const SEARCH_ESCAPES: Record<string, string> = { "^": "^^", "\u00a0": "^s", "\t": "^t" };
/** Word for Windows refuses a longer search text (OfficeDev/office-js#168). */
export const MAX_SEARCH_LENGTH = 255;

/** `text` as Word's search text without wildcards; undefined when longer than Word allows. */
export function wordSearchText(text: string): string | undefined {
  const escaped = text.replace(/[\^\u00a0\t]/g, (c) => SEARCH_ESCAPES[c]);
  return escaped.length > 0 && escaped.length <= MAX_SEARCH_LENGTH ? escaped : undefined;
}

/** The finding once its stated value reads `replacement`: offsets and claim text as they are then. */
export function afterFix(f: Finding): Finding {
  const rel = f.statedStart - f.start;
  const text = f.text.slice(0, rel) + f.replacement + f.text.slice(f.statedEnd - f.start);
  const shift = f.replacement.length - (f.statedEnd - f.statedStart);
  return {
    ...f,
    text,
    stated: f.expected,
    end: f.end + shift,
    statedEnd: f.statedStart + f.replacement.length,
    style: [],
  };
}
