// Errors and warnings of a run, in Vietnamese, each naming its cell as a clerk says it
// ("ô E7, trang Biểu 01").
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Diagnostic } from "../../core/diagnostics";
import { cellsInWords } from "../../core/grid";

export function DiagnosticsList({ items, max = 50 }: { items: Diagnostic[]; max?: number }) {
  if (items.length === 0) return null;
  return (
    <section
      aria-label="Cảnh báo và lỗi"
      style={{ display: "flex", flexDirection: "column", gap: 4 }}
    >
      {items.slice(0, max).map((d, i) => (
        <MessageBar key={i} intent={d.severity === "error" ? "error" : "warning"}>
          <MessageBarBody>
            {d.where && <MessageBarTitle>{cellsInWords(d.where)}</MessageBarTitle>}
            {cellsInWords(d.message)}
          </MessageBarBody>
        </MessageBar>
      ))}
      {items.length > max && <span>… và {items.length - max} cảnh báo khác.</span>}
    </section>
  );
}
