/**
 * Text helpers shared by every matcher in the core: headers, metadata labels, outline titles.
 */

/** Returns `s` in Unicode NFC, the form every generated text is stored in. */
export function nfc(s: string): string {
  return s.normalize("NFC");
}

/**
 * A matching key: NFC, lower case, Vietnamese diacritics removed ("đ" → "d"),
 * runs of white space folded to one space, trimmed.
 * Example: "  Thực  hiện NĂM 2023" → "thuc hien nam 2023".
 */
export function foldKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `s` is a Roman numeral from I to XXXIX, with an optional trailing dot. */
export function isRomanNumeral(s: string): boolean {
  return /^(X{0,3})(IX|IV|V?I{0,3})\.?$/.test(s.trim()) && s.trim().replace(".", "") !== "";
}

/** Upper-cases Vietnamese text for headings, keeping NFC. */
export function upper(s: string): string {
  return nfc(s).toLocaleUpperCase("vi-VN");
}

/**
 * Characters XML 1.0 does not allow (control characters but tab and line ends, lone surrogates,
 * U+FFFE, U+FFFF): a cell holding one ("_xFFFE_" in an .xlsx) would make word/document.xml
 * invalid, and Word and LibreOffice refuse the file. Source: XML 1.0 § 2.2 Characters.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * NFC text without what XML cannot hold: every text written to a .docx passes here (io/docx.ts),
 * and every text cell read from an .xlsx (io/xlsx.ts), so that names keep their spacing.
 */
export function xmlSafe(text: string): string {
  return text.normalize("NFC").replace(NOT_XML_CHAR, "");
}

/**
 * The sentence style a clerk names: "văn xuôi" → "prose", "liệt kê" → "list" (any case, with or
 * without marks, in the Thông tin chung sheet or a group's Mẫu câu); undefined otherwise.
 */
export function sentenceStyleOf(text: string): "prose" | "list" | undefined {
  const key = foldKey(text)
    .replace(/[\s_-]+/g, " ")
    .trim();
  if (["van xuoi", "prose", "doan van"].includes(key)) return "prose";
  if (["liet ke", "list", "gach dau dong"].includes(key)) return "list";
  return undefined;
}

/**
 * `s` without its final full stop, semicolon or comma ("Phòng Nội vụ." → "Phòng Nội vụ"), so a
 * sentence can end it its own way; an ellipsis is a placeholder the clerk fills in and stays
 * whole ("Kết quả thực hiện nhiệm vụ ..." keeps its three dots).
 */
export function withoutFinalStop(s: string): string {
  const t = s.trimEnd();
  if (/(?:\.\.\.|…)$/.test(t)) return t;
  return t.replace(/[.;,]$/, "").trimEnd();
}
