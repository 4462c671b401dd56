// Lazy loaders for the heavy parts: the workbook engine (ExcelJS + core) and the docx renderer.
// Each loads once, when the clerk first needs it, as its own chunk.
import type { ReportDocument } from "../../core/document";
import type { SheetGrid } from "../../core/grid";
import type { Mapping } from "../../core/mapping";
import type { FillOptions, FillResult } from "../../io/docx-fill";

export type Engine = typeof import("./engine");

let engine: Promise<Engine> | undefined;

/** The workbook reader and report builder; the first call loads the chunk. */
export function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "engine" */ "./engine");
  return engine;
}

/** The .docx bytes of a report, as a Blob to download: the same renderer as `baocao build`. */
export async function docxBlob(doc: ReportDocument): Promise<Blob> {
  const { renderDocx } = await import(/* webpackChunkName: "docx" */ "../../io/docx");
  return docxBlobOf(await renderDocx(doc));
}

/** .docx bytes as a Blob to download. */
export function docxBlobOf(bytes: Uint8Array): Blob {
  return new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}

/**
 * The clerk's workbook with the mapping sheet (the column choices, …) written into it, as a Blob
 * to download; every other sheet stays as it was (io/mapping-xlsx.ts).
 */
export async function workbookWithMapping(
  bytes: Uint8Array,
  mapping: Mapping,
  sheets?: SheetGrid[]
): Promise<Blob> {
  const { withMappingSheet } = await import(
    /* webpackChunkName: "mapping-xlsx" */ "../../io/mapping-xlsx"
  );
  const out = await withMappingSheet(bytes, mapping, sheets);
  return new Blob([out as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/**
 * The clerk's own .docx filled with the report's sections, as `baocao fill` does
 * (io/docx-fill.ts); the first call loads the chunk.
 */
export async function fillReport(
  bytes: Uint8Array,
  doc: ReportDocument,
  options: FillOptions
): Promise<FillResult> {
  const { fillDocx } = await import(/* webpackChunkName: "docx-fill" */ "../../io/docx-fill");
  return fillDocx(bytes, doc, options);
}

/** Offers `blob` to the browser as a download named `fileName`. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
