import fc from "fast-check";
import { blankNd30Date, formatNd30Date, padDay, padMonth, parseViDate } from "../../src/core/dates";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("padDay / padMonth", () => {
  it("pads days below 10", () => {
    expect(padDay(5)).toBe("05");
    expect(padDay(9)).toBe("09");
    expect(padDay(10)).toBe("10");
    expect(padDay(31)).toBe("31");
  });

  it("pads only months 1 and 2", () => {
    expect(padMonth(1)).toBe("01");
    expect(padMonth(2)).toBe("02");
    expect(padMonth(3)).toBe("3");
    expect(padMonth(6)).toBe("6");
    expect(padMonth(12)).toBe("12");
  });
});

describe("formatNd30Date", () => {
  it("writes the seed dates", () => {
    expect(formatNd30Date(utc(2024, 1, 5))).toBe("ngày 05 tháng 01 năm 2024");
    expect(formatNd30Date(utc(2024, 6, 15))).toBe("ngày 15 tháng 6 năm 2024");
    expect(formatNd30Date(utc(2023, 2, 28))).toBe("ngày 28 tháng 02 năm 2023");
    expect(formatNd30Date(utc(2023, 12, 1))).toBe("ngày 01 tháng 12 năm 2023");
  });

  it("reads the calendar date in UTC", () => {
    expect(formatNd30Date(new Date("2024-03-09T23:30:00Z"))).toBe("ngày 09 tháng 3 năm 2024");
  });

  it("always follows the nd30 padding rule (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: utc(1990, 1, 1), max: utc(2099, 12, 31), noInvalidDate: true }),
        (d) => {
          expect(formatNd30Date(d)).toMatch(
            /^ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/
          );
        }
      )
    );
  });
});

describe("blankNd30Date", () => {
  it("leaves day and month blank for the clerical office", () => {
    expect(blankNd30Date(2024)).toBe("ngày     tháng     năm 2024");
    expect(blankNd30Date()).toMatch(/^ngày +tháng +năm +$/);
    expect(blankNd30Date()).not.toContain("undefined");
  });
});

describe("parseViDate", () => {
  it("reads the forms clerks type", () => {
    expect(parseViDate("05/01/2024")).toEqual(utc(2024, 1, 5));
    expect(parseViDate("5-1-2024")).toEqual(utc(2024, 1, 5));
    expect(parseViDate("5.1.2024")).toEqual(utc(2024, 1, 5));
    expect(parseViDate(" 15/06/2024 ")).toEqual(utc(2024, 6, 15));
    expect(parseViDate("2024-01-05")).toEqual(utc(2024, 1, 5));
  });

  it("reads day first, not month first", () => {
    expect(parseViDate("03/04/2024")).toEqual(utc(2024, 4, 3));
  });

  it("rejects impossible dates and other text", () => {
    for (const s of [
      "31/02/2024",
      "29/02/2023",
      "00/01/2024",
      "05/13/2024",
      "abc",
      "",
      "2024/01/05",
      "05/01/24",
    ]) {
      expect(parseViDate(s)).toBeUndefined();
    }
    expect(parseViDate("29/02/2024")).toEqual(utc(2024, 2, 29));
  });

  it("round-trips dd/mm/yyyy (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: utc(1990, 1, 1), max: utc(2099, 12, 31), noInvalidDate: true }),
        (d) => {
          const day = utc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          const text = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
          expect(parseViDate(text)).toEqual(day);
        }
      )
    );
  });
});
