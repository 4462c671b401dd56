// The kind of report (loại báo cáo): one of the built-in outlines (đề cương). The same control
// and the same name in every pane; its long names wrap rather than being cut at 320 px.
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { OUTLINES } from "../../core/outlines";

const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: "100%" },
  button: { whiteSpace: "normal", textAlign: "start", height: "auto", minHeight: "32px" },
});

export function OutlinePicker({
  value,
  onChange,
}: {
  value?: string;
  onChange: (id: string) => void;
}) {
  const styles = useStyles();
  const current = OUTLINES.find((o) => o.id === value);
  return (
    <Field label="Loại báo cáo">
      <Dropdown
        className={styles.root}
        button={{ className: styles.button }}
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
