import fc from "fast-check";
import {
  DEFAULT_PRECISION,
  formatCount,
  formatNumber,
  formatPercent,
  formatPercentNumber,
  parseViNumber,
  roundHalfUp,
} from "../../src/core/numbers";

describe("roundHalfUp", () => {
  it("rounds halves away from zero", () => {
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(7.1274, 2)).toBe(7.13);
  });

  it("clears binary noise before rounding (1.005 → 1.01, 2.675 → 2.68)", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(1.0049, 2)).toBe(1);
  });

  it("rounds 581/1415 to 41.1 at one decimal (the reference report wrote 41,6)", () => {
    expect(roundHalfUp((581 / 1415) * 100, 1)).toBe(41.1);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0, 0), 0)).toBe(true);
  });

  it("never returns NaN for finite input (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          expect(Number.isNaN(roundHalfUp(x, d))).toBe(false);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("is within half a unit of the last place for realistic values (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const r = roundHalfUp(x, d);
          expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-6);
        }
      )
    );
  });

  it("stays finite for very large finite input (a figure that needs no rounding)", () => {
    // 1e308 has no fractional part, so rounding it must give it back, not Infinity.
    expect(roundHalfUp(1e308, 2)).toBe(1e308);
  });
});

describe("formatNumber", () => {
  it("formats the seed figures the Vietnamese way", () => {
    expect(formatNumber(1389)).toBe("1.389");
    expect(formatNumber(28.75)).toBe("28,75");
    expect(formatNumber(30550000)).toBe("30.550.000");
  });

  it("shows at most maxDecimals decimals and drops trailing zeros", () => {
    expect(formatNumber(3.4)).toBe("3,4");
    expect(formatNumber(2.005)).toBe("2,01");
    expect(formatNumber(1234.5678)).toBe("1.234,57");
    expect(formatNumber(1234.5678, 0)).toBe("1.235");
    expect(formatNumber(1.5, 3)).toBe("1,5");
    expect(formatNumber(0)).toBe("0");
  });

  it("writes negatives with a minus and never '-0'", () => {
    expect(formatNumber(-1389)).toBe("-1.389");
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });

  it("throws RangeError for NaN and ±Infinity", () => {
    expect(() => formatNumber(NaN)).toThrow(RangeError);
    expect(() => formatNumber(Infinity)).toThrow(RangeError);
    expect(() => formatNumber(-Infinity)).toThrow(RangeError);
  });

  it("keeps every digit of a large exact integer and invents no decimals", () => {
    expect(formatNumber(90_000_000_000_000)).toBe("90.000.000.000.000");
    expect(formatNumber(372330684932257)).toBe("372.330.684.932.257");
    expect(formatNumber(9007199254740991)).toBe("9.007.199.254.740.991");
  });

  it("never prints '∞' for a finite figure", () => {
    expect(formatNumber(1e308)).not.toContain("∞");
  });
});

describe("formatPercentNumber / formatPercent", () => {
  it("gives the seed percentages", () => {
    expect(formatPercent((99 / 1389) * 100, { decimals: 2 })).toBe("7,13%");
    expect(formatPercent((90 / 110) * 100)).toBe("81,8%");
    expect(formatPercent((581 / 1415) * 100)).toBe("41,1%");
    expect(formatPercent((110 / 110) * 100)).toBe("100%");
  });

  it("defaults to one decimal", () => {
    expect(DEFAULT_PRECISION).toEqual({ decimals: 1 });
    expect(formatPercentNumber(81.818)).toBe("81,8");
  });

  it("shows exactly `decimals` decimals unless the value rounds to a whole number", () => {
    expect(formatPercentNumber(7.2, { decimals: 2 })).toBe("7,20");
    expect(formatPercentNumber(99.96, { decimals: 1 })).toBe("100");
    expect(formatPercentNumber(38, { decimals: 2 })).toBe("38");
    expect(formatPercentNumber(12.3456, { decimals: 0 })).toBe("12");
    expect(formatPercentNumber(12.34565, { decimals: 4 })).toBe("12,3457");
  });

  it("puts no space before the sign and groups thousands", () => {
    expect(formatPercent(1234.5)).toBe("1.234,5%");
    expect(formatPercent(-20)).toBe("-20%");
  });

  it("throws RangeError for non-finite values", () => {
    expect(() => formatPercent(NaN)).toThrow(RangeError);
    expect(() => formatPercentNumber(Infinity)).toThrow(RangeError);
  });
});

describe("formatCount", () => {
  it("pads whole numbers 1–9 when asked", () => {
    expect(formatCount(5, true)).toBe("05");
    expect(formatCount(1, true)).toBe("01");
    expect(formatCount(9, true)).toBe("09");
  });

  it("does not pad 0, 10+, fractions, negatives, or when padding is off", () => {
    expect(formatCount(0, true)).toBe("0");
    expect(formatCount(12, true)).toBe("12");
    expect(formatCount(1389, true)).toBe("1.389");
    expect(formatCount(5.5, true)).toBe("5,5");
    expect(formatCount(-5, true)).toBe("-5");
    expect(formatCount(5, false)).toBe("5");
  });
});

describe("parseViNumber", () => {
  it("reads Vietnamese-formatted figures", () => {
    expect(parseViNumber("1.389")).toEqual({ value: 1389, percent: false });
    expect(parseViNumber("30.550.000")).toEqual({ value: 30550000, percent: false });
    expect(parseViNumber("28,75")).toEqual({ value: 28.75, percent: false });
    expect(parseViNumber("1.234,5")).toEqual({ value: 1234.5, percent: false });
    expect(parseViNumber("99")).toEqual({ value: 99, percent: false });
    expect(parseViNumber("-5")).toEqual({ value: -5, percent: false });
    expect(parseViNumber("+5")).toEqual({ value: 5, percent: false });
  });

  it("reads percentages, with or without a space before the sign", () => {
    expect(parseViNumber("7,13%")).toEqual({ value: 7.13, percent: true });
    expect(parseViNumber("7,13 %")).toEqual({ value: 7.13, percent: true });
    expect(parseViNumber("100%")).toEqual({ value: 100, percent: true });
  });

  it("reads a dot followed by other than three digits as a decimal point", () => {
    expect(parseViNumber("27.1")).toEqual({ value: 27.1, percent: false });
    expect(parseViNumber("3.4567")).toEqual({ value: 3.4567, percent: false });
  });

  it("tolerates surrounding and non-breaking spaces", () => {
    expect(parseViNumber("  1.389 ")).toEqual({ value: 1389, percent: false });
    expect(parseViNumber("\u00a01.389\u00a0")).toEqual({ value: 1389, percent: false });
    expect(parseViNumber("30\u00a0550\u00a0000")).toEqual({ value: 30550000, percent: false });
  });

  it("returns undefined for anything that is not a number", () => {
    for (const s of [
      "",
      "  ",
      "abc",
      "1,2,3",
      "%",
      "12.345.6",
      "1..2",
      "12abc",
      "-",
      "1.2.3,4,5",
    ]) {
      expect(parseViNumber(s)).toBeUndefined();
    }
  });
});

describe("round trips (properties)", () => {
  it("parseViNumber(formatNumber(n)) === n for integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e13, max: 9e13 }), (n) => {
        expect(parseViNumber(formatNumber(n))).toEqual({ value: n, percent: false });
      }),
      { numRuns: 1000 }
    );
  });

  it("parseViNumber(formatNumber(x)) === x for numbers with up to 2 decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const x = cents / 100;
        expect(parseViNumber(formatNumber(x))?.value).toBe(x);
      }),
      { numRuns: 1000 }
    );
  });

  it("parseViNumber(formatNumber(x)) is x rounded half-up to 2 decimals for any double", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        expect(parseViNumber(formatNumber(x))?.value).toBe(roundHalfUp(x, 2));
      }),
      { numRuns: 1000 }
    );
  });

  it("formatPercent and parseViNumber agree at every precision", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, decimals) => {
          const text = formatPercent(x, { decimals });
          expect(text.endsWith("%")).toBe(true);
          expect(parseViNumber(text)).toEqual({ value: roundHalfUp(x, decimals), percent: true });
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("formatNumber output only ever holds digits, '.', ',' and a leading '-'", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          expect(formatNumber(x, d)).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
        }
      )
    );
  });
});
