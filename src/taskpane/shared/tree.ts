// Shared look of the panes' trees.
import type { CSSProperties } from "react";

/**
 * For a TreeItemLayout's style: each level indents by 12 px instead of Fluent's 24 px
 * (--spacingHorizontalXXL, which the layout uses only for that indent). At 320 px, the deepest
 * sections and their sentences keep most of the pane's width for text (issue 15).
 */
export const NARROW_INDENT = { "--spacingHorizontalXXL": "12px" } as CSSProperties;
