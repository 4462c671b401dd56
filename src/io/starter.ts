/**
 * The starter workbooks: `baocao template` (a blank form a clerk fills in) and the bundled
 * example of UBND xã Bình Thành, 2023, whose figures are those of
 * ../shared/reference/bao-cao-mau/000_4dee813a491d79c5.txt.
 */
import { percentOf } from "../core/metrics";
import { roundHalfUp } from "../core/numbers";
import { ratioFormula } from "../core/ratios";
import { SpecCell, SpecColumn, TableSpec, WorkbookSpec } from "./workbook";

/**
 * The columns of a starter Biểu: figures D–G, ratios H–J (live formulas rounded to the row's
 * Số chữ số thập phân, 1 when empty), options K–M.
 */
export const STARTER_COLUMNS: SpecColumn[] = [
  { header: "STT", width: 6 },
  { header: "Chỉ tiêu", width: 52 },
  { header: "ĐVT", width: 12 },
  { header: "Kế hoạch", width: 11 },
  { header: "Thực hiện", width: 11 },
  { header: "Cùng kỳ", width: 11 },
  { header: "Tổng số", width: 11 },
  { header: "TH/KH", group: "So sánh (%)", width: 9, numFmt: "0.0" },
  { header: "TH/CK", group: "So sánh (%)", width: 9, numFmt: "0.0" },
  { header: "Tỷ lệ", group: "So sánh (%)", width: 9, numFmt: "0.00" },
  { header: "Số chữ số thập phân", width: 10 },
  { header: "Mẫu câu", width: 40 },
  { header: "Ghi chú", width: 40 },
];

/** One indicator row of a starter Biểu. */
export interface StarterIndicator {
  stt: string;
  name: string;
  unit?: string;
  plan?: number;
  actual?: number;
  samePeriod?: number;
  total?: number;
  decimals?: number;
  template?: string;
  note?: string;
}

/** A group row: "I" + title, or "2.2" + title. */
export interface StarterGroup {
  group: string;
  title: string;
}

/** 0-based columns of the figures: D plan, E actual, F same period, G total. */
const [PLAN_COL, ACTUAL_COL, SAME_PERIOD_COL, TOTAL_COL] = [3, 4, 5, 6];

/**
 * A ratio as the live, zero-safe formula "Tính lại tỷ lệ" writes (core/ratios.ts), with the result
 * Excel would cache: `=IF(OR(D6="",D6=0),"",ROUND(E6/D6*100,1))`. `r` is the 1-based row.
 */
function ratioCell(base: number, r: number, value: number | undefined, d: number): SpecCell {
  const formula = ratioFormula(ACTUAL_COL, base, r - 1, d).slice(1); // ExcelJS takes it without "="
  return { formula, result: value === undefined ? "" : roundHalfUp(value, d) };
}

function indicatorRow(x: StarterIndicator, r: number): SpecCell[] {
  const d = x.decimals ?? 1;
  return [
    x.stt,
    x.name,
    x.unit ?? null,
    x.plan ?? null,
    x.actual ?? null,
    x.samePeriod ?? null,
    x.total ?? null,
    ratioCell(PLAN_COL, r, percentOf(x.actual, x.plan), d),
    ratioCell(SAME_PERIOD_COL, r, percentOf(x.actual, x.samePeriod), d),
    ratioCell(TOTAL_COL, r, percentOf(x.actual, x.total), d),
    x.decimals ?? null,
    x.template ?? null,
    x.note ?? null,
  ];
}

/** A Biểu sheet from groups and indicators; formulas refer to the rows they land on. */
export function starterTable(
  sheet: string,
  title: string[],
  items: (StarterIndicator | StarterGroup)[]
): TableSpec {
  const firstBodyRow = (title.length > 0 ? title.length + 1 : 0) + 2 + 1; // title lines, a blank row, two header rows
  const boldRows: number[] = [];
  const rows = items.map((item, i) => {
    if ("group" in item) {
      boldRows.push(i);
      return [item.group, item.title, ...Array<SpecCell>(STARTER_COLUMNS.length - 2).fill(null)];
    }
    return indicatorRow(item, firstBodyRow + i);
  });
  return { sheet, title, columns: STARTER_COLUMNS, rows, boldRows };
}

const INFO_HINTS: Record<string, string> = {
  "Cơ quan chủ quản": "Chữ in hoa; bỏ trống nếu không có",
  "Số ký hiệu": "Để “/BC-UBND” cho văn thư điền số",
  "Ngày báo cáo": "Ngày/tháng/năm",
  "Loại báo cáo": "Mã đề cương: xem lệnh “baocao outlines”",
  "Số chữ số thập phân": "Số chữ số sau dấu phẩy của tỷ lệ (0–4), mặc định 1",
  "Thêm số 0": "Có: viết 01, 05 vụ; Không: viết 1, 5 vụ",
  "Căn cứ": "Mỗi văn bản một dòng",
  "Nơi nhận": "Mỗi nơi một dòng; dòng cuối “Lưu: VT”",
};

function info(entries: [string, SpecCell | string[]][]): WorkbookSpec["info"] {
  return entries.map(([label, value]) => ({ label, value, hint: INFO_HINTS[label] }));
}

/** `baocao template`: a blank form with one Biểu and a few example rows. */
export function templateSpec(): WorkbookSpec {
  return {
    info: info([
      ["Cơ quan chủ quản", "UBND TỈNH ..."],
      ["Cơ quan ban hành", "ỦY BAN NHÂN DÂN XÃ ..."],
      ["Số ký hiệu", "/BC-UBND"],
      ["Địa danh", "..."],
      ["Ngày báo cáo", null],
      ["Tên loại văn bản", "BÁO CÁO"],
      ["Trích yếu", "Kết quả thực hiện nhiệm vụ ..."],
      ["Kính gửi", "..."],
      ["Căn cứ", ["Thực hiện Công văn số .../... ngày ... của ... về việc ..."]],
      ["Loại báo cáo", "chung"],
      ["Kỳ báo cáo", "năm ..."],
      ["Số chữ số thập phân", 1],
      ["Thêm số 0", "Có"],
      ["Thẩm quyền ký", "TM. ỦY BAN NHÂN DÂN"],
      ["Chức vụ người ký", "CHỦ TỊCH"],
      ["Người ký", "..."],
      ["Nơi nhận", ["...", "Lưu: VT"]],
    ]),
    tables: [
      starterTable(
        "Biểu 01",
        ["BIỂU CHỈ TIÊU"],
        [
          { group: "I", title: "ĐẶC ĐIỂM TÌNH HÌNH" },
          { stt: "1", name: "Tổng số hộ", unit: "hộ", actual: 1000 },
          { group: "II", title: "KẾT QUẢ THỰC HIỆN" },
          { stt: "1", name: "Số hộ nghèo", unit: "hộ", actual: 50, total: 1000, decimals: 2 },
          {
            stt: "2",
            name: "Lao động được giải quyết việc làm",
            unit: "lao động",
            plan: 100,
            actual: 90,
            samePeriod: 80,
          },
        ]
      ),
    ],
  };
}

/** The Bình Thành example: the figures of 000_4dee813a491d79c5.txt, kept as a clerk would keep them. */
export function binhThanhSpec(): WorkbookSpec {
  return {
    info: info([
      ["Cơ quan chủ quản", "UBND HUYỆN ĐỊNH HÓA"],
      ["Cơ quan ban hành", "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH"],
      ["Số ký hiệu", "/BC-UBND"],
      ["Địa danh", "Bình Thành"],
      ["Ngày báo cáo", new Date(Date.UTC(2023, 11, 8))],
      ["Tên loại văn bản", "BÁO CÁO"],
      [
        "Trích yếu",
        ["Kết quả công tác dân vận năm 2023;", "Phương hướng, nhiệm vụ trọng tâm năm 2024"],
      ],
      ["Kính gửi", "Phòng Nội vụ huyện Định Hóa"],
      [
        "Căn cứ",
        [
          "Thực hiện Công văn số 516/UBND-NV ngày 13/02/2023 của UBND huyện Định Hóa về việc thực hiện chế độ thông tin, báo cáo kết quả dân vận của cơ quan hành chính nhà nước;",
          "Thực hiện Kế hoạch số 16/KH-UBND ngày 16/01/2023 của UBND xã Bình Thành về thực hiện công tác dân vận của cơ quan nhà nước trên địa bàn xã Bình Thành năm 2023.",
        ],
      ],
      ["Loại báo cáo", "dan-van-nam"],
      ["Kỳ báo cáo", "năm 2023"],
      ["Số chữ số thập phân", 1],
      ["Thêm số 0", "Có"],
      ["Thẩm quyền ký", "TM. ỦY BAN NHÂN DÂN"],
      ["Chức vụ người ký", "CHỦ TỊCH"],
      ["Người ký", "Ma Khánh Sơn"],
      [
        "Nơi nhận",
        [
          "Phòng Nội vụ huyện",
          "BTV Đảng ủy xã",
          "TT HĐND xã",
          "Chủ tịch, PCT UBND xã",
          "UBMTTQ và các đoàn thể",
          "Các CBCC và NLĐ cơ quan xã",
          "14 xóm",
          "Lưu: VP",
        ],
      ],
    ]),
    tables: [
      starterTable(
        "Biểu 01",
        ["BIỂU CHỈ TIÊU CÔNG TÁC DÂN VẬN NĂM 2023", "(UBND xã Bình Thành)"],
        [
          { group: "I", title: "ĐẶC ĐIỂM TÌNH HÌNH" },
          { stt: "1", name: "Số chi bộ trực thuộc Đảng bộ xã", unit: "chi bộ", actual: 19 },
          { stt: "2", name: "Tổng số đảng viên", unit: "đảng viên", actual: 282 },
          { stt: "3", name: "Diện tích tự nhiên", unit: "km²", actual: 28.75 },
          { stt: "4", name: "Số xóm", unit: "xóm", actual: 14 },
          { stt: "5", name: "Tổng số hộ", unit: "hộ", actual: 1389 },
          { stt: "6", name: "Dân số", unit: "nhân khẩu", actual: 5387 },
          { group: "2.1", title: "Công tác dân vận của Hội đồng nhân dân" },
          { stt: "1", name: "Lượt công dân được tiếp", unit: "lượt người", actual: 40 },
          {
            stt: "2",
            name: "Hội nghị tiếp xúc cử tri trước kỳ họp thứ 5",
            unit: "hội nghị",
            plan: 5,
            actual: 4,
          },
          {
            stt: "3",
            name: "Hội nghị tiếp xúc cử tri trước kỳ họp thứ 6",
            unit: "hội nghị",
            plan: 5,
            actual: 5,
          },
          { group: "2.2", title: "Công tác dân vận của Ủy ban nhân dân" },
          { stt: "1", name: "Số hộ nghèo", unit: "hộ", actual: 99, total: 1389, decimals: 2 },
          { stt: "2", name: "Số hộ cận nghèo", unit: "hộ", actual: 54, total: 1389, decimals: 2 },
          { stt: "3", name: "Số hộ thoát nghèo", unit: "hộ", actual: 69 },
          { stt: "4", name: "Số hộ thoát cận nghèo", unit: "hộ", actual: 56 },
          {
            stt: "5",
            name: "Lao động được giải quyết việc làm",
            unit: "lao động",
            plan: 110,
            actual: 90,
            note: "Trong đó: 70 lao động làm việc ngoài tỉnh, 20 lao động tại địa phương.",
          },
          {
            stt: "6",
            name: "Đơn thư phản ánh, kiến nghị của công dân được tiếp nhận",
            unit: "đơn",
            actual: 3,
          },
          {
            stt: "7",
            name: "Cán bộ, công chức xã là người dân tộc thiểu số",
            unit: "người",
            actual: 14,
            total: 19,
          },
          {
            stt: "8",
            name: "Ủy viên Ban Chấp hành Đảng bộ có trình độ đại học",
            unit: "đồng chí",
            actual: 9,
            total: 10,
          },
          { group: "2.3", title: "Công tác dân vận của lực lượng vũ trang" },
          {
            stt: "1",
            name: "Vụ việc vi phạm pháp luật về trật tự xã hội",
            unit: "vụ",
            actual: 5,
            note: "Gồm 01 vụ đánh bạc, 02 vụ ma túy, 02 vụ trộm cắp.",
          },
          {
            stt: "2",
            name: "Hộ gia đình được trang bị bình chữa cháy xách tay",
            unit: "hộ",
            actual: 581,
            total: 1415,
            template:
              "Vận động trang bị bình chữa cháy xách tay cho {th}/{tong} hộ gia đình trên địa bàn xã, đạt {tyle}.",
          },
          {
            stt: "3",
            name: "Tài khoản định danh điện tử mức độ 2 đã thu nhận",
            unit: "tài khoản",
            actual: 2518,
            total: 4253,
          },
          {
            stt: "4",
            name: "Tài khoản định danh điện tử đã kích hoạt",
            unit: "tài khoản",
            actual: 1513,
            total: 2518,
          },
          {
            stt: "5",
            name: "Khu dân cư, cơ quan, trường học đạt chuẩn “An toàn về an ninh trật tự”",
            unit: "đơn vị",
            actual: 16,
          },
          {
            group: "2.4",
            title: "Công tác dân vận của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội",
          },
          { stt: "1", name: "Nhà ở được hỗ trợ xây dựng cho hộ nghèo", unit: "nhà", actual: 19 },
          {
            stt: "2",
            name: "Kinh phí hỗ trợ làm nhà cho hộ nghèo",
            unit: "triệu đồng",
            actual: 1100,
          },
          { group: "4", title: "Kết quả công tác dân vận đối với đồng bào theo tôn giáo" },
          { stt: "1", name: "Số hộ theo đạo", unit: "hộ", actual: 60 },
          { stt: "2", name: "Số nhân khẩu theo đạo", unit: "nhân khẩu", actual: 243 },
        ]
      ),
    ],
  };
}

/**
 * A generated Biểu of `n` indicators in groups of 50, with plan, same period and total: the
 * workbook the bench and the Excel double measure at 10 to 10,000 indicators.
 */
export function generatedSpec(n: number): WorkbookSpec {
  const items: (StarterIndicator | StarterGroup)[] = [];
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / 50) + 1;
    if (i % 50 === 0) items.push({ group: String(group), title: `Nhóm chỉ tiêu ${group}` });
    items.push({
      stt: String((i % 50) + 1),
      name: `Chỉ tiêu số ${i + 1}`,
      unit: "hộ",
      plan: 100 + (i % 7),
      actual: 90 + (i % 13),
      samePeriod: 80 + (i % 11),
      total: 1000,
    });
  }
  return { tables: [starterTable("Biểu 01", ["BIỂU CHỈ TIÊU"], items)] };
}
