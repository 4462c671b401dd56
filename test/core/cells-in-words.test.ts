/** Cell addresses as a clerk says them, in the panes (issue 15, point 3). */
import { cellsInWords, sheetCell } from "../../src/core/grid";

test("“ô E7, trang Biểu 01” for every address in a message; quotes, dollars and apostrophes undone", () => {
  expect(cellsInWords("'Biểu 01'!E7")).toBe("ô E7, trang Biểu 01");
  expect(cellsInWords(`Tổng số hộ là 1.389 hộ (ô ${sheetCell("Biểu 01", 10, 4)}), nhưng …`)).toBe(
    "Tổng số hộ là 1.389 hộ (ô E11, trang Biểu 01), nhưng …"
  );
  expect(cellsInWords("Sheet1!$B$2 và 'Xã Cao''s'!AA10")).toBe(
    "ô B2, trang Sheet1 và ô AA10, trang Xã Cao's"
  );
  expect(cellsInWords("Không có địa chỉ ô nào; 16/KH-UBND!")).toBe(
    "Không có địa chỉ ô nào; 16/KH-UBND!"
  );
});
