/**
 * Section numbers from a section's place in the outline, after nd30.md § Body headings:
 * phần "A.", mục "I.", khoản "1.", sub-khoản "1.1.", điểm "a)".
 */
import { HeadingLevel } from "./document";
import { OutlineSection } from "./outlines";
import { isRomanNumeral } from "./text";

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → "I", 14 → "XIV" (1–3999). */
export function toRoman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

/** Number text per section id: "A.", "II.", "2.", "2.1.", "a)". */
export function numberSections(sections: OutlineSection[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (list: OutlineSection[], parentArabic: string) => {
    list.forEach((s, i) => {
      const n = i + 1;
      let arabic = parentArabic;
      switch (s.level) {
        case 0:
          out.set(s.id, `${String.fromCharCode(64 + n)}.`);
          arabic = "";
          break;
        case 1:
          out.set(s.id, `${toRoman(n)}.`);
          arabic = "";
          break;
        case 2:
          out.set(s.id, `${n}.`);
          arabic = String(n);
          break;
        case 3:
          arabic = parentArabic ? `${parentArabic}.${n}` : String(n);
          out.set(s.id, `${arabic}.`);
          break;
        case 4:
          out.set(s.id, `${String.fromCharCode(96 + n)})`);
          break;
      }
      visit(s.children, arabic);
    });
  };
  visit(sections, "");
  return out;
}

/** A number as written anywhere ("II.", "2.2", "a)", "B") folded for comparison: "ii", "2.2", "a", "b". */
export function numberKey(n: string): string {
  return n
    .trim()
    .replace(/[.)]+$/, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/** The level a heading number implies (nd30.md § Body headings): "A." phần, "II." mục, "1." khoản, "1.1." sub-khoản, "a)" điểm. */
export function levelOfNumber(n: string): HeadingLevel | undefined {
  if (n.startsWith("phần ")) return 0;
  if (isRomanNumeral(n)) return 1;
  if (/^[A-Z]$/.test(n)) return 0;
  if (/^\d+$/.test(n)) return 2;
  if (/^\d+(\.\d+)+$/.test(n)) return 3;
  if (/^[a-zđ]$/.test(n)) return 4;
  return undefined;
}
