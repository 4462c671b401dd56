/** Office.js errors in the clerk's words, for every operation of the Word adapter. */
import type { OfficeErrorLike } from "./api";

/** One Vietnamese sentence for an error Word.run rejected with. */
export function describeWordError(e: unknown): string {
  const err = (e ?? {}) as OfficeErrorLike;
  if (err.code === "AccessDenied")
    return "Văn bản đang được bảo vệ hoặc chỉ cho đọc nên Word không cho ghi. Hãy bỏ bảo vệ (Xem lại › Hạn chế chỉnh sửa) hoặc bấm “Cho phép chỉnh sửa”, rồi bấm lại.";
  if (err.code === "ApiNotFound")
    return "Word này thiếu một chức năng add-in cần dùng. Hãy cập nhật Office, hoặc dùng Word trên web.";
  // Office's own text is English and means nothing to the clerk: the code is kept for whoever helps.
  return `Word không làm được việc này${err.code ? ` (mã lỗi ${err.code})` : ""}. Hãy lưu văn bản, bấm lại; nếu vẫn lỗi, đóng và mở lại văn bản rồi thử lần nữa.`;
}
