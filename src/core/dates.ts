/**
 * Dates as Nghị định 30 writes them (nd30.md § Header block, the place-and-date row):
 * days below 10 and months 1 and 2 are padded with 0, other months are not.
 */

/** "05" for day 5, "15" for day 15. */
export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** "01", "02" for January and February; "3" … "12" for the others. */
export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/**
 * "ngày 05 tháng 01 năm 2024" for 2024-01-05. Reads the calendar date in UTC, which is how
 * Excel dates arrive from ExcelJS (midnight UTC).
 */
export function formatNd30Date(date: Date): string {
  return `ngày ${padDay(date.getUTCDate())} tháng ${padMonth(date.getUTCMonth() + 1)} năm ${date.getUTCFullYear()}`;
}

/** The blank form clerks leave for the clerical office to fill: "ngày    tháng    năm 2024". */
export function blankNd30Date(year?: number): string {
  return `ngày     tháng     năm ${year ?? "     "}`;
}

/**
 * Reads a date typed as text: "05/01/2024", "5-1-2024", "2024-01-05".
 * Returns a Date at midnight UTC, or undefined when the text is not a valid date.
 */
export function parseViDate(text: string): Date | undefined {
  const s = text.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)))
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
}
