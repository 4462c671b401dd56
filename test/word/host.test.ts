// The Word adapter (src/word/host.ts) driven through the test double's Word.run: a clerk's
// draft of the Bình Thành report (000_4dee813a491d79c5.txt) with their own text between the
// outline's headings; the example workbook read with src/io/xlsx.ts and built with buildReport.
import { readFileSync } from "node:fs";
import path from "node:path";
import { BuildResult, buildReport } from "../../src/core/report";
import { SheetGrid, cellText } from "../../src/core/grid";
import { BODY, FONT, FOOTNOTE } from "../../src/core/layout";
import {
  ParagraphDouble,
  insertBeside,
  newParagraph,
  paragraphsOf,
  textOf,
  FOOTNOTE_MARK,
} from "../doubles/word/model";
import { WordDouble, WordDoubleOptions, bodyView, paragraphView } from "../doubles/word/world";
import { clerkDraft, indicatorGrid } from "../doubles/word/scenarios";
import { createWordHost, WordHost } from "../../src/word/host";
import { readWorkbook } from "../../src/io/xlsx";

const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");
let sheets: SheetGrid[];

beforeAll(async () => {
  sheets = await readWorkbook(readFileSync(EXAMPLE));
});

/** The example with some cells of Biểu 01 changed: {"Số hộ nghèo": 95} sets that row's Thực hiện. */
function example(
  actual: Record<string, number> = {},
  extraRows: unknown[][] = [],
  style: "list" | "prose" = "list"
): BuildResult {
  const copy = sheets.map((s) => ({ ...s, cells: s.cells.map((r) => [...r]) }));
  const bieu = copy.find((s) => s.name === "Biểu 01")!;
  const col = bieu.cells[3].findIndex((c) => cellText(c) === "Thực hiện");
  for (const row of bieu.cells) {
    const name = cellText(row[1] ?? null);
    if (name in actual) row[col] = actual[name];
  }
  for (const r of extraRows) {
    const at = bieu.cells.findIndex((row) => cellText(row[1] ?? null) === r[0]);
    bieu.cells.splice(at + 1, 0, r.slice(1) as SheetGrid["cells"][number]);
  }
  return buildReport(copy, { style });
}

/** The clerk's draft, as in the reference report: their text, a table, the headings as they typed them. */
function draft(options: WordDoubleOptions = {}): WordDouble {
  const w = new WordDouble(options);
  const bold = { bold: true };
  w.addParagraph("Thực hiện Công văn 516/UBND-NV, ngày 13/02/2023 của UBND huyện Định Hóa.");
  w.addParagraph(
    "Ủy ban nhân dân xã báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023 như sau:"
  );
  w.addParagraph("I. ĐẶC ĐIỂM TÌNH HÌNH", bold);
  w.addParagraph("Bình Thành là xã nằm ở phía nam huyện Định Hóa, cách trung tâm huyện 20 km.");
  w.addParagraph("II. KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ", { style: "Heading 1" });
  w.addParagraph("1. Công tác lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng", { style: "Heading 2" });
  w.addParagraph(
    "Đảng ủy tiếp tục triển khai, quán triệt, tổ chức thực hiện nghiêm túc Nghị quyết."
  );
  w.addParagraph(
    "2. Kết quả công tác dân vận của các cơ quan nhà nước các cấp (HĐND, UBND, lực lượng vũ trang)",
    { style: "Heading 2" }
  );
  w.addParagraph(
    "Để thực hiện tốt công tác Dân vận chính quyền năm 2023, UBND xã đã ban hành và thực hiện:"
  );
  w.addParagraph("2.1. Công tác dân vận của Hội đồng nhân dân", bold);
  w.addParagraph("HĐND xã đã tổ chức thành công kỳ họp thứ 5, kỳ họp thứ 6.");
  w.addParagraph("2.2. Công tác dân vận của Ủy ban nhân dân", bold);
  w.addParagraph("Ủy ban nhân dân xã bám sát chương trình công tác trọng tâm của cấp ủy.");
  w.addTable([
    ["STT", "Tên lĩnh vực", "Phiếu hài lòng"],
    ["1", "Lĩnh vực tư pháp", "11"],
  ]);
  w.addParagraph("2.3. Công tác dân vận của lực lượng vũ trang", bold);
  w.addParagraph("Lực lượng Công an và Quân sự xã đã làm tốt công tác dân vận.");
  w.addParagraph("2.4. Công tác dân vận của Mặt trận TQ, các tổ chức chính trị - xã hội", bold);
  w.addParagraph("Công tác phối hợp giữa chính quyền với mặt trận được nâng lên.");
  w.addParagraph("3. Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số", bold);
  w.addParagraph("4. Kết quả công tác dân vận đối với đồng bào theo tôn giáo", bold);
  w.addParagraph("Tình hình tôn giáo ổn định.");
  w.addParagraph("III. ĐÁNH GIÁ CHUNG", bold);
  w.addParagraph("1. Ưu điểm", bold);
  w.addParagraph("Cấp ủy, chính quyền xã đã quan tâm triển khai.");
  w.addParagraph("Trên đây là báo cáo kết quả công tác dân vận năm 2023 của UBND xã Bình Thành./.");
  return w;
}

const CONFIRM_NONE = { confirmOverwrite: async () => false };
const CONFIRM_ALL = { confirmOverwrite: async () => true };

/** The clerk's paragraphs (outside our controls), as plain data. */
function clerkParagraphs(w: WordDouble) {
  return w.paragraphs.filter((p) => !insideOurs(p)).map(paragraphView);
}

/** True for a paragraph inside a content control the add-in wrote. */
function insideOurs(p: ParagraphDouble): boolean {
  for (let c = p.parent; c.kind !== "body"; c = c.kind === "cell" ? c.table.parent : c.parent)
    if (c.kind === "control" && c.tag.startsWith("baocao:")) return true;
  return false;
}

/** A paragraph's text as the clerk sees it: without the mark Word puts for a footnote reference. */
const visible = (text: string) => text.replaceAll(FOOTNOTE_MARK, "");
const texts = (w: WordDouble) => w.paragraphs.map((p) => visible(p.text));
const host = (w: WordDouble): WordHost => createWordHost(w.environment());

/** Index of the paragraph with this text. */
const at = (w: WordDouble, text: string) => texts(w).indexOf(text);

describe("Chèn tất cả các mục: the Bình Thành example into the clerk's draft", () => {
  let w: WordDouble;
  let before: ReturnType<typeof clerkParagraphs>;
  let result: Awaited<ReturnType<WordHost["insertSections"]>>;

  beforeAll(async () => {
    w = draft();
    before = clerkParagraphs(w);
    result = await host(w).insertSections(example(), "all", {
      source: { workbook: "binh-thanh-2023.xlsx", kind: "dan-van-nam" },
    });
  });

  test("every section with figures is inserted, in two syncs", () => {
    expect(result.ok).toBe(true);
    expect(result.inserted).toEqual(["1.1", "1.2.2.1", "1.2.2.2", "1.2.2.3", "1.2.2.4", "1.2.4"]);
    expect(result.diagnostics).toEqual([]);
    expect(result.summary).toBe("Đã chèn 6 mục vào văn bản.");
    expect(w.syncs).toBe(2);
  });

  test("each section lands right under its heading, the clerk's text after it", () => {
    const t = texts(w);
    const under = (heading: string) => t[at(w, heading) + 1];
    expect(under("I. ĐẶC ĐIỂM TÌNH HÌNH")).toBe("- Số chi bộ trực thuộc Đảng bộ xã: 19 chi bộ.");
    expect(t[at(w, "- Dân số: 5.387 nhân khẩu.") + 1]).toBe(
      "Bình Thành là xã nằm ở phía nam huyện Định Hóa, cách trung tâm huyện 20 km."
    );
    expect(under("2.1. Công tác dân vận của Hội đồng nhân dân")).toBe(
      "- Lượt công dân được tiếp: 40 lượt người."
    );
    expect(under("2.2. Công tác dân vận của Ủy ban nhân dân")).toBe(
      "- Số hộ nghèo: 99 hộ, chiếm 7,13%."
    );
    expect(under("2.3. Công tác dân vận của lực lượng vũ trang")).toBe(
      "- Vụ việc vi phạm pháp luật về trật tự xã hội: 05 vụ."
    );
    // The clerk abbreviated "Mặt trận TQ": found by its number and shared words.
    expect(under("2.4. Công tác dân vận của Mặt trận TQ, các tổ chức chính trị - xã hội")).toBe(
      "- Nhà ở được hỗ trợ xây dựng cho hộ nghèo: 19 nhà."
    );
    expect(under("4. Kết quả công tác dân vận đối với đồng bào theo tôn giáo")).toBe(
      "- Số hộ theo đạo: 60 hộ."
    );
    // Sections without figures get nothing: the clerk writes there.
    expect(under("III. ĐÁNH GIÁ CHUNG")).toBe("1. Ưu điểm");
    expect(t.join("\n")).not.toContain("[Nội dung do cán bộ soạn thảo bổ sung.]");
  });

  test("each section's blocks sit in one control tagged with it, each sentence in its own", () => {
    const section = w.controlsTagged("baocao:section:1.2.2.2")[0];
    expect(paragraphsOf(section).map((p) => visible(p.text))).toEqual([
      "- Số hộ nghèo: 99 hộ, chiếm 7,13%.",
      "- Số hộ cận nghèo: 54 hộ, chiếm 3,89%.",
      "- Số hộ thoát nghèo: 69 hộ.",
      "- Số hộ thoát cận nghèo: 56 hộ.",
      "- Lao động được giải quyết việc làm: 90/110 lao động, đạt 81,8% kế hoạch.",
      "- Đơn thư phản ánh, kiến nghị của công dân được tiếp nhận: 03 đơn.",
      "- Cán bộ, công chức xã là người dân tộc thiểu số: 14 người, chiếm 73,7%.",
      "- Ủy viên Ban Chấp hành Đảng bộ có trình độ đại học: 09 đồng chí, chiếm 90%.",
    ]);
    expect(section.children.map((c) => (c.kind === "control" ? c.tag : c.kind))).toEqual(
      [18, 19, 20, 21, 22, 23, 24, 25].map((r) => `baocao:indicator:Biểu 01!${r}`)
    );
    expect(w.controls.filter((c) => c.tag.startsWith("baocao:section:"))).toHaveLength(6);
    expect(w.controls.filter((c) => c.tag.startsWith("baocao:indicator:"))).toHaveLength(26);
  });

  test("inserted paragraphs are formatted per nd30.md, from core/layout.ts", () => {
    const p = w.paragraphs.find((x) => x.text === "- Số hộ nghèo: 99 hộ, chiếm 7,13%.")!;
    expect(p.style).toBe("Normal");
    expect(p.outlineLevel).toBe(10); // body text, although it follows a heading
    expect(p.format).toEqual({
      alignment: "Justified",
      firstLineIndent: BODY.firstLineIndentTwips / 20,
      leftIndent: 0,
      rightIndent: 0,
      spaceBefore: 0,
      spaceAfter: BODY.spacingAfterPt,
      lineSpacing: 13.8,
    });
    expect(p.runs.map((r) => r.font)).toEqual([
      { name: FONT, size: BODY.sizePt, color: "#000000", bold: false, italic: false },
    ]);
  });

  test("the Ghi chú note becomes a real footnote (WordApi 1.5), 12 pt", () => {
    const p = w.paragraphs.find((x) => x.text.startsWith("- Lao động được giải quyết việc làm"))!;
    const note = p.runs.find((r) => r.footnote)!;
    expect(textOf(note.footnote!)).toBe(
      "Trong đó: 70 lao động làm việc ngoài tỉnh, 20 lao động tại địa phương."
    );
    expect(paragraphsOf(note.footnote!)[0].runs[0].font).toMatchObject({
      name: FONT,
      size: FOOTNOTE.sizePt,
    });
    expect(p.runs[p.runs.length - 1]).toBe(note);
  });

  test("the clerk's paragraphs before, between and after are identical to the letter", () => {
    expect(clerkParagraphs(w)).toEqual(before);
  });

  test("the table the clerk typed is untouched", () => {
    const table = w.body.children.find((b) => b.kind === "table");
    expect(table && textOf(table)).toBe(
      "STT\tTên lĩnh vực\tPhiếu hài lòng\r1\tLĩnh vực tư pháp\t11"
    );
  });

  test("the document remembers the workbook and outline, saved in its settings", () => {
    expect(host(w).remembered()).toMatchObject({
      workbook: "binh-thanh-2023.xlsx",
      kind: "dan-van-nam",
    });
    expect(w.settings.saved.get("baocao.source")).toMatchObject({
      workbook: "binh-thanh-2023.xlsx",
    });
    expect(Object.keys(w.settings.saved.get("baocao.stamps") as object)).toHaveLength(32);
  });

  test("an empty document: “Chèn tất cả” offers the skeleton once; after a section put at the cursor it no longer does", async () => {
    const empty = new WordDouble();
    empty.addParagraph("");
    const first = await host(empty).insertSections(example(), "all");
    expect(first.ok).toBe(false);
    expect(first.offer ?? first.diagnostics.find((d) => d.offer)?.offer).toBe("build-skeleton");
    empty.cursor = empty.paragraphs[0];
    expect((await host(empty).insertAtCursor(example(), "1.1")).ok).toBe(true);
    const again = await host(empty).insertSections(example(), "all");
    const messages = again.diagnostics.map((d) => d.message).concat(again.summary);
    expect(again.offer ?? again.diagnostics.find((d) => d.offer)?.offer).toBeUndefined();
    expect(messages.join("\n")).toMatch(/chưa chèn được \d+ mục còn lại/);
    expect(messages.join("\n")).toContain("Chèn tại con trỏ");
  });

  test("“Cập nhật số liệu” on a document with nothing inserted: one message saying so, not a success", async () => {
    const empty = new WordDouble();
    empty.addParagraph("");
    const r = await host(empty).refresh(example(), CONFIRM_ALL);
    expect(r.ok).toBe(false);
    expect(r.summary).toMatch(
      /^Văn bản chưa có mục nào do Báo cáo chèn nên chưa có gì để cập nhật/
    );
    expect(r.summary).toContain("Tạo khung báo cáo");
    expect(r.summary).not.toContain("đã khớp");
    expect(r.diagnostics.filter((d) => d.message.includes("chưa có trong văn bản"))).toEqual([]);
  });

  test("inserting again never duplicates: each section is reported as already there", async () => {
    const view = bodyView(w.body);
    const again = await host(w).insertSections(example(), "all");
    expect(again.inserted).toEqual([]);
    expect(again.ok).toBe(false);
    // One message for all of them (issue 15), naming each.
    const already = again.diagnostics.filter((d) => d.message.includes("đã có trong văn bản"));
    expect(already).toHaveLength(1);
    expect(already[0].message).toMatch(/^6 mục đã có trong văn bản nên không chèn lần nữa/);
    expect(already[0].message).toContain("“2.2. Công tác dân vận của Ủy ban nhân dân”");
    expect(bodyView(w.body)).toEqual(view);
  });
});

describe("Cập nhật số liệu", () => {
  async function inserted(options: WordDoubleOptions = {}) {
    const w = draft(options);
    await host(w).insertSections(example(), "all");
    return w;
  }

  test("after a figure changes, refresh changes exactly that sentence, in three syncs", async () => {
    const w = await inserted();
    const before = w.paragraphs.map(paragraphView);
    const syncs = w.syncs;
    const r = await host(w).refresh(example({ "Số hộ nghèo": 95 }), CONFIRM_NONE);
    expect(r).toMatchObject({ ok: true, updated: 1, summary: "Đã cập nhật 1 phần số liệu." });
    expect(w.syncs - syncs).toBe(3);
    const after = w.paragraphs.map(paragraphView);
    expect(after).toHaveLength(before.length);
    const changed = after
      .map((p, i) => i)
      .filter((i) => JSON.stringify(after[i]) !== JSON.stringify(before[i]));
    expect(changed.map((i) => [visible(before[i].text), visible(after[i].text)])).toEqual([
      ["- Số hộ nghèo: 99 hộ, chiếm 7,13%.", "- Số hộ nghèo: 95 hộ, chiếm 6,84%."],
    ]);
    expect(w.controlsTagged("baocao:indicator:Biểu 01!18")).toHaveLength(1);
  });

  test("refreshing twice gives the same document as refreshing once", async () => {
    const w = await inserted();
    const data = example({ "Số hộ nghèo": 95, "Số xóm": 15 });
    await host(w).refresh(data, CONFIRM_NONE);
    const once = bodyView(w.body);
    const second = await host(w).refresh(data, CONFIRM_NONE);
    expect(bodyView(w.body)).toEqual(once);
    expect(second.updated).toBe(0);
    expect(second.summary).toBe("Số liệu trong văn bản đã khớp với dữ liệu mới.");
  });

  test("refresh never touches the clerk's text, even beside a changed sentence", async () => {
    const w = await inserted();
    const clerk = clerkParagraphs(w);
    await host(w).refresh(
      example({ "Số hộ nghèo": 95, "Tổng số hộ": 1400, "Số hộ theo đạo": 61 }),
      CONFIRM_NONE
    );
    expect(clerkParagraphs(w)).toEqual(clerk);
  });

  test("an edited sentence is not overwritten without consent; with consent it is", async () => {
    const w = await inserted();
    const p = w.paragraphs.find((x) => x.text.startsWith("- Số hộ nghèo"))!;
    p.runs[0].text = "- Số hộ nghèo: 99 hộ (theo rà soát tháng 11), chiếm 7,13%.";
    const asked: string[][] = [];
    const no = await host(w).refresh(example({ "Số hộ nghèo": 95 }), {
      confirmOverwrite: async (labels) => (asked.push(labels), false),
    });
    expect(asked).toEqual([["“- Số hộ nghèo: 99 hộ (theo rà soát tháng 11), chiếm 7,13%.”"]]);
    expect(no.updated).toBe(0);
    // Never "đã khớp" while the document keeps an old figure.
    expect(no.summary).toBe("Giữ nguyên 1 phần đã được sửa tay; phần đó chưa theo số liệu mới.");
    expect(texts(w)).toContain("- Số hộ nghèo: 99 hộ (theo rà soát tháng 11), chiếm 7,13%.");

    const yes = await host(w).refresh(example({ "Số hộ nghèo": 95 }), CONFIRM_ALL);
    expect(yes.updated).toBe(1);
    expect(texts(w)).toContain("- Số hộ nghèo: 95 hộ, chiếm 6,84%.");
  });

  test("an edited sentence whose figures did not change is left alone, without a question", async () => {
    const w = await inserted();
    const p = w.paragraphs.find((x) => x.text.startsWith("- Số xóm"))!;
    p.runs[0].text = "- Số xóm: 14 xóm, 1 tổ dân phố.";
    let asked = false;
    const r = await host(w).refresh(example({ "Số hộ nghèo": 95 }), {
      confirmOverwrite: async () => (asked = true),
    });
    expect(asked).toBe(false);
    expect(r.updated).toBe(1);
    expect(texts(w)).toContain("- Số xóm: 14 xóm, 1 tổ dân phố.");
  });

  test("a new indicator in a section rewrites that section only; edits there are asked about", async () => {
    const w = await inserted();
    const row = ["Số hộ thoát cận nghèo", "5", "Số hộ nghèo mới phát sinh", "hộ", null, 3];
    const clerk = clerkParagraphs(w);
    const below = bodyView(w.controlsTagged("baocao:section:1.2.2.3")[0]);
    const r = await host(w).refresh(example({}, [row]), CONFIRM_NONE);
    expect(r.updated).toBe(1);
    // The rows below were renumbered ("Biểu 01!27" → "!28"): their sentences are not rewritten,
    // only their tags follow.
    const moved = w.controlsTagged("baocao:section:1.2.2.3")[0];
    expect(moved.children.map((c) => (c.kind === "control" ? c.tag : ""))).toEqual(
      [28, 29, 30, 31, 32].map((n) => `baocao:indicator:Biểu 01!${n}`)
    );
    expect(JSON.stringify(bodyView(moved)).replace(/!\d+/g, "")).toBe(
      JSON.stringify(below).replace(/!\d+/g, "")
    );
    const section = w.controlsTagged("baocao:section:1.2.2.2")[0];
    expect(paragraphsOf(section).map((x) => visible(x.text))).toContain(
      "- Số hộ nghèo mới phát sinh: 03 hộ."
    );
    expect(w.controlsTagged("baocao:section:1.2.2.2")).toHaveLength(1);
    expect(clerkParagraphs(w)).toEqual(clerk);

    // The clerk adds a sentence inside the section; the next change of shape asks first.
    const inside = paragraphsOf(section)[0];
    inside.runs[0].text += " Tăng so với năm trước.";
    const asked: string[][] = [];
    await host(w).refresh(example({}, []), {
      confirmOverwrite: async (l) => (asked.push(l), false),
    });
    expect(asked).toEqual([["Mục “2.2. Công tác dân vận của Ủy ban nhân dân”"]]);
    expect(paragraphsOf(w.controlsTagged("baocao:section:1.2.2.2")[0])[0].text).toContain(
      "Tăng so với năm trước."
    );
  });

  test("a refresh keeps the formatting the clerk gave a sentence", async () => {
    const w = await inserted();
    const p = w.paragraphs.find((x) => x.text.startsWith("- Số hộ nghèo"))!;
    p.format.spaceAfter = 3;
    p.font.size = 13;
    for (const r of p.runs) r.font.size = 13;
    await host(w).refresh(example({ "Số hộ nghèo": 95 }), CONFIRM_NONE);
    const q = w.paragraphs.find((x) => x.text.startsWith("- Số hộ nghèo"))!;
    expect(q.text).toBe("- Số hộ nghèo: 95 hộ, chiếm 6,84%.");
    expect(q.format.spaceAfter).toBe(3);
    expect(q.runs[0].font.size).toBe(13);
  });
});

describe("Word 2021 volume-licensed (WordApi 1.3)", () => {
  test("the note is written in parentheses, and the pane is told why", async () => {
    const w = draft({ wordApiMinor: 3 });
    const h = host(w);
    expect(h.capabilities()).toMatchObject({ canWrite: true, footnotes: false });
    expect(h.capabilities().notes[0]).toContain("cần Word 2024 hoặc Microsoft 365");
    const r = await h.insertSections(example(), ["1.2.2.2"]);
    expect(r.inserted).toEqual(["1.2.2.2"]);
    expect(texts(w)).toContain(
      "- Lao động được giải quyết việc làm: 90/110 lao động, đạt 81,8% kế hoạch. (Trong đó: 70 lao động làm việc ngoài tỉnh, 20 lao động tại địa phương.)"
    );
    expect(w.paragraphs.some((p) => p.runs.some((x) => x.footnote))).toBe(false);
  });

  test("older Word (no WordApi 1.3) is told what it lacks, and nothing is called", async () => {
    const w = draft({ wordApiMinor: 2 });
    const h = host(w);
    expect(h.capabilities().canWrite).toBe(false);
    const r = await h.insertSections(example(), "all");
    expect(r.ok).toBe(false);
    expect(r.summary).toContain("chưa cho add-in chèn vào văn bản");
    expect(w.syncs).toBe(0);
  });
});

describe("bad input", () => {
  test("no document open", async () => {
    const w = new WordDouble({ noDocument: true });
    const r = await host(w).insertSections(example(), "all");
    expect(r).toMatchObject({ ok: false, inserted: [] });
    expect(r.summary).toBe(
      "Không có văn bản nào đang mở trong Word. Hãy mở hoặc tạo một văn bản rồi bấm lại."
    );
    expect(w.syncs).toBe(0);
  });

  test("a read-only document", async () => {
    const w = draft({ readOnly: true });
    const view = bodyView(w.body);
    const r = await host(w).insertSections(example(), "all");
    expect(r.summary).toContain("chế độ chỉ đọc");
    expect(bodyView(w.body)).toEqual(view);
  });

  test("a protected document: Word's AccessDenied in Vietnamese, nothing changed", async () => {
    const w = draft({ protected: true });
    const view = bodyView(w.body);
    const r = await host(w).insertSections(example(), "all");
    expect(r.ok).toBe(false);
    expect(r.summary).toContain("đang được bảo vệ");
    expect(bodyView(w.body)).toEqual(view);
  });

  test("a heading not found: it is named, and nothing is inserted anywhere else", async () => {
    const w = draft();
    const p = w.paragraphs.find((x) => x.text.startsWith("2.3."))!;
    p.runs[0].text = "Lực lượng vũ trang";
    const view = bodyView(w.body);
    const r = await host(w).insertSections(example(), ["1.2.2.3"]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining(
        "Không tìm thấy tiêu đề “2.3. Công tác dân vận của lực lượng vũ trang”"
      ),
    ]);
    expect(bodyView(w.body)).toEqual(view);
  });

  test("two headings with the same title: reported, that section not inserted, the others are", async () => {
    const w = draft();
    const clerk = w.paragraphs.find((p) => p.text.startsWith("Ủy ban nhân dân xã bám sát"))!;
    insertBeside(clerk, newParagraph("2.2. Công tác dân vận của Ủy ban nhân dân"), "After");
    const r = await host(w).insertSections(example(), "all");
    expect(r.inserted).not.toContain("1.2.2.2");
    expect(r.inserted).toContain("1.2.2.1");
    expect(r.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining("“2.2. Công tác dân vận của Ủy ban nhân dân” có ở 2 chỗ")
    );
    expect(w.controlsTagged("baocao:section:1.2.2.2")).toHaveLength(0);
  });

  test("a workbook with errors: nothing is inserted, the errors are listed, Word is not called", async () => {
    const broken = buildReport([
      { name: "Sheet1", cells: [["Không có biểu nào ở đây"]], merges: [] },
    ]);
    expect(broken.document).toBeUndefined();
    const w = draft();
    const view = bodyView(w.body);
    for (const r of [
      await host(w).insertSections(broken, "all"),
      await host(w).insertAtCursor(broken, "1.1"),
      await host(w).buildSkeleton(broken),
      await host(w).refresh(broken, CONFIRM_ALL),
    ]) {
      expect(r.ok).toBe(false);
      expect(r.summary).toContain("Dữ liệu có lỗi nên chưa chèn gì");
      expect(r.diagnostics.map((d) => d.message)).toEqual([
        expect.stringContaining("Không tìm thấy biểu chỉ tiêu nào"),
      ]);
    }
    expect(w.syncs).toBe(0);
    expect(bodyView(w.body)).toEqual(view);
  });
});

describe("Chèn tại con trỏ", () => {
  test("one section after the paragraph holding the cursor", async () => {
    const w = new WordDouble();
    w.addParagraph("Mở đầu.");
    w.cursor = w.addParagraph("Các chỉ tiêu về tôn giáo:");
    w.addParagraph("Kết luận.");
    const r = await host(w).insertAtCursor(example(), "1.2.4");
    expect(r.summary).toBe(
      "Đã chèn mục “4. Kết quả công tác dân vận đối với đồng bào theo tôn giáo” tại con trỏ."
    );
    expect(texts(w)).toEqual([
      "Mở đầu.",
      "Các chỉ tiêu về tôn giáo:",
      "- Số hộ theo đạo: 60 hộ.",
      "- Số nhân khẩu theo đạo: 243 nhân khẩu.",
      "Kết luận.",
    ]);
    expect(w.syncs).toBe(2);
  });

  test("refused inside inserted content, inside a table, or for a section already there", async () => {
    const w = draft();
    await host(w).insertSections(example(), ["1.1"]);
    w.cursor = w.paragraphs.find((p) => p.text.startsWith("- Số xóm"));
    const inside = await host(w).insertAtCursor(example(), "1.2.4");
    expect(inside.summary).toContain("Con trỏ đang nằm trong phần số liệu do Báo cáo chèn");
    w.cursor = w.paragraphs.find((p) => p.text === "Lĩnh vực tư pháp");
    expect((await host(w).insertAtCursor(example(), "1.2.4")).summary).toContain(
      "Con trỏ đang ở trong một bảng"
    );
    w.cursor = w.paragraphs[0];
    expect((await host(w).insertAtCursor(example(), "1.1")).summary).toContain(
      "đã có trong văn bản"
    );
    expect(w.controlsTagged("baocao:section:1.2.4")).toHaveLength(0);
  });
});

describe("theo định dạng văn bản", () => {
  test("inserted sentences copy the formatting of the section's own paragraph", async () => {
    const w = new WordDouble();
    w.addParagraph("2.2. Công tác dân vận của Ủy ban nhân dân", { bold: true });
    w.addParagraph("Ủy ban nhân dân xã bám sát chương trình.", {
      font: { name: "Arial", size: 13, color: "#1F1F1F" },
      format: { alignment: "Left", firstLineIndent: 0, spaceAfter: 0, lineSpacing: 18 },
    });
    await host(w).insertSections(example(), ["1.2.2.2"], { matchFormatting: true });
    const p = w.paragraphs.find((x) => x.text.startsWith("- Số hộ nghèo"))!;
    expect(p.format).toMatchObject({
      alignment: "Left",
      firstLineIndent: 0,
      spaceAfter: 0,
      lineSpacing: 18,
    });
    expect(p.runs[0].font).toMatchObject({
      name: "Arial",
      size: 13,
      color: "#1F1F1F",
      bold: false,
    });
  });
});

describe("Tạo khung báo cáo", () => {
  let w: WordDouble;
  let r: Awaited<ReturnType<WordHost["buildSkeleton"]>>;
  beforeAll(async () => {
    w = new WordDouble();
    w.addParagraph("");
    r = await host(w).buildSkeleton(example(), { source: { workbook: "binh-thanh-2023.xlsx" } });
  });

  test("the whole report into an empty document, in two syncs", () => {
    expect(r.ok).toBe(true);
    expect(r.summary).toBe("Đã tạo khung báo cáo: 16 đề mục, 6 mục có số liệu.");
    expect(w.syncs).toBe(2);
    const t = texts(w);
    for (const line of [
      "ỦY BAN NHÂN DÂN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số:       /BC-UBND",
      "Bình Thành, ngày 08 tháng 12 năm 2023",
      "BÁO CÁO",
      "Kính gửi: Phòng Nội vụ huyện Định Hóa.",
      "A. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2023",
      "- Số hộ nghèo: 99 hộ, chiếm 7,13%.",
      "[Nội dung do cán bộ soạn thảo bổ sung.]",
      "Nơi nhận:",
      "- Lưu: VP.",
      "TM. ỦY BAN NHÂN DÂN",
      "Ma Khánh Sơn",
    ])
      expect(t).toContain(line);
    expect(t.indexOf("BÁO CÁO")).toBeLessThan(t.indexOf("A. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2023"));
    expect(t.indexOf("A. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2023")).toBeLessThan(t.indexOf("Nơi nhận:"));
  });

  test("header block and closing are borderless tables in controls; headings are styled and outside controls", () => {
    const [header, ...rest] = w.body.children;
    expect(header.kind === "control" && header.tag).toBe("baocao:part:header");
    const table = header.kind === "control" ? header.children[0] : undefined;
    expect(table?.kind === "table" && table.borders.All.type).toBe("None");
    expect(rest.some((b) => b.kind === "control" && b.tag === "baocao:part:closing")).toBe(true);
    const heading = w.paragraphs.find(
      (p) => p.text === "2.2. Công tác dân vận của Ủy ban nhân dân"
    )!;
    expect(heading.styleBuiltIn).toBe("Heading4");
    expect(heading.runs[0].font).toMatchObject({
      name: FONT,
      size: BODY.sizePt,
      bold: true,
      italic: true,
    });
    expect(heading.parent.kind).toBe("body");
  });

  test("rules are drawn as paragraph borders (OOXML), never typed", () => {
    const rules = w.paragraphs.filter((p) => p.ooxml);
    expect(rules).toHaveLength(3);
    for (const p of rules) expect(p.ooxml).toMatch(/<w:pBdr><w:bottom w:val="single" w:sz="6"/);
    expect(texts(w).some((t) => /^[-_]{5,}$/.test(t))).toBe(false);
  });

  test("the skeleton refreshes like any inserted section", async () => {
    const u = await host(w).refresh(example({ "Số hộ nghèo": 95 }), CONFIRM_NONE);
    expect(u.updated).toBe(1);
    expect(texts(w)).toContain("- Số hộ nghèo: 95 hộ, chiếm 6,84%.");
  });

  test("refused on a document that has text", async () => {
    const d = draft();
    const view = bodyView(d.body);
    const s = await host(d).buildSkeleton(example());
    expect(s.ok).toBe(false);
    expect(s.summary).toContain("chỉ dùng cho văn bản trống");
    expect(bodyView(d.body)).toEqual(view);
  });
});

describe("batching: the sync count does not grow with the report", () => {
  async function counts(n: number) {
    const grids = (change: number) => [indicatorGrid(n, (i) => (i === change ? 7 : 90 + (i % 13)))];
    const report = buildReport(grids(-1), { kind: "chung" });
    const w = clerkDraft(report.document!);
    const h = host(w);
    let s = w.syncs;
    const inserted = await h.insertSections(report, "all");
    const insert = w.syncs - s;
    s = w.syncs;
    const refreshed = await h.refresh(buildReport(grids(n - 1), { kind: "chung" }), CONFIRM_NONE);
    const refresh = w.syncs - s;
    const empty = new WordDouble();
    empty.addParagraph("");
    await host(empty).buildSkeleton(report);
    return {
      insert,
      refresh,
      skeleton: empty.syncs,
      sections: inserted.inserted.length,
      updated: refreshed.updated,
    };
  }

  test("10 and 1,000 indicators: the same number of syncs, at most 3", async () => {
    const small = await counts(10);
    const large = await counts(1000);
    expect(small.sections).toBe(1);
    expect(large.sections).toBe(20);
    expect(small.updated).toBe(1);
    expect(large.updated).toBe(1);
    const syncs = ({ insert, refresh, skeleton }: typeof small) => ({ insert, refresh, skeleton });
    expect(syncs(large)).toEqual(syncs(small));
    expect(syncs(small)).toEqual({ insert: 2, refresh: 3, skeleton: 2 });
  });
});

describe("what Word refuses, on the strict double", () => {
  /** The example with section 1.2.2.1 written as a table alone (a "bảng" template). */
  function tableSection(actual: Record<string, number> = {}): BuildResult {
    const built = example(actual);
    const doc = built.document!;
    const at = doc.body.findIndex((b) => b.type !== "heading" && b.source?.sectionId === "1.2.2.1");
    const count = doc.body.filter(
      (b) => b.type !== "heading" && b.source?.sectionId === "1.2.2.1"
    ).length;
    doc.body.splice(at, count, {
      type: "table",
      header: [[[{ text: "Chỉ tiêu" }], [{ text: "Thực hiện" }]]],
      rows: [[[{ text: "Số hộ nghèo" }], [{ text: String(actual["Số hộ nghèo"] ?? 99) }]]],
      align: ["left", "right"],
      widths: [60, 40],
      source: { sectionId: "1.2.2.1" },
    });
    return built;
  }

  test("no content control holds a table alone: Tạo khung báo cáo writes after the header and a table section", async () => {
    const w = new WordDouble();
    w.addParagraph("");
    const r = await host(w).buildSkeleton(tableSection());
    expect(r).toMatchObject({ ok: true });
    for (const c of w.controls)
      expect({ tag: c.tag, last: c.children[c.children.length - 1]?.kind }).toEqual({
        tag: c.tag,
        last: expect.not.stringMatching(/^table$/),
      });
    const closing = paragraphsOf(w.controlsTagged("baocao:part:header")[0]).pop()!;
    expect(closing.text).toBe("");
    expect(closing.font.size).toBe(1);
    // And the table section refreshes in place.
    const u = await host(w).refresh(tableSection({ "Số hộ nghèo": 95 }), CONFIRM_NONE);
    expect(u).toMatchObject({ ok: true, summary: "Đã cập nhật 2 phần số liệu." });
    expect(textOf(w.controlsTagged("baocao:section:1.2.2.1")[0])).toContain("95");
  });

  test("a table section an earlier version wrapped alone still refreshes", async () => {
    const w = new WordDouble();
    w.addParagraph("");
    await host(w).buildSkeleton(tableSection());
    const section = w.controlsTagged("baocao:section:1.2.2.1")[0];
    section.children = section.children.filter((b) => b.kind === "table");
    const u = await host(w).refresh(tableSection({ "Số hộ nghèo": 95 }), CONFIRM_NONE);
    expect(u).toMatchObject({ ok: true, summary: "Đã cập nhật 2 phần số liệu." });
    expect(w.controlsTagged("baocao:section:1.2.2.1")).toHaveLength(1);
    expect(textOf(w.controlsTagged("baocao:section:1.2.2.1")[0])).toContain("95");
  });

  test("content control titles stay within Word's 64 characters", async () => {
    const w = draft();
    const r = await host(w).insertSections(example(), "all");
    expect(r.ok).toBe(true);
    const titles = w.controls.map((c) => c.title);
    expect(Math.max(...titles.map((t) => t.length))).toBeLessThanOrEqual(64);
    expect(titles.some((t) => t.endsWith("…"))).toBe(true);
  });
});

describe("văn xuôi in Word: a paragraph of several indicators is refreshed as one", () => {
  const prose = (actual: Record<string, number> = {}) => example(actual, [], "prose");

  test("inserted under its heading, one control per paragraph; a changed figure rewrites that paragraph only", async () => {
    const w = draft();
    const inserted = await host(w).insertSections(prose(), "all", {
      source: { workbook: "binh-thanh-2023.xlsx", kind: "dan-van-nam", style: "prose" },
    });
    expect(inserted.ok).toBe(true);
    // Remembered with the document, so the pane refreshes it in the same style.
    expect(host(w).remembered()).toMatchObject({ style: "prose", kind: "dan-van-nam" });
    const poor = texts(w).find((t) => t.startsWith("Tổng số 1.389 hộ, trong đó 99 hộ nghèo"))!;
    expect(poor).toContain("(chiếm 7,13%) và 54 hộ cận nghèo (chiếm 3,89%)");
    const before = texts(w);
    const r = await host(w).refresh(prose({ "Số hộ nghèo": 95 }), CONFIRM_NONE);
    expect(r).toMatchObject({ ok: true, updated: 1 });
    const after = texts(w);
    const changed = after.filter((t, i) => t !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^Tổng số 1\.389 hộ, trong đó 95 hộ nghèo \(chiếm 6,84%\)/);
    // The clerk's prompt is not written into the document by "Chèn": their own text is there.
    expect(after.join("\n")).not.toContain("[Nhận xét, đánh giá");
  });
});
