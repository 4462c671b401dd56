// The kind of report (loại báo cáo): one of the built-in outlines (đề cương).
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { OUTLINES } from "../../core/outlines";

export function OutlinePicker({
  value,
  onChange,
}: {
  value?: string;
  onChange: (id: string) => void;
}) {
  const current = OUTLINES.find((o) => o.id === value);
  return (
    <Field label="Loại báo cáo">
      <Dropdown
        value={current?.name ?? ""}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}
      >
        {OUTLINES.map((o) => (
          <Option key={o.id} value={o.id}>
            {o.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
