import { Diagnostics } from "../../src/core/diagnostics";
import {
  METADATA_LABELS,
  findMetadataSheet,
  metadataScore,
  readMetadata,
} from "../../src/core/metadata";
import { sheet } from "./fixtures";

const _ = null;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const INFO = sheet("Thông tin chung", [
  ["THÔNG TIN CHUNG CỦA BÁO CÁO"],
  ["Cơ quan chủ quản", "UBND HUYỆN ĐỊNH HÓA"],
  ["Cơ quan ban hành:", "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH"],
  ["Số ký hiệu", "05/BC-UBND"],
  ["Địa danh", "Bình Thành"],
  ["Ngày báo cáo", utc(2024, 1, 5)],
  ["Tên loại văn bản", "Báo cáo"],
  ["Trích yếu", "Kết quả công tác dân vận năm 2023;\nPhương hướng, nhiệm vụ trọng tâm năm 2024"],
  ["Kính gửi", "Phòng Nội vụ huyện Định Hóa"],
  ["Căn cứ", "Thực hiện Công văn 516/UBND-NV, ngày 13/02/2023 của UBND huyện Định Hóa."],
  [_, "Thực hiện Kế hoạch số 16/KH-UBND ngày 16/01/2023 của UBND xã Bình Thành."],
  ["Thẩm quyền ký", "TM. ỦY BAN NHÂN DÂN"],
  ["Chức vụ", "CHỦ TỊCH"],
  ["Người ký", "Ma Khánh Sơn"],
  ["Nơi nhận", "Phòng Nội vụ huyện"],
  [_, "BTV Đảng ủy xã"],
  ["", "Lưu: VP"],
  ["Loại báo cáo", "dan-van-nam"],
  ["Kỳ báo cáo", "năm 2023"],
  ["Số chữ số thập phân", 2],
  ["Thêm số 0", "Không"],
]);

describe("readMetadata: a full Thông tin chung sheet", () => {
  const diags = new Diagnostics();
  const m = readMetadata(INFO, diags);

  it("reads every field without a diagnostic", () => {
    expect(diags.items).toEqual([]);
    expect(m).toEqual({
      parentAgency: "UBND HUYỆN ĐỊNH HÓA",
      issuer: "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH",
      documentNumber: "05/BC-UBND",
      place: "Bình Thành",
      date: utc(2024, 1, 5),
      documentType: "Báo cáo",
      summary: ["Kết quả công tác dân vận năm 2023;", "Phương hướng, nhiệm vụ trọng tâm năm 2024"],
      addressees: ["Phòng Nội vụ huyện Định Hóa"],
      basis: [
        "Thực hiện Công văn 516/UBND-NV, ngày 13/02/2023 của UBND huyện Định Hóa.",
        "Thực hiện Kế hoạch số 16/KH-UBND ngày 16/01/2023 của UBND xã Bình Thành.",
      ],
      signingAuthority: "TM. ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
      signerName: "Ma Khánh Sơn",
      recipients: ["Phòng Nội vụ huyện", "BTV Đảng ủy xã", "Lưu: VP"],
      reportKind: "dan-van-nam",
      period: "năm 2023",
      precision: 2,
      padCounts: false,
    });
  });
});

describe("readMetadata: values and labels", () => {
  it("reads a text date 05/01/2024 as midnight UTC", () => {
    const m = readMetadata(sheet("Thông tin chung", [["Ngày", "05/01/2024"]]), new Diagnostics());
    expect(m.date).toEqual(utc(2024, 1, 5));
  });

  it("matches labels without diacritics, in upper case, and in NFD", () => {
    const m = readMetadata(
      sheet("TT", [
        ["CO QUAN BAN HANH", "UBND XÃ A"],
        ["ĐỊA DANH:", "Phú Tiến"],
        ["Người ký".normalize("NFD"), "Nguyễn Văn A".normalize("NFD")],
      ]),
      new Diagnostics()
    );
    expect(m.issuer).toBe("UBND XÃ A");
    expect(m.place).toBe("Phú Tiến");
    expect(m.signerName).toBe("Nguyễn Văn A");
  });

  it("warns about an unreadable date, naming the cell, and leaves the date out", () => {
    const d = new Diagnostics();
    const m = readMetadata(
      sheet("Thông tin chung", [
        ["Địa danh", "Bình Thành"],
        ["Ngày báo cáo", "32/13/2024"],
      ]),
      d
    );
    expect(m.date).toBeUndefined();
    expect(m.place).toBe("Bình Thành");
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ severity: "warning", where: "'Thông tin chung'!B2" });
    expect(d.items[0].message).toContain("32/13/2024");
  });

  it.each([["năm"], [5], [1.5], ["-1"]])(
    "warns about a bad precision %j and keeps the default",
    (value) => {
      const d = new Diagnostics();
      const m = readMetadata(sheet("Thông tin chung", [["Số chữ số thập phân", value]]), d);
      expect(m.precision).toBeUndefined();
      expect(d.items).toHaveLength(1);
      expect(d.items[0].where).toBe("'Thông tin chung'!B1");
    }
  );

  it("reads a precision typed as text", () => {
    expect(readMetadata(sheet("T", [["Số lẻ thập phân", "0"]]), new Diagnostics()).precision).toBe(
      0
    );
  });

  it.each([
    ["Không", false],
    ["khong", false],
    ["0", false],
    ["Có", true],
    [true, true],
    [false, false],
  ])("reads padCounts %j as %j", (value, expected) => {
    expect(readMetadata(sheet("T", [["Thêm số 0", value]]), new Diagnostics()).padCounts).toBe(
      expected
    );
  });

  it("ends a list at the next label or at a row with a label-column value", () => {
    const m = readMetadata(
      sheet("T", [
        ["Nơi nhận", "A"],
        [_, "B"],
        ["Người ký", "C"],
        [_, "D"],
        ["Căn cứ", "E"],
        ["Ghi chép khác", "F"],
        [_, "G"],
      ]),
      new Diagnostics()
    );
    expect(m.recipients).toEqual(["A", "B"]);
    expect(m.signerName).toBe("C");
    expect(m.basis).toEqual(["E"]);
  });

  it("starts a list from the continuation rows when the label row has no value", () => {
    const m = readMetadata(
      sheet("T", [["Kính gửi"], [_, "Phòng Nội vụ"], [_, "Văn phòng HĐND"]]),
      new Diagnostics()
    );
    expect(m.addressees).toEqual(["Phòng Nội vụ", "Văn phòng HĐND"]);
  });

  it("gives empty lists and undefined fields for no sheet", () => {
    const d = new Diagnostics();
    const m = readMetadata(undefined, d);
    expect(m).toEqual({ summary: [], addressees: [], basis: [], recipients: [] });
    expect(d.items).toEqual([]);
  });

  it("stores text in NFC", () => {
    const m = readMetadata(
      sheet("T", [["Địa danh", "Bình Thành".normalize("NFD")]]),
      new Diagnostics()
    );
    expect(m.place).toBe("Bình Thành");
  });

  it("has at least one label per field", () => {
    for (const labels of Object.values(METADATA_LABELS)) expect(labels.length).toBeGreaterThan(0);
  });
});

describe("findMetadataSheet and metadataScore", () => {
  const table = sheet("Biểu 01", [
    ["STT", "Chỉ tiêu", "Thực hiện"],
    [1, "Số hộ", 5],
  ]);
  const unnamed = sheet("Sheet2", [
    ["Địa danh", "X"],
    ["Người ký", "Y"],
    ["Chức vụ", "Z"],
  ]);

  it("counts labels in columns A to C", () => {
    expect(metadataScore(INFO)).toBe(17);
    expect(metadataScore(table)).toBe(0);
    expect(metadataScore(sheet("S", [[_, _, _, "Địa danh"]]))).toBe(0);
  });

  it("prefers a sheet named Thông tin…, diacritics-insensitively", () => {
    expect(findMetadataSheet([table, unnamed, INFO])).toBe(INFO);
    const plain = sheet("thong tin bao cao", []);
    expect(findMetadataSheet([unnamed, plain])).toBe(plain);
  });

  it("otherwise takes the sheet with the most labels, if it has at least 3", () => {
    expect(findMetadataSheet([table, unnamed])).toBe(unnamed);
    expect(
      findMetadataSheet([
        table,
        sheet("S", [
          ["Địa danh", "X"],
          ["Người ký", "Y"],
        ]),
      ])
    ).toBeUndefined();
    expect(findMetadataSheet([])).toBeUndefined();
  });
});
