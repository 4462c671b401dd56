/**
 * What kind of file some bytes are, from their first bytes: an Office Open XML package (a zip),
 * a password-protected Office file, or an old binary Office file (.doc, .xls), both stored as
 * OLE Compound Files. Lets the readers give a clear message before a zip library fails.
 */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when a Compound File holds an "EncryptionInfo" stream: Office's password-protected package. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

/** "package" (.docx, .xlsx), "encrypted" (password-protected), "legacy" (.doc, .xls) or "other". */
export function officeFileKind(bytes: Uint8Array): "package" | "encrypted" | "legacy" | "other" {
  if (startsWith(bytes, ZIP_MAGIC)) return "package";
  if (startsWith(bytes, CFB_MAGIC)) return isEncryptedPackage(bytes) ? "encrypted" : "legacy";
  return "other";
}
