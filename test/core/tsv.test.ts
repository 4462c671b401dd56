import { buildReport } from "../../src/core/report";
import { gridFromTsv } from "../../src/core/tsv";

describe("gridFromTsv", () => {
  test("splits rows and cells, keeps empty cells as null", () => {
    const g = gridFromTsv("STT\tChỉ tiêu\tThực hiện\r\n1\tSố hộ\t1.389\r\n2\t\t5\r\n");
    expect(g.cells).toEqual([
      ["STT", "Chỉ tiêu", "Thực hiện"],
      ["1", "Số hộ", "1.389"],
      ["2", null, "5"],
    ]);
    expect(g.merges).toEqual([]);
  });

  test("reads Excel's quoting: tabs, line breaks and doubled quotes inside a cell", () => {
    const g = gridFromTsv('"Khu dân cư đạt chuẩn ""An toàn""\nnăm 2023"\t16\n"a\tb"\t1');
    expect(g.cells).toEqual([
      ['Khu dân cư đạt chuẩn "An toàn"\nnăm 2023', "16"],
      ["a\tb", "1"],
    ]);
  });

  test("stores text as NFC", () => {
    const nfd = "Số hộ nghèo".normalize("NFD");
    expect(gridFromTsv(`${nfd}\t1`).cells[0][0]).toBe("Số hộ nghèo");
  });

  test("a pasted indicator table builds a report with the right figures", () => {
    const g = gridFromTsv(
      [
        "STT\tChỉ tiêu\tĐVT\tThực hiện\tTổng số",
        "I\tKẾT QUẢ THỰC HIỆN",
        "1\tSố hộ nghèo\thộ\t99\t1.389",
      ].join("\n")
    );
    const r = buildReport([g], { style: "list" });
    const text = r.document!.body.flatMap((b) =>
      b.type === "paragraph" ? [b.runs.map((x) => ("text" in x ? x.text : "")).join("")] : []
    );
    expect(text).toContain("Số hộ nghèo: 99 hộ, chiếm 7,1%.");
  });
});
