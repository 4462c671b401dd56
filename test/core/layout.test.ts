import {
  BODY,
  CLOSING,
  FONT,
  HEADER_TABLE,
  HEADINGS,
  MARGINS_MM,
  MOTTO,
  NATIONAL_TITLE,
  PAGE,
  PAGE_NUMBER,
  TEXT_WIDTH_TWIPS,
  TITLE,
  TWIPS_PER_MM,
  mmToTwips,
} from "../../src/core/layout";

describe("layout constants follow nd30.md", () => {
  it("converts millimetres to whole twips", () => {
    expect(TWIPS_PER_MM).toBeCloseTo(56.6929, 3);
    expect(mmToTwips(10)).toBe(567);
    expect(mmToTwips(30)).toBe(1701);
    expect(mmToTwips(0)).toBe(0);
  });

  it("uses A4 portrait and margins inside the decree's ranges", () => {
    expect(PAGE).toEqual({ widthTwips: 11906, heightTwips: 16838 });
    expect(MARGINS_MM.top).toBeGreaterThanOrEqual(20);
    expect(MARGINS_MM.top).toBeLessThanOrEqual(25);
    expect(MARGINS_MM.bottom).toBeGreaterThanOrEqual(20);
    expect(MARGINS_MM.bottom).toBeLessThanOrEqual(25);
    expect(MARGINS_MM.left).toBeGreaterThanOrEqual(30);
    expect(MARGINS_MM.left).toBeLessThanOrEqual(35);
    expect(MARGINS_MM.right).toBeGreaterThanOrEqual(15);
    expect(MARGINS_MM.right).toBeLessThanOrEqual(20);
  });

  it("derives the text width from the page and margins", () => {
    expect(TEXT_WIDTH_TWIPS).toBe(
      PAGE.widthTwips - mmToTwips(MARGINS_MM.left) - mmToTwips(MARGINS_MM.right)
    );
    expect(TEXT_WIDTH_TWIPS).toBe(9355);
  });

  it("sets the body as the decree asks", () => {
    expect(FONT).toBe("Times New Roman");
    expect(BODY.sizePt).toBeGreaterThanOrEqual(13);
    expect(BODY.sizePt).toBeLessThanOrEqual(14);
    expect([567, 720]).toContain(BODY.firstLineIndentTwips);
    expect(BODY.spacingAfterPt).toBeGreaterThanOrEqual(6);
    expect(BODY.lineAuto240).toBeGreaterThanOrEqual(240);
    expect(BODY.lineAuto240).toBeLessThanOrEqual(360);
    expect(PAGE_NUMBER.sizePt).toBeGreaterThanOrEqual(13);
    expect(PAGE_NUMBER.sizePt).toBeLessThanOrEqual(14);
  });

  it("sets the header block within the decree's sizes", () => {
    for (const pt of [
      HEADER_TABLE.parentAgencyPt,
      HEADER_TABLE.issuerPt,
      HEADER_TABLE.nationalTitlePt,
    ]) {
      expect(pt).toBeGreaterThanOrEqual(12);
      expect(pt).toBeLessThanOrEqual(13);
    }
    expect(HEADER_TABLE.numberPt).toBe(13);
    for (const pt of [
      HEADER_TABLE.mottoPt,
      HEADER_TABLE.placeDatePt,
      TITLE.sizePt,
      CLOSING.signaturePt,
    ]) {
      expect(pt).toBeGreaterThanOrEqual(13);
      expect(pt).toBeLessThanOrEqual(14);
    }
    expect(HEADER_TABLE.issuerRuleShare).toBeGreaterThanOrEqual(1 / 3);
    expect(HEADER_TABLE.issuerRuleShare).toBeLessThanOrEqual(1 / 2);
    expect(CLOSING.recipientsLabelPt).toBe(12);
    expect(CLOSING.recipientsPt).toBe(11);
  });

  it("holds the fixed texts of the header", () => {
    expect(NATIONAL_TITLE).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(MOTTO).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(NATIONAL_TITLE).toBe(NATIONAL_TITLE.normalize("NFC"));
    expect(MOTTO).toBe(MOTTO.normalize("NFC"));
  });

  it("styles headings per level as in § Body headings", () => {
    expect(HEADINGS[0]).toMatchObject({ bold: true, upper: true });
    expect(HEADINGS[1]).toEqual({ bold: true, italic: false, upper: true });
    expect(HEADINGS[2]).toEqual({ bold: true, italic: false, upper: false });
    expect(HEADINGS[3]).toMatchObject({ bold: true, upper: false });
    expect(HEADINGS[4]).toEqual({ bold: false, italic: false, upper: false });
  });
});
