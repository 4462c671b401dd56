/** core/ratios.ts on plain grids: formulas, classification, consent, blocks around merged cells. */
import { Diagnostics } from "../../src/core/diagnostics";
import { FormulaGrid, normaliseFormula, sameFormula } from "../../src/core/formulas";
import { NO_CACHED_VALUE, SheetGrid } from "../../src/core/grid";
import {
  NO_CONSENT,
  chooseWrites,
  percentFormat,
  planRatios,
  ratioFormula,
  writeBlocks,
} from "../../src/core/ratios";
import { findTables } from "../../src/core/tables";

const HEADER = ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "TH/KH", "Tổng số", "Tỷ lệ", "Số lẻ"];

function plan(grid: SheetGrid, decimals = 1) {
  return planRatios([grid], findTables(grid, new Diagnostics()), decimals);
}

test("the formula: invariant, zero-safe, rounded; the number format shows the same decimals", () => {
  expect(ratioFormula(4, 3, 6, 1)).toBe('=IF(OR(D7="",D7=0),"",ROUND(E7/D7*100,1))');
  expect(ratioFormula(27, 28, 9999, 0)).toBe(
    '=IF(OR(AC10000="",AC10000=0),"",ROUND(AB10000/AC10000*100,0))'
  );
  expect([0, 1, 2, 4].map(percentFormat)).toEqual(["0", "0.0", "0.00", "0.0000"]);
});

test("formulas compare without case and spaces, but strings inside keep theirs", () => {
  expect(
    sameFormula(
      '=if(or(d7="",d7=0),"",round(e7/d7*100, 1))',
      '=IF(OR(D7="",D7=0),"",ROUND(E7/D7*100,1))'
    )
  ).toBe(true);
  expect(sameFormula('=IF(D7="a b","",1)', '=IF(D7="ab","",1)')).toBe(false);
  expect(normaliseFormula("e7/d7")).toBe("=E7/D7");
});

test("each cell's state; the ExcelJS grid knows a formula only when it has no cached value", () => {
  const grid: SheetGrid = {
    name: "B",
    cells: [
      HEADER,
      ["1", "Đủ", 110, 90, null, 1000, 9, 2],
      [
        "2",
        "Chữ",
        10,
        5,
        "đạt",
        null,
        { error: NO_CACHED_VALUE, formula: '=IF(OR(F3="",F3=0),"",ROUND(D3/F3*100,1))' },
      ],
      ["3", "Công thức khác", 10, 5, { error: NO_CACHED_VALUE, formula: "=D4/C4*100" }],
    ],
    merges: [],
    hiddenRows: [2],
  };
  const p = plan(grid);
  expect(p.targets.map((t) => [t.address, t.state, t.hidden])).toEqual([
    ["B!E2", "empty", false],
    ["B!E3", "text", true],
    ["B!E4", "otherFormula", false],
    ["B!G2", "typed", false],
    ["B!G3", "ours", true],
    ["B!G4", "empty", false],
  ]);
  expect(p.targets.find((t) => t.address === "B!G2")?.formula).toBe(
    '=IF(OR(F2="",F2=0),"",ROUND(D2/F2*100,2))'
  );
  expect(chooseWrites(p, NO_CONSENT).map((w) => `${w.row},${w.col}`)).toEqual([
    "1,4",
    "3,4",
    "3,6",
  ]);
  expect(chooseWrites(p, { replaceTyped: true, addColumns: [] })).toHaveLength(5);
});

test("blocks: one per column, null between, never across a merged cell", () => {
  const grid: FormulaGrid = {
    name: "B",
    cells: [HEADER, ...Array.from({ length: 6 }, (_, i) => [String(i + 1), `C${i}`, 10, 5])],
    merges: [{ top: 3, left: 4, bottom: 4, right: 4 }],
    formulas: [],
  };
  const writes = chooseWrites(plan(grid), NO_CONSENT);
  const blocks = writeBlocks(writes, [grid]);
  expect(
    blocks.map((b) => [b.col, b.top, b.formulas.map((f) => (f[0] === null ? null : "f"))])
  ).toEqual([
    [4, 1, ["f", "f"]],
    [4, 5, ["f", "f"]],
    [6, 1, ["f", "f", "f", "f", "f", "f"]],
  ]);
  const gap = writeBlocks([writes[0], writes[2]], [{ ...grid, merges: [] }]);
  expect(gap).toHaveLength(1);
  expect(gap[0].formulas).toEqual([
    [writes[0].formula],
    [null],
    [null],
    [null],
    [writes[2].formula],
  ]);
  expect(gap[0].before).toEqual(["", null, null, null, ""]);
});

test("a protected sheet gives no target, only its reason", () => {
  const grid: FormulaGrid = {
    name: "B",
    cells: [HEADER, ["1", "A", 10, 5]],
    merges: [],
    formulas: [],
    protected: true,
  };
  expect(plan(grid)).toEqual({
    targets: [],
    missing: [],
    blocked: [{ sheet: "B", message: expect.stringContaining("Trang “B” đang được bảo vệ") }],
  });
});
