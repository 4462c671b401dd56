/**
 * Vietnamese text typed in the legacy 8-bit encodings government workbooks still carry: TCVN3
 * (ABC, fonts ".VnTime", ".VnArial": "Sè hé nghÌo") and VNI-Windows (fonts "VNI-Times": "Soá hoä
 * ngheøo"). Read as Unicode they are garbage; each cell found so is converted to Unicode NFC with
 * the conversion tables of the `vietnamese-conversion` library (issue 10 § Legacy encodings).
 *
 * Detection, per cell: the text holds a character of the Latin-1 block that Vietnamese Unicode
 * never uses for a letter ("¸", "µ", "ø", "ï", "®"…; degree and superscripts aside), and no letter
 * only Unicode has ("ộ", "ư", "đ"); then the encoding whose conversion leaves no such character
 * is the cell's. Unicode Vietnamese is never converted.
 */
import { toUnicode } from "vietnamese-conversion";
import type { SheetGrid } from "../core/grid";
import { isKnownUnit } from "../core/reading/units";

export type LegacyEncoding = "TCVN3" | "VNI";

/** Latin-1 characters that are no letter of Vietnamese Unicode (° ² ³ ± · stay allowed as symbols). */
const SUSPICIOUS =
  /[\u00a1-\u00ac\u00ad\u00ae\u00af\u00b4-\u00b6\u00b8-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/;
/** Letters only Unicode Vietnamese has: ă â đ ơ ư ĩ ũ and the letters of U+1EA0–U+1EF9. */
const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** The legacy encoding `text` is in, or undefined for Unicode (or plain ASCII) text. */
export function legacyEncodingOf(text: string): LegacyEncoding | undefined {
  if (UNICODE_ONLY.test(text)) return undefined;
  // A capital with a mark inside a lower-case word ("nghÌo") is TCVN3's, never Unicode's.
  if (!SUSPICIOUS.test(text) && !/\p{Ll}[\u00c0-\u00dd]/u.test(text)) return undefined;
  const clean = (s: string) => !SUSPICIOUS.test(s) && s !== text;
  if (vniShape(text) && clean(vniToUnicode(text))) return "VNI";
  if (clean(toUnicode(text, "tcvn3"))) return "TCVN3";
  return undefined;
}

/** VNI writes a tone as a letter after the vowel: "oø", "aù", "eá". */
function vniShape(text: string): boolean {
  return /[aeiouyâêôöAEIOUYÂÊÔÖ][øùûõïáàäåÙØÛÕÏÁÀÄÅ]/.test(text);
}

/** `text` in Unicode NFC, from `encoding`. */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === "TCVN3") return toUnicode(text, "tcvn3").normalize("NFC");
  return vniToUnicode(text);
}

/** VNI's tone letters, as combining marks: ø grave, ù acute, û hook, õ tilde, ï dot below. */
const VNI_TONES: Record<string, string> = {
  ø: "\u0300",
  ù: "\u0301",
  û: "\u0309",
  õ: "\u0303",
  ï: "\u0323",
  Ø: "\u0300",
  Ù: "\u0301",
  Û: "\u0309",
  Õ: "\u0303",
  Ï: "\u0323",
};

/**
 * VNI to Unicode with the library, then the tones it leaves after "ư" and "ơ" ("Thöïc" comes back
 * "Thưïc" from vietnamese-conversion 2.0.0) put on their letter: "Thực".
 */
function vniToUnicode(text: string): string {
  return toUnicode(text, "vni")
    .replace(/([ơưƠƯ])([øùûõïØÙÛÕÏ])/g, (_, base: string, tone: string) => base + VNI_TONES[tone])
    .normalize("NFC");
}

/**
 * The sheet with every legacy-encoded text cell converted, and `legacyEncoding` set to the
 * encoding most converted cells were in (for the report's one warning per sheet).
 */
export function withUnicodeText(grid: SheetGrid): SheetGrid {
  const counts: Record<LegacyEncoding, number> = { TCVN3: 0, VNI: 0 };
  const cells = grid.cells.map((row) =>
    row.map((v) => {
      if (typeof v !== "string") return v;
      const encoding = legacyEncodingOf(v);
      if (!encoding) return v;
      counts[encoding]++;
      return fromLegacy(v, encoding);
    })
  );
  if (counts.TCVN3 + counts.VNI === 0) return grid;
  const legacyEncoding: LegacyEncoding = counts.VNI > counts.TCVN3 ? "VNI" : "TCVN3";
  // Units are too short to tell by themselves ("hé"): in such a sheet, one that converts to a
  // known unit ("hộ") is converted too.
  for (const row of cells)
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.length > 12 || UNICODE_ONLY.test(v)) return;
      const unit = fromLegacy(v, legacyEncoding);
      if (unit !== v && isKnownUnit(unit)) row[c] = unit;
    });
  return { ...grid, cells, legacyEncoding };
}
