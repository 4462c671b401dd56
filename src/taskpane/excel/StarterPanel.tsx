// "Tạo biểu mẫu": adds the starter sheets to the open workbook, under free names. The same
// button is offered in "Các biểu tìm thấy" when the workbook has no indicator table yet.
import { Body1, Button } from "@fluentui/react-components";
import type { FormulaGrid } from "../../core/formulas";
import type { WorkbookView } from "../../core/workbook-view";
import type { ExcelHost } from "../../excel/host";
import { OutcomeBar } from "./OutcomeBar";
import { usePanelStyles } from "./styles";
import { useAction } from "./useWorkbook";

interface Props {
  host: ExcelHost;
  view?: WorkbookView<FormulaGrid>;
  reload: () => Promise<unknown>;
  disabled: boolean;
}

/** The "Tạo biểu mẫu" action: its button, and its state for an OutcomeBar. */
export function useStarter({ host, view, reload }: Props) {
  const action = useAction();
  const hasInfo = Boolean(view?.meta);
  const add = () =>
    action.run(async () => {
      const names = await host.addStarterSheets(!hasInfo);
      await reload();
      const kept = hasInfo ? ` Sổ đã có trang “${view?.meta?.name}” nên giữ nguyên trang đó.` : "";
      return {
        intent: "success",
        text: `Đã thêm trang ${names.map((n) => `“${n}”`).join(", ")}.${kept}`,
      };
    });
  return { action, add };
}

export function StarterButton({
  starter,
  disabled,
  primary = false,
}: {
  starter: ReturnType<typeof useStarter>;
  disabled: boolean;
  /** The first step offered in an empty workbook. */
  primary?: boolean;
}) {
  return (
    <div>
      <Button
        appearance={primary ? "primary" : "secondary"}
        disabledFocusable={disabled || starter.action.busy}
        onClick={() => void starter.add()}
      >
        Tạo biểu mẫu
      </Button>
    </div>
  );
}

/** The result stays where it was asked for, even once the new sheets replace the offer. */
export function StarterOutcome({ starter }: { starter: ReturnType<typeof useStarter> }) {
  return (
    <OutcomeBar
      outcome={starter.action.outcome}
      busy={starter.action.busy}
      busyLabel="Đang thêm trang…"
    />
  );
}

export function StarterPanel(props: Props) {
  const styles = usePanelStyles();
  const starter = useStarter(props);
  return (
    <div className={styles.stack}>
      <Body1 className={styles.text}>
        Thêm trang Thông tin chung và một Biểu chỉ tiêu mẫu (có sẵn công thức tỷ lệ) vào sổ đang mở.
        Các trang đang có không bị thay đổi.
      </Body1>
      <StarterButton starter={starter} disabled={props.disabled} />
      <StarterOutcome starter={starter} />
    </div>
  );
}
