// Standalone mode: the pane as a plain web page, for offices without Office add-ins. Choose a
// workbook, see the sections and sentences, download the .docx that `baocao build` would write.
// Everything runs in this browser tab; nothing is uploaded.
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { DiagnosticsList } from "../shared/DiagnosticsList";
import { useReveal } from "../shared/reveal";
import { OutlinePicker } from "../shared/OutlinePicker";
import { StylePicker } from "../shared/StylePicker";
import { SectionTree } from "../shared/SectionTree";
import { WorkbookPicker } from "../shared/WorkbookPicker";
import { docxBlob, download } from "../shared/lazy";
import { useReport } from "../shared/useReport";

// The column pickers need the table reader's vocabulary: loaded with the first workbook, not
// before the page shows.
const ColumnsSection = lazy(() =>
  import(/* webpackChunkName: "web-columns" */ "./ColumnsSection").then((m) => ({
    default: m.ColumnsSection,
  }))
);

// "Cập nhật văn bản có sẵn" needs the heading matcher and the checker: loaded with the first
// workbook, not before the page shows.
const FillSection = lazy(() =>
  import(/* webpackChunkName: "web-fill" */ "./FillSection").then((m) => ({
    default: m.FillSection,
  }))
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "720px",
    margin: "0 auto",
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalM },
});

/** "binh-thanh-2023.xlsx" → "binh-thanh-2023.docx". */
function docxName(workbook: string): string {
  return `${workbook.replace(/\.[^.]+$/, "") || "bao-cao"}.docx`;
}

export function WebPane() {
  const styles = useStyles();
  const report = useReport();
  const [saving, setSaving] = useState(false);
  // What the last download did, said under its button: the file name, or why it failed.
  const [saved, setSaved] = useState<{ ok: boolean; text: string }>();
  const { result, source } = report;
  // A file that cannot be read takes away what was below: its message comes into view, focused.
  const errorRef = useReveal<HTMLDivElement>(report.error);

  const save = async () => {
    if (!result?.document || !source) return;
    setSaving(true);
    setSaved(undefined);
    const name = docxName(source.name);
    try {
      download(await docxBlob(result.document), name);
      setSaved({
        ok: true,
        text: `Đã tạo tệp ${name}. Trình duyệt lưu tệp vào thư mục Tải xuống, hoặc hỏi nơi lưu.`,
      });
    } catch {
      setSaved({ ok: false, text: "Chưa tạo được tệp báo cáo. Hãy bấm lại “Tải báo cáo”." });
    } finally {
      setSaving(false);
    }
  };

  return (
    <main className={styles.root}>
      <Title2 as="h1">Báo cáo</Title2>
      <Body1>
        Viết báo cáo của UBND xã từ biểu chỉ tiêu Excel, đúng thể thức Nghị định 30/2020/NĐ-CP.
      </Body1>
      <WorkbookPicker
        onFile={(f) => {
          setSaved(undefined);
          void report.loadFile(f);
        }}
        busy={report.busy}
      />
      <div ref={errorRef} tabIndex={-1}>
        {report.error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{report.error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {source && result && (
        <>
          <Caption1>Tệp: {source.name}</Caption1>
          <div className={styles.row}>
            <OutlinePicker value={report.kind ?? result.outline?.id} onChange={report.setKind} />
            <StylePicker
              value={report.style ?? result.sentenceOptions?.style ?? "prose"}
              onChange={report.setStyle}
            />
            <Button
              appearance="primary"
              disabledFocusable={!result.document || saving}
              onClick={() => void save()}
            >
              Tải báo cáo (.docx)
            </Button>
          </div>
          <div role="status">
            {saving && <Spinner size="tiny" label="Đang tạo tệp báo cáo…" />}
            {saved && (
              <MessageBar intent={saved.ok ? "success" : "error"}>
                <MessageBarBody>{saved.text}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <DiagnosticsList items={result.diagnostics} />
          {source.bytes && report.mapping && (
            <Suspense fallback={<Spinner size="tiny" label="Đang tải danh sách cột…" />}>
              <ColumnsSection
                file={{ name: source.name, bytes: source.bytes }}
                sheets={source.sheets}
                tables={result.tables}
                mapping={report.mapping}
                changed={report.mappingChanged}
                onChange={report.setMapping}
              />
            </Suspense>
          )}
          {result.document && (
            <Suspense fallback={<Spinner size="tiny" label="Đang tải…" />}>
              <FillSection document={result.document} />
            </Suspense>
          )}
          {result.document && <SectionTree document={result.document} />}
        </>
      )}
    </main>
  );
}
