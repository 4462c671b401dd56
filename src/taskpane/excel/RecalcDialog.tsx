// The preview and consent dialog of "Tính lại tỷ lệ": what will be written, and the clerk's
// consent to replace typed values and to add missing ratio columns.
import { cellsInWords } from "../../core/grid";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import { useState } from "react";
import { RatioConsent, RatioPlan, previewText, summarise } from "../../core/ratios";
import { columnLetters } from "../../core/grid";
import { usePanelStyles } from "./styles";

const SHOWN_ADDRESSES = 5;

interface Props {
  plan: RatioPlan;
  onConfirm: (consent: RatioConsent) => void;
  onCancel: () => void;
}

export function RecalcDialog({ plan, onConfirm, onCancel }: Props) {
  const styles = usePanelStyles();
  const [replaceTyped, setReplaceTyped] = useState(false);
  const [addColumns, setAddColumns] = useState<string[]>([]);
  const consent: RatioConsent = { replaceTyped, addColumns };
  const summary = summarise(plan, consent);
  const typed = plan.targets.filter((t) => t.state === "typed" || t.state === "text");
  const shown = typed.slice(0, SHOWN_ADDRESSES).map((t) => cellsInWords(t.address));
  const toggle = (key: string, on: boolean) =>
    setAddColumns((keys) => (on ? [...keys, key] : keys.filter((k) => k !== key)));
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="recalc-preview">
        <DialogBody>
          <DialogTitle>Tính lại tỷ lệ</DialogTitle>
          <DialogContent className={styles.stack}>
            {plan.blocked.map((b) => (
              <MessageBar key={b.sheet} intent="warning">
                <MessageBarBody>{b.message}</MessageBarBody>
              </MessageBar>
            ))}
            <p id="recalc-preview" className={styles.text} aria-live="polite">
              {previewText(summary)}
            </p>
            {typed.length > 0 && (
              <Checkbox
                checked={replaceTyped}
                onChange={(_, d) => setReplaceTyped(Boolean(d.checked))}
                label={`Thay cả ${typed.length} ô đang có số nhập tay hoặc chữ (${shown.join(", ")}${typed.length > shown.length ? ", …" : ""}) bằng công thức`}
              />
            )}
            {plan.missing.map((m) => (
              <Checkbox
                key={m.key}
                checked={addColumns.includes(m.key)}
                onChange={(_, d) => toggle(m.key, Boolean(d.checked))}
                label={`Thêm cột “${m.header}” vào trang “${m.sheet}”, cột ${columnLetters(m.col)} (đang trống)`}
              />
            ))}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={summary.write === 0}
              onClick={() => onConfirm(consent)}
            >
              Ghi công thức
            </Button>
            <Button onClick={onCancel}>Hủy</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
