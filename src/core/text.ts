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
