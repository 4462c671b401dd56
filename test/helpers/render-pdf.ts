/**
 * Test helper: a report as a reader sees it. Writes the .docx `baocao build` would, converts it
 * with LibreOffice (its own profile, so parallel tests do not share one) to `bc.pdf` in a fresh
 * folder, and returns that folder with a runner for the poppler tools that read the PDF back.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ReportDocument } from "../../src/core/document";
import { renderDocx } from "../../src/io/docx";

export interface RenderedPdf {
  /** The folder holding bc.docx and bc.pdf; the caller removes it. */
  dir: string;
  /** Runs a command (pdftotext, pdftocairo…) in `dir`. */
  run: (cmd: string, args: string[]) => Buffer;
}

export async function renderPdf(doc: ReportDocument, prefix: string): Promise<RenderedPdf> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  writeFileSync(path.join(dir, "bc.docx"), await renderDocx(doc));
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, { cwd: dir, timeout: 180_000, stdio: "pipe" });
  run("soffice", [
    `-env:UserInstallation=file://${dir}/profile`,
    "--headless",
    "--convert-to",
    "pdf",
    "bc.docx",
  ]);
  return { dir, run };
}
