import fc from "fast-check";
import { Block, Heading, Paragraph, Table, plainText } from "../../src/core/document";
import { CellValue, SheetGrid } from "../../src/core/grid";
import { OUTLINES } from "../../src/core/outlines";
import {
  MISSING,
  buildReport,
  issuerInSentence,
  recipientLines,
  reportYear,
  shortIssuer,
} from "../../src/core/report";
import { FORBIDDEN, allStrings, sheet } from "./fixtures";

const _ = null;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function info(extra: CellValue[][] = []): SheetGrid {
  return sheet("Thông tin chung", [
    ["Cơ quan chủ quản", "UBND HUYỆN ĐỊNH HÓA"],
    ["Cơ quan ban hành", "Ủy ban nhân dân xã Bình Thành"],
    ["Số ký hiệu", "05/BC-UBND"],
    ["Địa danh", "Bình Thành"],
    ["Ngày báo cáo", utc(2024, 1, 5)],
    ["Trích yếu", "Kết quả công tác dân vận năm 2023;"],
    [_, "Phương hướng, nhiệm vụ trọng tâm năm 2024"],
    ["Kính gửi", "Phòng Nội vụ huyện Định Hóa"],
    ["Căn cứ", "Thực hiện Công văn 516/UBND-NV ngày 13/02/2023 của UBND huyện Định Hóa."],
    [_, "Thực hiện Kế hoạch số 16/KH-UBND ngày 16/01/2023 của UBND xã Bình Thành."],
    ["Thẩm quyền ký", "TM. Ủy ban nhân dân"],
    ["Chức vụ", "Chủ tịch"],
    ["Người ký", "Ma Khánh Sơn"],
    ["Nơi nhận", "Phòng Nội vụ huyện"],
    [_, "BTV Đảng ủy xã"],
    [_, "Lưu: VP"],
    ["Loại báo cáo", "dan-van-nam"],
    ["Kỳ báo cáo", "năm 2023"],
    ["Số chữ số thập phân", 2],
    ...extra,
  ]);
}

const BIEU = sheet("Biểu 01", [
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tổng số", "Ghi chú", "Mẫu câu"],
  ["2.2", "Công tác dân vận của Ủy ban nhân dân", _, _, _, _, _, _],
  [1, "Số hộ nghèo", "hộ", _, 99, 1389, _, _],
  [2, "Lao động có việc làm", "lao động", 110, 90, _, "Trong đó: 70 lao động ngoài tỉnh.", _],
  ["2.3", "Công tác dân vận của lực lượng vũ trang", _, _, _, _, _, _],
  [1, "Số vụ phạm pháp", "vụ", _, 5, _, _, "Xảy ra **{th} {dvt}**."],
  ["III", "ĐÁNH GIÁ CHUNG", _, _, _, _, _, "bảng"],
  [1, "Hộ có bình chữa cháy", "hộ", _, 581, 1415, _, _],
]);

const headings = (body: Block[]) => body.filter((b): b is Heading => b.type === "heading");
const paragraphs = (body: Block[]) => body.filter((b): b is Paragraph => b.type === "paragraph");

describe("buildReport: the Bình Thành workbook", () => {
  const result = buildReport([info(), BIEU], { style: "list" });
  const doc = result.document!;

  it("builds a document without any diagnostic", () => {
    expect(result.diagnostics).toEqual([]);
    expect(doc).toBeDefined();
    expect(result.outline?.id).toBe("dan-van-nam");
    expect(result.tables).toHaveLength(1);
  });

  it("writes the header block", () => {
    expect(doc.header.parentAgency).toBe("UBND HUYỆN ĐỊNH HÓA");
    expect([doc.header.issuer].flat().join(" ")).toBe("ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH");
    expect(doc.header.number).toBe("Số: 05/BC-UBND");
    expect(doc.header.number).toMatch(/^Số: (\d{2,}| *)\/BC-[A-ZĐ]+(-[A-ZĐ]+)*$/);
    expect(doc.header.placeDate).toBe("Bình Thành, ngày 05 tháng 01 năm 2024");
    expect(doc.documentType).toBe("BÁO CÁO");
    expect(doc.summary).toEqual([
      "Kết quả công tác dân vận năm 2023;",
      "Phương hướng, nhiệm vụ trọng tâm năm 2024",
    ]);
    expect(doc.addressees).toEqual(["Phòng Nội vụ huyện Định Hóa"]);
  });

  it("writes the closing block", () => {
    expect(doc.signature).toEqual({
      recipients: ["- Như trên;", "- Phòng Nội vụ huyện;", "- BTV Đảng ủy xã;", "- Lưu: VP."],
      authority: "TM. ỦY BAN NHÂN DÂN",
      position: "CHỦ TỊCH",
      signerName: "Ma Khánh Sơn",
    });
  });

  it("opens with the căn cứ, then the opening sentence, and ends with the closing sentence", () => {
    const texts = doc.body
      .filter((b): b is Paragraph => b.type === "paragraph")
      .map((p) => plainText(p.runs));
    expect(texts.slice(0, 3)).toEqual([
      "Thực hiện Công văn 516/UBND-NV ngày 13/02/2023 của UBND huyện Định Hóa.",
      "Thực hiện Kế hoạch số 16/KH-UBND ngày 16/01/2023 của UBND xã Bình Thành.",
      "Ủy ban nhân dân xã Bình Thành báo cáo kết quả công tác dân vận năm 2023; phương hướng, nhiệm vụ trọng tâm năm 2024 như sau:",
    ]);
    expect(texts[texts.length - 1]).toBe(
      "Trên đây là báo cáo kết quả công tác dân vận năm 2023; phương hướng, nhiệm vụ trọng tâm năm 2024 của UBND xã Bình Thành./."
    );
    expect(doc.body[3].type).toBe("heading");
  });

  it("numbers the headings of the outline and fills the years", () => {
    expect(headings(doc.body).map((h) => `${h.number} ${h.title}`)).toEqual([
      "A. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2023",
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "II. KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ",
      "1. Công tác lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng",
      "2. Kết quả công tác dân vận của các cơ quan nhà nước các cấp (HĐND, UBND, lực lượng vũ trang)",
      "2.1. Công tác dân vận của Hội đồng nhân dân",
      "2.2. Công tác dân vận của Ủy ban nhân dân",
      "2.3. Công tác dân vận của lực lượng vũ trang",
      "2.4. Công tác dân vận của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội",
      "3. Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số",
      "4. Kết quả công tác dân vận đối với đồng bào theo tôn giáo",
      "III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Hạn chế và nguyên nhân",
      "IV. ĐỀ XUẤT, KIẾN NGHỊ",
      "B. PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM 2024",
    ]);
    expect(headings(doc.body).map((h) => h.level)).toEqual([
      0, 1, 1, 2, 2, 3, 3, 3, 3, 2, 2, 1, 2, 2, 1, 0,
    ]);
  });

  it("writes indicator sentences under their section, as '-' bullets, with footnotes", () => {
    const bySection = (id: string) =>
      paragraphs(doc.body).filter((p) => p.source?.sectionId === id && p.source.indicatorId);
    const ubnd = bySection("1.2.2.2");
    expect(ubnd.map((p) => plainText(p.runs))).toEqual([
      "Số hộ nghèo: 99 hộ, chiếm 7,13%.",
      "Lao động có việc làm: 90/110 lao động, đạt 81,82% kế hoạch.",
    ]);
    expect(ubnd.every((p) => p.bullet === "-")).toBe(true);
    expect(ubnd.map((p) => p.source!.indicatorId)).toEqual(["Biểu 01!3", "Biểu 01!4"]);
    expect(ubnd[1].runs[ubnd[1].runs.length - 1]).toEqual({
      footnote: [{ text: "Trong đó: 70 lao động ngoài tỉnh." }],
    });
    const llvt = bySection("1.2.2.3");
    expect(llvt.map((p) => p.runs)).toEqual([
      [{ text: "Xảy ra " }, { text: "05 vụ", bold: true }, { text: "." }],
    ]);
  });

  it("renders a group marked 'bảng' as a table with the figures present and their ratio", () => {
    const tables = doc.body.filter((b): b is Table => b.type === "table");
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.source).toEqual({ sectionId: "1.3" });
    expect(t.header.map((row) => row.map((c) => plainText(c)))).toEqual([
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Tổng số", "Tỷ lệ (%)"],
    ]);
    expect(t.rows.map((row) => row.map((c) => plainText(c)))).toEqual([
      ["1", "Hộ có bình chữa cháy", "hộ", "581", "1.415", "41,06"],
    ]);
    expect(t.align).toEqual(["center", "left", "center", "right", "right", "right"]);
    expect(t.widths).toHaveLength(6);
  });

  it("leaves a visible, italic placeholder in every empty leaf section and none elsewhere", () => {
    const placeholders = paragraphs(doc.body).filter(
      (p) => p.placeholder && plainText(p.runs) === MISSING.sectionText
    );
    expect(placeholders.map((p) => p.source?.sectionId)).toEqual([
      "1.1",
      "1.2.1",
      "1.2.2.1",
      "1.2.2.4",
      "1.2.3",
      "1.2.4",
      "1.3.1",
      "1.3.2",
      "1.4",
      "2",
    ]);
    for (const p of placeholders)
      expect(p.runs).toEqual([{ text: MISSING.sectionText, italic: true }]);
  });

  it("never holds NaN, Infinity or undefined, and all text is NFC", () => {
    for (const s of allStrings(doc)) {
      expect(s).not.toMatch(FORBIDDEN);
      expect(s).toBe(s.normalize("NFC"));
    }
  });
});

describe("buildReport: options and errors", () => {
  it("stops with an error and no document when there is no indicator table", () => {
    const r = buildReport([info(), sheet("Ghi chép", [["Không có biểu nào ở đây"]])]);
    expect(r.document).toBeUndefined();
    const errors = r.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("Không tìm thấy biểu chỉ tiêu");
    expect(buildReport([]).document).toBeUndefined();
  });

  it("stops with an error listing every outline id for an unknown kind", () => {
    const r = buildReport([info(), BIEU], { kind: "bao-cao-la" });
    expect(r.document).toBeUndefined();
    const errors = r.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("bao-cao-la");
    for (const o of OUTLINES) expect(errors[0].message).toContain(o.id);
  });

  it("reports an unknown Loại báo cáo from the workbook the same way", () => {
    const r = buildReport([sheet("Thông tin chung", [["Loại báo cáo", "khong-co"]]), BIEU]);
    expect(r.document).toBeUndefined();
    expect(
      r.diagnostics.some((d) => d.severity === "error" && d.message.includes("khong-co"))
    ).toBe(true);
  });

  it("lets the kind option win over the workbook's Loại báo cáo", () => {
    const r = buildReport([info(), BIEU], { kind: "chung" });
    expect(r.outline?.id).toBe("chung");
    expect(headings(r.document!.body)[0]).toMatchObject({
      number: "I.",
      title: "ĐẶC ĐIỂM TÌNH HÌNH",
    });
  });

  it("uses the generic outline by default", () => {
    expect(buildReport([BIEU]).outline?.id).toBe("chung");
  });

  it("pads counts unless the workbook turns it off", () => {
    const text = (r: ReturnType<typeof buildReport>) => allStrings(r.document!.body).join("\n");
    expect(text(buildReport([info(), BIEU]))).toContain("05 vụ");
    const off = buildReport([info([["Thêm số 0", "Không"]]), BIEU]);
    expect(text(off)).toContain("5 vụ");
    expect(text(off)).not.toContain("05 vụ");
  });

  it("shows each indicator's own precision in a table too", () => {
    const grid = sheet("Biểu 01", [
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Tổng số", "Số lẻ", "Mẫu câu"],
      ["I", "KẾT QUẢ THỰC HIỆN", _, _, _, _, "bảng"],
      [1, "Số hộ nghèo", "hộ", 99, 1389, 2, _],
    ]);
    const r = buildReport([grid]);
    const t = r.document!.body.find((b): b is Table => b.type === "table")!;
    expect(t.rows[0].map((c) => plainText(c))).toEqual([
      "1",
      "Số hộ nghèo",
      "hộ",
      "99",
      "1.389",
      "7,13",
    ]);
  });
});

describe("buildReport: a workbook without metadata", () => {
  const r = buildReport([BIEU]);
  const doc = r.document!;

  it("warns once and still builds the document", () => {
    expect(doc).toBeDefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0].severity).toBe("warning");
    expect(r.diagnostics[0].message).toContain("Thông tin chung");
  });

  it("shows visible placeholders for every missing item", () => {
    expect([doc.header.issuer].flat().join(" ")).toBe(MISSING.issuer);
    expect(doc.header.parentAgency).toBeUndefined();
    expect(doc.header.placeDate.startsWith(`${MISSING.place}, ngày `)).toBe(true);
    expect(doc.header.number).toMatch(/^Số: +\/BC-UBND$/);
    expect(doc.summary).toEqual([MISSING.summary]);
    expect(doc.addressees).toEqual([]);
    expect(doc.signature).toEqual({
      recipients: ["- Lưu: VT."],
      authority: undefined,
      position: MISSING.position,
      signerName: MISSING.signerName,
    });
    const texts = paragraphs(doc.body).map((p) => plainText(p.runs));
    expect(texts[0]).toBe("Ủy ban nhân dân báo cáo [Trích yếu nội dung báo cáo] như sau:");
    expect(texts[texts.length - 1]).toBe(
      "Trên đây là báo cáo [Trích yếu nội dung báo cáo] của UBND./."
    );
  });

  it("never writes 'undefined', 'NaN' or 'Infinity' anywhere in the model", () => {
    const strings = allStrings(doc);
    expect(strings.length).toBeGreaterThan(20);
    for (const s of strings) expect(s).not.toMatch(FORBIDDEN);
    expect(JSON.stringify(doc)).not.toMatch(/undefined|NaN|Infinity|null/);
  });

  it("leaves day and month blank but keeps the year from the period", () => {
    const r2 = buildReport([
      sheet("Thông tin chung", [
        ["Kỳ báo cáo", "năm 2023"],
        ["Địa danh", "Phú Tiến"],
      ]),
      BIEU,
    ]);
    expect(r2.document!.header.placeDate).toBe("Phú Tiến, ngày     tháng     năm 2023");
  });

  it("keeps room for the clerical office when Số ký hiệu is only '/BC-UBND'", () => {
    const r2 = buildReport([
      sheet("Thông tin chung", [
        ["Số ký hiệu", "/BC-UBND"],
        ["Địa danh", "X"],
        ["Người ký", "Y"],
      ]),
      BIEU,
    ]);
    expect(r2.document!.header.number).toMatch(/^Số: {2,}\/BC-UBND$/);
    const r3 = buildReport([sheet("Thông tin chung", [["Số ký hiệu", "Số: 12/BC-UBND"]]), BIEU]);
    expect(r3.document!.header.number).toBe("Số: 12/BC-UBND");
    const r4 = buildReport([sheet("Thông tin chung", [["Số ký hiệu", "5/BC-UBND"]]), BIEU]);
    expect(r4.document!.header.number).toBe("Số: 05/BC-UBND");
  });
});

describe("buildReport never throws and never writes NaN/undefined for arbitrary grids (property)", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.constantFrom(
      "STT",
      "Chỉ tiêu",
      "Nội dung",
      "ĐVT",
      "Thực hiện",
      "Kế hoạch",
      "Cùng kỳ",
      "Tổng số",
      "Tỷ lệ (%)",
      "Mẫu câu",
      "Ghi chú",
      "Mục báo cáo",
      "Số lẻ"
    ),
    fc.constantFrom(
      "I",
      "II",
      "1",
      "2.1",
      "a)",
      "-",
      "abc",
      "1.389",
      "28,75",
      "7,13%",
      "{th} {xyz}",
      "bảng",
      "ĐÁNH GIÁ CHUNG",
      "Thông tin chung"
    ),
    fc.constantFrom(
      "Địa danh",
      "Ngày báo cáo",
      "05/01/2024",
      "Số chữ số thập phân",
      "9",
      "Loại báo cáo",
      "chung"
    ),
    fc.integer({ min: -1000, max: 100000 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.constant(0),
    fc.boolean(),
    fc.constant({ error: "#DIV/0!" }),
    fc.constant(new Date(Date.UTC(2024, 0, 5)))
  );
  const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

  it("holds", () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (grids) => {
        const sheets = grids.map((cells, i) => sheet(i === 0 ? "Biểu 01" : `Sheet${i}`, cells));
        const r = buildReport(sheets);
        if (r.document) for (const s of allStrings(r.document)) expect(s).not.toMatch(FORBIDDEN);
        for (const d of r.diagnostics) expect(d.message).not.toMatch(/NaN|Infinity|undefined/);
        expect(r.document === undefined).toBe(r.diagnostics.some((d) => d.severity === "error"));
      }),
      { numRuns: 300 }
    );
  });
});

describe("recipientLines", () => {
  it("ends with '- Lưu: VT.' when the clerk left it out", () => {
    expect(recipientLines([], false)).toEqual(["- Lưu: VT."]);
    expect(recipientLines(["Phòng Nội vụ huyện"], false)).toEqual([
      "- Phòng Nội vụ huyện;",
      "- Lưu: VT.",
    ]);
  });

  it("starts with '- Như trên;' when there are addressees", () => {
    expect(recipientLines([], true)).toEqual(["- Như trên;", "- Lưu: VT."]);
    expect(recipientLines(["Phòng Nội vụ huyện"], true)).toEqual([
      "- Như trên;",
      "- Phòng Nội vụ huyện;",
      "- Lưu: VT.",
    ]);
  });

  it("does not repeat a 'Như trên' the clerk already wrote first", () => {
    expect(recipientLines(["- Như trên;", "BTV Đảng ủy xã"], true)).toEqual([
      "- Như trên;",
      "- BTV Đảng ủy xã;",
      "- Lưu: VT.",
    ]);
  });

  it("writes 'Như trên' once even when the clerk put it further down", () => {
    const lines = recipientLines(["UBND huyện", "Như trên"], true);
    expect(lines.filter((l) => /như trên/i.test(l))).toEqual(["- Như trên;"]);
    expect(lines[0]).toBe("- Như trên;");
  });

  it("normalises the clerk's bullets and endings, and moves Lưu to the end", () => {
    expect(
      recipientLines(
        ["- Phòng Nội vụ huyện;", "+ BTV Đảng ủy xã.", "Lưu: VT, VP.", "  ", "14 xóm,"],
        false
      )
    ).toEqual(["- Phòng Nội vụ huyện;", "- BTV Đảng ủy xã;", "- 14 xóm;", "- Lưu: VT, VP."]);
    expect(recipientLines(["Lưu:VT", "Đảng ủy xã"], false)).toEqual(["- Đảng ủy xã;", "- Lưu:VT."]);
  });

  it("always gives '- …;' lines and a last '- Lưu…' line ending '.' (property)", () => {
    const item = fc.oneof(
      fc.constantFrom("Như trên", "- Lưu: VP.", "Phòng Nội vụ;", "+ TT HĐND xã", ""),
      fc.string({ maxLength: 15 })
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), fc.boolean(), (items, has) => {
        const lines = recipientLines(items, has);
        const last = lines[lines.length - 1];
        expect(last).toMatch(/^- Lưu\b.*\.$/);
        for (const l of lines.slice(0, -1)) expect(l).toMatch(/^- .*;$/);
        if (has) expect(lines[0]).toBe("- Như trên;");
      })
    );
  });
});

describe("issuerInSentence and shortIssuer", () => {
  it.each([
    ["ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH", "Ủy ban nhân dân xã Bình Thành"],
    ["ỦY BAN NHÂN DÂN XÃ PHÚ TIẾN", "Ủy ban nhân dân xã Phú Tiến"],
    ["ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ", "Ủy ban nhân dân huyện Yên Thế"],
    ["ỦY BAN NHÂN DÂN THỊ TRẤN CHỢ CHU", "Ủy ban nhân dân thị trấn Chợ Chu"],
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ THÁI NGUYÊN", "Ủy ban nhân dân thành phố Thái Nguyên"],
    ["ỦY BAN NHÂN DÂN PHƯỜNG HÀ HUY TẬP", "Ủy ban nhân dân phường Hà Huy Tập"],
    ["Ủy ban nhân dân xã Bình Thành", "Ủy ban nhân dân xã Bình Thành"],
    ["ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH".normalize("NFD"), "Ủy ban nhân dân xã Bình Thành"],
  ])("%s → %s", (issuer, expected) => {
    expect(issuerInSentence(issuer)).toBe(expected);
  });

  it("falls back to 'Ủy ban nhân dân' when there is no issuer", () => {
    expect(issuerInSentence(undefined)).toBe("Ủy ban nhân dân");
    expect(issuerInSentence("")).toBe("Ủy ban nhân dân");
    expect(shortIssuer(undefined)).toBe("UBND");
  });

  it("shortens to UBND", () => {
    expect(shortIssuer("ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH")).toBe("UBND xã Bình Thành");
  });

  it("keeps an abbreviated issuer readable ('UBND XÃ BÌNH THÀNH', never 'Ubnd')", () => {
    expect(issuerInSentence("UBND XÃ BÌNH THÀNH")).toMatch(
      /^(UBND|Ủy ban nhân dân) xã Bình Thành$/
    );
    expect(shortIssuer("UBND XÃ BÌNH THÀNH")).toBe("UBND xã Bình Thành");
  });
});

describe("reportYear", () => {
  const base = { summary: [], addressees: [], basis: [], recipients: [] };

  it("takes the year from the period first, else from the date", () => {
    expect(reportYear({ ...base, period: "9 tháng đầu năm 2024", date: utc(2023, 10, 1) })).toBe(
      2024
    );
    expect(reportYear({ ...base, period: "giai đoạn 2020–2023" })).toBe(2020);
    expect(reportYear({ ...base, period: "quý III", date: utc(2023, 10, 1) })).toBe(2023);
    expect(reportYear({ ...base, date: utc(2024, 1, 5) })).toBe(2024);
    expect(reportYear(base)).toBeUndefined();
  });
});

describe("buildReport: văn xuôi or liệt kê, and the prompt for the clerk's assessment", () => {
  const sectionText = (r: ReturnType<typeof buildReport>, id: string) =>
    paragraphs(r.document!.body)
      .filter((p) => p.source?.sectionId === id)
      .map((p) => plainText(p.runs));

  it("prose by default: a section's figures in one paragraph, then the prompt", () => {
    const r = buildReport([info(), BIEU]);
    expect(sectionText(r, "1.2.2.2")).toEqual([
      "Có 99/1.389 hộ nghèo (chiếm 7,13%); 90/110 lao động có việc làm (đạt 81,82% kế hoạch).",
      MISSING.narrative,
    ]);
    const [sentence, prompt] = paragraphs(r.document!.body).filter(
      (p) => p.source?.sectionId === "1.2.2.2"
    );
    // The paragraph goes by its first indicator (Word refreshes it as one); the note stays a footnote.
    expect(sentence.source).toEqual({ sectionId: "1.2.2.2", indicatorId: "Biểu 01!3" });
    expect(sentence.bullet).toBeUndefined();
    expect(sentence.runs.some((x) => "footnote" in x)).toBe(true);
    expect(prompt).toMatchObject({ placeholder: true, runs: [{ italic: true }] });
  });

  it("“Cách viết số liệu: liệt kê” in Thông tin chung gives bullets; “Nhắc viết nhận xét: Không” drops the prompt", () => {
    const r = buildReport([
      info([
        ["Cách viết số liệu", "Liệt kê"],
        ["Nhắc viết nhận xét", "Không"],
      ]),
      BIEU,
    ]);
    expect(sectionText(r, "1.2.2.2")).toEqual([
      "Số hộ nghèo: 99 hộ, chiếm 7,13%.",
      "Lao động có việc làm: 90/110 lao động, đạt 81,82% kế hoạch.",
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it("a group's Mẫu câu “liệt kê” keeps that section bulleted; the option wins over the workbook", () => {
    const grid = sheet(
      "Biểu 01",
      BIEU.cells.map((row, i) => (i === 1 ? [...row.slice(0, 7), "liệt kê"] : row))
    );
    const r = buildReport([info([["Cách viết số liệu", "văn xuôi"]]), grid]);
    expect(sectionText(r, "1.2.2.2")[0]).toBe("Số hộ nghèo: 99 hộ, chiếm 7,13%.");
    const unknown = buildReport([info([["Cách viết số liệu", "thơ"]]), BIEU]);
    expect(unknown.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/Cách viết số liệu “thơ” không rõ/)
    );
  });

  it("the same quantity with two values gives one warning naming both cells", () => {
    // Issue 12: "Tổng số hộ: 1.389 hộ" and "581/1.415 hộ gia đình" passed without a word.
    const grid = sheet("Biểu 01", [
      ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Tổng số"],
      ["I", "ĐẶC ĐIỂM TÌNH HÌNH", _, _, _],
      [1, "Tổng số hộ", "hộ", 1389, _],
      [2, "Số hộ nghèo", "hộ", 99, 1389],
      [3, "Hộ có bình chữa cháy", "hộ", 581, 1415],
      ["II", "KẾT QUẢ CÔNG TÁC DÂN VẬN", _, _, _],
      [1, "Số xóm", "xóm", 14, _],
      [2, "Số xóm", "xóm", 15, _],
    ]);
    const messages = buildReport([info(), grid]).diagnostics.map((d) => d.message);
    expect(messages.filter((m) => /hai giá trị khác nhau/.test(m))).toEqual([
      expect.stringMatching(
        /^Cùng một số liệu có hai giá trị khác nhau: “Số xóm[^”]*” là 14 xóm \(ô 'Biểu 01'!D7\), nhưng “Số xóm[^”]*” là 15 xóm \(ô 'Biểu 01'!D8\)\. Hãy kiểm tra lại một trong hai ô\.$/
      ),
      "Cùng một số liệu có hai giá trị khác nhau: “Tổng số hộ” là 1.389 hộ (ô 'Biểu 01'!D3), nhưng tổng số mà “Hộ có bình chữa cháy” lấy tỷ lệ là 1.415 hộ (ô 'Biểu 01'!E5). Hãy kiểm tra lại một trong hai ô.",
    ]);
  });
});

describe("the untouched template (issue 15, point 12)", () => {
  test("builds without a warning, and its “...” placeholders keep three dots", async () => {
    const { templateSpec } = await import("../../src/io/starter");
    const { writeWorkbook } = await import("../../src/io/workbook");
    const { readWorkbook } = await import("../../src/io/xlsx");
    const built = buildReport(await readWorkbook(await writeWorkbook(templateSpec())));
    expect(built.diagnostics).toEqual([]);
    const doc = built.document!;
    const texts = [
      ...doc.body.flatMap((b) => (b.type === "paragraph" ? [plainText(b.runs)] : [])),
      ...doc.signature.recipients,
    ];
    expect(texts.join("\n")).toContain("kết quả thực hiện nhiệm vụ ... như sau:");
    expect(texts).toContain("- ...;");
    expect(texts.join("\n")).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  });
});
