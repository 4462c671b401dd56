import {
  NO_CACHED_VALUE,
  a1,
  cellAt,
  cellText,
  columnLetters,
  isBlank,
  isCellError,
  sheetCell,
} from "../../src/core/grid";
import { sheet } from "./fixtures";

describe("columnLetters and a1", () => {
  it("names columns like Excel", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(27)).toBe("AB");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
  });

  it("builds A1 addresses from 0-based indexes", () => {
    expect(a1(6, 4)).toBe("E7");
    expect(a1(0, 0)).toBe("A1");
    expect(a1(99, 27)).toBe("AB100");
  });
});

describe("sheetCell", () => {
  it("quotes sheet names with spaces or punctuation", () => {
    expect(sheetCell("Biểu 01", 6, 4)).toBe("'Biểu 01'!E7");
    expect(sheetCell("Bieu-01", 0, 1)).toBe("'Bieu-01'!B1");
    expect(sheetCell("O'Brien x", 0, 0)).toBe("'O''Brien x'!A1");
  });

  it("leaves plain names (Vietnamese letters included) unquoted", () => {
    expect(sheetCell("Sheet1", 0, 0)).toBe("Sheet1!A1");
    expect(sheetCell("Biểu01", 2, 2)).toBe("Biểu01!C3");
  });
});

describe("cells", () => {
  const g = sheet("S", [[1, "x"], [null]]);

  it("cellAt returns null outside the grid and for short rows", () => {
    expect(cellAt(g, 0, 0)).toBe(1);
    expect(cellAt(g, 0, 1)).toBe("x");
    expect(cellAt(g, 1, 1)).toBeNull();
    expect(cellAt(g, 5, 0)).toBeNull();
    expect(cellAt(g, -1, 0)).toBeNull();
  });

  it("isBlank is true for null, empty and white space only", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank("")).toBe(true);
    expect(isBlank(" \t ")).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank("-")).toBe(false);
  });

  it("isCellError recognises errors only", () => {
    expect(isCellError({ error: "#DIV/0!" })).toBe(true);
    expect(isCellError({ error: NO_CACHED_VALUE, formula: "=A1/B1" })).toBe(true);
    expect(isCellError(new Date(0))).toBe(false);
    expect(isCellError(null)).toBe(false);
    expect(isCellError("#N/A")).toBe(false);
  });

  it("cellText gives display text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText("  Số hộ  ")).toBe("Số hộ");
    expect(cellText(1389)).toBe("1389");
    expect(cellText(28.75)).toBe("28.75");
    expect(cellText(true)).toBe("true");
    expect(cellText(new Date(Date.UTC(2024, 0, 5)))).toBe("2024-01-05");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
  });
});

test("cellText of an invalid Date is empty instead of throwing", () => {
  expect(cellText(new Date(NaN))).toBe("");
  expect(cellText(new Date(Date.UTC(2024, 0, 5)))).toBe("2024-01-05");
});
