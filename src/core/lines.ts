/**
 * Text that every renderer (.docx, Word, preview) derives from the document model in the same
 * way: the line of a heading, a bullet folded into a paragraph's first run, the Kính gửi lines.
 * Kept here so that no renderer holds a second copy.
 */
import { Heading, Inline, isFootnote } from "./document";
import { HEADINGS } from "./layout";
import { upper, withoutFinalStop } from "./text";

/**
 * A heading as one line: "II. ĐẶC ĐIỂM TÌNH HÌNH", "2.1. Công tác dân vận của Hội đồng nhân dân".
 * Upper case where nd30.md § Body headings wants it (phần, mục).
 */
export function headingLine(h: Heading): string {
  const title = HEADINGS[h.level].upper ? upper(h.title) : h.title;
  return `${h.number} ${title}`.trim();
}

/** Puts the "- " bullet into the first run when that run is plain, else into a run of its own. */
export function withBullet(runs: Inline[], bullet: "-" | "+"): Inline[] {
  const [first, ...rest] = runs;
  if (first && !isFootnote(first) && !first.bold && !first.italic)
    return [{ text: `${bullet} ${first.text}` }, ...rest];
  return [{ text: `${bullet} ` }, ...runs];
}

/** The runs of a paragraph as rendered: with its bullet, if any. */
export function paragraphRuns(p: { runs: Inline[]; bullet?: "-" | "+" }): Inline[] {
  return p.bullet ? withBullet(p.runs, p.bullet) : p.runs;
}

/**
 * Kính gửi as nd30.md § Title has it. One recipient: a single line "Kính gửi: Phòng Nội vụ.".
 * Several: a "Kính gửi:" label, then "- …;" lines, the last ending ".". No recipient: nothing.
 */
export function addresseeLines(addressees: string[]): { single?: string; items: string[] } {
  if (addressees.length === 0) return { items: [] };
  if (addressees.length === 1) {
    const to = withoutFinalStop(addressees[0]);
    // A placeholder "..." is left for the clerk as it is, without a fourth dot.
    return { single: `Kính gửi: ${to}${/(?:\.\.\.|…)$/.test(to) ? "" : "."}`, items: [] };
  }
  return {
    items: addressees.map((a, i) => {
      const end = i === addressees.length - 1 ? "." : ";";
      return `- ${withoutFinalStop(a.replace(/^[-\s]+/, ""))}${end}`;
    }),
  };
}
