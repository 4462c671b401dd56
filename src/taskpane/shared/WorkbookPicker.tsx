// "Chọn tệp Excel": a button (keyboard-operable) and a drop zone for .xlsx files.
// The file is read in the browser; nothing is uploaded.
import {
  Button,
  Caption1,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "center",
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export function WorkbookPicker({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <Button appearance="primary" disabledFocusable={busy} onClick={() => input.current?.click()}>
        Chọn tệp Excel
      </Button>
      {/* Progress said in words, not only a greyed button; read aloud as it changes. */}
      <div role="status">{busy && <Spinner size="tiny" label="Đang đọc tệp…" />}</div>
      <Caption1>
        hoặc kéo thả tệp .xlsx vào đây. Tệp chỉ được đọc trên máy này, không tải lên mạng.
      </Caption1>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Chọn tệp Excel"
        hidden
        onChange={(e) => {
          take(e.target.files);
          e.target.value = ""; // choosing the same file again reloads it
        }}
      />
    </div>
  );
}
