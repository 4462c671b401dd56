// The Excel pane: the tables found, "Tính lại tỷ lệ", "Kiểm tra số liệu", the mapping of
// indicators to sections, and "Tạo biểu mẫu". It talks to an ExcelHost (src/excel), never to
// Office.js; tests and screenshots pass one over the double.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ExcelHost, officeExcelHost } from "../../excel/host";
import { CheckPanel } from "./CheckPanel";
import { MappingPanel } from "./MappingPanel";
import { RecalcPanel } from "./RecalcPanel";
import { RequirementNotice } from "./RequirementNotice";
import { StarterPanel } from "./StarterPanel";
import { TablesPanel } from "./TablesPanel";
import { useWorkbook } from "./useWorkbook";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

export function ExcelPane({ host: given }: { host?: ExcelHost }) {
  const styles = useStyles();
  const [host] = useState(() => given ?? officeExcelHost());
  const usable = !host.support.missing.some((f) => f.required);
  const { view, loading, error, reload } = useWorkbook(host, usable);
  const busy = loading || !view;
  return (
    <main className={styles.pane} aria-busy={loading}>
      <div className={styles.head}>
        <Title2 as="h1">Báo cáo</Title2>
        <Button size="small" disabledFocusable={!usable || loading} onClick={() => void reload()}>
          Đọc lại sổ
        </Button>
      </div>
      <RequirementNotice support={host.support} />
      {loading && <Spinner size="tiny" label="Đang đọc sổ…" />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {usable && (
        <Accordion multiple collapsible defaultOpenItems={["tables", "recalc"]}>
          <AccordionItem value="tables">
            <AccordionHeader as="h2">Các biểu tìm thấy</AccordionHeader>
            <AccordionPanel>
              {view ? (
                <TablesPanel host={host} view={view} reload={reload} disabled={busy} />
              ) : (
                <NotRead loading={loading} />
              )}
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="recalc">
            <AccordionHeader as="h2">Tính lại tỷ lệ</AccordionHeader>
            <AccordionPanel>
              <RecalcPanel host={host} reload={reload} disabled={busy} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="check">
            <AccordionHeader as="h2">Kiểm tra số liệu</AccordionHeader>
            <AccordionPanel>
              <CheckPanel host={host} reload={reload} disabled={busy} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="mapping">
            <AccordionHeader as="h2">Xếp chỉ tiêu vào mục</AccordionHeader>
            <AccordionPanel>
              {view ? (
                <MappingPanel host={host} view={view} reload={reload} disabled={busy} />
              ) : (
                <NotRead loading={loading} />
              )}
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="starter">
            <AccordionHeader as="h2">Tạo biểu mẫu</AccordionHeader>
            <AccordionPanel>
              <StarterPanel host={host} view={view} reload={reload} disabled={busy} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </main>
  );
}

/** What a panel says before the workbook is there: reading it, or it could not be read. */
function NotRead({ loading }: { loading: boolean }) {
  return loading ? (
    <Spinner size="tiny" label="Đang đọc sổ…" />
  ) : (
    <Caption1>Chưa đọc được sổ. Bấm “Đọc lại sổ” ở trên.</Caption1>
  );
}
