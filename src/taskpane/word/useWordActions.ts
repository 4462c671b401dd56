// What the Word pane's buttons do: each calls the adapter once, shows what came of it, and
// refreshes the status of the sections (found, missing, already inserted). While one runs, the
// others wait. "Cập nhật số liệu" asks before overwriting text the clerk edited.
import { useCallback, useEffect, useState } from "react";
import type { BuildResult } from "../../core/report";
import type { DocumentStatus, WordHost, WordResult, WriteOptions } from "../../word/host";

/** A question to the clerk, answered through the dialog. */
export interface Question {
  labels: string[];
  answer: (overwrite: boolean) => void;
}

export interface WordActions {
  busy: boolean;
  outcome?: WordResult;
  status?: DocumentStatus;
  question?: Question;
  insertAll: () => void;
  insertSection: (sectionId: string) => void;
  insertAtCursor: (sectionId: string) => void;
  buildSkeleton: () => void;
  refresh: () => void;
}

export function useWordActions(
  host: WordHost,
  result: BuildResult | undefined,
  options: WriteOptions
): WordActions {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WordResult>();
  const [status, setStatus] = useState<DocumentStatus>();
  const [question, setQuestion] = useState<Question>();
  const document = result?.document;

  const updateStatus = useCallback(async () => {
    setStatus(document ? await host.status(document) : undefined);
  }, [host, document]);

  useEffect(() => {
    setOutcome(undefined);
    void updateStatus();
  }, [updateStatus]);

  const perform = (operation: () => Promise<WordResult>) => {
    if (busy || !result) return;
    setBusy(true);
    setOutcome(undefined);
    void operation()
      .then(setOutcome)
      .then(updateStatus)
      .finally(() => setBusy(false));
  };

  const confirmOverwrite = (labels: string[]) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        labels,
        answer: (overwrite) => {
          setQuestion(undefined);
          resolve(overwrite);
        },
      })
    );

  return {
    busy,
    outcome,
    status,
    question,
    insertAll: () => perform(() => host.insertSections(result!, "all", options)),
    insertSection: (id) => perform(() => host.insertSections(result!, [id], options)),
    insertAtCursor: (id) => perform(() => host.insertAtCursor(result!, id, options)),
    buildSkeleton: () => perform(() => host.buildSkeleton(result!, options)),
    refresh: () => perform(() => host.refresh(result!, { ...options, confirmOverwrite })),
  };
}
