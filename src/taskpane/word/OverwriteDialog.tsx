// Asked before "Cập nhật số liệu" overwrites text the clerk edited inside inserted content.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { Question } from "./useWordActions";

export function OverwriteDialog({ question }: { question?: Question }) {
  return (
    <Dialog
      open={question !== undefined}
      modalType="alert"
      onOpenChange={(_, d) => !d.open && question?.answer(false)}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Ghi đè phần đã sửa?</DialogTitle>
          <DialogContent>
            <p>
              {question?.labels.length === 1 ? "Phần sau" : `${question?.labels.length} phần sau`}{" "}
              đã được sửa trong văn bản kể từ lần chèn trước, và số liệu mới khác với số liệu cũ:
            </p>
            <ul>
              {question?.labels.slice(0, 8).map((l, i) => (
                <li key={i}>{l}</li>
              ))}
              {(question?.labels.length ?? 0) > 8 && (
                <li>… và {question!.labels.length - 8} phần khác.</li>
              )}
            </ul>
            <p>Ghi đè sẽ thay chữ đã sửa bằng câu viết từ số liệu mới.</p>
          </DialogContent>
          {/* The safe answer is first and primary: Enter (and the focus the dialog opens with)
              keeps the clerk's edit; overwriting needs a deliberate choice. */}
          <DialogActions>
            <Button appearance="primary" onClick={() => question?.answer(false)}>
              Giữ phần đã sửa
            </Button>
            <Button onClick={() => question?.answer(true)}>Ghi đè bằng số liệu mới</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
