// "Các biểu tìm thấy": each indicator table with the role the reader gave each column, and a
// picker per column to correct it; a correction is saved in the mapping sheet at once.
import { Badge, Body1, Button, Caption1 } from "@fluentui/react-components";
import { ReactNode, useEffect, useMemo, useState } from "react";
import type { FormulaGrid } from "../../core/formulas";
import { columnLetters } from "../../core/grid";
import type { ColumnRole } from "../../core/headers";
import type { Mapping } from "../../core/mapping";
import type { IndicatorTable } from "../../core/tables";
import type { WorkbookView } from "../../core/workbook-view";
import { ExcelHostError, describeExcelError } from "../../excel/errors";
import type { ExcelHost } from "../../excel/host";
import {
  LostCorrections,
  TableColumns,
  readerTables,
  roleLabel,
  tableKey,
} from "../shared/ColumnRoles";
import { OutcomeBar } from "./OutcomeBar";
import { StarterButton, StarterOutcome, useStarter } from "./StarterPanel";
import { usePanelStyles } from "./styles";
import { useAction } from "./useWorkbook";

interface ItemProps {
  table: IndicatorTable;
  mapping: Mapping;
  onChange: (next: Mapping, col: number) => void;
  disabled: boolean;
  notice?: { col: number; content: ReactNode };
  original?: IndicatorTable;
}

function TableItem({ table, mapping, onChange, disabled, notice, original }: ItemProps) {
  const styles = usePanelStyles();
  // Open at first when the reader found no column for this period: the clerk has to say.
  const [open, setOpen] = useState(() => table.columns.actual === undefined);
  const roles = (Object.entries(table.columns) as [ColumnRole, number][]).sort(
    (a, b) => a[1] - b[1]
  );
  const indicators = table.rows.filter((r) => r.kind === "indicator").length;
  const groups = table.rows.length - indicators;
  const corrected = (mapping.columns ?? []).filter(
    (c) => c.sheet === table.sheet && c.headerRow === table.headerRows[0]
  ).length;
  return (
    <li className={styles.stack}>
      <Body1 className={styles.text}>
        <strong>{table.sheet}</strong>, tiêu đề ở dòng{" "}
        {table.headerRows.map((r) => r + 1).join("–")}: {indicators} chỉ tiêu, {groups} nhóm
      </Body1>
      <div className={styles.row} aria-label="Cột nhận ra">
        {roles.map(([role, col]) => (
          <Badge
            key={role}
            appearance="tint"
            color={role.startsWith("ratio") ? "brand" : "informative"}
          >
            {roleLabel(role)} ({columnLetters(col)})
          </Badge>
        ))}
      </div>
      {table.unrecognised.length > 0 && (
        <Caption1 className={styles.muted}>
          Không nhận ra:{" "}
          {table.unrecognised.map((u) => `“${u.text}” (${columnLetters(u.col)})`).join(", ")}
        </Caption1>
      )}
      {table.columns.actual === undefined && (
        <Caption1 className={styles.text}>
          Chưa xác định được cột kỳ này: hãy chọn “Kỳ này” cho cột số liệu của kỳ báo cáo.
        </Caption1>
      )}
      <div className={styles.row}>
        <Button
          size="small"
          appearance="secondary"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? "Ẩn vai trò các cột" : "Chọn lại vai trò các cột"}
        </Button>
        {corrected > 0 && (
          <Caption1 className={styles.muted}>Cán bộ đã chọn {corrected} cột.</Caption1>
        )}
      </div>
      {open && (
        <TableColumns
          table={table}
          mapping={mapping}
          onChange={onChange}
          busy={disabled}
          notice={notice}
          original={original}
        />
      )}
    </li>
  );
}

interface Props {
  host: ExcelHost;
  view: WorkbookView<FormulaGrid>;
  reload: () => Promise<unknown>;
  disabled: boolean;
}

export function TablesPanel({ host, view, reload, disabled }: Props) {
  const styles = usePanelStyles();
  const action = useAction();
  const starter = useStarter({ host, view, reload, disabled });
  // The mapping being saved, shown until the workbook has been read again.
  const [pending, setPending] = useState<Mapping>();
  // Where the last change was made: its outcome is shown under that column.
  const [last, setLast] = useState<{ table: string; col: number }>();
  useEffect(() => setPending(undefined), [view]);
  const mapping = pending ?? view.mapping;
  // Sheets with figures but no table found; an empty sheet (a new workbook's Sheet1) is no news.
  const without = view.data.filter(
    (s) =>
      !view.tables.some((t) => t.sheet === s.name) &&
      s.cells.some((row) => row.some((v) => v !== null && v !== undefined && v !== ""))
  );
  const change = (next: Mapping, at?: { table: string; col: number }) => {
    setLast(at);
    return action.run(async () => {
      setPending(next);
      try {
        await host.saveMapping(next);
      } catch (e) {
        setPending(undefined);
        throw new ExcelHostError(`Chưa lưu được lựa chọn cột. ${describeExcelError(e)}`);
      }
      await reload();
      return { intent: "success", text: "Đã lưu lựa chọn cột." };
    });
  };
  const busy = disabled || action.busy;
  const originals = useMemo(
    () => readerTables(view.data, view.mapping, view.metadata.period),
    [view]
  );
  const outcome = <OutcomeBar outcome={action.outcome} />;
  return (
    <div className={styles.stack}>
      {view.tables.length === 0 && (
        // The first run on a new workbook: say what the pane needs and offer the template here.
        <>
          <Body1 className={styles.text}>
            Sổ này chưa có biểu chỉ tiêu. Một biểu cần dòng tiêu đề có cột “Chỉ tiêu” và ít nhất một
            cột số liệu (Thực hiện, Kế hoạch…). Bấm “Tạo biểu mẫu” để thêm trang Thông tin chung và
            một biểu mẫu rồi điền số liệu vào đó, hoặc mở sổ đã có biểu rồi bấm “Đọc lại sổ”.
          </Body1>
          <StarterButton starter={starter} disabled={disabled} primary />
        </>
      )}
      <StarterOutcome starter={starter} />
      <ul className={styles.list}>
        {view.tables.map((t) => (
          <TableItem
            key={tableKey(t)}
            table={t}
            mapping={mapping}
            onChange={(next, col) => void change(next, { table: tableKey(t), col })}
            disabled={busy}
            notice={last?.table === tableKey(t) ? { col: last.col, content: outcome } : undefined}
            original={originals.get(tableKey(t))}
          />
        ))}
      </ul>
      <LostCorrections
        tables={view.tables}
        mapping={mapping}
        onChange={(next) => void change(next)}
        disabled={busy}
      />
      {!view.tables.some((t) => tableKey(t) === last?.table) && outcome}
      {without.map((s) => (
        <Caption1 key={s.name} className={styles.muted}>
          Trang “{s.name}”: không nhận ra biểu (cần dòng tiêu đề có cột “Chỉ tiêu” và một cột số
          liệu).
        </Caption1>
      ))}
    </div>
  );
}
