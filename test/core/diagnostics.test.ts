import { Diagnostics, describe as describeDiag } from "../../src/core/diagnostics";

describe("Diagnostics", () => {
  it("collects warnings and errors in order, with the cell they name", () => {
    const d = new Diagnostics();
    d.warn("Ô “abc” không phải là số", "'Biểu 01'!E7");
    d.error("Không tìm thấy biểu chỉ tiêu nào.");
    expect(d.items).toEqual([
      { severity: "warning", message: "Ô “abc” không phải là số", where: "'Biểu 01'!E7" },
      { severity: "error", message: "Không tìm thấy biểu chỉ tiêu nào.", where: undefined },
    ]);
  });

  it("hasErrors is false for warnings only and true once an error is added", () => {
    const d = new Diagnostics();
    expect(d.hasErrors).toBe(false);
    d.warn("a");
    expect(d.hasErrors).toBe(false);
    d.error("b");
    expect(d.hasErrors).toBe(true);
  });

  it("stores messages in NFC", () => {
    const d = new Diagnostics();
    d.warn("Bình Thành".normalize("NFD"));
    d.error("Thực hiện".normalize("NFD"));
    expect(d.items[0].message).toBe("Bình Thành");
    expect(d.items[1].message).toBe("Thực hiện");
  });
});

describe("describe", () => {
  it("writes one Vietnamese line per diagnostic", () => {
    expect(
      describeDiag({ severity: "warning", message: "Số liệu âm", where: "'Biểu 01'!E7" })
    ).toBe("Cảnh báo – 'Biểu 01'!E7: Số liệu âm");
    expect(describeDiag({ severity: "error", message: "Không có đề cương" })).toBe(
      "Lỗi: Không có đề cương"
    );
  });
});
