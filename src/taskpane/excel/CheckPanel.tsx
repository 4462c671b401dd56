// "Kiểm tra số liệu": the problems of the figures, each with an address that selects its cell.
import { cellsInWords } from "../../core/grid";
import { Badge, Body1, Button, Link } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, FindingSeverity } from "../../core/figure-check";
import type { FormulaGrid } from "../../core/formulas";
import { WorkbookView, figureFindings } from "../../core/workbook-view";
import type { ExcelHost } from "../../excel/host";
import { OutcomeBar } from "./OutcomeBar";
import { usePanelStyles } from "./styles";
import { useAction } from "./useWorkbook";

const SEVERITY: Record<
  FindingSeverity,
  { label: string; color: "danger" | "warning" | "informative" }
> = {
  error: { label: "Lỗi", color: "danger" },
  warning: { label: "Cảnh báo", color: "warning" },
  info: { label: "Lưu ý", color: "informative" },
};

interface Props {
  host: ExcelHost;
  reload: () => Promise<WorkbookView<FormulaGrid> | undefined>;
  disabled: boolean;
}

function FindingItem({ finding, onSelect }: { finding: Finding; onSelect: (f: Finding) => void }) {
  const styles = usePanelStyles();
  const s = SEVERITY[finding.severity];
  return (
    <li className={styles.text}>
      <Badge appearance="tint" color={s.color}>
        {s.label}
      </Badge>{" "}
      {finding.row !== undefined ? (
        <Link
          as="button"
          onClick={() => onSelect(finding)}
          aria-label={`Chọn ${cellsInWords(finding.address)}`}
        >
          {cellsInWords(finding.address)}
        </Link>
      ) : (
        <strong>{cellsInWords(finding.address)}</strong>
      )}
      : {cellsInWords(finding.message)}
    </li>
  );
}

/** The summary's look follows the worst finding it lists: a "Lỗi" is never shown in grey. */
function worst(found: Finding[]): "error" | "warning" | "info" {
  if (found.some((f) => f.severity === "error")) return "error";
  return found.some((f) => f.severity === "warning") ? "warning" : "info";
}

export function CheckPanel({ host, reload, disabled }: Props) {
  const styles = usePanelStyles();
  const action = useAction();
  const selecting = useAction();
  const [findings, setFindings] = useState<Finding[]>();
  const check = () =>
    action.run(async () => {
      const view = await reload();
      if (!view) return undefined;
      const found = figureFindings(view);
      setFindings(found);
      if (view.tables.length === 0 && found.length === 0)
        return {
          intent: "info",
          text: "Sổ chưa có biểu chỉ tiêu nào để kiểm tra. Bấm “Tạo biểu mẫu” ở phần “Các biểu tìm thấy” để thêm một biểu mẫu.",
        };
      return found.length === 0
        ? { intent: "success", text: "Không thấy vấn đề nào trong số liệu." }
        : {
            intent: worst(found),
            text: `Tìm thấy ${found.length} vấn đề. Bấm vào địa chỉ để chọn ô.`,
          };
    });
  // Selecting a cell reports only failures, so the list's summary stays in view.
  const select = (f: Finding) =>
    void selecting.run(async () => {
      await host.select(f.sheet, f.row!, f.col!);
      return undefined;
    });
  return (
    <div className={styles.stack}>
      <Body1 className={styles.text}>
        Tìm số lưu dạng chữ, ô lỗi, tỷ lệ nhập tay không khớp số liệu, cột gốc trống hoặc bằng 0, số
        âm, thực hiện lớn hơn tổng số. Không sửa ô nào.
      </Body1>
      <div>
        <Button
          appearance="primary"
          disabledFocusable={disabled || action.busy}
          onClick={() => void check()}
        >
          Kiểm tra số liệu
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} busy={action.busy} busyLabel="Đang kiểm tra số liệu…" />
      <OutcomeBar outcome={selecting.outcome} />
      {findings && findings.length > 0 && (
        <ul className={styles.list} aria-label="Vấn đề trong số liệu">
          {findings.map((f, i) => (
            <FindingItem key={`${f.address}:${f.kind}:${i}`} finding={f} onSelect={select} />
          ))}
        </ul>
      )}
    </div>
  );
}
