// Picks one indicator or group row and adds it to the section: a list and a button, so the
// keyboard never commits a choice by accident. The list never grows wider than the pane.
import { Button, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { rowId, rowInWords } from "../../core/mapping";
import type { GroupRow, Indicator } from "../../core/tables";
import { usePanelStyles } from "./styles";

interface Props<T extends Indicator | GroupRow> {
  label: string;
  rows: T[];
  onPick: (row: T) => void;
}

export function RowPicker<T extends Indicator | GroupRow>({ label, rows, onPick }: Props<T>) {
  const styles = usePanelStyles();
  const [value, setValue] = useState("");
  const row = rows.find((r) => rowId(r) === value);
  if (rows.length === 0) return null;
  return (
    <div className={styles.stack}>
      <Field label={label}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={value}
          onChange={(_, d) => setValue(d.value)}
        >
          <option value="">— Chọn —</option>
          {rows.map((r) => (
            <option key={rowId(r)} value={rowId(r)}>
              {r.kind === "group" ? r.title : r.name} ({rowInWords(r)})
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button
          disabled={!row}
          aria-label={`${label}: thêm`}
          onClick={() => {
            if (row) onPick(row);
            setValue("");
          }}
        >
          Thêm
        </Button>
      </div>
    </div>
  );
}
