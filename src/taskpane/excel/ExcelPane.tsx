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
import { ReactNode, useEffect, useState } from "react";
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
  // The panel the clerk opened last, to bring into view once its content is laid out.
  const [opened, setOpened] = useState<string>();
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
        <Accordion
          multiple
          collapsible
          defaultOpenItems={["tables", "recalc"]}
          onToggle={(_, d) => {
            // A panel opened near the bottom of a 320 px pane is brought up to be seen.
            if (d.openItems.includes(d.value)) setOpened(String(d.value));
          }}
        >
          <Panel value="tables" opened={opened} title="Các biểu tìm thấy">
            {view ? (
              <TablesPanel host={host} view={view} reload={reload} disabled={busy} />
            ) : (
              <NotRead loading={loading} />
            )}
          </Panel>
          <Panel value="recalc" opened={opened} title="Tính lại tỷ lệ">
            <RecalcPanel
              host={host}
              reload={reload}
              disabled={busy}
              primary={view?.tables.length !== 0}
            />
          </Panel>
          <Panel value="check" opened={opened} title="Kiểm tra số liệu">
            <CheckPanel host={host} reload={reload} disabled={busy} />
          </Panel>
          <Panel value="mapping" opened={opened} title="Xếp chỉ tiêu vào mục">
            {view ? (
              <MappingPanel host={host} view={view} reload={reload} disabled={busy} />
            ) : (
              <NotRead loading={loading} />
            )}
          </Panel>
          <Panel value="starter" opened={opened} title="Tạo biểu mẫu">
            <StarterPanel host={host} view={view} reload={reload} disabled={busy} />
          </Panel>
        </Accordion>
      )}
    </main>
  );
}

/** One of the pane's panels: a heading button that opens it, and its content as a region. */
function Panel(props: { value: string; title: string; opened?: string; children: ReactNode }) {
  const { value, title, opened, children } = props;
  return (
    <AccordionItem value={value} id={`panel-${value}`}>
      <AccordionHeader as="h2">{title}</AccordionHeader>
      <AccordionPanel role="region" aria-label={title}>
        {opened === value && <RevealItem value={value} />}
        {children}
      </AccordionPanel>
    </AccordionItem>
  );
}

/**
 * Mounted with the content of the panel the clerk just opened: scrolls the panel's header to the
 * top of the view as the content grows (Fluent opens it with a motion), for half a second or
 * until the clerk does something in the pane (then what that brings into view wins).
 */
function RevealItem({ value }: { value: string }) {
  useEffect(() => {
    const item = document.getElementById(`panel-${value}`);
    if (!item) return;
    const growing = new ResizeObserver(() => item.scrollIntoView({ block: "start" }));
    const stop = () => growing.disconnect();
    growing.observe(item);
    const timer = setTimeout(stop, 500);
    document.addEventListener("keydown", stop, { once: true });
    document.addEventListener("pointerdown", stop, { once: true });
    return () => {
      clearTimeout(timer);
      stop();
      document.removeEventListener("keydown", stop);
      document.removeEventListener("pointerdown", stop);
    };
  }, [value]);
  return null;
}

/** What a panel says before the workbook is there: reading it, or it could not be read. */
function NotRead({ loading }: { loading: boolean }) {
  return loading ? (
    <Spinner size="tiny" label="Đang đọc sổ…" />
  ) : (
    <Caption1>Chưa đọc được sổ. Bấm “Đọc lại sổ” ở trên.</Caption1>
  );
}
