// "Các biểu tìm thấy": each indicator table with its recognised and unrecognised columns.
import { Badge, Body1, Caption1 } from "@fluentui/react-components";
import type { FormulaGrid } from "../../core/formulas";
import { columnLetters } from "../../core/grid";
import type { ColumnRole } from "../../core/headers";
import type { IndicatorTable } from "../../core/tables";
import type { WorkbookView } from "../../core/workbook-view";
import { ROLE_LABEL } from "./labels";
import { usePanelStyles } from "./styles";

function TableItem({ table }: { table: IndicatorTable }) {
  const styles = usePanelStyles();
  const roles = (Object.entries(table.columns) as [ColumnRole, number][]).sort(
    (a, b) => a[1] - b[1]
  );
  const indicators = table.rows.filter((r) => r.kind === "indicator").length;
  const groups = table.rows.length - indicators;
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
            {ROLE_LABEL[role]} ({columnLetters(col)})
          </Badge>
        ))}
      </div>
      {table.unrecognised.length > 0 && (
        <Caption1 className={styles.muted}>
          Không nhận ra:{" "}
          {table.unrecognised.map((u) => `“${u.text}” (${columnLetters(u.col)})`).join(", ")}
        </Caption1>
      )}
    </li>
  );
}

export function TablesPanel({ view }: { view: WorkbookView<FormulaGrid> }) {
  const styles = usePanelStyles();
  const without = view.data.filter((s) => !view.tables.some((t) => t.sheet === s.name));
  return (
    <div className={styles.stack}>
      {view.tables.length === 0 && <Body1>Chưa tìm thấy biểu chỉ tiêu nào trong sổ.</Body1>}
      <ul className={styles.list}>
        {view.tables.map((t) => (
          <TableItem key={`${t.sheet}!${t.headerRows[0]}`} table={t} />
        ))}
      </ul>
      {without.map((s) => (
        <Caption1 key={s.name} className={styles.muted}>
          Trang “{s.name}”: không nhận ra biểu (cần dòng tiêu đề có cột “Chỉ tiêu” và một cột số
          liệu).
        </Caption1>
      ))}
    </div>
  );
}
