/**
 * Bounds on what an Office package (.xlsx, .docx: a zip) may inflate to, checked before any
 * reader inflates it: a zip bomb stops here with a Vietnamese message instead of exhausting the
 * memory of the CLI or of the web page's tab. Runs in Node and in the browser (JSZip).
 * Limits (README § "Hostile files"): 200 MB for all parts together, 50 MB per part, 10,000 parts.
 * Each part's size is checked twice: as its central directory entry declares it, and as it
 * actually inflates (a crafted entry may declare less than it holds), stopping at the limit.
 */
import JSZip from "jszip";

const MB = 1024 * 1024;

export const ZIP_LIMITS = { totalBytes: 200 * MB, partBytes: 50 * MB, parts: 10_000 } as const;

/** A package over the limits; `message` is Vietnamese and says which part and how large. */
export class PackageTooLargeError extends Error {
  constructor(message: string) {
    super(message.normalize("NFC"));
    this.name = "PackageTooLargeError";
  }
}

/** JSZip keeps the central directory's sizes on an internal field. */
interface LoadedEntry {
  _data?: { uncompressedSize?: number };
}

/** JSZip's streaming helper (documented, but missing from its type declarations). */
interface ZipStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): ZipStream;
  on(event: "error", fn: (e: Error) => void): ZipStream;
  on(event: "end", fn: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

const megabytes = (n: number) => `${Math.round(n / MB)} MB`;

function tooLarge(part: string, size: string): PackageTooLargeError {
  return new PackageTooLargeError(
    `Tệp có phần “${part}” giải nén ra ${size}, quá giới hạn ${megabytes(ZIP_LIMITS.partBytes)} một phần (${megabytes(ZIP_LIMITS.totalBytes)} cả tệp); chương trình không mở tệp này. Nếu đây là tệp thật, hãy mở bằng Excel hoặc Word, xóa bớt hình ảnh lớn rồi lưu lại.`
  );
}

/** The number of bytes `file` inflates to, stopping (and throwing) past `cap`. */
function inflatedSize(name: string, file: JSZip.JSZipObject, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const stream = (
      file as unknown as { internalStream(type: "uint8array"): ZipStream }
    ).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        n += chunk.length;
        if (n > cap) {
          stream.pause();
          reject(tooLarge(name, `hơn ${megabytes(cap)}`));
        }
      })
      .on("error", reject)
      .on("end", () => resolve(n))
      .resume();
  });
}

/**
 * Opens `bytes` as a zip and checks its parts against ZIP_LIMITS: the declared sizes of every
 * part, then the actual sizes of the parts `read` selects (all by default), inflated with a cap.
 * Returns the opened zip. Throws PackageTooLargeError; JSZip's own error when it is no zip.
 */
export async function openBoundedZip(
  bytes: Uint8Array,
  read: (name: string) => boolean = () => true
): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > ZIP_LIMITS.parts)
    throw new PackageTooLargeError(
      `Tệp có ${files.length} phần, quá giới hạn ${ZIP_LIMITS.parts}; chương trình không mở tệp này.`
    );
  let declared = 0;
  for (const f of files) {
    const size = (f as unknown as LoadedEntry)._data?.uncompressedSize ?? 0;
    if (size > ZIP_LIMITS.partBytes) throw tooLarge(f.name, megabytes(size));
    declared += size;
  }
  if (declared > ZIP_LIMITS.totalBytes) throw tooLarge("(cả tệp)", megabytes(declared));
  let actual = 0;
  for (const f of files) {
    if (!read(f.name)) continue;
    const left = Math.min(ZIP_LIMITS.partBytes, ZIP_LIMITS.totalBytes - actual);
    actual += await inflatedSize(f.name, f, left);
  }
  return zip;
}
