// The open workbook as the pane sees it: read through the adapter, analysed by the core.
import { useCallback, useEffect, useRef, useState } from "react";
import type { FormulaGrid } from "../../core/formulas";
import { WorkbookView, viewWorkbook } from "../../core/workbook-view";
import { describeExcelError } from "../../excel/errors";
import type { ExcelHost } from "../../excel/host";

export interface WorkbookState {
  view?: WorkbookView<FormulaGrid>;
  loading: boolean;
  error?: string;
  /** Reads the workbook again; resolves with the new view (undefined on error). */
  reload: () => Promise<WorkbookView<FormulaGrid> | undefined>;
}

export function useWorkbook(host: ExcelHost, enabled: boolean): WorkbookState {
  const [view, setView] = useState<WorkbookView<FormulaGrid>>();
  const [loading, setLoading] = useState(enabled);
  const [error, setError] = useState<string>();
  const alive = useRef(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const next = viewWorkbook(await host.read());
      if (alive.current) {
        setView(next);
        setError(undefined);
      }
      return next;
    } catch (e) {
      if (alive.current) setError(describeExcelError(e));
      return undefined;
    } finally {
      if (alive.current) setLoading(false);
    }
  }, [host]);
  useEffect(() => {
    alive.current = true;
    if (enabled) void reload();
    return () => {
      alive.current = false;
    };
  }, [enabled, reload]);
  return { view, loading, error, reload };
}

/** A result line under a button: what happened, in Vietnamese. */
export interface Outcome {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** Runs one pane action at a time; its outcome (or its Vietnamese error) is kept for display. */
export function useAction(): {
  busy: boolean;
  outcome?: Outcome;
  run: (action: () => Promise<Outcome | undefined>) => Promise<void>;
  clear: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const run = useCallback(async (action: () => Promise<Outcome | undefined>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await action());
    } catch (e) {
      setOutcome({ intent: "error", text: describeExcelError(e) });
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, outcome, run, clear: () => setOutcome(undefined) };
}
