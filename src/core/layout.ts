/**
 * Every Nghị định 30 number the renderers use, in one place. Each constant cites its row of
 * ../shared/reference/nd30.md ([D] stated in the decree, [P] our house default).
 * Units are in the names: twips (1/1440 inch), pt, mm; docx half-points are derived, not stored.
 */
import { HeadingLevel } from "./document";

/** Twips per millimetre. */
export const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** nd30.md § Page, "paper": A4 portrait, 11906 × 16838 twips. */
export const PAGE = { widthTwips: 11906, heightTwips: 16838 } as const;

/** nd30.md § Page, "margins": top 20, bottom 20, left 30, right 15 mm (our defaults inside the decree's ranges). */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

/** nd30.md § Page, "font": Times New Roman. */
export const FONT = "Times New Roman";

/** The width text may use: page width less the left and right margins, in twips (9355). */
export const TEXT_WIDTH_TWIPS =
  PAGE.widthTwips - mmToTwips(MARGINS_MM.left) - mmToTwips(MARGINS_MM.right);

/** nd30.md § Page, "body": 14 pt, justified, first-line indent 1 cm, 6 pt after, 1,15 lines. */
export const BODY = {
  sizePt: 14,
  firstLineIndentTwips: 567, // 1 cm
  spacingAfterPt: 6,
  /** Line spacing in 240ths of a line ("auto" rule): 1,15 lines. */
  lineAuto240: 276,
} as const;

/** nd30.md § Page, "page number": Arabic, 14 pt (13–14), centred in the header, not on page 1. */
export const PAGE_NUMBER = { sizePt: 14 } as const;

/** nd30.md § Header block: the borderless 2-column table, ≈ 40 % / 60 % of the text width [P]. */
export const HEADER_TABLE = {
  leftShare: 0.4,
  /** cơ quan chủ quản: uppercase, 13 pt, not bold [D]. */
  parentAgencyPt: 13,
  /** cơ quan ban hành: uppercase, 13 pt, bold [D]. */
  issuerPt: 13,
  /** rule under the issuer: 1/3–1/2 of the text width; we draw 1/3 of the left column [D]. */
  issuerRuleShare: 1 / 3,
  /** "Số: …/BC-UBND": 13 pt [D]. */
  numberPt: 13,
  /** Quốc hiệu: uppercase, 12 pt (12–13: at 13 pt it overflows the 60 % column), bold [D]. */
  nationalTitlePt: 12,
  /** Tiêu ngữ: 14 pt (13–14), bold; rule below as long as the text [D]. */
  mottoPt: 14,
  /**
   * Length of the rule under Tiêu ngữ, twips: the width of "Độc lập - Tự do - Hạnh phúc" set in
   * Times New Roman bold 14 pt, 171 pt (6,0 cm) as LibreOffice sets it with Liberation Serif,
   * whose widths are Times New Roman's (test/io/render-nd30.test.ts measures both on the page).
   */
  mottoRuleTwips: 3420,
  /** Place and date: 14 pt (13–14), italic [D]. */
  placeDatePt: 14,
  /** The empty row between the agencies and the Số / place-date row, pt [P]. */
  spacerPt: 6,
} as const;

/**
 * nd30.md § Header block: rules are drawn, never typed: an empty paragraph's bottom border,
 * 3/4 pt (6 eighths of a point), in a line exactly 120 twips (6 pt) high holding a 2 pt run [P].
 */
export const RULE = { borderEighthsPt: 6, lineTwips: 120, sizePt: 2 } as const;

/** nd30.md § Header block: the fixed texts of the right column [D]. */
export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** nd30.md § Title: "BÁO CÁO" and the trích yếu, 14 pt bold centred; a short rule below [D]. */
export const TITLE = {
  sizePt: 14,
  /** The short rule under the trích yếu, twips (≈ 1/4 of the text width). */
  ruleTwips: 2400,
  spacingBeforePt: 12,
  /** Several Kính gửi recipients: "Kính gửi:" indented by this share of the text width [P]. */
  addresseeLabelIndentShare: 0.2,
  /** … and each "- recipient;" line by this share [P]. */
  addresseeItemIndentShare: 0.35,
} as const;

/** nd30.md § Body headings: body size and indent; per level: bold, italic, upper case. */
export const HEADINGS: Record<HeadingLevel, { bold: boolean; italic: boolean; upper: boolean }> = {
  0: { bold: true, italic: false, upper: true }, // phần [D]
  1: { bold: true, italic: false, upper: true }, // mục [D]
  2: { bold: true, italic: false, upper: false }, // khoản with title [D]
  3: { bold: true, italic: true, upper: false }, // sub-khoản: bold or bold italic [P]
  4: { bold: false, italic: false, upper: false }, // điểm: upright [D]
};

/** nd30.md § Closing: the borderless 2-column table of Nơi nhận and signature [P]. */
export const CLOSING = {
  leftShare: 0.45,
  /** "Nơi nhận:" 12 pt bold italic [D]. */
  recipientsLabelPt: 12,
  /** Each recipient line 11 pt [D]. */
  recipientsPt: 11,
  /** Authority, position and name: 14 pt (13–14), bold [D]. */
  signaturePt: 14,
  /** Empty lines left for the signature and seal [D: "a gap"]. */
  signatureGapLines: 4,
  spacingBeforePt: 12,
  /** Nơi nhận lines: single line spacing (240ths of a line), no space between them [P]. */
  lineAuto240: 240,
} as const;

/**
 * Tables in the body: 13 pt text, header bold and centred; 2 pt (40 twips) above and below each
 * cell's text, single line spacing; 0,1 cm (57 twips) left and right, so that up to ten columns
 * fit the text width without breaking a word [P]. Word's own default margin, 0,08" (115 twips),
 * stays on tables written through Office.js, which keep the table's style.
 */
export const BODY_TABLE = {
  sizePt: 13,
  headerBold: true,
  cellSpacingTwips: 40,
  cellLineAuto240: 240,
  cellMarginTwips: 57,
  wordDefaultCellMarginTwips: 115,
} as const;

/** Footnote text: 12 pt [P]. */
export const FOOTNOTE = { sizePt: 12 } as const;
