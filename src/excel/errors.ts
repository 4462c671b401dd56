/**
 * Errors of the Excel adapters, in Vietnamese for the clerk. Office.js rejects `context.sync()`
 * with an OfficeExtension.Error whose `code` says what went wrong ("AccessDenied" for a
 * protected sheet, "ItemNotFound" for a sheet deleted meanwhile, …).
 */

/** A problem the clerk can act on; `message` is Vietnamese and says what to do. */
export class ExcelHostError extends Error {
  constructor(message: string) {
    super(message.normalize("NFC"));
    this.name = "ExcelHostError";
  }
}

const BY_CODE: Record<string, string> = {
  AccessDenied:
    "Excel không cho ghi: trang tính hoặc sổ làm việc đang được bảo vệ. Hãy bỏ bảo vệ (thẻ Xem lại) rồi làm lại.",
  ItemNotFound:
    "Không tìm thấy trang tính hoặc vùng ô (có thể vừa bị xóa hoặc đổi tên). Hãy bấm “Đọc lại sổ” rồi làm lại.",
  ItemAlreadyExists: "Tên trang tính đã có trong sổ. Hãy bấm “Đọc lại sổ” rồi làm lại.",
  InvalidOperation:
    "Excel không thực hiện được thao tác (ô đang được sửa, hoặc vùng ô gộp). Hãy thoát khỏi ô đang sửa rồi làm lại.",
  RequestPayloadSizeLimitExceeded:
    "Dữ liệu quá lớn để Excel trên web nhận một lần (giới hạn 5 MB). Hãy chia biểu thành nhiều trang tính, hoặc mở sổ bằng Excel trên máy tính.",
  ResponsePayloadSizeLimitExceeded:
    "Bảng tính quá lớn để Excel trên web gửi một lần (giới hạn 5 MB). Hãy chia biểu thành nhiều trang tính, hoặc mở sổ bằng Excel trên máy tính.",
  ApiNotFound:
    "Phiên bản Excel này chưa có chức năng cần dùng. Hãy cập nhật Office, hoặc dùng Excel trên web hay trang web Báo cáo.",
};

/** The Vietnamese message for anything an Excel batch throws. */
export function describeExcelError(e: unknown): string {
  if (e instanceof ExcelHostError) return e.message;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && BY_CODE[code]) return BY_CODE[code];
  // Office's own text is English and means nothing to the clerk: the code is kept for whoever helps.
  return `Excel không làm được việc này${typeof code === "string" ? ` (mã lỗi ${code})` : ""}. Hãy lưu sổ, bấm lại; nếu vẫn lỗi, đóng và mở lại sổ rồi thử lần nữa.`;
}

/** Runs an adapter operation; any failure becomes an ExcelHostError with a Vietnamese message. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (e) {
    throw new ExcelHostError(describeExcelError(e));
  }
}
