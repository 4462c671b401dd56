/**
 * A range pasted from Excel (tab-separated text, as Excel puts it on the clipboard) → a cell grid.
 * Excel quotes a cell that holds a tab, a line break or a quote, doubling inner quotes.
 */
import { CellValue, SheetGrid } from "./grid";

/**
 * Parses tab-separated text into a SheetGrid named `name`. Every non-empty cell stays a string
 * (NFC): figures such as "1.389" are read later by the table reader, like typed text in a sheet.
 */
export function gridFromTsv(text: string, name = "Dữ liệu dán"): SheetGrid {
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    const t = cell.normalize("NFC");
    row.push(t.trim() === "" ? null : t);
    cell = "";
  };
  const s = text.replace(/\r\n?/g, "\n");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') [cell, i] = [cell + '"', i + 1];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === "\t") endCell();
    else if (ch === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return { name, cells: rows, merges: [] };
}
