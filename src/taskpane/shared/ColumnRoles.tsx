// What each column of an indicator table holds, as the reader decided it and why, with a picker
// per column to correct it (issue 9 § 2). Shared by the Excel pane, which saves each correction in
// the workbook's mapping sheet at once, and the web page, which keeps the corrections in memory
// until the clerk downloads the workbook with them. A correction is a Mapping change
// (core/mapping.ts `correctColumn`); the caller decides what to do with the new mapping.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { Diagnostics } from "../../core/diagnostics";
import { SheetGrid, columnLetters } from "../../core/grid";
import type { ColumnRole } from "../../core/headers";
import { Mapping, columnRoleLabel, correctColumn } from "../../core/mapping";
import { PICKABLE_ROLES, ROLE_WORDS, pickableLabel } from "../../core/reading/inspect";
import type { ColumnInfo } from "../../core/reading/columns";
import { ColumnCorrection, IndicatorTable, findTables } from "../../core/tables";

type Role = ColumnRole | "ignore";
type Pickable = (typeof PICKABLE_ROLES)[number];

/** The Vietnamese name of a column role: the picker's words ("Kỳ này", "Kỳ so sánh", …). */
export function roleLabel(role: Role | "series"): string {
  return (
    (role !== "series" && columnRoleLabel(role)) || (role !== "ignore" && ROLE_WORDS[role]) || role
  );
}

/** The role a column info shows: its role, a series column, or none ("ignore"). */
const roleOf = (i: ColumnInfo): Role | "series" => i.role ?? (i.series ? "series" : "ignore");

/** "Biểu 01!3": a table by sheet and first header row. */
export const tableKey = (t: IndicatorTable) => `${t.sheet}!${t.headerRows[0]}`;

/**
 * The reader's own reading (without the clerk's corrections) of the tables on the sheets that
 * have corrections, by tableKey: what the pickers show as "Máy đọc là …".
 */
export function readerTables(
  sheets: SheetGrid[],
  mapping: Mapping,
  reportPeriod?: string
): Map<string, IndicatorTable> {
  const out = new Map<string, IndicatorTable>();
  const corrected = new Set((mapping.columns ?? []).map((c) => c.sheet));
  for (const grid of sheets)
    if (corrected.has(grid.name))
      for (const t of findTables(grid, new Diagnostics(), [], reportPeriod))
        out.set(tableKey(t), t);
  return out;
}

const isPickable = (v: string): v is Pickable => (PICKABLE_ROLES as readonly string[]).includes(v);

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  field: { minWidth: 0, "& label": { overflowWrap: "anywhere" } },
  /** Never wider than the pane (Fluent's Dropdown asks for 250 px by default). */
  dropdown: { width: "100%", maxWidth: "100%", minWidth: 0 },
  dropdownButton: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" },
  hint: { overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

function sameColumn(c: ColumnCorrection, sheet: string, headerRow: number, col: number): boolean {
  return c.sheet === sheet && c.headerRow === headerRow && c.col === col;
}

export interface TableColumnsProps {
  table: IndicatorTable;
  /** The mapping the corrections go into; its `columns` say which columns the clerk set. */
  mapping: Mapping;
  /** Called with the new mapping (and the column) when the clerk picks a role or gives one back. */
  onChange: (next: Mapping, col: number) => void;
  /** True while a change is being saved: further picks are ignored (the controls stay focusable). */
  busy?: boolean;
  /** Shown under one column: the outcome of saving its correction. */
  notice?: { col: number; content: ReactNode };
  /** The same table as the reader reads it without corrections (readerTables). */
  original?: IndicatorTable;
}

/** The columns of one table, each with its role picker and the reader's reason. */
export function TableColumns({
  table,
  mapping,
  onChange,
  busy,
  notice,
  original,
}: TableColumnsProps) {
  const styles = useStyles();
  const headerRow = table.headerRows[0];
  return (
    <ul
      className={styles.list}
      aria-label={`Các cột của biểu trang ${table.sheet}, tiêu đề ở dòng ${headerRow + 1}`}
    >
      {(table.infos ?? []).map((info) => {
        const letter = columnLetters(info.col);
        const header = info.header.trim();
        const saved = mapping.columns?.find((c) => sameColumn(c, table.sheet, headerRow, info.col));
        if (!header)
          return (
            <li key={info.col} className={styles.item}>
              <Caption1 className={styles.muted}>
                Cột {letter} không có tiêu đề nên chưa chọn được vai trò: hãy ghi tiêu đề cho cột
                trong sổ.
              </Caption1>
            </li>
          );
        const current = saved?.role ?? roleOf(info);
        const at = { sheet: table.sheet, headerRow, col: info.col, header: info.header };
        const own = original?.infos?.find((i) => i.col === info.col);
        const ownWords =
          own && `Máy đọc là “${roleLabel(roleOf(own))}”${own.why ? ` (${own.why})` : ""}`;
        const why = info.why || "không nhận ra tiêu đề";
        let hint: string;
        if (saved) hint = ownWords ? `${ownWords}.` : "";
        else if (own && roleOf(own) !== current)
          hint = `${ownWords}; cán bộ đã giao vai trò đó cho cột khác.`;
        else if (info.role || info.series)
          hint = `Căn cứ: ${why}${info.unit ? `; đơn vị ${info.unit}` : ""}.`;
        else hint = `Chưa dùng cột này (${why}).`;
        return (
          <li key={info.col} className={styles.item}>
            <Field
              className={styles.field}
              label={`Cột ${letter} “${header}”`}
              hint={hint ? { children: hint, className: styles.hint } : undefined}
            >
              <Dropdown
                className={styles.dropdown}
                button={{ className: styles.dropdownButton }}
                value={roleLabel(current)}
                selectedOptions={[current]}
                onOptionSelect={(_, d) => {
                  // Ignored while the previous choice is being saved; the control keeps focus.
                  const v = d.optionValue;
                  if (busy || !v || v === current || !isPickable(v)) return;
                  // Back to what the reader reads by itself: no correction needed any more.
                  const back = saved && own && roleOf(own) === v;
                  onChange(correctColumn(mapping, at, back ? undefined : v), info.col);
                }}
              >
                {!isPickable(current) && <Option value={current}>{roleLabel(current)}</Option>}
                {PICKABLE_ROLES.map((r) => (
                  <Option key={r} value={r}>
                    {pickableLabel(r)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {saved && (
              <div className={styles.row}>
                <Badge appearance="tint" color="brand">
                  cán bộ đã chọn
                </Badge>
                <Button
                  size="small"
                  appearance="transparent"
                  disabled={busy}
                  aria-label={`Để máy tự nhận cột ${letter}`}
                  onClick={() => onChange(correctColumn(mapping, at, undefined), info.col)}
                >
                  Để máy tự nhận
                </Button>
              </div>
            )}
            {notice?.col === info.col && notice.content}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Corrections that no table shows any more (the table is no longer recognised, often because of
 * the correction itself, e.g. the name column set to "Bỏ qua"), each with a button to remove it.
 */
export function LostCorrections({
  tables,
  mapping,
  onChange,
  disabled,
}: {
  tables: IndicatorTable[];
  mapping: Mapping;
  onChange: (next: Mapping) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const lost = (mapping.columns ?? []).filter(
    (c) => !tables.some((t) => t.sheet === c.sheet && t.headerRows[0] === c.headerRow)
  );
  if (lost.length === 0) return null;
  return (
    <section className={styles.item} aria-label="Lựa chọn cột của biểu không còn nhận ra">
      <Body1 className={styles.hint}>
        Các lựa chọn cột sau thuộc biểu không còn nhận ra (có thể do chính lựa chọn đó, ví dụ cột
        tên chỉ tiêu bị bỏ qua). Bỏ lựa chọn để máy đọc lại biểu:
      </Body1>
      <ul className={styles.list}>
        {lost.map((c) => {
          const where = `Trang ${c.sheet}, cột ${columnLetters(c.col)}${c.header ? ` “${c.header}”` : ""}`;
          return (
            <li key={`${c.sheet}!${c.headerRow}!${c.col}`} className={styles.row}>
              <Caption1 className={styles.hint}>
                {where}: {roleLabel(c.role)}
              </Caption1>
              <Button
                size="small"
                disabled={disabled}
                aria-label={`Bỏ lựa chọn: ${where}`}
                onClick={() => onChange(correctColumn(mapping, c, undefined))}
              >
                Bỏ lựa chọn
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
