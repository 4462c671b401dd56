/**
 * Features of the Word pane and the WordApi requirement set each needs, checked at run time
 * (host.ts `capabilities`). `modules` run only once their feature's check passed, so every
 * member they use may be up to that set; `members` are guarded one by one above their module's
 * set. test/office-api.test.ts checks both against the typings' annotations.
 * Source: "Word JavaScript API requirement sets" (learn.microsoft.com): volume-licensed Word 2016
 * has 1.1, Word 2019 and 2021 1.3, Word 2024 1.8; Microsoft 365 and Word on the web the newest.
 * Volume-licensed Word 2016 and 2019 show add-ins in Internet Explorer 11, where the pane never
 * runs (taskpane/legacy.js).
 */
export interface WordFeature {
  id: "check" | "write" | "footnotes";
  /** Vietnamese, as the clerk reads it in the pane. */
  name: string;
  /** WordApi version. */
  version: string;
  /** The adapter modules (file names without .ts) that run only once this feature is there. */
  modules?: readonly string[];
  /** Office.js members ("Word.Range.insertFootnote") used only where this feature is there. */
  members?: readonly string[];
}

export const WORD_FEATURES: readonly WordFeature[] = [
  {
    id: "check",
    name: "kiểm tra số liệu trong văn bản",
    version: "1.1",
    modules: ["figures", "locate"],
  },
  {
    id: "write",
    name: "chèn và cập nhật số liệu",
    version: "1.3",
    modules: ["host", "render", "api", "office", "memory"],
  },
  {
    id: "footnotes",
    name: "chú thích cuối trang cho cột Ghi chú",
    version: "1.5",
    members: ["Word.Range.insertFootnote", "Word.NoteItem.body"],
  },
];

/** The WordApi version a feature needs. */
export function wordApiVersion(id: WordFeature["id"]): string {
  return WORD_FEATURES.find((f) => f.id === id)!.version;
}
