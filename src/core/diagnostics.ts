/**
 * Messages for the clerk. Every message is Vietnamese and, where a cell is at fault,
 * names it as sheet!cell (see `sheetCell` in grid.ts).
 */
export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Vietnamese text, NFC. */
  message: string;
  /** "'Biểu 01'!E7" when a cell is at fault. */
  where?: string;
  /** Set when the message is only about the parts of a new document (header block, signature),
   * which filling the clerk's own document never writes. */
  newDocumentOnly?: true;
  /** What the message offers to do, for a pane to show as a button. */
  offer?: "build-skeleton";
}

/** Collects diagnostics during one run; errors stop the report from being written. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  warn(message: string, where?: string): void {
    this.items.push({ severity: "warning", message: message.normalize("NFC"), where });
  }

  /** A warning about the header block or the signature of a new document only. */
  warnNewDocument(message: string): void {
    this.items.push({
      severity: "warning",
      message: message.normalize("NFC"),
      newDocumentOnly: true,
    });
  }

  error(message: string, where?: string): void {
    this.items.push({ severity: "error", message: message.normalize("NFC"), where });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
}

/** One line for a terminal or a list: "Cảnh báo – 'Biểu 01'!E7: …". */
export function describe(d: Diagnostic): string {
  const label = d.severity === "error" ? "Lỗi" : "Cảnh báo";
  return d.where ? `${label} – ${d.where}: ${d.message}` : `${label}: ${d.message}`;
}
