// One indicator of a section: its sentence, and its own template and precision.
import { PLACEHOLDERS } from "../../core/sentences";
import { Body1, Button, Field, Select, Textarea } from "@fluentui/react-components";
import { IndicatorMapping, rowInWords } from "../../core/mapping";
import type { SentenceOptions } from "../../core/sentences";
import type { Indicator } from "../../core/tables";
import { SentencePreview } from "./SentencePreview";
import { usePanelStyles } from "./styles";

interface Props {
  /** The indicator as the report sees it (the mapping's template and precision applied). */
  indicator: Indicator;
  entry?: IndicatorMapping;
  options: SentenceOptions;
  onChange: (change: Partial<Omit<IndicatorMapping, "id" | "name">>) => void;
  onUnassign: () => void;
}

export function IndicatorEditor({ indicator, entry, options, onChange, onUnassign }: Props) {
  const styles = usePanelStyles();
  const id = `ind-${indicator.id.replace(/[^\p{L}\p{N}]+/gu, "-")}`;
  return (
    <li className={styles.stack} aria-labelledby={`${id}-name`}>
      <Body1 id={`${id}-name`} className={styles.text}>
        <strong>{indicator.name}</strong> ({rowInWords(indicator)})
      </Body1>
      <SentencePreview indicator={indicator} options={options} />
      <Field
        label="Mẫu câu"
        hint={`Để trống: câu mặc định. Chỗ trống: ${PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}.`}
      >
        <Textarea
          value={entry?.template ?? ""}
          resize="vertical"
          onChange={(_, d) => onChange({ template: d.value })}
        />
      </Field>
      <Field label="Số chữ số thập phân của tỷ lệ">
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={entry?.precision === undefined ? "" : String(entry.precision)}
          onChange={(_, d) => onChange({ precision: d.value === "" ? undefined : Number(d.value) })}
        >
          <option value="">Mặc định</option>
          {[0, 1, 2, 3, 4].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      {entry?.section && (
        <div>
          <Button size="small" onClick={onUnassign}>
            Trả về xếp mục tự động
          </Button>
        </div>
      )}
    </li>
  );
}
