// The Word pane: figures from a workbook (or a range pasted from Excel) into the open document.
// Sections go under their headings, at the cursor, or into a whole new report ("Tạo khung báo
// cáo"); "Cập nhật số liệu" rewrites them in place when the figures change. The pane talks to
// the WordHost (src/word), never to Office.js.
import {
  Body1,
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { findOutline } from "../../core/outlines";
import { useReveal } from "../shared/reveal";
import { DiagnosticsList } from "../shared/DiagnosticsList";
import { OutlinePicker } from "../shared/OutlinePicker";
import { StylePicker } from "../shared/StylePicker";
import { PastePicker } from "../shared/PastePicker";
import { SectionTree } from "../shared/SectionTree";
import { WorkbookPicker } from "../shared/WorkbookPicker";
import { useReport } from "../shared/useReport";
import { FigureCheck } from "./FigureCheck";
import { useWordHost } from "./hostContext";
import { OverwriteDialog } from "./OverwriteDialog";
import { SectionPicker } from "./SectionPicker";
import { useWordActions } from "./useWordActions";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: "640px",
  },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  help: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export function WordPane() {
  const styles = useStyles();
  const host = useWordHost();
  const report = useReport();
  const [matchFormatting, setMatchFormatting] = useState(false);
  const [sectionId, setSectionId] = useState<string>();
  const capabilities = useMemo(() => host.capabilities(), [host]);
  const remembered = useMemo(() => host.remembered(), [host]);
  const { result, source } = report;

  // The document remembers its outline and its style: a refresh needs only the workbook chosen
  // again, and writes the figures as they were written (văn xuôi or liệt kê).
  const { kind, setKind, style, setStyle } = report;
  useEffect(() => {
    if (kind === undefined && remembered?.kind) setKind(remembered.kind);
    if (style === undefined && remembered?.style) setStyle(remembered.style);
  }, [kind, remembered, setKind, style, setStyle]);

  const options = useMemo(
    () => ({
      matchFormatting,
      source: source
        ? {
            workbook: source.name,
            kind: result?.outline?.id,
            style: result?.sentenceOptions?.style,
          }
        : undefined,
    }),
    [matchFormatting, source, result]
  );
  const actions = useWordActions(host, result, options);
  const sections = actions.status?.sections ?? [];
  const chosen = sections.some((s) => s.sectionId === sectionId)
    ? sectionId
    : sections[0]?.sectionId;
  const canWrite = capabilities.canWrite && !!result?.document && !actions.busy;
  const hasErrors = !!result && !result.document;
  // The result of an action is where the eye is: right under the buttons, scrolled into view and
  // focused (the button pressed is disabled while it runs; focus must not fall to the page).
  const resultRef = useReveal<HTMLDivElement>(actions.outcome);
  // While it writes, the progress line is in view; it keeps the focus if the button pressed went
  // away with the previous result (the "Tạo khung báo cáo" offered inside it).
  const progressRef = useReveal<HTMLDivElement>(actions.busy, "if-lost");

  return (
    <main className={styles.root}>
      <Title2 as="h1">Báo cáo</Title2>
      <Body1>Chèn số liệu từ biểu Excel vào văn bản đang mở, đúng thể thức Nghị định 30.</Body1>
      {capabilities.notes.map((note) => (
        <MessageBar key={note} intent={capabilities.canWrite ? "info" : "error"}>
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      {remembered && !source && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Văn bản này lấy số liệu từ {remembered.workbook}</MessageBarTitle>
            {remembered.kind &&
              `(loại báo cáo: ${findOutline(remembered.kind)?.name ?? remembered.kind}). `}
            Chọn lại tệp đó rồi bấm “Cập nhật số liệu”.
          </MessageBarBody>
        </MessageBar>
      )}

      <WorkbookPicker onFile={(f) => void report.loadFile(f)} busy={report.busy} />
      <PastePicker onText={(t) => void report.loadTsv(t)} busy={report.busy} />
      {report.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{report.error}</MessageBarBody>
        </MessageBar>
      )}

      {source && result && (
        <>
          <Caption1>Số liệu: {source.name}</Caption1>
          <OutlinePicker value={report.kind ?? result.outline?.id} onChange={report.setKind} />
          <StylePicker
            value={report.style ?? result.sentenceOptions?.style ?? "prose"}
            onChange={report.setStyle}
          />
          {hasErrors && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                Số liệu có lỗi nên chưa chèn được gì vào văn bản. Hãy sửa các lỗi dưới đây rồi chọn
                lại tệp.
              </MessageBarBody>
            </MessageBar>
          )}
          <Divider />
          <section className={styles.group} aria-label="Chèn vào văn bản">
            <div className={styles.row}>
              <Button
                appearance="primary"
                disabledFocusable={!canWrite}
                onClick={actions.insertAll}
              >
                Chèn tất cả các mục
              </Button>
              <Button disabledFocusable={!canWrite} onClick={actions.refresh}>
                Cập nhật số liệu
              </Button>
            </div>
            {/* What the five buttons are for, before the clerk has to guess (issue 15). */}
            <Caption1 className={styles.help}>
              Văn bản đã có tiêu đề các mục: “Chèn tất cả các mục” đặt số liệu ngay dưới từng tiêu
              đề. Khi số liệu đổi: “Cập nhật số liệu” viết lại các câu có số đổi, không đụng tới
              phần bạn tự viết. Chỉ một mục: chọn mục rồi “Chèn mục này” (dưới tiêu đề của mục) hoặc
              “Chèn tại con trỏ”. Văn bản còn trống: “Tạo khung báo cáo” viết cả báo cáo theo thể
              thức Nghị định 30.
            </Caption1>
            <SectionPicker status={actions.status} value={chosen} onChange={setSectionId} />
            <div className={styles.row}>
              <Button
                disabledFocusable={!canWrite || !chosen}
                onClick={() => chosen && actions.insertSection(chosen)}
              >
                Chèn mục này
              </Button>
              <Button
                disabledFocusable={!canWrite || !chosen}
                onClick={() => chosen && actions.insertAtCursor(chosen)}
              >
                Chèn tại con trỏ
              </Button>
            </div>
            <div className={styles.row}>
              <Button disabledFocusable={!canWrite} onClick={actions.buildSkeleton}>
                Tạo khung báo cáo
              </Button>
            </div>
            <Switch
              checked={matchFormatting}
              onChange={(_, d) => setMatchFormatting(d.checked)}
              label="Theo định dạng văn bản (chép định dạng của đoạn văn tại chỗ chèn thay cho định dạng Nghị định 30)"
            />
            <div ref={progressRef} tabIndex={-1}>
              {actions.busy && <Spinner size="tiny" label="Đang ghi vào văn bản…" />}
            </div>
            <div ref={resultRef} tabIndex={-1} className={styles.group} aria-live="polite">
              {actions.outcome && (
                <MessageBar intent={actions.outcome.ok ? "success" : "error"} role="status">
                  <MessageBarBody>{actions.outcome.summary}</MessageBarBody>
                  {actions.outcome.offer === "build-skeleton" && (
                    <MessageBarActions>
                      <Button disabledFocusable={!canWrite} onClick={actions.buildSkeleton}>
                        Tạo khung báo cáo
                      </Button>
                    </MessageBarActions>
                  )}
                </MessageBar>
              )}
              {actions.outcome && (
                <DiagnosticsList
                  items={actions.outcome.diagnostics.filter(
                    (d) => d.message !== actions.outcome?.summary
                  )}
                />
              )}
            </div>
          </section>
          <DiagnosticsList items={result.diagnostics} />
        </>
      )}
      <Divider />
      <FigureCheck host={host} />
      {source && result?.document && (
        <>
          <Divider />
          <Caption1>Xem trước các câu sẽ chèn:</Caption1>
          <SectionTree document={result.document} />
        </>
      )}
      <OverwriteDialog question={actions.question} />
    </main>
  );
}
