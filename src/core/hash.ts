/**
 * A small content hash to notice that the clerk edited text we inserted: FNV-1a (32-bit) over
 * UTF-16 code units. Not cryptographic; it only has to change when the text changes.
 */

/** FNV-1a of `s` exactly as given, as 8 lower-case hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * The hash of a text as a reader sees it: NFC, and every run of white space or control
 * characters (paragraph marks, cell marks, footnote reference marks) counted as one space.
 * So the same words hash alike whether Word reports paragraphs with "\r" or "\n".
 */
export function textHash(text: string): string {
  const seen = text
    .normalize("NFC")
    .replace(/[\s\p{Cc}]+/gu, " ")
    .trim();
  return fnv1a(seen);
}

/**
 * The hash of a text's visible characters only: NFC, every white space and control character
 * dropped. What a renderer wrote and what Word later reports for it hash alike whatever marks
 * separate paragraphs, cells and footnote references, so the stamp of a control written
 * without Word (`baocao fill`) can be computed from the blocks alone.
 */
export function visibleHash(text: string): string {
  return fnv1a(text.normalize("NFC").replace(/[\s\p{Cc}]+/gu, ""));
}
