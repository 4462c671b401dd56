// Layout shared by the Excel pane's panels: one column, readable from 320 px wide.
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  text: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  /** A Select that never grows wider than the pane, however long its options. */
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
  selectControl: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  /** A panel's sub-heading (h3) that takes the focus when it opens. */
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});
