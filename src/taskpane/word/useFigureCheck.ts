// What "Kiểm tra số liệu trong văn bản" does: runs the check through the adapter and keeps its
// findings, each with what became of it (where it is now, fixed or not, the last message).
// One operation at a time; nothing is replaced but the finding the clerk chose.
import { useState } from "react";
import type { Finding } from "../../core/checker";
import type { FigureCheckResult, FindingOutcome } from "../../word/figures";
import type { WordHost } from "../../word/host";

export interface FindingItem {
  /** As the document holds it now: moved by edits, or with its value replaced. */
  finding: Finding;
  fixed: boolean;
  /** What the last click on it gave. */
  note?: { ok: boolean; message: string };
}

export interface FigureCheckState {
  busy: boolean;
  result?: FigureCheckResult;
  items: FindingItem[];
  check: () => void;
  select: (index: number) => void;
  fix: (index: number) => void;
}

export function useFigureCheck(host: WordHost): FigureCheckState {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<FigureCheckResult>();
  const [items, setItems] = useState<FindingItem[]>([]);

  const perform = (operation: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    void operation().finally(() => setBusy(false));
  };

  const update = (index: number, outcome: FindingOutcome, fixed = false) =>
    setItems((list) =>
      list.map((item, i) =>
        i !== index
          ? item
          : {
              finding: outcome.finding ?? item.finding,
              fixed: item.fixed || (fixed && outcome.ok),
              note: { ok: outcome.ok, message: outcome.message },
            }
      )
    );

  return {
    busy,
    result,
    items,
    check: () =>
      perform(async () => {
        const checked = await host.checkFigures();
        setResult(checked);
        setItems(checked.findings.map((finding) => ({ finding, fixed: false })));
      }),
    select: (index) =>
      perform(async () => update(index, await host.selectFinding(items[index].finding))),
    fix: (index) =>
      perform(async () => update(index, await host.fixFinding(items[index].finding), true)),
  };
}
