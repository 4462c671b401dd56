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
