/**
 * Built-in outlines (đề cương): one per kind of report (loại báo cáo) in
 * ../shared/reference/bao-cao-mau/, plus a generic one. Section numbers are not stored: they follow
 * from a section's place in the tree (numbering.ts), so a section added from the workbook
 * renumbers the rest like a clerk would.
 */
import { HeadingLevel } from "./document";

/** A section (mục) of an outline. Titles may use {nam} (the report's year) and {nam_sau} (the next). */
export interface OutlineSection {
  /** Stable id, unique within the outline, e.g. "ket-qua/ubnd". */
  id: string;
  title: string;
  level: HeadingLevel;
  children: OutlineSection[];
  /** Indicators with no group row land in the section so marked. */
  defaultForIndicators?: boolean;
  /** Groups of the workbook that match no section become khoản of the section so marked (the results). */
  collectsGroups?: boolean;
}

export interface Outline {
  /** Id used by `--kind` and the Loại báo cáo cell. */
  id: string;
  /** Vietnamese name shown to the clerk. */
  name: string;
  /** Which reference report it follows. */
  source: string;
  /** The opening sentence; {co_quan} is the issuer in sentence case, {trich_yeu} the summary. */
  opening: string;
  /** The closing sentence; {co_quan_ngan} is the short issuer ("UBND xã Bình Thành"). */
  closing: string;
  sections: OutlineSection[];
}

/** "default": indicators without a group go here; "results": unmatched groups go here. */
type Flag = "default" | "results";
type Spec = string | [string, Spec[], ...Flag[]];

/** Builds sections from a compact spec; `base` is the level of the first layer. */
function build(prefix: string, specs: Spec[], level: HeadingLevel): OutlineSection[] {
  return specs.map((spec, i) => {
    const [title, children, ...flags] = typeof spec === "string" ? [spec, []] : spec;
    const id = `${prefix}${i + 1}`;
    return {
      id,
      title,
      level,
      children: build(`${id}.`, children, Math.min(level + 1, 4) as HeadingLevel),
      ...(flags.includes("default") ? { defaultForIndicators: true } : {}),
      ...(flags.includes("results") ? { collectsGroups: true } : {}),
    };
  });
}

const OPENING = "{co_quan} báo cáo {trich_yeu} như sau:";
const CLOSING = "Trên đây là báo cáo {trich_yeu} của {co_quan_ngan}./.";

const ANNUAL_DAN_VAN: Outline = {
  id: "dan-van-nam",
  name: "Kết quả công tác dân vận năm và phương hướng năm sau",
  source: "000_4dee813a491d79c5.txt (UBND xã Bình Thành, 2023)",
  opening: OPENING,
  closing: CLOSING,
  sections: build(
    "",
    [
      [
        "KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM {nam}",
        [
          ["ĐẶC ĐIỂM TÌNH HÌNH", [], "default"],
          [
            "KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ",
            [
              "Công tác lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng",
              [
                "Kết quả công tác dân vận của các cơ quan nhà nước các cấp (HĐND, UBND, lực lượng vũ trang)",
                [
                  "Công tác dân vận của Hội đồng nhân dân",
                  "Công tác dân vận của Ủy ban nhân dân",
                  "Công tác dân vận của lực lượng vũ trang",
                  "Công tác dân vận của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội",
                ],
              ],
              "Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số",
              "Kết quả công tác dân vận đối với đồng bào theo tôn giáo",
            ],
            "results",
          ],
          ["ĐÁNH GIÁ CHUNG", ["Ưu điểm", "Hạn chế và nguyên nhân"]],
          "ĐỀ XUẤT, KIẾN NGHỊ",
        ],
      ],
      "PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC DÂN VẬN NĂM {nam_sau}",
    ],
    0
  ),
};

const QCDC_PERIOD: Outline = {
  id: "qcdc-dan-van-chinh-quyen",
  name: "Quy chế dân chủ ở cơ sở và dân vận chính quyền (theo kỳ)",
  source: "001_bda0229d38011030.txt (UBND xã Trà Sơn, 9 tháng 2024)",
  opening: OPENING,
  closing: CLOSING,
  sections: build(
    "",
    [
      ["ĐẶC ĐIỂM TÌNH HÌNH", [], "default"],
      [
        "CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
        [
          "Việc lãnh đạo, chỉ đạo và tổ chức thực hiện",
          "Vai trò, trách nhiệm và sự phối hợp của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể",
          "Công tác kiểm tra, giám sát; sơ kết, tổng kết; nhân rộng các điển hình, mô hình",
        ],
      ],
      [
        "KẾT QUẢ THỰC HIỆN",
        [
          [
            "Về công tác dân vận",
            [
              "Kết quả thực hiện công tác lãnh đạo, chỉ đạo triển khai thực hiện",
              "Kết quả thực hiện công tác phối hợp, tạo điều kiện để Mặt trận Tổ quốc Việt Nam và các đoàn thể tham gia xây dựng chính quyền",
              'Kết quả triển khai xây dựng và thực hiện mô hình "Dân vận khéo"',
            ],
          ],
          [
            "Về thực hiện Quy chế dân chủ ở cơ sở",
            [
              [
                "Đánh giá kết quả thực hiện từng nội dung",
                [
                  "Kết quả thực hiện nội dung công khai để dân biết",
                  "Kết quả thực hiện nội dung dân bàn và quyết định",
                  "Kết quả thực hiện những nội dung Nhân dân tham gia ý kiến",
                  "Kết quả thực hiện những nội dung Nhân dân tham gia giám sát",
                ],
              ],
              "Kết quả tiếp công dân, đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân",
              "Xây dựng, sửa đổi, bổ sung và thực hiện quy ước, hương ước",
              "Kết quả hoạt động của Ban giám sát đầu tư của cộng đồng, Ban thanh tra nhân dân",
            ],
          ],
        ],
        "results",
      ],
      [
        "ĐÁNH GIÁ CHUNG",
        ["Những kết quả đạt được và nguyên nhân", "Những hạn chế, yếu kém và nguyên nhân"],
      ],
      [
        "NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI",
        ["Về công tác dân vận", "Về thực hiện Quy chế dân chủ ở cơ sở"],
      ],
    ],
    1
  ),
};

const ANNUAL_DVCQ: Outline = {
  id: "dan-van-chinh-quyen-nam",
  name: "Kết quả công tác dân vận chính quyền năm",
  source: "002_fa1e00b618d1b100.txt (UBND huyện Yên Thế, 2023)",
  opening: OPENING,
  closing: CLOSING,
  sections: build(
    "",
    [
      ["KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH", [], "default"],
      "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO TRIỂN KHAI",
      [
        "KẾT QUẢ THỰC HIỆN",
        [
          [
            "Kết quả thực hiện các nội dung về công tác dân vận chính quyền",
            [
              "Việc cụ thể hóa các nghị quyết, chỉ thị, kết luận của Đảng và pháp luật của Nhà nước",
              "Việc thực hiện công tác dân vận gắn với phát triển kinh tế - xã hội",
              "Kết quả tổ chức thực hiện công tác cải cách hành chính",
              "Việc thực hiện lấy ý kiến các tầng lớp nhân dân tham gia xây dựng chính sách",
              "Kết quả thực hiện các quy định về đạo đức công vụ, văn hóa công sở",
            ],
          ],
          [
            "Công tác đối thoại; tiếp dân, xử lý đơn thư và giải quyết khiếu nại, tố cáo của công dân",
            [
              "Kết quả thực hiện Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo",
              "Về thực hiện đối thoại với nhân dân",
            ],
          ],
          'Kết quả triển khai thực hiện "Tháng Dân vận", phong trào thi đua "Dân vận khéo"',
          'Kết quả triển khai xây dựng "chính quyền thân thiện" cấp xã',
        ],
        "results",
      ],
      ["ĐÁNH GIÁ CHUNG", ["Những kết quả đạt được", "Những khó khăn, hạn chế và nguyên nhân"]],
      "NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
    ],
    1
  ),
};

const DAN_VAN_KHEO: Outline = {
  id: "dan-van-kheo",
  name: 'Sơ kết phong trào thi đua "Dân vận khéo" (giai đoạn)',
  source: "003_a724059e3a772f7c.txt (UBND xã Phổ Phong, 2020–2023)",
  opening: OPENING,
  closing: CLOSING,
  sections: build(
    "",
    [
      [
        "KHÁI QUÁT ĐẶC ĐIỂM, TÌNH HÌNH ĐỊA PHƯƠNG",
        [
          ["Điều kiện tự nhiên và tình hình kinh tế - xã hội", [], "default"],
          "Những thuận lợi, khó khăn",
        ],
      ],
      'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"',
      ['KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"', [], "results"],
      [
        "ĐÁNH GIÁ CHUNG",
        [
          "Kết quả đạt được và nguyên nhân",
          "Tồn tại, hạn chế và nguyên nhân",
          "Bài học kinh nghiệm",
          "Những đề xuất, kiến nghị",
        ],
      ],
      "PHƯƠNG HƯỚNG VÀ GIẢI PHÁP THỰC HIỆN NHIỆM VỤ TRONG THỜI GIAN TỚI",
    ],
    1
  ),
};

const DIRECTIVE: Outline = {
  id: "chi-thi",
  name: "Kết quả thực hiện một Chỉ thị",
  source: "004_c44f0d63a01b8516.txt (UBND xã Phú Tiến, Chỉ thị 33/CT-TTg, 2023)",
  opening: OPENING,
  closing: CLOSING,
  sections: build(
    "",
    [
      ["KHÁI QUÁT CHUNG", [], "default"],
      [
        "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
        [
          "Công tác lãnh đạo, chỉ đạo triển khai thực hiện của các cấp ủy Đảng",
          "Công tác triển khai thực hiện của chính quyền",
        ],
      ],
      ["KẾT QUẢ THỰC HIỆN", [], "results"],
      ["ĐÁNH GIÁ CHUNG", ["Ưu điểm", "Hạn chế, nguyên nhân"]],
      "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI",
      "KIẾN NGHỊ, ĐỀ XUẤT",
    ],
    1
  ),
};

const GENERIC: Outline = {
  id: "chung",
  name: "Báo cáo chung (đề cương cơ bản)",
  source: "the shape all five reference reports share (README.md)",
  opening: OPENING,
  closing: CLOSING,
  sections: build(
    "",
    [
      "ĐẶC ĐIỂM TÌNH HÌNH",
      ["KẾT QUẢ THỰC HIỆN", [], "default", "results"],
      ["ĐÁNH GIÁ CHUNG", ["Ưu điểm", "Hạn chế và nguyên nhân"]],
      "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
      "KIẾN NGHỊ, ĐỀ XUẤT",
    ],
    1
  ),
};

/** The built-in outlines, in the order `baocao outlines` lists them. */
export const OUTLINES: readonly Outline[] = [
  ANNUAL_DAN_VAN,
  QCDC_PERIOD,
  ANNUAL_DVCQ,
  DAN_VAN_KHEO,
  DIRECTIVE,
  GENERIC,
];

export const DEFAULT_OUTLINE_ID = "chung";

/** The outline with this id, or undefined. */
export function findOutline(id: string): Outline | undefined {
  return OUTLINES.find((o) => o.id === id.trim());
}

/** A deep copy, so that a run may add sections without changing the built-in outline. */
export function cloneSections(sections: OutlineSection[]): OutlineSection[] {
  return sections.map((s) => ({ ...s, children: cloneSections(s.children) }));
}

/** Every section, depth first, with its parent chain. */
export function walk(
  sections: OutlineSection[],
  parents: OutlineSection[] = []
): { section: OutlineSection; parents: OutlineSection[] }[] {
  return sections.flatMap((section) => [
    { section, parents },
    ...walk(section.children, [...parents, section]),
  ]);
}
