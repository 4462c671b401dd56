import fc from "fast-check";
import { foldKey, isRomanNumeral, nfc, upper } from "../../src/core/text";

const NFD_BINH_THANH = "Bình Thành".normalize("NFD");

describe("nfc", () => {
  it("composes decomposed Vietnamese text", () => {
    expect(NFD_BINH_THANH).not.toBe("Bình Thành");
    expect(nfc(NFD_BINH_THANH)).toBe("Bình Thành");
  });
});

describe("foldKey", () => {
  it("removes case, diacritics and extra white space", () => {
    expect(foldKey("  Thực  hiện NĂM 2023")).toBe("thuc hien nam 2023");
    expect(foldKey("Đơn vị tính")).toBe("don vi tinh");
    expect(foldKey("ĐẶC ĐIỂM TÌNH HÌNH")).toBe("dac diem tinh hinh");
    expect(foldKey("Công tác dân vận của Ủy ban nhân dân")).toBe(
      "cong tac dan van cua uy ban nhan dan"
    );
    expect(foldKey("Ưu điểm\t\n và  hạn chế")).toBe("uu diem va han che");
  });

  it("gives the same key for NFC and NFD input", () => {
    expect(foldKey(NFD_BINH_THANH)).toBe(foldKey("Bình Thành"));
    expect(foldKey(NFD_BINH_THANH)).toBe("binh thanh");
  });

  it("is idempotent on any string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(foldKey(foldKey(s))).toBe(foldKey(s));
      }),
      { numRuns: 2000 }
    );
  });

  it("is idempotent on Vietnamese text in either normal form (property)", () => {
    const letters =
      "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ AĂÂĐÊÔƠƯ\t".split(
        ""
      );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters), { maxLength: 30 }),
        fc.boolean(),
        (chars, decompose) => {
          const s = decompose ? chars.join("").normalize("NFD") : chars.join("");
          const k = foldKey(s);
          expect(foldKey(k)).toBe(k);
          expect(k).toMatch(/^[a-z ]*$/);
          expect(k).toBe(k.trim());
          expect(k).not.toContain("  ");
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("isRomanNumeral", () => {
  it("accepts I to XXXIX with an optional trailing dot", () => {
    for (const s of ["I", "II", "III", "IV", "V", "IX", "XIV", "XXXIX", "II.", " IV "])
      expect(isRomanNumeral(s)).toBe(true);
  });

  it("rejects everything else", () => {
    for (const s of ["", ".", "IIII", "VV", "XL", "A", "ii", "1", "I.I", "IIV"])
      expect(isRomanNumeral(s)).toBe(false);
  });
});

describe("upper", () => {
  it("upper-cases Vietnamese and keeps NFC", () => {
    expect(upper("Ủy ban nhân dân xã Bình Thành")).toBe("ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH");
    expect(upper(NFD_BINH_THANH)).toBe("BÌNH THÀNH");
    expect(upper(NFD_BINH_THANH)).toBe(upper(NFD_BINH_THANH).normalize("NFC"));
    expect(upper("đặc điểm")).toBe("ĐẶC ĐIỂM");
  });
});
