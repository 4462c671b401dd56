// The state every pane that writes a report shares: where the figures came from (a workbook
// file or a pasted range), the chosen outline, the clerk's mapping (column corrections, …) and
// the report built from them.
import { useCallback, useMemo, useState } from "react";
import type { SheetGrid } from "../../core/grid";
import type { Mapping } from "../../core/mapping";
import type { BuildResult } from "../../core/report";
import { Engine, loadEngine } from "./lazy";

export interface ReportSource {
  /** The workbook's file name, or "Dữ liệu dán" for a pasted range. */
  name: string;
  sheets: SheetGrid[];
  /** The workbook file as read, to write the mapping into; absent for a pasted range. */
  bytes?: Uint8Array;
}

export interface ReportState {
  source?: ReportSource;
  /** Outline id chosen by the clerk; undefined means the workbook's own Loại báo cáo. */
  kind?: string;
  /** Cách viết số liệu chosen by the clerk; undefined means the workbook's own (văn xuôi by default). */
  style?: "prose" | "list";
  result?: BuildResult;
  /**
   * The mapping the report uses: the clerk's changes on this page, else the workbook's own
   * mapping sheet, else an empty mapping. Undefined until a source is read.
   */
  mapping?: Mapping;
  /** True when the clerk changed the mapping since the source was read. */
  mappingChanged: boolean;
  /** A Vietnamese message when the file could not be read. */
  error?: string;
  busy: boolean;
  loadFile: (file: File) => Promise<void>;
  loadTsv: (text: string) => Promise<void>;
  setKind: (kind: string) => void;
  setStyle: (style: "prose" | "list") => void;
  /** Replaces the mapping: the preview and the downloaded report follow it at once. */
  setMapping: (mapping: Mapping) => void;
}

export function useReport(): ReportState {
  const [source, setSource] = useState<ReportSource>();
  const [engine, setEngine] = useState<Engine>();
  const [kind, setKind] = useState<string>();
  const [style, setStyle] = useState<"prose" | "list">();
  // The clerk's mapping; undefined keeps the workbook's own (read by buildReport with its warnings).
  const [changed, setChanged] = useState<Mapping>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (name: string, read: (e: Engine) => Promise<Omit<ReportSource, "name">>) => {
      setBusy(true);
      setError(undefined);
      try {
        const e = await loadEngine();
        const got = await read(e);
        setEngine(e);
        setSource({ name, ...got });
        setChanged(undefined);
      } catch (err) {
        // Known problems carry a Vietnamese message; anything else gets a generic one.
        const known = err instanceof Error && err.name === "WorkbookReadError";
        setError(
          known
            ? (err as Error).message
            : `Không đọc được tệp ${name}. Hãy kiểm tra đó là tệp Excel .xlsx.`
        );
        setSource(undefined);
        setChanged(undefined);
      } finally {
        setBusy(false);
      }
    },
    []
  );

  // A new workbook starts from its own outline and style, not the previous workbook's (the Word
  // pane then takes the document's remembered ones again).
  const loadFile = useCallback(
    (file: File) =>
      run(file.name, async (e) => {
        setKind(undefined);
        setStyle(undefined);
        const bytes = new Uint8Array(await file.arrayBuffer());
        return { sheets: await e.readWorkbook(bytes), bytes };
      }),
    [run]
  );
  const loadTsv = useCallback(
    (text: string) => run("Dữ liệu dán", async (e) => ({ sheets: [e.gridFromTsv(text)] })),
    [run]
  );

  const own = useMemo(
    () => (engine && source ? engine.workbookMapping(source.sheets) : undefined),
    [engine, source]
  );
  const result = useMemo(
    () =>
      engine && source
        ? engine.buildReport(source.sheets, { kind, mapping: changed, style })
        : undefined,
    [engine, source, kind, changed, style]
  );

  return {
    source,
    kind,
    style,
    result,
    mapping: changed ?? own,
    mappingChanged: changed !== undefined,
    error,
    busy,
    loadFile,
    loadTsv,
    setKind,
    setStyle,
    setMapping: setChanged,
  };
}
