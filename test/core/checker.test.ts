/** The checker of written figures (issue 6): own corpus, the five reference reports, offsets. */
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import {
  Finding,
  FindingSeverity,
  checkParagraphs,
  describeFinding,
  paragraphsOfText,
  recomputeClaims,
} from "../../src/core/checker";
import { formatNumber, formatPercent, formatPercentNumber } from "../../src/core/numbers";

type Expected = {
  severity: FindingSeverity;
  numerator: number;
  denominator: number;
  stated: number;
  expected: number;
};

interface Case {
  /** planted: a wrong, mis-rounded or mis-written percentage; correct: a right claim;
   * look-alike: figures that are not a claim, or a share whose total cannot be told. */
  kind: "planted" | "correct" | "look-alike";
  paragraphs: string[];
  /** planted: the one finding; correct: the claim's numerator and denominator. */
  finding?: Expected;
  claim?: [number, number];
}

const err = (numerator: number, denominator: number, stated: number, expected: number) =>
  ({ severity: "error", numerator, denominator, stated, expected }) as Expected;
const rnd = (numerator: number, denominator: number, stated: number, expected: number) =>
  ({ severity: "rounding", numerator, denominator, stated, expected }) as Expected;
const sty = (numerator: number, denominator: number, stated: number) =>
  ({ severity: "style", numerator, denominator, stated, expected: stated }) as Expected;

const CORPUS: Case[] = [
  // Planted errors: the value is wrong.
  {
    kind: "planted",
    paragraphs: ["Ban Chấp hành có 9/10 đồng chí có trình độ đại học, chiếm 90,9%."],
    finding: err(9, 10, 90.9, 90),
  },
  {
    kind: "planted",
    paragraphs: ["Trang bị bình chữa cháy cho 581/1415 hộ gia đình trên địa bàn xã đạt 41,6%."],
    finding: err(581, 1415, 41.6, 41.1),
  },
  {
    kind: "planted",
    paragraphs: ["Tổng số hồ sơ giải quyết trực tuyến là 1.495/4.812 hồ sơ, đạt 77,73%."],
    finding: err(1495, 4812, 77.73, 31.07),
  },
  {
    kind: "planted",
    paragraphs: [
      "Đã xử lý dứt điểm 4.028/4.574 trường hợp, đạt 88,6%, ước hết năm xử lý thêm 90 trường hợp.",
    ],
    finding: err(4028, 4574, 88.6, 88.1),
  },
  {
    kind: "planted",
    paragraphs: ["Có 16/59 trường đạt chuẩn mức độ 2 = 72,9%."],
    finding: err(16, 59, 72.9, 27.1),
  },
  // The date is not the fraction: 78,5% goes with 785/1.000 hộ.
  {
    kind: "planted",
    paragraphs: ["Tính đến ngày 15/11/2024, có 785/1.000 hộ dùng nước sạch, đạt 87,5%."],
    finding: err(785, 1000, 87.5, 78.5),
  },
  {
    kind: "planted",
    paragraphs: ["Đến 15/11, đã cấp 785/1.000 thẻ bảo hiểm y tế, bằng 87,5%."],
    finding: err(785, 1000, 87.5, 78.5),
  },
  {
    kind: "planted",
    paragraphs: ["Nhân dân nộp tiền thu gom rác đạt 1139/1182 hộ = 69,4%."],
    finding: err(1139, 1182, 69.4, 96.4),
  },
  {
    kind: "planted",
    paragraphs: ["Thu nhận 2.518/4.253 tài khoản định danh điện tử, đạt 95,2%."],
    finding: err(2518, 4253, 95.2, 59.2),
  },
  {
    kind: "planted",
    paragraphs: ["Trồng rừng tập trung được 1475ha/1250ha đạt 128%KH."],
    finding: err(1475, 1250, 128, 118),
  },
  {
    kind: "planted",
    paragraphs: ["Số nhiệm vụ hoàn thành đạt 95% (19/21 nhiệm vụ)."],
    finding: err(19, 21, 95, 90),
  },
  // A share of a total stated elsewhere (issue 6 § 3).
  {
    kind: "planted",
    paragraphs: [
      "Xã có 8 thôn, với 860 hộ, 3.343 nhân khẩu.",
      "Tổng số hộ nghèo 62 hộ chiếm 8,2%.",
    ],
    finding: err(62, 860, 8.2, 7.2),
  },
  {
    kind: "planted",
    paragraphs: ["Tổng số 860 hộ, dân số 3.343 người. Số hộ nghèo 62 hộ chiếm 6,2%."],
    finding: err(62, 860, 6.2, 7.2),
  },
  {
    kind: "planted",
    paragraphs: [
      "Đã xử lý xong 50/52 trường hợp, đạt tỷ lệ 96,2%. Đang xử lý 02 trường hợp, diện tích 0,18ha, đạt tỷ lệ 3,7%.",
    ],
    finding: err(2, 52, 3.7, 3.8),
  },
  {
    kind: "planted",
    paragraphs: ["Số hộ nghèo 99 hộ, chiếm 9,13% tổng số 1.389 hộ toàn xã."],
    finding: err(99, 1389, 9.13, 7.13),
  },
  // Rounding: truncated, or rounded the wrong way.
  {
    kind: "planted",
    paragraphs: ["Số cán bộ là người dân tộc là 14/19 chiếm 73,6%."],
    finding: rnd(14, 19, 73.6, 73.7),
  },
  {
    kind: "planted",
    paragraphs: [
      "Có 149/154 cơ quan, đơn vị đạt chuẩn văn hóa (96,7%, tăng 10,7% so với năm 2022).",
    ],
    finding: rnd(149, 154, 96.7, 96.8),
  },
  {
    kind: "planted",
    paragraphs: ["Có 2/3 thôn đạt chuẩn nông thôn mới kiểu mẫu, chiếm 66,6%."],
    finding: rnd(2, 3, 66.6, 66.7),
  },
  {
    kind: "planted",
    paragraphs: ["Có 7/19 xã đạt chuẩn, chiếm 36,9%."],
    finding: rnd(7, 19, 36.9, 36.8),
  },
  {
    kind: "planted",
    paragraphs: ["Tổng số hộ: 860 hộ.", "Tổng số hộ nghèo 62 hộ chiếm 7,20%."],
    finding: rnd(62, 860, 7.2, 7.21),
  },
  // Style: right value, written with a dot as decimal mark or a space before %.
  {
    kind: "planted",
    paragraphs: ["Có 16/59 trường đạt chuẩn mức độ 2, đạt 27.1%."],
    finding: sty(16, 59, 27.1),
  },
  {
    kind: "planted",
    paragraphs: ["Hoàn thành 128/138 nhiệm vụ, đạt 92,75 %."],
    finding: sty(128, 138, 92.75),
  },
  {
    kind: "planted",
    paragraphs: ["Hoàn thành 128/138 nhiệm vụ, đạt 92,75\u00a0%."],
    finding: sty(128, 138, 92.75),
  },

  // Correct claims: found, recomputed, nothing to report.
  {
    kind: "correct",
    paragraphs: ["Đã giải quyết việc làm cho 90/110 lao động, đạt 81,8%."],
    claim: [90, 110],
  },
  {
    kind: "correct",
    paragraphs: ["Số hộ dùng nước sạch 1.250/1.389 hộ, đạt 90%."],
    claim: [1250, 1389],
  },
  { kind: "correct", paragraphs: ["Có 12/19 xã xếp loại Tốt, chiếm 63,16%."], claim: [12, 19] },
  {
    kind: "correct",
    paragraphs: [
      "Kết quả: 26.472/30.237 gia đình đạt gia đình văn hóa (87,5%, tăng 0,3% so với năm 2022).",
    ],
    claim: [26472, 30237],
  },
  {
    kind: "correct",
    paragraphs: ["Toàn huyện có 59/59 = 100% trường học đạt chuẩn quốc gia."],
    claim: [59, 59],
  },
  { kind: "correct", paragraphs: ["Cây phân tán 720/600 nghìn cây đạt 120%."], claim: [720, 600] },
  {
    kind: "correct",
    paragraphs: ["Số sản phẩm mới đạt 300% KH (đạt 6 sản phẩm/02 sản phẩm KH)."],
    claim: [6, 2],
  },
  {
    kind: "correct",
    paragraphs: ["Tổng số hộ tham gia thu gom rác 6.680hộ/29.023 = 23,02%."],
    claim: [6680, 29023],
  },
  {
    kind: "correct",
    paragraphs: ["Đã giải quyết 158/166 đơn (tố cáo 07, kiến nghị phản ánh 151), đạt 95%."],
    claim: [158, 166],
  },
  // The product's own sentences (src/core/sentences.ts): a/b is actual/plan, "chiếm" a share.
  {
    kind: "correct",
    paragraphs: ["- Chỉ tiêu 9999: 99/100 hộ, chiếm 9,9%, đạt 99% kế hoạch."],
    claim: [99, 100],
  },
  {
    kind: "correct",
    paragraphs: [
      "- Thu ngân sách: 3.250,5/5.000 triệu đồng, đạt 65% kế hoạch, tăng 25% so với cùng kỳ.",
    ],
    claim: [3250.5, 5000],
  },
  // Exactly half a unit away is not "more than half a unit": 3/8 = 37,5%.
  { kind: "correct", paragraphs: ["Có 3/8 xã đạt chuẩn, chiếm 37%."], claim: [3, 8] },
  {
    kind: "correct",
    paragraphs: [
      "Xã có 14 xóm, với tổng số 1.389 hộ.",
      "Tổng số hộ tôn giáo là 60 hộ.",
      "Số hộ nghèo: 99 hộ, chiếm 7,13%.",
    ],
    claim: [99, 1389],
  },
  {
    kind: "correct",
    paragraphs: [
      "Tổng số hồ sơ tiếp nhận giải quyết 572 hồ sơ trong đó trực tuyến 409 hồ sơ đạt 71,5%.",
    ],
    claim: [409, 572],
  },
  {
    kind: "correct",
    paragraphs: ["Toàn huyện có 30.630 hộ.", "Có 2.124 hộ cận nghèo, chiếm 6,93%."],
    claim: [2124, 30630],
  },
  // 581/1415 hộ is not the whole of 62 hộ (62 + 581 ≠ 1415), so the share has no total.
  {
    kind: "correct",
    paragraphs: ["Có 581/1415 hộ có bình chữa cháy, đạt 41,06%. Số hộ nghèo 62 hộ chiếm 7,2%."],
    claim: [581, 1415],
  },

  // Look-alikes: dates, ranks, scores, document numbers, fractions with no percentage.
  {
    kind: "look-alike",
    paragraphs: ["Thực hiện Kế hoạch số 16/KH-UBND ngày 16/01/2023 của UBND xã, kết quả đạt 95%."],
  },
  {
    kind: "look-alike",
    paragraphs: ["Thực hiện Công văn 516/UBND-NV, ngày 13/02/2023, tỷ lệ giải ngân đạt 80%."],
  },
  {
    kind: "look-alike",
    paragraphs: ["Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 được quán triệt tới 100% cán bộ."],
  },
  {
    kind: "look-alike",
    paragraphs: ["Theo Quyết định 1847/2018 của Thủ tướng, tỷ lệ hài lòng đạt 95%."],
  },
  {
    kind: "look-alike",
    paragraphs: ["Quyết định số 75/2007QĐ-TTg ngày 30/8/2007 được thực hiện đạt 100%."],
  },
  { kind: "look-alike", paragraphs: ["Xã xếp thứ 3/12 xã, tỷ lệ hộ nghèo giảm còn 2,8%."] },
  { kind: "look-alike", paragraphs: ["Yên Thế xếp 2/10 huyện, thành phố, đạt 92,4 điểm."] },
  { kind: "look-alike", paragraphs: ["Kết quả chấm điểm đạt 92,4 điểm, xếp thứ 3/12 xã."] },
  {
    kind: "look-alike",
    paragraphs: ["Vận động 7/14 xóm thực hiện mô hình phân loại rác tại nguồn."],
  },
  {
    kind: "look-alike",
    paragraphs: [
      "Đã thu nhận được: 2518/4253 tài khoản, trong đó đã kích hoạt được 1513/2518 tài khoản.",
    ],
  },
  {
    kind: "look-alike",
    paragraphs: ["Lập quy hoạch chi tiết tỷ lệ 1/500 các khu dân cư, đạt 52,23%."],
  },
  { kind: "look-alike", paragraphs: ["Tính đến 30/9 đạt 93% chỉ tiêu bảo hiểm y tế."] },
  { kind: "look-alike", paragraphs: ["Năm học 2022/2023, tỷ lệ học sinh lên lớp đạt 98,5%."] },
  { kind: "look-alike", paragraphs: ["Từ tháng 5/2023 đến nay, tỷ lệ hộ nghèo chiếm 3,3%."] },
  { kind: "look-alike", paragraphs: ["Ngày Quốc khánh 2/9 đạt 100% hộ gia đình treo cờ."] },
  {
    kind: "look-alike",
    paragraphs: ["Phấn đấu đạt 85-90% hộ gia đình văn hóa, 30-35/42 tiêu chí."],
  },
  {
    kind: "look-alike",
    paragraphs: ["Tổng giá trị sản xuất đạt 7.124,8 tỷ đồng, bằng 109,23% so với năm 2022."],
  },
  {
    kind: "look-alike",
    paragraphs: ["Kết nạp 45/50 hội viên, bằng 112% so với cùng kỳ năm trước."],
  },
  {
    kind: "look-alike",
    paragraphs: ["Hoàn thành 8/8 nhiệm vụ; thu ngân sách đạt 116,63% dự toán."],
  },
  { kind: "look-alike", paragraphs: ["Thanh niên nhập ngũ: 11/10 người, vượt 10% kế hoạch."] },
  {
    kind: "look-alike",
    paragraphs: [
      "Giá trị thương mại dịch vụ đạt 378,6 tỷ đồng, chiếm 32,14% tổng giá trị sản xuất.",
    ],
  },
  { kind: "look-alike", paragraphs: ["Lượng rác được thu gom là 48,15 tấn/ngày = 91,5%."] },
  // Two different totals of households: which one is meant cannot be told.
  {
    kind: "look-alike",
    paragraphs: [
      "Thôn A có tổng số 860 hộ.",
      "Thôn B có tổng số 900 hộ.",
      "Số hộ nghèo 62 hộ chiếm 9,9%.",
    ],
  },
  // A qualified total is not the whole: 6/60 would be 10%.
  {
    kind: "look-alike",
    paragraphs: ["Tổng số hộ tôn giáo là 60 hộ.", "Số hộ nghèo: 6 hộ, chiếm 0,4%."],
  },
  // "đạt" is a share only after a "tổng số" in the same sentence.
  {
    kind: "look-alike",
    paragraphs: [
      "Xã có tổng số 1.389 hộ.",
      "Ước giải ngân 10.422 triệu đồng, đạt 96%.",
      "Có 450 hộ, đạt 60%.",
    ],
  },
];

function matches(f: Finding, e: Expected): boolean {
  return (
    f.severity === e.severity &&
    f.numerator === e.numerator &&
    f.denominator === e.denominator &&
    f.stated === e.stated &&
    f.expected === e.expected
  );
}

describe("own corpus", () => {
  it.each(CORPUS.map((c) => [c.kind, c.paragraphs.join(" ¶ "), c] as const))(
    "%s: %s",
    (_kind, _text, c) => {
      const findings = checkParagraphs(c.paragraphs);
      if (c.finding) {
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject(c.finding);
      } else expect(findings).toEqual([]);
      if (c.claim) {
        const claims = recomputeClaims(c.paragraphs);
        expect(claims.map((x) => [x.numerator, x.denominator])).toEqual([c.claim]);
        expect(claims[0].verdict).toBe("ok");
      }
      if (c.kind === "look-alike") expect(recomputeClaims(c.paragraphs)).toEqual([]);
    }
  );

  it("precision on the look-alikes and correct claims, recall on the planted errors: 1.0", () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const c of CORPUS) {
      const findings = checkParagraphs(c.paragraphs);
      const hit = c.finding ? findings.filter((f) => matches(f, c.finding!)).length : 0;
      truePositives += Math.min(hit, 1);
      falsePositives += findings.length - Math.min(hit, 1);
      if (c.finding && hit === 0) falseNegatives++;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    const planted = CORPUS.filter((c) => c.kind === "planted").length;
    console.log(
      `checker corpus: ${CORPUS.length} cases, ${planted} planted; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(TP ${truePositives}, FP ${falsePositives}, FN ${falseNegatives})`
    );
    expect(truePositives).toBe(planted);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });
});

describe("the five reference reports", () => {
  const DIR = path.join(__dirname, "../../../shared/reference/bao-cao-mau");
  const read = (file: string) => paragraphsOfText(readFileSync(path.join(DIR, file), "utf8"));
  type Row = [
    paragraph: number,
    text: string,
    severity: FindingSeverity,
    stated: number,
    expected: number,
  ];
  // [paragraph (0-based, non-empty lines), claim as written, severity, stated, expected]
  const EXPECTED: Record<string, Row[]> = {
    "000_4dee813a491d79c5.txt": [
      [46, "9/10 đồng chí có trình độ đại học, chiếm 90,9%", "error", 90.9, 90],
      // 14/19 = 73,684…%: 73,6 is the right value cut after one decimal (less than one unit
      // of the last digit away), so a rounding slip, not a wrong figure.
      [46, "14/19 chiếm 73,6%", "rounding", 73.6, 73.7],
      [52, "581/1415 hộ gia đình trên địa bàn xã đạt 41,6%", "error", 41.6, 41.1],
    ],
    "001_bda0229d38011030.txt": [],
    "002_fa1e00b618d1b100.txt": [
      [29, "4.028/4.574 trường hợp, đạt 88,6%", "error", 88.6, 88.1],
      [31, "16/59 trường đạt chuẩn mức độ 2, đạt 27.1%", "style", 27.1, 27.1],
      [31, "16/56 trường trực thuộc đạt 28.6%", "style", 28.6, 28.6],
      // 50/52 = 96,15…%: 96,3 is neither 96,1 (cut) nor 96,2 (rounded).
      [33, "50/52 trường hợp, diện tích 4,41ha, đạt tỷ lệ 96,3%", "error", 96.3, 96.2],
      // The other 2 of the same 52 cases (100 − 96,3): 2/52 = 3,85…%.
      [33, "02 trường hợp, diện tích 0,18ha, đạt tỷ lệ 3,7%", "error", 3.7, 3.8],
      // 149/154 = 96,75…%: cut to 96,7.
      [
        40,
        "149/154 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa (96,7%",
        "rounding",
        96.7,
        96.8,
      ],
      [56, "1.495/4.812 hồ sơ đạt 77,73 %", "error", 77.73, 31.07],
      [57, "128/138 nhiệm vụ, đạt 92,75 %", "style", 92.75, 92.75],
    ],
    "003_a724059e3a772f7c.txt": [],
    // 62/860 = 7,209…%, the total from "với 860 hộ, 3.343 nhân khẩu"; 7,20 is cut, and has a
    // space before % as well.
    "004_c44f0d63a01b8516.txt": [[6, "62 hộ chiếm 7,20 %", "rounding", 7.2, 7.21]],
  };

  it("covers every file of the folder", () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith(".txt"))
        .sort()
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))("%s: exactly the listed findings", (file) => {
    const paragraphs = read(file);
    const findings = checkParagraphs(paragraphs);
    expect(findings.map((f) => [f.paragraph, f.text, f.severity, f.stated, f.expected])).toEqual(
      EXPECTED[file]
    );
    for (const f of findings) {
      expect(paragraphs[f.paragraph].slice(f.start, f.end)).toBe(f.text);
      expect(paragraphs[f.paragraph].slice(f.statedStart, f.statedEnd)).toMatch(/^\d[\d.,]*\s*%$/);
    }
  });

  it("names the totals it used", () => {
    const share = (file: string) => checkParagraphs(read(file)).filter((f) => f.total);
    expect(share("004_c44f0d63a01b8516.txt").map((f) => f.total)).toEqual([
      expect.objectContaining({
        value: 860,
        unit: "hộ",
        text: "860 hộ",
        paragraph: 5,
        scope: "previous-paragraph",
      }),
    ]);
    expect(share("002_fa1e00b618d1b100.txt").map((f) => f.total)).toEqual([
      expect.objectContaining({
        value: 52,
        text: "50/52 trường hợp",
        paragraph: 33,
        scope: "previous-sentence",
      }),
    ]);
    // Right shares are recomputed too: 99/1.389 hộ = 7,13% in 000.
    const poor = recomputeClaims(read("000_4dee813a491d79c5.txt")).find(
      (c) => c.text === "99 hộ, chiếm 7,13%"
    );
    expect(poor).toMatchObject({
      numerator: 99,
      denominator: 1389,
      verdict: "ok",
      total: { text: "1.389 hộ", scope: "document" },
    });
  });
});

describe("offsets, replacement and description", () => {
  it("locates the claim and the stated value; the replacement fixes the paragraph", () => {
    const p = "Tính đến ngày 15/11/2024, có 785/1.000 hộ dùng nước sạch, đạt 87,5 % kế hoạch.";
    const [f] = checkParagraphs([p]);
    expect(f).toMatchObject({
      text: "785/1.000 hộ dùng nước sạch, đạt 87,5 %",
      replacement: "78,5%",
      paragraph: 0,
    });
    expect(p.slice(f.statedStart, f.statedEnd)).toBe("87,5 %");
    const fixed = p.slice(0, f.statedStart) + f.replacement + p.slice(f.statedEnd);
    expect(fixed).toBe(
      "Tính đến ngày 15/11/2024, có 785/1.000 hộ dùng nước sạch, đạt 78,5% kế hoạch."
    );
    expect(checkParagraphs([fixed])).toEqual([]);
  });

  it("keeps offsets into text typed in decomposed Unicode", () => {
    const nfd =
      "Số cán bộ là người dân tộc là 14/19 chiếm 73,6%; 9/10 đồng chí chiếm 90,9%.".normalize(
        "NFD"
      );
    const findings = checkParagraphs(["Đoạn đầu.".normalize("NFD"), nfd]);
    expect(findings.map((f) => [f.paragraph, f.severity, f.expected])).toEqual([
      [1, "rounding", 73.7],
      [1, "error", 90],
    ]);
    for (const f of findings) expect(nfd.slice(f.start, f.end)).toBe(f.text);
    expect(nfd.slice(findings[1].start, findings[1].end)).toBe(
      "9/10 đồng chí chiếm 90,9%".normalize("NFD")
    );
  });

  it("describes a finding in one Vietnamese line, paragraphs counted from 1", () => {
    const [a, b] = checkParagraphs([
      "Xã có 860 hộ, 3.343 nhân khẩu.",
      "Vận động trang bị bình chữa cháy cho 581/1415 hộ gia đình trên địa bàn xã đạt 41,6%. Tổng số hộ nghèo 62 hộ chiếm 7,20 %.",
    ]);
    expect(describeFinding(a)).toBe(
      'Đoạn 2: "581/1415 hộ gia đình trên địa bàn xã đạt 41,6%" — đúng là 41,1% (lỗi)'
    );
    expect(describeFinding(b)).toBe(
      'Đoạn 2: "62 hộ chiếm 7,20 %" — đúng là 7,21% (làm tròn sai; tổng số lấy từ “860 hộ” ở đoạn trước)'
    );
    const [s] = checkParagraphs(["Có 16/59 trường đạt chuẩn mức độ 2, đạt 27.1%."]);
    expect(describeFinding(s)).toBe(
      'Đoạn 1: "16/59 trường đạt chuẩn mức độ 2, đạt 27.1%" — nên viết 27,1% (sai cách viết)'
    );
  });

  it("paragraphs of a text file are its non-empty lines", () => {
    expect(paragraphsOfText("\uFEFFBÁO CÁO\r\n\r\n  \nI. ĐẶC ĐIỂM\nxã có 14 xóm\n")).toEqual([
      "\uFEFFBÁO CÁO",
      "I. ĐẶC ĐIỂM",
      "xã có 14 xóm",
    ]);
  });
});

describe("properties", () => {
  const claimArb = fc.record({
    b: fc.integer({ min: 1, max: 2_000_000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    decimals: fc.integer({ min: 0, max: 2 }),
  });

  it("a ratio written the Vietnamese way is recognised and never reported", () => {
    fc.assert(
      fc.property(claimArb, ({ b, share, decimals }) => {
        const a = Math.round(b * share);
        const pct = formatPercent((a / b) * 100, { decimals });
        const p = `Đã hoàn thành ${formatNumber(a)}/${formatNumber(b)} hồ sơ, đạt ${pct}.`;
        const claims = recomputeClaims([p]);
        expect(claims.map((c) => [c.numerator, c.denominator, c.verdict])).toEqual([[a, b, "ok"]]);
      })
    );
  });

  it("a value one unit of its last digit or more away is an error", () => {
    fc.assert(
      fc.property(claimArb, fc.integer({ min: 1, max: 50 }), ({ b, share, decimals }, units) => {
        const a = Math.round(b * share);
        const exact = (a / b) * 100;
        const wrong = Math.round(exact * 10 ** decimals + units + 0.5) / 10 ** decimals;
        const p = `Đã hoàn thành ${formatNumber(a)}/${formatNumber(b)} hồ sơ, đạt ${formatPercent(wrong, { decimals })}.`;
        const findings = checkParagraphs([p]);
        expect(findings.map((f) => [f.severity, f.numerator, f.denominator])).toEqual([
          ["error", a, b],
        ]);
      })
    );
  });
});

describe("long paragraphs (issue 10: 32.000 claims in one paragraph)", () => {
  const claim = fc
    .record({
      b: fc.integer({ min: 1, max: 5000 }),
      a: fc.integer({ min: 0, max: 5000 }),
      off: fc.constantFrom(0, 0, 0.1, 3),
      unit: fc.constantFrom("hộ", "lao động", "trường"),
      word: fc.constantFrom("đạt", "chiếm", "bằng"),
    })
    .map(({ a, b, off, unit, word }) => {
      const n = Math.min(a, b);
      const pct = formatPercentNumber((n / b) * 100 + off, { decimals: 1 });
      return `${n}/${b} ${unit} ${word} ${pct}%`;
    });

  it("a paragraph of many claims gives the findings of each claim alone, in order", () => {
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 120 }), (claims) => {
        const alone = claims.flatMap((c) => checkParagraphs([c]).map((f) => f.text));
        const together = checkParagraphs([claims.join("; ")]).map((f) => f.text);
        expect(together).toEqual(alone);
      }),
      { numRuns: 40 }
    );
  });
});
