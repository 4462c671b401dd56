// The state every pane that writes a report shares: where the figures came from (a workbook
// file or a pasted range), the chosen outline, and the report built from them.
import { useCallback, useMemo, useState } from "react";
import type { SheetGrid } from "../../core/grid";
import type { BuildResult } from "../../core/report";
import { Engine, loadEngine } from "./lazy";

export interface ReportSource {
  /** The workbook's file name, or "Dữ liệu dán" for a pasted range. */
  name: string;
  sheets: SheetGrid[];
}

export interface ReportState {
  source?: ReportSource;
  /** Outline id chosen by the clerk; undefined means the workbook's own Loại báo cáo. */
  kind?: string;
  result?: BuildResult;
  /** A Vietnamese message when the file could not be read. */
  error?: string;
  busy: boolean;
  loadFile: (file: File) => Promise<void>;
  loadTsv: (text: string) => Promise<void>;
  setKind: (kind: string) => void;
}

export function useReport(): ReportState {
  const [source, setSource] = useState<ReportSource>();
  const [engine, setEngine] = useState<Engine>();
  const [kind, setKind] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (name: string, read: (e: Engine) => Promise<SheetGrid[]>) => {
    setBusy(true);
    setError(undefined);
    try {
      const e = await loadEngine();
      const sheets = await read(e);
      setEngine(e);
      setSource({ name, sheets });
    } catch (err) {
      // Known problems carry a Vietnamese message; anything else gets a generic one.
      const known = err instanceof Error && err.name === "WorkbookReadError";
      setError(
        known
          ? (err as Error).message
          : `Không đọc được tệp ${name}. Hãy kiểm tra đó là tệp Excel .xlsx.`
      );
      setSource(undefined);
    } finally {
      setBusy(false);
    }
  }, []);

  const loadFile = useCallback(
    (file: File) =>
      run(file.name, async (e) => e.readWorkbook(new Uint8Array(await file.arrayBuffer()))),
    [run]
  );
  const loadTsv = useCallback(
    (text: string) => run("Dữ liệu dán", async (e) => [e.gridFromTsv(text)]),
    [run]
  );

  const result = useMemo(
    () => (engine && source ? engine.buildReport(source.sheets, { kind }) : undefined),
    [engine, source, kind]
  );

  return { source, kind, result, error, busy, loadFile, loadTsv, setKind };
}
