/**
 * How wide a text is set in Times New Roman (nd30.md § Page, "font"), for laying out table columns
 * without a font at hand. Advance widths in thousandths of an em, characters 32–126, as Times New
 * Roman and its metric twin Liberation Serif have them; a Vietnamese letter is as wide as its base
 * letter, except the horned ư, ơ (and Ư, Ơ), which are wider.
 */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
  611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
  722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
  278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
/** [regular, bold] of the letters a base letter does not give. */
const OTHER: Record<string, [number, number]> = {
  đ: [500, 556],
  Đ: [722, 722],
  ư: [542, 600],
  Ư: [776, 796],
  ơ: [529, 554],
  Ơ: [722, 778],
};
const HORN = "\u031b";

/** The width of one character (NFC) in thousandths of an em. */
function advance(ch: string, bold: boolean): number {
  const parts = ch.normalize("NFD");
  const base = parts.includes(HORN) ? (parts[0] + HORN).normalize("NFC") : parts[0];
  const other = OTHER[base];
  if (other) return other[bold ? 1 : 0];
  const code = base.codePointAt(0) ?? 0;
  // Anything else (dashes, symbols) as a wide letter: a column is never too narrow for it.
  return code >= 32 && code <= 126 ? (bold ? BOLD : REGULAR)[code - 32] : 778;
}

/** Width in points of `text` set in Times New Roman at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) em += advance(ch, bold);
  return (em / 1000) * sizePt;
}
