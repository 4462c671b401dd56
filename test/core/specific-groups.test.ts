// Issue 15 (13): a group whose title is more specific than an outline section keeps its heading;
// Mẫu câu "bảng" tables one group only; a repeated mục's warning names the right rows.
import { Diagnostics } from "../../src/core/diagnostics";
import { Block, Table, isFootnote, plainText } from "../../src/core/document";
import { CellValue } from "../../src/core/grid";
import { OUTLINES, findOutline, walk } from "../../src/core/outlines";
import { buildReport } from "../../src/core/report";
import { SectionPlan, placeIndicators } from "../../src/core/sections";
import { SheetRows, specificGroupRows } from "../helpers/workbooks";
import { group, indicator, sheet, table } from "./fixtures";

const GENERIC = findOutline("chung")!;
const QCDC = findOutline("qcdc-dan-van-chinh-quyen")!;
const DAN_VAN = findOutline("dan-van-nam")!;

function build(sheets: SheetRows[]) {
  const grids = sheets.map((s) =>
    sheet(
      s.name,
      s.rows.map((r) => r.map((v) => (v ?? null) as CellValue))
    )
  );
  const r = buildReport(grids);
  return { ...r, body: r.document!.body };
}

const headings = (body: Block[]) =>
  body.flatMap((b) => (b.type === "heading" ? [`${b.number} ${b.title}`] : []));
const texts = (body: Block[]) =>
  body.flatMap((b) => (b.type === "paragraph" ? [plainText(b.runs)] : []));
const tables = (body: Block[]) => body.filter((b): b is Table => b.type === "table");
const column = (t: Table, c: number) => t.rows.map((r) => plainText(r[c]));
/** The blocks after the heading starting with `start`, up to the next heading. */
function under(body: Block[], start: string): Block[] {
  const i = body.findIndex((b) => b.type === "heading" && `${b.number} ${b.title}` === start);
  expect(i).toBeGreaterThanOrEqual(0);
  const end = body.findIndex((b, k) => k > i && b.type === "heading");
  return body.slice(i + 1, end < 0 ? undefined : end);
}

const ind = (id: string) => indicator({ id, name: `Chỉ tiêu ${id}`, actual: 1 });
function place(outline = GENERIC, rows: Parameters<typeof table>[0]) {
  const diags = new Diagnostics();
  return { plan: placeIndicators(outline, [table(rows)], undefined, diags), diags };
}
const sectionOf = (plan: SectionPlan, id: string) =>
  walk(plan.sections).find((w) =>
    plan.content.get(w.section.id)?.indicators.some((i) => i.id === id)
  );

describe("a group more specific than an outline section keeps its heading", () => {
  it("after the section's own group, it is the mục the clerk numbered (III), not merged into II", () => {
    const { body, diagnostics } = build(specificGroupRows());
    const h = headings(body);
    expect(
      h.slice(h.indexOf("II. KẾT QUẢ THỰC HIỆN"), h.indexOf("II. KẾT QUẢ THỰC HIỆN") + 3)
    ).toEqual([
      "II. KẾT QUẢ THỰC HIỆN",
      "III. KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ",
      "IV. ĐÁNH GIÁ CHUNG",
    ]);
    expect(texts(under(body, "III. KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ")).join(" ")).toMatch(
      /hội nghị đối thoại/
    );
    expect(texts(under(body, "II. KẾT QUẢ THỰC HIỆN")).join(" ")).not.toMatch(/đối thoại/);
    expect(diagnostics.map((d) => d.message).join("\n")).not.toMatch(/nhiều lần/);
  });

  it("alone, it gives the outline's section the clerk's own title (built-in outline unchanged)", () => {
    const before = JSON.stringify(OUTLINES);
    const { plan } = place(GENERIC, [
      group("KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ", { number: "III" }),
      ind("a"),
    ]);
    expect(sectionOf(plan, "a")?.section).toMatchObject({
      id: "2",
      title: "KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ",
    });
    expect(JSON.stringify(OUTLINES)).toBe(before);
    // The same for a longer title in words: the heading reads as the clerk wrote it.
    const { plan: p2 } = place(DAN_VAN, [
      group("Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số trên địa bàn xã"),
      ind("b"),
    ]);
    expect(sectionOf(p2, "b")?.section).toMatchObject({
      id: "1.2.3",
      title: "Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số trên địa bàn xã",
    });
  });

  it("unnumbered, after the section's own group, it becomes a khoản of that section", () => {
    const { plan, diags } = place(GENERIC, [
      group("KẾT QUẢ THỰC HIỆN", { number: "II" }),
      ind("a"),
      group("Kết quả thực hiện quy chế dân chủ"),
      ind("b"),
    ]);
    const b = sectionOf(plan, "b")!;
    expect(b.section.title).toBe("Kết quả thực hiện quy chế dân chủ");
    expect(b.parents.map((p) => p.id)).toEqual(["2"]);
    expect(sectionOf(plan, "a")?.section.id).toBe("2");
    expect(diags.items).toEqual([]);
  });

  it("is not merged by its number into a section that has khoản of its own", () => {
    const { plan } = place(QCDC, [
      group("KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ", { number: "III" }),
      ind("a"),
    ]);
    const a = sectionOf(plan, "a")!;
    expect(a.section.title).toBe("KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ");
    expect(a.section.id).not.toBe("3");
    expect(walk(plan.sections).find((w) => w.section.id === "3")?.section.title).toBe(
      "KẾT QUẢ THỰC HIỆN"
    );
  });
});

describe("a repeated mục", () => {
  it("is reported at the later group's cell, naming the earlier one's", () => {
    const { diagnostics } = build(specificGroupRows({ number: "I", title: "Đặc điểm tình hình" }));
    const repeated = diagnostics.filter((d) => /nhiều lần/.test(d.message));
    expect(repeated).toHaveLength(1);
    expect(repeated[0].where).toBe("'Biểu 01'!B9");
    expect(repeated[0].message).toContain("'Biểu 01'!B2");
    expect(repeated[0].message).toContain("ĐẶC ĐIỂM TÌNH HÌNH");
  });
});

describe("Mẫu câu “bảng” on a group", () => {
  /** Group II's custom sentence, Ghi chú note and its two warnings (E7: no figure, H8: {xyz}). */
  function expectResultsKept(body: Block[], diagnostics: { where?: string }[]) {
    const paragraphs = body.flatMap((b) => (b.type === "paragraph" ? [b] : []));
    expect(texts(body)).toContainEqual(
      expect.stringContaining("Giải quyết việc làm cho 90 lao động, bằng 90% kế hoạch năm.")
    );
    const notes = paragraphs.flatMap((p) =>
      p.runs.filter(isFootnote).map((f) => plainText(f.footnote))
    );
    expect(notes).toContain("Theo kết quả rà soát cuối năm.");
    expect(diagnostics.map((d) => d.where)).toEqual(
      expect.arrayContaining(["'Biểu 01'!E7", "'Biểu 01'!H8"])
    );
  }

  it("tables that group only; the other group's sentence, note and warnings stay", () => {
    const { body, diagnostics } = build(specificGroupRows({ template: "bảng" }));
    const [t, ...more] = tables(body);
    expect(more).toEqual([]);
    expect(column(t, 1)).toEqual([
      "Số hội nghị đối thoại với Nhân dân",
      "Số đơn thư được giải quyết",
      "Số hương ước, quy ước được sửa đổi",
    ]);
    expect(under(body, "III. KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ")).toContain(t);
    expectResultsKept(body, diagnostics);
  });

  it("on a group merged into a section by its title, still tables that group only", () => {
    const { body, diagnostics } = build(
      specificGroupRows({ number: "II", title: "Kết quả thực hiện", template: "bảng" })
    );
    const [t, ...more] = tables(body);
    expect(more).toEqual([]);
    expect(column(t, 1)).toHaveLength(3);
    expect(column(t, 1)[0]).toBe("Số hội nghị đối thoại với Nhân dân");
    expectResultsKept(body, diagnostics);
  });

  it("numbers a table's rows as the workbook does, one sequence per table", () => {
    const { body } = build(specificGroupRows({ template: "bảng" }));
    expect(column(tables(body)[0], 0)).toEqual(["1", "2", "3"]);
    // Two tabled groups in one section make one table: its STT runs on, it does not restart.
    const { body: b2 } = build(
      specificGroupRows({ number: "II", title: "Kết quả thực hiện", template: "bảng" }, "bảng")
    );
    const all = tables(b2);
    expect(all).toHaveLength(1);
    expect(column(all[0], 0)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  });

  it("keeps an indicator's Ghi chú as a footnote in its table row", () => {
    const { body } = build(specificGroupRows({}, "bảng"));
    const t = tables(body)[0];
    const notes = t.rows.flatMap((r) => r[1].filter(isFootnote).map((f) => plainText(f.footnote)));
    expect(notes).toEqual(["Theo kết quả rà soát cuối năm."]);
  });
});
