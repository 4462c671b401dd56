// "Tính lại tỷ lệ": live, zero-safe formulas in the ratio columns, after a preview and consent.
import { Body1, Button } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { FormulaGrid } from "../../core/formulas";
import { RatioConsent, RatioPlan, chooseWrites } from "../../core/ratios";
import { WorkbookView, ratioPlanOf } from "../../core/workbook-view";
import type { ExcelHost } from "../../excel/host";
import { formatNumber } from "../../core/numbers";
import { OutcomeBar } from "./OutcomeBar";
import { RecalcDialog } from "./RecalcDialog";
import { usePanelStyles } from "./styles";
import { useAction } from "./useWorkbook";

interface Props {
  host: ExcelHost;
  reload: () => Promise<WorkbookView<FormulaGrid> | undefined>;
  disabled: boolean;
  /** False in a workbook without a table, where "Tạo biểu mẫu" is the first step. */
  primary?: boolean;
}

export function RecalcPanel({ host, reload, disabled, primary = true }: Props) {
  const styles = usePanelStyles();
  const action = useAction();
  const [preview, setPreview] = useState<{ plan: RatioPlan; view: WorkbookView<FormulaGrid> }>();
  // What the running action is doing, for its progress line.
  const [doing, setDoing] = useState("Đang đọc sổ…");
  // The dialog is unmounted when it closes, so Fluent cannot give focus back: we do.
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setPreview(undefined);
    requestAnimationFrame(() => button.current?.focus());
  };

  // The preview always starts from a fresh read, so it shows the sheet as it is now.
  const open = () => {
    setDoing("Đang đọc sổ…");
    return action.run(async () => {
      const view = await reload();
      if (!view) return undefined;
      const plan = ratioPlanOf(view);
      if (plan.targets.length === 0 && plan.missing.length === 0 && plan.blocked.length === 0)
        return {
          intent: "info",
          text:
            view.tables.length === 0
              ? "Sổ chưa có biểu chỉ tiêu nào nên chưa có tỷ lệ để tính. Bấm “Tạo biểu mẫu” ở phần “Các biểu tìm thấy” để thêm một biểu mẫu có sẵn công thức."
              : "Không có cột tỷ lệ nào để tính: chưa tìm thấy biểu có cột Thực hiện và Kế hoạch, Cùng kỳ hoặc Tổng số.",
        };
      setPreview({ plan, view });
      return undefined;
    });
  };

  const write = (consent: RatioConsent) => {
    if (!preview) return;
    const { plan, view } = preview;
    close();
    setDoing("Đang ghi công thức…");
    void action.run(async () => {
      const headers = plan.missing
        .filter((m) => consent.addColumns.includes(m.key))
        .map((m) => ({ sheet: m.sheet, row: m.headerRow, col: m.col }));
      const written = await host.writeRatios(chooseWrites(plan, consent), view.sheets, headers);
      await reload();
      return { intent: "success", text: `Đã ghi ${formatNumber(written, 0)} ô.` };
    });
  };

  return (
    <div className={styles.stack}>
      <Body1 className={styles.text}>
        Ghi công thức tính tỷ lệ vào các cột TH/KH, TH/CK, Tỷ lệ/Chiếm. Ô trống hoặc bằng 0 ở cột
        gốc cho ô tỷ lệ trống, không ra lỗi #DIV/0!. Bạn xem trước số ô sẽ ghi trước khi đồng ý.
      </Body1>
      <div>
        <Button
          ref={button}
          appearance={primary ? "primary" : "secondary"}
          disabledFocusable={disabled || action.busy}
          onClick={() => void open()}
        >
          Tính lại tỷ lệ
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} busy={action.busy} busyLabel={doing} />
      {preview && <RecalcDialog plan={preview.plan} onConfirm={write} onCancel={close} />}
    </div>
  );
}
