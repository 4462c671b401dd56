// How the figures are written (cách viết số liệu): paragraphs (văn xuôi) or one bullet each
// (liệt kê); the same choice as `baocao build --style` and the Thông tin chung sheet.
import { Field, Radio, RadioGroup } from "@fluentui/react-components";

export type SentenceStyle = "prose" | "list";

export function StylePicker({
  value,
  onChange,
}: {
  value: SentenceStyle;
  onChange: (style: SentenceStyle) => void;
}) {
  return (
    <Field label="Cách viết số liệu">
      <RadioGroup
        layout="horizontal"
        value={value}
        onChange={(_, d) => onChange(d.value === "list" ? "list" : "prose")}
      >
        <Radio value="prose" label="Văn xuôi" />
        <Radio value="list" label="Liệt kê" />
      </RadioGroup>
    </Field>
  );
}
