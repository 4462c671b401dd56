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
import { ReactNode, useState } from "react";
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
          <Panel value="tables" title="Các biểu tìm thấy">
            {view ? (
              <TablesPanel host={host} view={view} reload={reload} disabled={busy} />
            ) : (
              <NotRead loading={loading} />
            )}
          </Panel>
          <Panel value="recalc" title="Tính lại tỷ lệ">
            <RecalcPanel host={host} reload={reload} disabled={busy} />
          </Panel>
          <Panel value="check" title="Kiểm tra số liệu">
            <CheckPanel host={host} reload={reload} disabled={busy} />
          </Panel>
          <Panel value="mapping" title="Xếp chỉ tiêu vào mục">
            {view ? (
              <MappingPanel host={host} view={view} reload={reload} disabled={busy} />
            ) : (
              <NotRead loading={loading} />
            )}
          </Panel>
          <Panel value="starter" title="Tạo biểu mẫu">
            <StarterPanel host={host} view={view} reload={reload} disabled={busy} />
          </Panel>
        </Accordion>
      )}
    </main>
  );
}

/** One of the pane's panels: a heading button that opens it, and its content as a region. */
function Panel({ value, title, children }: { value: string; title: string; children: ReactNode }) {
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h2">{title}</AccordionHeader>
      <AccordionPanel role="region" aria-label={title}>
        {children}
      </AccordionPanel>
    </AccordionItem>
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
