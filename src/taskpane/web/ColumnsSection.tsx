// "Các cột của biểu" on the web page: what the reader made of each column, with a picker per
// column. A choice changes the preview and the .docx at once (useReport's mapping); "Tải sổ Excel
// đã lưu lựa chọn cột" downloads the workbook with the choices in its mapping sheet, so the next
// reading (this page, the panes, `baocao build`) makes the same report.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { SheetGrid } from "../../core/grid";
import type { Mapping } from "../../core/mapping";
import type { IndicatorTable } from "../../core/tables";
import { LostCorrections, TableColumns, readerTables, tableKey } from "../shared/ColumnRoles";
import { download, workbookWithMapping } from "../shared/lazy";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  tables: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  table: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  text: { overflowWrap: "anywhere" },
  /** A box of its own, not to be read as part of the preview's tree below. */
  box: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  panel: { paddingBottom: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface Props {
  /** The uploaded file's name and bytes. */
  file: { name: string; bytes: Uint8Array };
  sheets: SheetGrid[];
  tables: IndicatorTable[];
  mapping: Mapping;
  changed: boolean;
  onChange: (next: Mapping) => void;
}

export function ColumnsSection({ file, sheets, tables, mapping, changed, onChange }: Props) {
  const styles = useStyles();
  const originals = useMemo(() => readerTables(sheets, mapping), [sheets, mapping]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  // Open at first when a table has no column for this period: the clerk has to say which.
  const unsure = tables.some((t) => t.columns.actual === undefined);
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      download(await workbookWithMapping(file.bytes, mapping, sheets), file.name);
    } catch (e) {
      const known = e instanceof Error && e.name === "WorkbookReadError";
      setError(
        known ? (e as Error).message : "Chưa tạo được sổ Excel có lựa chọn cột. Hãy thử lại."
      );
    } finally {
      setSaving(false);
    }
  };
  return (
    <Accordion className={styles.box} collapsible defaultOpenItems={unsure ? ["columns"] : []}>
      <AccordionItem value="columns">
        <AccordionHeader as="h2">Các cột của biểu</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <div className={styles.stack}>
            <Body1 className={styles.text}>
              Máy đọc vai trò của từng cột theo tiêu đề. Nếu đọc sai, hãy chọn lại: bản xem trước và
              tệp báo cáo đổi theo ngay.
            </Body1>
            {tables.length === 0 && <Body1>Chưa tìm thấy biểu chỉ tiêu nào trong sổ.</Body1>}
            <ul className={styles.tables}>
              {tables.map((t) => {
                const indicators = t.rows.filter((r) => r.kind === "indicator").length;
                return (
                  <li key={tableKey(t)} className={styles.table}>
                    <Body1 className={styles.text}>
                      <strong>{t.sheet}</strong>, tiêu đề ở dòng{" "}
                      {t.headerRows.map((r) => r + 1).join("–")}: {indicators} chỉ tiêu,{" "}
                      {t.rows.length - indicators} nhóm
                    </Body1>
                    {t.columns.actual === undefined && (
                      <Caption1 className={styles.text}>
                        Chưa xác định được cột kỳ này: hãy chọn “Kỳ này” cho cột số liệu của kỳ báo
                        cáo.
                      </Caption1>
                    )}
                    <TableColumns
                      table={t}
                      mapping={mapping}
                      onChange={(next) => onChange(next)}
                      original={originals.get(tableKey(t))}
                    />
                  </li>
                );
              })}
            </ul>
            <LostCorrections tables={tables} mapping={mapping} onChange={onChange} />
            <div className={styles.row}>
              <Button disabledFocusable={!changed || saving} onClick={() => void save()}>
                Tải sổ Excel đã lưu lựa chọn cột
              </Button>
              <Caption1 className={styles.text}>
                {changed
                  ? "Sổ tải về giữ nguyên các trang của bạn và ghi nhớ thêm các lựa chọn này, để lần sau mở sổ đó không phải chọn lại."
                  : "Chưa có lựa chọn nào mới để lưu."}
              </Caption1>
            </div>
            <div role="status">{saving && <Spinner size="tiny" label="Đang tạo tệp Excel…" />}</div>
            {error && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
