import fc from "fast-check";
import { againstPlan, changeFromSamePeriod, percentOf, share } from "../../src/core/metrics";

describe("percentOf", () => {
  it("is numerator / denominator × 100, unrounded", () => {
    expect(percentOf(99, 1389)).toBeCloseTo(7.12743, 4);
    expect(percentOf(110, 110)).toBe(100);
    expect(percentOf(1, 4)).toBe(25);
  });

  it("is undefined when either side is missing or the base is zero", () => {
    expect(percentOf(undefined, 5)).toBeUndefined();
    expect(percentOf(5, undefined)).toBeUndefined();
    expect(percentOf(5, 0)).toBeUndefined();
    expect(percentOf(0, 0)).toBeUndefined();
  });

  it("is undefined instead of Infinity on overflow", () => {
    expect(percentOf(1e308, 1e-10)).toBeUndefined();
  });

  it("never returns NaN or ±Infinity (property)", () => {
    const fig = fc.option(fc.oneof(fc.constant(0), fc.double()), { nil: undefined });
    fc.assert(
      fc.property(fig, fig, (a, b) => {
        const p = percentOf(a, b);
        if (p !== undefined) expect(Number.isFinite(p)).toBe(true);
        const c = changeFromSamePeriod(a, b);
        if (c !== undefined) expect(Number.isFinite(c)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});

describe("share and againstPlan", () => {
  it("are the seed ratios", () => {
    expect(share(99, 1389)).toBeCloseTo(7.1274, 3);
    expect(againstPlan(90, 110)).toBeCloseTo(81.818, 3);
    expect(share(581, 1415)).toBeCloseTo(41.06, 2);
  });

  it("leave out a zero base", () => {
    expect(share(5, 0)).toBeUndefined();
    expect(againstPlan(5, 0)).toBeUndefined();
  });
});

describe("changeFromSamePeriod", () => {
  it("is positive for a rise, negative for a fall, zero when equal", () => {
    expect(changeFromSamePeriod(125, 100)).toBe(25);
    expect(changeFromSamePeriod(80, 100)).toBe(-20);
    expect(changeFromSamePeriod(100, 100)).toBe(0);
  });

  it("is undefined when the actual or the same-period figure is missing or zero", () => {
    expect(changeFromSamePeriod(undefined, 100)).toBeUndefined();
    expect(changeFromSamePeriod(100, undefined)).toBeUndefined();
    expect(changeFromSamePeriod(100, 0)).toBeUndefined();
  });
});
