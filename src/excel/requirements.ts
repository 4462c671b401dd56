/**
 * Features of the pane and the Excel requirement set each needs, checked at run time.
 * Volume-licensed Excel 2021 has ExcelApi 1.14 and Excel 2024 1.17; Microsoft 365, retail builds
 * and Excel on the web have the newest. Volume-licensed Excel 2016 and 2019 (ExcelApi 1.1, 1.7)
 * show add-ins in Internet Explorer 11, where the pane never runs (taskpane/legacy.js).
 * Source: "Excel JavaScript API requirement sets" and "Browsers and webview controls used by
 * Office Add-ins", learn.microsoft.com.
 */
import { ExcelEnv } from "./env";

export type FeatureId = "base" | "calculation" | "freezePanes" | "screenUpdating" | "mergedAreas";

export interface Feature {
  id: FeatureId;
  /** Vietnamese, as the clerk reads it in the pane. */
  name: string;
  version: string;
  /** Without it the pane cannot work at all. */
  required: boolean;
  /**
   * Office.js members above the base set ("Excel.Application.suspendApiCalculationUntilNextSync")
   * used only where `has(id)` is true; test/office-api.test.ts checks it against the typings.
   */
  members?: readonly string[];
}

export const FEATURES: readonly Feature[] = [
  { id: "base", name: "đọc và ghi bảng tính", version: "1.4", required: true },
  {
    id: "calculation",
    name: "tạm dừng tính toán khi ghi công thức",
    version: "1.6",
    required: false,
    members: ["Excel.Application.suspendApiCalculationUntilNextSync"],
  },
  {
    id: "freezePanes",
    name: "cố định dòng tiêu đề của biểu mẫu mới",
    version: "1.7",
    required: false,
    members: ["Excel.Worksheet.freezePanes", "Excel.WorksheetFreezePanes.freezeRows"],
  },
  {
    id: "screenUpdating",
    name: "tạm dừng cập nhật màn hình khi ghi",
    version: "1.9",
    required: false,
    members: ["Excel.Application.suspendScreenUpdatingUntilNextSync"],
  },
  {
    id: "mergedAreas",
    name: "đọc vùng ô gộp",
    version: "1.13",
    required: false,
    members: ["Excel.Range.getMergedAreasOrNullObject", "Excel.RangeAreas.address"],
  },
];

export interface Support {
  has(id: FeatureId): boolean;
  missing: Feature[];
}

export function checkSupport(env: ExcelEnv): Support {
  const missing = FEATURES.filter((f) => !env.isSetSupported("ExcelApi", f.version));
  return { has: (id) => !missing.some((f) => f.id === id), missing };
}

/** The message naming what this Excel lacks, or undefined when it has everything. */
export function supportMessage(support: Support): string | undefined {
  const base = support.missing.find((f) => f.required);
  if (base)
    return `Phiên bản Excel này quá cũ để ${base.name}: cần Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web. Trang web Báo cáo làm được cùng việc này từ tệp Excel.`;
  if (support.missing.length === 0) return undefined;
  const names = support.missing.map((f) => f.name).join("; ");
  return `Phiên bản Excel này chưa làm được: ${names} (cần Excel 2021 trở lên hoặc Microsoft 365). Các chức năng khác vẫn dùng được.`;
}
