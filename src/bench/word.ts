/**
 * `npm run bench`, Word part: how many context.sync calls each Word operation makes, on the
 * Word test double, for reports of 10 and 1,000 indicators. The count must not grow with the
 * report (each sync is a round trip to Word, slow on the web). One JSON object per line:
 * {"stage": "word-insert-all" | "word-refresh" | "word-skeleton", "indicators": N, "syncs": k}.
 */
import { buildReport } from "../core/report";
import { clerkDraft, indicatorGrid } from "../../test/doubles/word/scenarios";
import { WordDouble } from "../../test/doubles/word/world";
import { createWordHost } from "../word/host";

const SIZES = [10, 1000];

function emit(stage: string, indicators: number, syncs: number): void {
  process.stdout.write(`${JSON.stringify({ stage, indicators, syncs })}\n`);
}

/** The syncs `operation` makes on `world`. */
async function syncs(world: WordDouble, operation: () => Promise<unknown>): Promise<number> {
  const before = world.syncs;
  await operation();
  return world.syncs - before;
}

async function run(): Promise<void> {
  for (const n of SIZES) {
    const report = buildReport([indicatorGrid(n)], { kind: "chung" });
    // Refresh after the last indicator's figure changed: the full path (load, formats, write).
    const changed = buildReport([indicatorGrid(n, (i) => (i === n - 1 ? 7 : 90 + (i % 13)))], {
      kind: "chung",
    });
    const draft = clerkDraft(report.document!);
    const host = createWordHost(draft.environment());
    emit("word-insert-all", n, await syncs(draft, () => host.insertSections(report, "all")));
    emit(
      "word-refresh",
      n,
      await syncs(draft, () => host.refresh(changed, { confirmOverwrite: async () => true }))
    );
    const empty = new WordDouble();
    empty.addParagraph("");
    emit(
      "word-skeleton",
      n,
      await syncs(empty, () => createWordHost(empty.environment()).buildSkeleton(report))
    );
  }
}

void run();
