// "Kiểm tra số liệu trong văn bản" in Word (src/word/figures.ts, src/word/locate.ts) driven
// through the Word test double: a clerk's report with the wrong percentages of the reference
// report 000_4dee813a491d79c5.txt planted among right claims and look-alikes; the check lists
// exactly the planted ones, selecting one selects exactly its stated value, replacing one
// changes exactly those characters, and an edited paragraph is reported instead of replaced.
import type { Finding } from "../../src/core/checker";
import {
  BodyDouble,
  FOOTNOTE_MARK,
  OfficeErrorDouble,
  insertBeside,
  insertInside,
  newParagraph,
} from "../doubles/word/model";
import { WordDouble, bodyView, paragraphView } from "../doubles/word/world";
import { createWordHost } from "../../src/word/host";
import {
  afterFix,
  hitIndex,
  occurrences,
  relocate,
  statedText,
  wordSearchText,
} from "../../src/word/locate";

const TNR = { name: "Times New Roman", size: 14 };
const RED_ITALIC = { ...TNR, color: "#C00000", italic: true };

/**
 * The clerk's report. Paragraph indices (body.paragraphs, table cells included):
 * 0 Kế hoạch số 16/KH-UBND (a document number), 1 the population (a total), 2 two wrong claims,
 * 3 a right one, 4 "41,6%" twice (a plan percentage, then a wrong claim in its own run),
 * 5–10 a table whose last cell holds a wrong claim, 11 a share of the total in 1, 12 a date
 * and a right claim, 13 a rank and a score, 14 a dot as decimal mark, 15 a no-break space before %.
 */
function report(world = new WordDouble()): WordDouble {
  const add = (text: string) => world.addParagraph(text, { font: TNR });
  add("Thực hiện Kế hoạch số 16/KH-UBND ngày 15/02/2023 của UBND huyện.");
  add("Xã có 8 thôn, với 860 hộ, 3.343 nhân khẩu.");
  add(
    "Ban Chấp hành Đảng bộ hiện nay có 9/10 đồng chí có trình độ đại học, chiếm 90,9%, 10/10 đồng chí có trình độ trung cấp lý luận chính trị. Toàn xã có 19 cán bộ, công chức trong đó số cán bộ là người dân tộc là 14/19 chiếm 73,6%."
  );
  add("Trong năm 2023 trên địa bàn xã đã giải quyết 90/110 lao động có việc làm, đạt 81,8%.");
  const p = add("");
  p.runs = [
    {
      text: "Năm 2022 tỷ lệ hộ có bình chữa cháy đạt 41,6% kế hoạch. Vận động trang bị bình PCCC xách tay cho ",
      font: { ...p.font },
    },
    { text: "581/1415", font: { ...p.font, bold: true } },
    { text: " hộ gia đình trên địa bàn xã đạt 41,6%.", font: { ...p.font, ...RED_ITALIC } },
  ];
  world.addTable([
    ["STT", "Chỉ tiêu", "Kết quả"],
    ["1", "Hồ sơ trực tuyến", "45/50 hồ sơ đạt 80%"],
  ]);
  add("Tổng số hộ nghèo 62 hộ chiếm 8,2%.");
  add("Tính đến ngày 15/11/2024, có 785/1.000 hộ dùng nước sạch, đạt 78,5%.");
  add("Xã xếp thứ 3/12 xã của huyện; chỉ số cải cách hành chính đạt 92,4 điểm.");
  add("Có 16/59 trường đạt chuẩn mức độ 2, đạt 27.1%.");
  add("Hoàn thành 128/138 nhiệm vụ, đạt 92,75\u00a0%.");
  return world;
}

/** The planted findings: paragraph, stated value, severity, replacement, total used. */
const PLANTED = [
  [2, "90,9%", "error", "90%", undefined],
  [2, "73,6%", "rounding", "73,7%", undefined],
  [4, "41,6%", "error", "41,1%", undefined],
  [10, "80%", "error", "90%", undefined],
  [11, "8,2%", "error", "7,2%", "860 hộ"],
  [14, "27.1%", "style", "27,1%", undefined],
  [15, "92,75\u00a0%", "style", "92,75%", undefined],
];

const summary = (f: Finding) => [
  f.paragraph,
  statedText(f),
  f.severity,
  f.replacement,
  f.total?.text,
];

const texts = (w: WordDouble) => w.paragraphs.map((p) => p.text);

/** A check of a fresh report: the world, its host, the findings. */
async function checked(world = report()) {
  const host = createWordHost(world.environment());
  const result = await host.checkFigures();
  return { world, host, result, findings: result.findings };
}

/** The document's paragraphs as data, with paragraph `index` given the text `text`. */
function expectOnly(
  world: WordDouble,
  before: ReturnType<typeof paragraphView>[],
  index: number,
  text: string
) {
  const after = world.paragraphs.map(paragraphView);
  after.forEach((view, i) => {
    if (i !== index) return expect(view).toEqual(before[i]);
    expect(view.text).toBe(text);
    const { runs: runsAfter, text: _a, ...restAfter } = view;
    const { runs: runsBefore, text: _b, ...restBefore } = before[i];
    expect(restAfter).toEqual(restBefore);
    // The same runs with the same fonts; only the text of the run holding the value changed.
    expect(runsAfter.map((r) => r.font)).toEqual(runsBefore.map((r) => r.font));
    expect(runsAfter.filter((r, k) => r.text !== runsBefore[k].text)).toHaveLength(1);
  });
}

/** `text` with characters [start, end) replaced. */
const spliced = (text: string, start: number, end: number, by: string) =>
  text.slice(0, start) + by + text.slice(end);

describe("the check", () => {
  test("lists exactly the planted findings, in reading order, with the total used for a share", async () => {
    const { result, findings } = await checked();
    expect(findings.map(summary)).toEqual(PLANTED);
    expect(result.ok).toBe(true);
    expect(result.claims).toBe(9);
    expect(result.summary).toBe("Đã kiểm tra 9 tỷ lệ trong văn bản: 7 chỗ cần xem lại.");
  });

  test("offsets index the paragraph texts Word reports", async () => {
    const { world, findings } = await checked();
    for (const f of findings) {
      const text = world.paragraphs[f.paragraph].text;
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text.slice(f.statedStart, f.statedEnd)).toBe(statedText(f));
    }
  });

  test("reads the document in one sync and changes nothing", async () => {
    const world = report();
    const before = bodyView(world.body);
    await checked(world);
    expect(world.syncs).toBe(1);
    expect(bodyView(world.body)).toEqual(before);
    expect(world.selection).toBeUndefined();
  });

  test("a document with only right claims, or none, says so", async () => {
    const right = new WordDouble();
    right.addParagraph("Đã giải quyết 90/110 lao động có việc làm, đạt 81,8%.");
    expect((await checked(right)).result.summary).toBe(
      "Đã kiểm tra 1 tỷ lệ trong văn bản: tất cả đều khớp với số liệu đi kèm."
    );
    const none = new WordDouble();
    none.addParagraph("Xã xếp thứ 3/12 xã của huyện.");
    expect((await checked(none)).result).toMatchObject({ ok: true, findings: [], claims: 0 });
  });

  test("no document open: a Vietnamese message and no call to Word", async () => {
    const world = report(new WordDouble({ noDocument: true }));
    const { result } = await checked(world);
    expect(result).toMatchObject({ ok: false, findings: [] });
    expect(result.summary).toMatch(/^Không có văn bản nào đang mở/);
    expect(world.syncs).toBe(0);
  });
});

describe("selecting a finding", () => {
  test("selects exactly its stated value, for every finding, in two syncs, changing nothing", async () => {
    const { world, host, findings } = await checked();
    const before = bodyView(world.body);
    for (const f of findings) {
      const syncs = world.syncs;
      const outcome = await host.selectFinding(f);
      expect(world.syncs - syncs).toBe(2);
      expect(outcome).toEqual({
        ok: true,
        message: `Đã chọn “${statedText(f)}” ở đoạn ${f.paragraph + 1}.`,
        finding: f,
      });
      expect(world.selection).toEqual({
        paragraph: world.paragraphs[f.paragraph],
        start: f.statedStart,
        end: f.statedEnd,
      });
      expect(world.selectedText).toBe(statedText(f));
    }
    expect(bodyView(world.body)).toEqual(before);
  });

  test("the second “41,6%” of a paragraph, not the first", async () => {
    const { world, host, findings } = await checked();
    const f = findings[2];
    const text = world.paragraphs[4].text;
    expect(text.indexOf("41,6%")).toBeLessThan(f.statedStart);
    await host.selectFinding(f);
    expect(world.selection?.start).toBe(text.lastIndexOf("41,6%"));
  });

  test("finds the claim again after paragraphs are added above it and text typed before it", async () => {
    const { world, host, findings } = await checked();
    insertBeside(world.paragraphs[0], newParagraph("Kính gửi: UBND huyện Định Hóa."), "Before");
    const p = world.paragraphs[3];
    p.runs[0].text = `Về cán bộ: ${p.runs[0].text}`;
    for (const f of findings) {
      const outcome = await host.selectFinding(f);
      expect(outcome.ok).toBe(true);
      expect(outcome.finding?.paragraph).toBe(f.paragraph + 1);
      expect(world.selection?.paragraph).toBe(world.paragraphs[f.paragraph + 1]);
      expect(world.selectedText).toBe(statedText(f));
    }
  });

  test("a claim edited since the check is reported, and nothing is selected", async () => {
    const { world, host, findings } = await checked();
    world.paragraphs[4].runs[2].text = " hộ gia đình trên địa bàn xã đạt 41,1%.";
    const outcome = await host.selectFinding(findings[2]);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe(
      "Đoạn 5 không còn câu “581/1415 hộ gia đình trên địa bàn xã đạt 41,6%” như lúc kiểm tra: văn bản đã được sửa sau đó. Hãy bấm “Kiểm tra số liệu” để kiểm tra lại."
    );
    expect(world.selection).toBeUndefined();
  });

  test("works in a read-only document", async () => {
    const { world, host, findings } = await checked(report(new WordDouble({ readOnly: true })));
    expect((await host.selectFinding(findings[0])).ok).toBe(true);
    expect(world.selectedText).toBe("90,9%");
  });
});

describe("replacing a finding's value", () => {
  test("changes exactly those characters; the run keeps its font; no other paragraph changes", async () => {
    const { world, host, findings } = await checked();
    const before = world.paragraphs.map(paragraphView);
    const f = findings[2];
    const syncs = world.syncs;
    const outcome = await host.fixFinding(f);
    expect(world.syncs - syncs).toBe(2);
    expect(outcome).toEqual({
      ok: true,
      message: "Đã sửa “41,6%” thành “41,1%” ở đoạn 5.",
      finding: afterFix(f),
    });
    const text = spliced(before[4].text, f.statedStart, f.statedEnd, "41,1%");
    expect(text).toBe(
      "Năm 2022 tỷ lệ hộ có bình chữa cháy đạt 41,6% kế hoạch. Vận động trang bị bình PCCC xách tay cho 581/1415 hộ gia đình trên địa bàn xã đạt 41,1%."
    );
    expectOnly(world, before, 4, text);
    expect(world.paragraphs[4].runs[2]).toEqual({
      text: " hộ gia đình trên địa bàn xã đạt 41,1%.",
      font: { ...world.paragraphs[4].font, ...RED_ITALIC },
    });
    // The new value is selected, and the finding returned reaches it.
    expect(world.selectedText).toBe("41,1%");
    world.selection = undefined;
    expect((await host.selectFinding(outcome.finding!)).ok).toBe(true);
    expect(world.selectedText).toBe("41,1%");
  });

  test("every finding, one at a time, from the list of the first check: then the check finds none", async () => {
    const { world, host, findings } = await checked();
    const expected = texts(world);
    // Later findings of a paragraph shift by what earlier replacements added or removed.
    for (const f of [...findings].reverse())
      expected[f.paragraph] = spliced(
        expected[f.paragraph],
        f.statedStart,
        f.statedEnd,
        f.replacement
      );
    for (const f of findings) expect(await host.fixFinding(f)).toMatchObject({ ok: true });
    expect(texts(world)).toEqual(expected);
    expect(texts(world)[15]).toBe("Hoàn thành 128/138 nhiệm vụ, đạt 92,75%.");
    expect(texts(world)[10]).toBe("45/50 hồ sơ đạt 90%");
    expect((await host.checkFigures()).findings).toEqual([]);
  });

  test("a paragraph edited after the check is reported instead of replaced", async () => {
    const { world, host, findings } = await checked();
    world.paragraphs[2].runs[0].text = world.paragraphs[2].text.replace("9/10", "10/11");
    const before = bodyView(world.body);
    const outcome = await host.fixFinding(findings[0]);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/^Đoạn 3 không còn câu “9\/10 đồng chí .* như lúc kiểm tra/);
    expect(bodyView(world.body)).toEqual(before);
    // The other claim of that paragraph is untouched by the edit and is still replaced.
    expect(await host.fixFinding(findings[1])).toMatchObject({ ok: true });
    expect(texts(world)[2]).toMatch(/chiếm 90,9%, 10\/10 .* 14\/19 chiếm 73,7%\.$/);
  });

  test("an edit elsewhere in the paragraph does not stop it: the value is found where it is now", async () => {
    const { world, host, findings } = await checked();
    const p = world.paragraphs[4];
    p.runs[0].text = `Kết quả: ${p.runs[0].text}`;
    const before = world.paragraphs.map(paragraphView);
    expect(await host.fixFinding(findings[2])).toMatchObject({ ok: true });
    const text = spliced(
      before[4].text,
      findings[2].statedStart + 9,
      findings[2].statedEnd + 9,
      "41,1%"
    );
    expectOnly(world, before, 4, text);
  });

  test("a share whose total was changed since the check is not replaced with a stale value", async () => {
    const { world, host, findings } = await checked();
    world.paragraphs[1].runs[0].text = "Xã có 8 thôn, với 620 hộ, 3.343 nhân khẩu.";
    const before = bodyView(world.body);
    const outcome = await host.fixFinding(findings[4]);
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).toBe(
      "Số liệu liên quan đã thay đổi: “8,2%” ở đoạn 12 nay đúng là 10%, không phải 7,2%. Chưa sửa gì. Hãy bấm “Kiểm tra số liệu” để kiểm tra lại."
    );
    expect(bodyView(world.body)).toEqual(before);
  });

  test("a value fixed once is not fixed twice", async () => {
    const { world, host, findings } = await checked();
    const first = await host.fixFinding(findings[0]);
    const after = bodyView(world.body);
    const again = await host.fixFinding(first.finding!);
    expect(again.ok).toBe(false);
    expect(again.message).toMatch(/“90%” ở đoạn 3 nay không còn sai/);
    expect(bodyView(world.body)).toEqual(after);
  });

  test("a protected document refuses in Vietnamese; a read-only one is not asked", async () => {
    const { world, host, findings } = await checked(report(new WordDouble({ protected: true })));
    const before = bodyView(world.body);
    const outcome = await host.fixFinding(findings[0]);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/^Văn bản đang được bảo vệ/);
    expect(bodyView(world.body)).toEqual(before);

    const ro = await checked(report(new WordDouble({ readOnly: true })));
    const syncs = ro.world.syncs;
    expect((await ro.host.fixFinding(ro.findings[0])).message).toMatch(/chế độ chỉ đọc/);
    expect(ro.world.syncs).toBe(syncs);
  });
});

describe("syncs stay the same whatever the length of the document", () => {
  /** `n` paragraphs: the report's, then filler with figures that are no claims. */
  function long(n: number): WordDouble {
    const world = report();
    while (world.paragraphs.length < n)
      world.addParagraph(
        `Đoạn ${world.paragraphs.length}: 12 hộ ở 3 thôn được thăm hỏi ngày 15/11/2024, đạt 100% kế hoạch.`
      );
    return world;
  }

  async function syncsOf(world: WordDouble, operation: () => Promise<unknown>) {
    const before = world.syncs;
    await operation();
    return world.syncs - before;
  }

  test.each([16, 1000])("%i paragraphs: check 1, select 2, fix 2", async (n) => {
    const world = long(n);
    expect(world.paragraphs).toHaveLength(n);
    const host = createWordHost(world.environment());
    let findings: Finding[] = [];
    expect(
      await syncsOf(world, async () => (findings = (await host.checkFigures()).findings))
    ).toBe(1);
    expect(findings.map(summary)).toEqual(PLANTED);
    const last = findings[findings.length - 1];
    expect(await syncsOf(world, () => host.selectFinding(last))).toBe(2);
    expect(await syncsOf(world, () => host.fixFinding(last))).toBe(2);
    expect(world.paragraphs[15].text).toBe("Hoàn thành 128/138 nhiệm vụ, đạt 92,75%.");
  });
});

describe("locating a finding (locate.ts)", () => {
  const f = (paragraph: number, text: string, start: number, stated: string): Finding => {
    const statedStart = start + text.lastIndexOf(stated);
    return {
      text,
      numerator: 1,
      denominator: 2,
      stated: 0,
      expected: 50,
      severity: "error",
      paragraph,
      start,
      end: start + text.length,
      statedStart,
      statedEnd: statedStart + stated.length,
      replacement: "50%",
      exact: 50,
      style: [],
    };
  };

  test("in its paragraph, the occurrence nearest its old offset", () => {
    const claim = "1/2 đạt 40%";
    const p = `${claim}; rồi ${claim}; và ${claim}`;
    const moved = relocate(["x", p], f(1, claim, 16, "40%"));
    expect(moved).toMatchObject({ paragraph: 1, start: p.indexOf(claim, 10) });
    expect(p.slice(moved!.statedStart, moved!.statedEnd)).toBe("40%");
  });

  test("else in the paragraphs around it, the one below first", () => {
    const claim = "1/2 đạt 40%";
    const paragraphs = [claim, "a", "b", claim];
    expect(relocate(paragraphs, f(2, claim, 0, "40%"))?.paragraph).toBe(3);
    expect(relocate(paragraphs, f(1, claim, 0, "40%"))?.paragraph).toBe(0);
    expect(relocate(["a", "b"], f(1, claim, 0, "40%"))).toBeUndefined();
    expect(relocate([], f(0, claim, 0, "40%"))).toBeUndefined();
  });

  test("Word's hits are counted paragraph after paragraph, not overlapping", () => {
    expect(occurrences("1%1%1%", "1%1%")).toEqual([0]);
    expect(hitIndex(["41,6%", "a 41,6% b 41,6%", "41,6%"], "41,6%", 1, 10)).toEqual({
      index: 2,
      total: 4,
    });
    expect(hitIndex(["141,6%"], "41,6%", 0, 0)).toBeUndefined();
  });

  test("search text: ^ doubled, no-break space ^s, tab ^t; nothing beyond 255 characters", () => {
    expect(wordSearchText("92,75\u00a0%")).toBe("92,75^s%");
    expect(wordSearchText("1^2\t%")).toBe("1^^2^t%");
    expect(wordSearchText("9".repeat(255))).toHaveLength(255);
    expect(wordSearchText("9".repeat(254) + "^")).toBeUndefined();
    expect(wordSearchText("")).toBeUndefined();
  });
});

describe("the double's search, select and replace behave like Word's", () => {
  test("body.search finds every occurrence in document order, table cells included, not overlapping", async () => {
    const w = new WordDouble();
    w.addParagraph("41,6% và 41,6%");
    w.addTable([["41,6%41,6%"]]);
    w.addParagraph("Hộ, hộ, HỘ; 1%1%1%");
    await w.run(async (context) => {
      const body = context.document.body;
      const hits = body.search("41,6%", { matchCase: true });
      const cased = body.search("hộ", { matchCase: true });
      const uncased = body.search("hộ", { matchCase: false });
      const overlapping = body.search("1%1%", { matchCase: true });
      for (const c of [hits, cased, uncased, overlapping]) c.load("text");
      expect(() => hits.items).toThrow(/not available/);
      await context.sync();
      expect(hits.items.map((r) => r.text)).toEqual(["41,6%", "41,6%", "41,6%", "41,6%"]);
      expect(cased.items).toHaveLength(1);
      expect(uncased.items.map((r) => r.text)).toEqual(["Hộ", "hộ", "HỘ"]);
      expect(overlapping.items).toHaveLength(1);
    });
  });

  test("special characters ^s ^t ^^; more than 255 characters rejects the sync with InvalidArgument", async () => {
    const w = new WordDouble();
    w.addParagraph("92,75\u00a0% 92,75 % a\tb x^y");
    await w.run(async (context) => {
      const body = context.document.body;
      const found = ["92,75^s%", "a^tb", "x^^y"].map((t) => body.search(t, { matchCase: true }));
      for (const c of found) c.load("text");
      await context.sync();
      expect(found.map((c) => c.items.map((r) => r.text))).toEqual([
        ["92,75\u00a0%"],
        ["a\tb"],
        ["x^y"],
      ]);
      body.search("9".repeat(256)).load("text");
      const error = await context.sync().then(
        () => undefined,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(OfficeErrorDouble);
      expect((error as OfficeErrorDouble).code).toBe("InvalidArgument");
    });
  });

  test("select records the selection; getSelection then gives it", async () => {
    const w = new WordDouble();
    w.addParagraph("Một");
    const p = w.addParagraph("đạt 41,6%.");
    await w.run(async (context) => {
      const hits = context.document.body.search("41,6%", { matchCase: true });
      hits.load("text");
      await context.sync();
      hits.items[0].select();
      const selection = context.document.getSelection();
      selection.load("text");
      await context.sync();
      expect(selection.text).toBe("41,6%");
    });
    expect(w.selection).toEqual({ paragraph: p, start: 4, end: 9 });
    expect(w.cursor).toBe(p);
  });

  test("insertText Replace over two runs: the first one's font; the rest of the paragraph as it was", async () => {
    const w = new WordDouble();
    const p = w.addParagraph("");
    const plain = { ...p.font };
    const bold = { ...p.font, bold: true };
    p.runs = [
      { text: "đạt 41,", font: plain },
      { text: "6%", font: bold },
      { text: " kế hoạch", font: plain },
    ];
    await w.run(async (context) => {
      const hits = context.document.body.search("41,6%", { matchCase: true });
      hits.load("text");
      await context.sync();
      const written = hits.items[0].insertText("41,1%", "Replace");
      written.load("text");
      await context.sync();
      expect(written.text).toBe("41,1%");
    });
    expect(p.runs).toEqual([
      { text: "đạt 41,1%", font: plain },
      { text: " kế hoạch", font: plain },
    ]);
  });

  test("a protected document refuses the replacement with AccessDenied, but lets select", async () => {
    const w = new WordDouble({ protected: true });
    w.addParagraph("đạt 41,6%.");
    await w.run(async (context) => {
      const hits = context.document.body.search("41,6%", { matchCase: true });
      hits.load("text");
      await context.sync();
      hits.items[0].select();
      await context.sync();
      hits.items[0].insertText("41,1%", "Replace");
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(w.paragraphs[0].text).toBe("đạt 41,6%.");
    expect(w.selectedText).toBe("41,6%");
  });
});

describe("footnote references: Word puts \\u0002 in the paragraph text for each", () => {
  /** "… 45/50 hồ sơ¹ đạt 80%²." with two real footnotes (WordApi 1.5), and a right claim after. */
  function withFootnotes(): WordDouble {
    const world = new WordDouble();
    const p = world.addParagraph("", { font: TNR });
    const note = (text: string) => {
      const body = new BodyDouble();
      insertInside(body, newParagraph(text), "End");
      return { text: FOOTNOTE_MARK, font: { ...p.font }, footnote: body };
    };
    p.runs = [
      { text: "Tiếp nhận 45/50 hồ sơ", font: { ...p.font } },
      note("Theo sổ theo dõi của bộ phận một cửa."),
      { text: " trực tuyến, đạt 80%", font: { ...p.font } },
      note("Số liệu đến ngày 15/11."),
      { text: "; giải quyết 90/110 lao động có việc làm, đạt 81,8%.", font: { ...p.font } },
    ];
    return world;
  }

  test("the check reads through the marks: the wrong claim is found, the right one is not", async () => {
    const world = withFootnotes();
    expect(world.paragraphs[0].text).toContain("hồ sơ\u0002 trực tuyến, đạt 80%\u0002;");
    const { findings } = await checked(world);
    expect(findings.map(summary)).toEqual([[0, "80%", "error", "90%", undefined]]);
  });

  test("selecting and fixing it change only the value; both footnotes stay", async () => {
    const world = withFootnotes();
    const { host, findings } = await checked(world);
    expect(await host.selectFinding(findings[0])).toMatchObject({ ok: true });
    expect(world.selectedText).toBe("80%");
    expect(await host.fixFinding(findings[0])).toMatchObject({ ok: true });
    const p = world.paragraphs[0];
    expect(p.text).toBe(
      "Tiếp nhận 45/50 hồ sơ\u0002 trực tuyến, đạt 90%\u0002; giải quyết 90/110 lao động có việc làm, đạt 81,8%."
    );
    expect(p.runs.filter((r) => r.footnote)).toHaveLength(2);
    expect((await host.checkFigures()).findings).toEqual([]);
  });
});
