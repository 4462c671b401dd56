// The section to insert alone or at the cursor, with what the document holds of it: its heading
// found, missing, repeated, or the section already inserted.
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { DocumentStatus, SectionState } from "../../word/host";

export const STATE_LABELS: Record<SectionState, string> = {
  inserted: "đã chèn",
  found: "có tiêu đề",
  missing: "chưa thấy tiêu đề",
  duplicate: "tiêu đề bị lặp",
};

export function SectionPicker({
  status,
  value,
  onChange,
}: {
  status?: DocumentStatus;
  value?: string;
  onChange: (sectionId: string) => void;
}) {
  const sections = status?.sections ?? [];
  const current = sections.find((s) => s.sectionId === value);
  return (
    <Field
      label="Mục có số liệu"
      hint={sections.length === 0 ? "Chưa có mục nào có số liệu." : undefined}
    >
      <Dropdown
        style={{ minWidth: 0, width: "100%" }}
        value={current?.line ?? ""}
        placeholder="Chọn một mục"
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}
      >
        {sections.map((s) => (
          <Option key={s.sectionId} value={s.sectionId} text={s.line}>
            {`${s.line} — ${STATE_LABELS[s.state]}`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
