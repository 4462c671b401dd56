// "Cập nhật văn bản có sẵn": the clerk's own report (.docx) filled with the workbook's figures,
// as `baocao fill` does (io/docx-fill.ts): where each section goes, which headings are missing,
// the wrong percentages in the clerk's own text, then the updated file to download. Everything
// runs in this browser tab; nothing is uploaded.
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useReveal } from "../shared/reveal";
import { describeFinding } from "../../core/checker";
import type { ReportDocument } from "../../core/document";
import { placementLine } from "../../core/placement";
import type { FillResult } from "../../io/docx-fill";
import { DiagnosticsList } from "../shared/DiagnosticsList";
import { docxBlobOf, download, fillReport } from "../shared/lazy";

const useStyles = makeStyles({
  outcome: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
});

/** "bao-cao-quy-3.docx" → "bao-cao-quy-3-cap-nhat.docx", as the CLI names it. */
function updatedName(name: string): string {
  return `${name.replace(/\.docx$/i, "") || "bao-cao"}-cap-nhat.docx`;
}

interface Chosen {
  name: string;
  bytes: Uint8Array;
}

export function FillSection({ document: report }: { document: ReportDocument }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  // Each finished run, for its result to come into view and take the focus.
  const [runs, setRuns] = useState(0);
  const outcome = useReveal<HTMLDivElement>(runs === 0 ? undefined : runs);
  const [chosen, setChosen] = useState<Chosen>();
  const [overwrite, setOverwrite] = useState(false);
  const [result, setResult] = useState<FillResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // A new report (workbook, outline, style) or option fills the same document again.
  useEffect(() => {
    if (!chosen) return;
    let live = true;
    setBusy(true);
    fillReport(chosen.bytes, report, { overwriteEdited: overwrite })
      .then((r) => live && (setResult(r), setError(undefined)))
      .catch((e: Error) => live && (setResult(undefined), setError(e.message)))
      .finally(() => {
        if (!live) return;
        setBusy(false);
        setRuns((n) => n + 1);
      });
    return () => {
      live = false;
    };
  }, [chosen, report, overwrite]);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setChosen({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };
  const placed = result
    ? result.inserted.length + result.refreshed.length + result.kept.length + result.unchanged
    : 0;

  return (
    <section className={styles.root} aria-labelledby="fill-heading">
      <h2 className={styles.heading} id="fill-heading">
        Cập nhật văn bản có sẵn
      </h2>
      <Body1>
        Đã có báo cáo Word (bản kỳ trước, hoặc bản đang soạn)? Chọn tệp .docx: số liệu được chèn
        dưới đúng tiêu đề mục, chữ của cán bộ giữ nguyên. Lần sau chọn lại tệp đã cập nhật để thay
        số liệu mới.
      </Body1>
      <div className={styles.row}>
        <Button disabledFocusable={busy} onClick={() => input.current?.click()}>
          {busy ? "Đang cập nhật…" : "Chọn văn bản Word (.docx)"}
        </Button>
        <Checkbox
          checked={overwrite}
          onChange={(_, d) => setOverwrite(d.checked === true)}
          label="Ghi số liệu mới đè lên cả đoạn cán bộ đã sửa tay"
        />
      </div>
      <Caption1>Tệp chỉ được đọc trên máy này, không tải lên mạng.</Caption1>
      <input
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-label="Chọn văn bản Word (.docx)"
        hidden
        onChange={(e) => {
          void take(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      <div role="status">{busy && <Spinner size="tiny" label="Đang đọc văn bản…" />}</div>
      <div ref={outcome} tabIndex={-1} className={styles.outcome}>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              {chosen?.name}: {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {chosen && result && !busy && (
          <div role="status">
            <FillSummary result={result} />
            <DiagnosticsList items={result.diagnostics} />
            <div className={styles.row}>
              <Button
                appearance="primary"
                disabled={placed === 0}
                onClick={() => download(docxBlobOf(result.bytes), updatedName(chosen.name))}
              >
                Tải văn bản đã cập nhật (.docx)
              </Button>
              {placed === 0 && <Caption1>Chưa chèn được mục nào vào văn bản này.</Caption1>}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

function FillSummary({ result: r }: { result: FillResult }) {
  const styles = useStyles();
  return (
    <>
      {r.inserted.length > 0 && (
        <>
          <Body1>Sẽ chèn {r.inserted.length} mục:</Body1>
          <ul className={styles.list}>
            {r.inserted.map((i) => (
              <li key={i.sectionId}>{placementLine(i)}</li>
            ))}
          </ul>
        </>
      )}
      {r.refreshed.length > 0 && <Body1>Cập nhật số liệu {r.refreshed.length} chỗ.</Body1>}
      {r.kept.length > 0 && (
        <>
          <Body1>Giữ nguyên {r.kept.length} chỗ cán bộ đã sửa tay:</Body1>
          <ul className={styles.list}>
            {r.kept.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        </>
      )}
      {r.unchanged > 0 && <Body1>{r.unchanged} mục đã có số liệu mới nhất.</Body1>}
      {r.findings.length === 0 ? (
        <Body1>Không thấy tỷ lệ nào sai trong phần cán bộ tự viết.</Body1>
      ) : (
        <>
          <Body1>Tỷ lệ cần xem lại trong phần cán bộ tự viết:</Body1>
          <ul className={styles.list}>
            {r.findings.map((f) => (
              <li key={`${f.paragraph}-${f.start}`}>{describeFinding(f)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
