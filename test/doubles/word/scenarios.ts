/**
 * Inputs for exercising the Word adapter on the test double: an indicator table of any size (as
 * the cell grid a reader would give) and a clerk's draft holding a report's headings between
 * paragraphs of their own. Shared by the tests, `npm run bench` and the pane's screenshot harness.
 */
import { CellValue, SheetGrid } from "../../../src/core/grid";
import { reportHeadings } from "../../../src/core/headings";
import { ReportDocument } from "../../../src/core/document";
import { WordDouble } from "./world";

/**
 * A biểu of `n` indicators in groups of 50, with plan, same period and total; `actual(i)` gives
 * indicator i's figure (so a test can change one and refresh). Group numbers are padded
 * ("Nhóm chỉ tiêu 01"): the outline matcher takes a title contained in another for the same
 * group, and "…1" is contained in "…10".
 */
export function indicatorGrid(
  n: number,
  actual: (i: number) => number = (i) => 90 + (i % 13)
): SheetGrid {
  const cells: CellValue[][] = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Tổng số"],
  ];
  for (let i = 0; i < n; i++) {
    if (i % 50 === 0) cells.push([null, `Nhóm chỉ tiêu ${String(i / 50 + 1).padStart(2, "0")}`]);
    cells.push([
      String((i % 50) + 1),
      `Chỉ tiêu số ${i + 1}`,
      "hộ",
      100 + (i % 7),
      actual(i),
      80 + (i % 11),
      1000,
    ]);
  }
  return { name: "Biểu 01", cells, merges: [] };
}

/**
 * A draft as a clerk types it: an opening paragraph, then every heading of `report` (bold,
 * Normal style) each followed by a paragraph of the clerk's own, and a closing paragraph.
 */
export function clerkDraft(report: ReportDocument, world = new WordDouble()): WordDouble {
  world.addParagraph("Thực hiện Kế hoạch số 16/KH-UBND của UBND xã về công tác dân vận năm 2023.");
  for (const h of reportHeadings(report.body)) {
    world.addParagraph(h.line, { bold: true });
    world.addParagraph(`Nội dung cán bộ tự viết cho mục ${h.number}`);
  }
  world.addParagraph("Trên đây là báo cáo của UBND xã./.");
  return world;
}
