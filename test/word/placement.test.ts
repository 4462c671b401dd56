// The pure plans behind insert and refresh (core/placement.ts), the content hash and the tags.
import fc from "fast-check";
import { Block, Paragraph, ReportDocument } from "../../src/core/document";
import { fnv1a, textHash, visibleHash } from "../../src/core/hash";
import {
  Stamp,
  blocksHash,
  isEdited,
  planInsert,
  planInsertAtCursor,
  planRefresh,
  sectionContents,
  stampOf,
} from "../../src/core/placement";
import {
  MAX_TAG_LENGTH,
  baseTag,
  indicatorTag,
  isOurTag,
  parseTag,
  sectionTag,
  stampedTag,
  tagStamp,
  withStampOf,
} from "../../src/core/tags";

const sentence = (id: string, text: string, sectionId = "s1"): Paragraph => ({
  type: "paragraph",
  runs: [{ text }],
  bullet: "-",
  source: { sectionId, indicatorId: id },
});

function report(body: Block[]): ReportDocument {
  return {
    header: {
      issuer: ["UBND"],
      number: "Số: 01/BC-UBND",
      placeDate: "X, ngày 01 tháng 01 năm 2024",
    },
    documentType: "BÁO CÁO",
    summary: ["Kết quả"],
    addressees: [],
    body,
    signature: { recipients: ["- Lưu: VT."], position: "CHỦ TỊCH", signerName: "A" },
  };
}

const heading = (sectionId: string, number: string, title: string): Block => ({
  type: "heading",
  level: 1,
  number,
  title,
  sectionId,
});

const BODY: Block[] = [
  { type: "paragraph", runs: [{ text: "Thực hiện Kế hoạch số 16." }] },
  heading("s1", "I.", "ĐẶC ĐIỂM TÌNH HÌNH"),
  sentence("B!7", "Số xóm: 14 xóm."),
  sentence("B!8", "Số hộ: 1.389 hộ."),
  heading("s2", "II.", "ĐÁNH GIÁ CHUNG"),
  {
    type: "paragraph",
    runs: [{ text: "[Nội dung do cán bộ soạn thảo bổ sung.]", italic: true }],
    placeholder: true,
    source: { sectionId: "s2" },
  },
];

describe("textHash and fnv1a", () => {
  test("FNV-1a of known strings", () => {
    expect(fnv1a("")).toBe("811c9dc5");
    expect(fnv1a("a")).toBe("e40c292c");
  });

  test("the same words hash alike whatever the paragraph marks and Unicode form", () => {
    expect(textHash("Số hộ: 99\r- Số xóm")).toBe(textHash("Số hộ: 99\n- Số xóm "));
    expect(textHash("Số hộ".normalize("NFD"))).toBe(textHash("Số hộ"));
    expect(textHash("Số hộ: 99")).not.toBe(textHash("Số hộ: 95"));
  });

  test("any change of a visible character changes the hash (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), (s, k) => {
        const i = k % s.length;
        const changed = s.slice(0, i) + (s[i] === "x" ? "y" : "x") + s.slice(i + 1);
        fc.pre(
          changed.replace(/[\s\p{Cc}]+/gu, " ").trim() !== s.replace(/[\s\p{Cc}]+/gu, " ").trim()
        );
        return textHash(changed) !== textHash(s);
      })
    );
  });
});

describe("tags", () => {
  test("say the source; parse back; others' tags are not ours", () => {
    expect(sectionTag("1.2.2")).toBe("baocao:section:1.2.2");
    expect(indicatorTag("Biểu 01!22")).toBe("baocao:indicator:Biểu 01!22");
    expect(parseTag("baocao:indicator:Biểu 01!22")).toEqual({
      kind: "indicator",
      id: "Biểu 01!22",
    });
    expect(isOurTag("NoiDung")).toBe(false);
    expect(isOurTag("baocao:part:header")).toBe(true);
  });

  test("a long id becomes a stable hash so the tag stays short", () => {
    const id = `${"Biểu chỉ tiêu tổng hợp năm 2023 của xã".repeat(2)}!1234`;
    const tag = indicatorTag(id);
    expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(tag).toBe(indicatorTag(id));
    expect(tag).toMatch(/^baocao:indicator:#[0-9a-f]{8}$/);
  });

  test('a stamp rides after "~": the identity and the kind are the tag\'s without it', () => {
    const tag = stampedTag(sectionTag("1.2.2"), { v: "0123abcd", m: "89abcdef" });
    expect(tag).toBe("baocao:section:1.2.2~0123abcd89abcdef");
    expect(baseTag(tag)).toBe("baocao:section:1.2.2");
    expect(tagStamp(tag)).toEqual({ v: "0123abcd", m: "89abcdef" });
    expect(parseTag(tag)).toEqual({ kind: "section", id: "1.2.2" });
    expect(isOurTag(tag)).toBe(true);
    expect(tagStamp(sectionTag("1.2.2"))).toBeUndefined();
    expect(
      withStampOf(indicatorTag("Biểu 01!23"), `${indicatorTag("Biểu 01!22")}~0123abcd89abcdef`)
    ).toBe("baocao:indicator:Biểu 01!23~0123abcd89abcdef");
    // A "~" in an id is not a stamp unless 16 hex digits end the tag.
    expect(baseTag(indicatorTag("Biểu~01!2"))).toBe("baocao:indicator:Biểu~01!2");
  });
});

describe("stamps: the tag's and the settings'", () => {
  const text = "- Số hộ nghèo: 99 hộ, chiếm 7,13%.";
  test("a control is unedited while its text hashes to either stamp; whitespace and marks do not count for v", () => {
    expect(isEdited(undefined, text)).toBe(true);
    expect(isEdited({ v: visibleHash(text), m: "x" }, `${text.replace(/ /g, "  ")}\u0002\r`)).toBe(
      false
    );
    expect(isEdited({ t: textHash(text), m: "x" }, text)).toBe(false);
    expect(isEdited({ t: "00000000", v: visibleHash(text), m: "x" }, text)).toBe(false);
    expect(isEdited({ v: visibleHash(text), m: "x" }, text.replace("99", "98"))).toBe(true);
  });

  test("stampOf merges the settings' stamp for the exact tag with the tag's own; the settings' m wins", () => {
    const tag = "baocao:section:1~0123abcd89abcdef";
    expect(stampOf(tag, {})).toEqual({ v: "0123abcd", m: "89abcdef" });
    expect(stampOf(tag, { [tag]: { t: "11112222", m: "33334444" } })).toEqual({
      v: "0123abcd",
      t: "11112222",
      m: "33334444",
    });
    expect(stampOf("baocao:section:1", { "baocao:section:1": { t: "1", m: "2" } })).toEqual({
      t: "1",
      m: "2",
    });
    expect(stampOf("baocao:section:1", {})).toBeUndefined();
  });
});

describe("sectionContents and blocksHash", () => {
  test("sections' sentences without headings or placeholders", () => {
    const c = sectionContents(report(BODY));
    expect([...c.keys()]).toEqual(["s1"]);
    expect(c.get("s1")!.map((b) => b.type === "paragraph" && b.runs[0])).toEqual([
      { text: "Số xóm: 14 xóm." },
      { text: "Số hộ: 1.389 hộ." },
    ]);
  });

  test("the hash ignores where a block came from, not what it says", () => {
    expect(blocksHash([sentence("B!7", "Số xóm: 14 xóm.")])).toBe(
      blocksHash([sentence("B!9", "Số xóm: 14 xóm.")])
    );
    expect(blocksHash([sentence("B!7", "Số xóm: 14 xóm.")])).not.toBe(
      blocksHash([
        { ...sentence("B!7", "Số xóm: 14 xóm."), runs: [{ text: "Số xóm: 14 xóm.", bold: true }] },
      ])
    );
  });
});

describe("planInsert", () => {
  const paragraphs = [{ text: "I. ĐẶC ĐIỂM TÌNH HÌNH" }, { text: "Nội dung." }];

  test("a section goes after its heading; its formatting source is the section's paragraph", () => {
    const plan = planInsert({ paragraphs, report: report(BODY), tags: [], sections: "all" });
    expect(plan.actions.map((a) => [a.sectionId, a.after, a.formatFrom])).toEqual([["s1", 0, 1]]);
    expect(plan.diagnostics).toEqual([]);
  });

  test("asking for a section without figures, or one already in, inserts nothing and says why", () => {
    const plan = planInsert({
      paragraphs,
      report: report(BODY),
      tags: ["baocao:section:s1"],
      sections: ["s1", "s2"],
    });
    expect(plan.actions).toEqual([]);
    expect(plan.diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining("Mục “II. ĐÁNH GIÁ CHUNG” không có số liệu để chèn"),
      expect.stringContaining("Mục “I. ĐẶC ĐIỂM TÌNH HÌNH” đã có trong văn bản"),
    ]);
  });

  test("at the cursor: refused inside our content", () => {
    const plan = planInsertAtCursor({
      report: report(BODY),
      tags: [],
      sectionId: "s1",
      cursorParagraph: 3,
      cursorInOurControl: true,
    });
    expect(plan.actions).toEqual([]);
    expect(plan.diagnostics[0].message).toContain("Con trỏ đang nằm trong phần số liệu");
  });
});

describe("planRefresh", () => {
  const S = "baocao:section:s1";
  const I7 = "baocao:indicator:B!7";
  const I8 = "baocao:indicator:B!8";
  const written = (texts: string[]) => [
    { tag: S, text: texts.join("\r") },
    { tag: I7, text: texts[0] },
    { tag: I8, text: texts[1] },
  ];
  const original = ["- Số xóm: 14 xóm.", "- Số hộ: 1.389 hộ."];
  const stamps: Record<string, Stamp> = {
    [S]: {
      t: textHash(original.join("\r")),
      m: blocksHash(sectionContents(report(BODY)).get("s1")!),
    },
    [I7]: { t: textHash(original[0]), m: blocksHash([BODY[2]]) },
    [I8]: { t: textHash(original[1]), m: blocksHash([BODY[3]]) },
  };
  const changed = (i: number, text: string) =>
    report(BODY.map((b, k) => (k === i ? sentence(`B!${k + 5}`, text) : b)));

  test("unchanged figures: nothing to do", () => {
    const plan = planRefresh(written(original), stamps, report(BODY));
    expect(plan).toMatchObject({ actions: [], unchanged: 1, diagnostics: [] });
  });

  test("one changed figure: that sentence only", () => {
    const plan = planRefresh(written(original), stamps, changed(3, "Số hộ: 1.400 hộ."));
    expect(plan.actions.map((a) => [a.kind, a.control, a.edited])).toEqual([
      ["indicator", 2, false],
    ]);
  });

  test("an edited sentence is marked for a question, named by its text", () => {
    const texts = [original[0], "- Số hộ: 1.389 hộ (cả hộ tạm trú)."];
    const plan = planRefresh(written(texts), stamps, changed(3, "Số hộ: 1.400 hộ."));
    expect(plan.actions.map((a) => [a.kind, a.edited, a.label])).toEqual([
      ["indicator", true, "“- Số hộ: 1.389 hộ (cả hộ tạm trú).”"],
    ]);
  });

  test("a sentence more or fewer: the whole section; no stamp means ask", () => {
    const more = report([
      ...BODY.slice(0, 4),
      sentence("B!9", "Dân số: 5.387 nhân khẩu."),
      ...BODY.slice(4),
    ]);
    expect(
      planRefresh(written(original), stamps, more).actions.map((a) => [a.kind, a.edited])
    ).toEqual([["section", false]]);
    expect(planRefresh(written(original), {}, more).actions.map((a) => [a.kind, a.edited])).toEqual(
      [["section", true]]
    );
  });

  test("a section gone from the data is kept and reported; a section not yet in the document is reported", () => {
    const none = report([heading("s1", "I.", "ĐẶC ĐIỂM TÌNH HÌNH")]);
    expect(planRefresh(written(original), stamps, none).diagnostics[0].message).toContain(
      "không còn số liệu trong dữ liệu mới; nội dung cũ trong văn bản được giữ nguyên"
    );
    // Nothing inserted yet: one message, not one per section (issue 15).
    const empty = planRefresh([], {}, report(BODY));
    expect(empty.present).toBe(0);
    expect(empty.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Văn bản chưa có mục nào do Báo cáo chèn nên chưa có gì để cập nhật/),
    ]);
  });

  test("rows renumbered above a section: same text, tags move, nothing rewritten", () => {
    const shifted = report(
      BODY.map((b) =>
        b.type === "paragraph" && b.source?.indicatorId
          ? {
              ...b,
              source: {
                sectionId: "s1",
                indicatorId: b.source.indicatorId.replace(/\d+$/, (n) => String(+n + 1)),
              },
            }
          : b
      )
    );
    const plan = planRefresh(written(original), stamps, shifted);
    expect(plan.actions.map((a) => [a.kind, a.kind === "retag" && a.tag])).toEqual([
      ["retag", "baocao:indicator:B!8"],
      ["retag", "baocao:indicator:B!9"],
    ]);
  });

  test("controls of the clerk are ignored; an indicator control belongs to the section before it", () => {
    const controls = [{ tag: "NoiDungRieng", text: "x" }, ...written(original)];
    const plan = planRefresh(
      controls.filter((c) => isOurTag(c.tag)),
      stamps,
      changed(2, "Số xóm: 15 xóm.")
    );
    expect(
      plan.actions.map((a) => [a.kind, a.control, a.kind === "indicator" ? a.section : undefined])
    ).toEqual([["indicator", 1, 0]]);
  });
});
