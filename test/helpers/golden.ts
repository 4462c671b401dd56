/**
 * The golden checks of a Bình Thành report .docx, shared by the CLI's golden test and the web
 * page's end-to-end test: ../shared/reference/nd30.md § "Checks a test can make on a .docx" and
 * the figures of 000_4dee813a491d79c5.txt.
 */
import { DocxContents, elements, partText } from "./docx-reader";

/** How section 2.2's paragraph opens: the households and, trong đó, the poor ones. */
const POOR = "Tổng số 1.389 hộ, trong đó 99 hộ nghèo";

/** Declares the golden tests for the report `get()` returns (called after it is ready). */
export function describeGolden(get: () => DocxContents): void {
  let docx: DocxContents;
  let body: string[];
  beforeAll(() => {
    docx = get();
    body = docx.paragraphs.map((p) => p.text);
  });

  const mm = (twips: number) => (twips * 25.4) / 1440;

  test("page is A4 portrait with margins inside the decree's ranges", () => {
    const [size] = elements(docx.xml("word/document.xml"), "w:pgSz");
    expect([Number(size["w:w"]), Number(size["w:h"])]).toEqual([11906, 16838]);
    const [m] = elements(docx.xml("word/document.xml"), "w:pgMar");
    expect(mm(Number(m["w:top"]))).toBeGreaterThanOrEqual(19.9);
    expect(mm(Number(m["w:top"]))).toBeLessThanOrEqual(25.1);
    expect(mm(Number(m["w:bottom"]))).toBeGreaterThanOrEqual(19.9);
    expect(mm(Number(m["w:bottom"]))).toBeLessThanOrEqual(25.1);
    expect(mm(Number(m["w:left"]))).toBeGreaterThanOrEqual(29.9);
    expect(mm(Number(m["w:left"]))).toBeLessThanOrEqual(35.1);
    expect(mm(Number(m["w:right"]))).toBeGreaterThanOrEqual(14.9);
    expect(mm(Number(m["w:right"]))).toBeLessThanOrEqual(20.1);
  });

  test("every run is Times New Roman: its own font, or the document default, which is Times New Roman", () => {
    const runs = docx.paragraphs.flatMap((p) => p.runs).filter((r) => r.text !== "");
    expect(runs.length).toBeGreaterThan(50);
    expect(runs.filter((r) => (r.font ?? defaultFont()) !== "Times New Roman")).toEqual([]);
    const styleFonts = elements(docx.xml("word/styles.xml"), "w:rFonts").map((f) => f["w:ascii"]);
    expect(styleFonts.filter((f) => f !== undefined && f !== "Times New Roman")).toEqual([]);
  });

  /** The font of w:docDefaults (what a run without w:rFonts gets). */
  function defaultFont(): string | undefined {
    const styles = docx.files["word/styles.xml"];
    const defaults = styles.slice(
      styles.indexOf("<w:docDefaults"),
      styles.indexOf("</w:docDefaults>")
    );
    return /w:ascii="([^"]+)"/.exec(defaults)?.[1];
  }

  /** The size of w:docDefaults in half-points. */
  function defaultSize(): number {
    const styles = docx.files["word/styles.xml"];
    const defaults = styles.slice(
      styles.indexOf("<w:docDefaults"),
      styles.indexOf("</w:docDefaults>")
    );
    return Number(/<w:sz w:val="(\d+)"/.exec(defaults)?.[1]);
  }

  test("body paragraphs are 14 pt, justified, indented 1 cm, ≥ 6 pt after, 1–1,5 lines", () => {
    const [docDefaults] = elements(docx.xml("word/styles.xml"), "w:pPrDefault");
    expect(docDefaults).toBeDefined();
    const jc = elements(docx.xml("word/styles.xml"), "w:jc").map((j) => j["w:val"]);
    expect(jc).toContain("both");
    const ind = elements(docx.xml("word/styles.xml"), "w:ind").map((i) => Number(i["w:firstLine"]));
    expect(ind).toContain(567);
    const spacing = elements(docx.xml("word/styles.xml"), "w:spacing").find(
      (s) => s["w:lineRule"] === "auto"
    )!;
    expect(Number(spacing["w:after"])).toBeGreaterThanOrEqual(120);
    expect(Number(spacing["w:line"])).toBeGreaterThanOrEqual(240);
    expect(Number(spacing["w:line"])).toBeLessThanOrEqual(360);
    const sentence = docx.paragraphs.find((p) => p.text.startsWith(POOR))!;
    expect(sentence.inTable).toBe(false);
    expect(defaultSize()).toBe(28);
    expect(sentence.runs.every((r) => (r.sizeHalfPt ?? defaultSize()) === 28)).toBe(true);
    expect(sentence.jc).toBeUndefined(); // inherits "both" from the default style
  });

  test("page numbers in the header from page 2; page 1's header is empty", () => {
    expect(elements(docx.xml("word/document.xml"), "w:titlePg")).toHaveLength(1);
    const refs = elements(docx.xml("word/document.xml"), "w:headerReference");
    const byType = Object.fromEntries(refs.map((r) => [r["w:type"], r["r:id"]]));
    expect(Object.keys(byType).sort()).toEqual(["default", "first"]);
    const rels = docx.files["word/_rels/document.xml.rels"];
    const target = (id: string) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const first = docx.xml(`word/${target(byType.first)}`);
    expect(partText(first).join("")).toBe("");
    const def = docx.files[`word/${target(byType.default)}`];
    expect(def).toMatch(/PAGE/);
  });

  test("header block: agencies, Quốc hiệu, Tiêu ngữ, Số and the padded date", () => {
    const header = docx.paragraphs
      .filter((p) => p.inTable)
      .slice(0, 12)
      .map((p) => p.text);
    expect(header).toEqual(
      expect.arrayContaining([
        "UBND HUYỆN ĐỊNH HÓA",
        "ỦY BAN NHÂN DÂN",
        "XÃ BÌNH THÀNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bình Thành, ngày 08 tháng 12 năm 2023",
      ])
    );
    const so = header.find((t) => t.startsWith("Số:"))!;
    expect(so).toMatch(/^Số: (\d{2,}| *)\/BC-[A-ZĐ]+(-[A-ZĐ]+)*$/);
    const issuer = docx.paragraphs.find((p) => p.text === "ỦY BAN NHÂN DÂN")!;
    expect(issuer.runs[0].bold).toBe(true);
    const parent = docx.paragraphs.find((p) => p.text === "UBND HUYỆN ĐỊNH HÓA")!;
    expect(parent.runs[0].bold).toBe(false);
    const date = docx.paragraphs.find((p) => p.text.startsWith("Bình Thành, ngày"))!;
    expect(date.runs[0].italic).toBe(true);
    // Rules are borders, not typed characters.
    expect(body.some((t) => /^[-_]{3,}$/.test(t))).toBe(false);
    expect(elements(docx.xml("word/document.xml"), "w:bottom").length).toBeGreaterThanOrEqual(3);
  });

  test("title, trích yếu and Kính gửi", () => {
    const i = body.indexOf("BÁO CÁO");
    expect(i).toBeGreaterThan(0);
    expect(body.slice(i + 1, i + 3)).toEqual([
      "Kết quả công tác dân vận năm 2023;",
      "Phương hướng, nhiệm vụ trọng tâm năm 2024",
    ]);
    const title = docx.paragraphs[docx.paragraphs.findIndex((p) => p.text === "BÁO CÁO")];
    expect(title.runs[0].bold).toBe(true);
    expect(title.runs[0].sizeHalfPt ?? defaultSize()).toBe(28);
    expect(title.jc).toBe("center");
    expect(body).toContain("Kính gửi: Phòng Nội vụ huyện Định Hóa.");
  });

  test("the figures of the reference report, computed right, in prose with trong đó and stated bases", () => {
    const text = body.join("\n");
    for (const clause of [
      // Seed 000: "Tổng số hộ nghèo 62 hộ chiếm 8,2%" and "xã có 14 xóm, với tổng số 1.389 hộ".
      `${POOR} (chiếm 7,13%) và 54 hộ cận nghèo (chiếm 3,89%)`,
      "90/110 lao động được giải quyết việc làm (đạt 81,8% kế hoạch)",
      "04/05 hội nghị tiếp xúc cử tri trước kỳ họp thứ 5 (đạt 80% kế hoạch)",
      "05/05 hội nghị tiếp xúc cử tri trước kỳ họp thứ 6 (đạt 100% kế hoạch)",
      "Vận động trang bị bình chữa cháy xách tay cho 581/1.415 hộ gia đình trên địa bàn xã, đạt 41,1%.",
      "14 xóm; tổng số 1.389 hộ; dân số là 5.387 nhân khẩu.",
      "diện tích tự nhiên là 28,75 km²",
      "Có 05 vụ việc vi phạm pháp luật về trật tự xã hội.",
      "2.518/4.253 tài khoản định danh điện tử mức độ 2 đã thu nhận (chiếm 59,2%), trong đó 1.513 tài khoản định danh điện tử đã kích hoạt (chiếm 60,1%)",
      "cán bộ, công chức xã là người dân tộc thiểu số: 14/19 người (chiếm 73,7%)",
      "09/10 đồng chí (chiếm 90%)",
      "kinh phí hỗ trợ làm nhà cho hộ nghèo là 1.100 triệu đồng",
    ])
      expect(text).toContain(clause);
    // No label repeats its unit ("Số xóm: 14 xóm").
    expect(text).not.toMatch(/Số xóm|Tổng số hộ:|Dân số:/);
    expect(text).not.toMatch(/41,6%|NaN|Infinity|undefined|#DIV\/0!/);
  });

  test("sections land under the outline's headings, in order", () => {
    const headings = docx.paragraphs
      .filter((p) => p.style?.startsWith("Heading"))
      .map((p) => p.text);
    expect(headings.slice(0, 3)).toEqual([
      "A. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2023",
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "II. KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ",
    ]);
    expect(headings).toContain("2.2. Công tác dân vận của Ủy ban nhân dân");
    expect(headings[headings.length - 1]).toBe(
      "B. PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM 2024"
    );
    const ubnd = body.indexOf("2.2. Công tác dân vận của Ủy ban nhân dân");
    const lltv = body.indexOf("2.3. Công tác dân vận của lực lượng vũ trang");
    const poor = body.findIndex((t) => t.startsWith(POOR));
    expect(ubnd).toBeLessThan(poor);
    expect(poor).toBeLessThan(lltv);
  });

  test("Ghi chú becomes a real footnote", () => {
    const notes = partText(docx.xml("word/footnotes.xml"));
    expect(notes).toContain(
      "Trong đó: 70 lao động làm việc ngoài tỉnh, 20 lao động tại địa phương."
    );
    expect(elements(docx.xml("word/document.xml"), "w:footnoteReference")).toHaveLength(2);
  });

  test("closing: Nơi nhận rules and the signature block", () => {
    expect(body).toContain(
      "Trên đây là báo cáo kết quả công tác dân vận năm 2023; phương hướng, nhiệm vụ trọng tâm năm 2024 của UBND xã Bình Thành./."
    );
    const start = body.indexOf("Nơi nhận:");
    const label = docx.paragraphs[start];
    expect(label.runs[0]).toMatchObject({ bold: true, italic: true, sizeHalfPt: 24 });
    const items = body.slice(start + 1).filter((t) => t.startsWith("- "));
    expect(items[0]).toBe("- Như trên;");
    expect(items.slice(0, -1).every((t) => t.endsWith(";"))).toBe(true);
    expect(items[items.length - 1]).toMatch(/^- Lưu:.*\.$/);
    expect(docx.paragraphs[start + 1].runs[0].sizeHalfPt).toBe(22);
    expect(body).toEqual(
      expect.arrayContaining(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ma Khánh Sơn"])
    );
  });

  test("all text is NFC", () => {
    const all = body.join("\n");
    expect(all).toBe(all.normalize("NFC"));
  });
}
