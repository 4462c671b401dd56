// "Tạo biểu mẫu": adds the starter sheets to the open workbook, under free names.
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

export function StarterPanel({ host, view, reload, disabled }: Props) {
  const styles = usePanelStyles();
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
  return (
    <div className={styles.stack}>
      <Body1 className={styles.text}>
        Thêm trang Thông tin chung và một Biểu chỉ tiêu mẫu (có sẵn công thức tỷ lệ) vào sổ đang mở.
        Các trang đang có không bị thay đổi.
      </Body1>
      <div>
        <Button disabled={disabled || action.busy} onClick={() => void add()}>
          Tạo biểu mẫu
        </Button>
      </div>
      <OutcomeBar outcome={action.outcome} />
    </div>
  );
}
