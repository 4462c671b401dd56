// A range copied from Excel and pasted here (tab-separated text).
import { Button, Field, Textarea } from "@fluentui/react-components";
import { useState } from "react";

export function PastePicker({ onText, busy }: { onText: (text: string) => void; busy: boolean }) {
  const [text, setText] = useState("");
  return (
    <Field label="Hoặc dán vùng số liệu đã sao chép từ Excel">
      <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={3} />
      <Button
        disabled={busy || text.trim() === ""}
        onClick={() => onText(text)}
        style={{ marginTop: 4 }}
      >
        Dùng số liệu đã dán
      </Button>
    </Field>
  );
}
