import { Inline, isFootnote, plainText } from "../../src/core/document";

describe("document model helpers", () => {
  const runs: Inline[] = [
    { text: "Số hộ nghèo: " },
    { text: "99", bold: true },
    { text: " hộ." },
    { footnote: [{ text: "Theo rà soát cuối năm." }] },
  ];

  it("isFootnote tells footnote references from text runs", () => {
    expect(runs.map(isFootnote)).toEqual([false, false, false, true]);
  });

  it("plainText joins the runs and leaves footnotes out", () => {
    expect(plainText(runs)).toBe("Số hộ nghèo: 99 hộ.");
    expect(plainText([])).toBe("");
  });
});
