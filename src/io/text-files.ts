/**
 * Plain-text reports for `baocao check` (issue 10 § "Text files"): the encodings Vietnamese
 * offices save .txt in, told apart by their bytes. UTF-8 (with or without BOM), UTF-16 LE/BE (with
 * BOM, or without one when every other byte is zero), else Windows-1258 (Notepad's "ANSI" on a
 * Vietnamese Windows). Runs in Node and in the browser (TextDecoder).
 */

/** The text is no text file in an encoding we read; `message` is Vietnamese. */
export class TextEncodingError extends Error {}

export const READ_ENCODINGS = "UTF-8, UTF-16 hoặc Windows-1258 (ANSI tiếng Việt)";

/** `bytes` decoded and NFC; throws TextEncodingError for binary content. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decoded("utf-8", bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return decoded("utf-16le", bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return decoded("utf-16be", bytes.subarray(2));
  const zeros = zeroBytes(bytes);
  if (zeros.odd > bytes.length * 0.3 && zeros.even === 0) return decoded("utf-16le", bytes);
  if (zeros.even > bytes.length * 0.3 && zeros.odd === 0) return decoded("utf-16be", bytes);
  if (zeros.odd + zeros.even > 0)
    throw new TextEncodingError(
      `Tệp không phải văn bản thuần. Chương trình đọc tệp .txt mã ${READ_ENCODINGS}; hãy mở báo cáo bằng Word rồi lưu thành .docx hoặc .txt (Unicode).`
    );
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC"),
      encoding: "utf-8",
    };
  } catch {
    return decoded("windows-1258", bytes);
  }
}

function decoded(encoding: string, bytes: Uint8Array): { text: string; encoding: string } {
  return { text: new TextDecoder(encoding).decode(bytes).normalize("NFC"), encoding };
}

function zeroBytes(bytes: Uint8Array): { odd: number; even: number } {
  let odd = 0;
  let even = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  return { odd, even };
}
