// Mapping: which indicators and groups feed which section of the chosen outline, each
// indicator's template and precision, a live preview of the sentences, and "Lưu cách xếp vào
// sổ" to the workbook.
import { Body1, Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { FormulaGrid } from "../../core/formulas";
import { Mapping, assignSection, rowId, updateIndicator } from "../../core/mapping";
import { numberSections } from "../../core/numbering";
import { OutlineSection, findOutline, walk } from "../../core/outlines";
import { buildReport, reportYear } from "../../core/report";
import { fillTitle } from "../../core/sections";
import type { GroupRow, Indicator } from "../../core/tables";
import type { WorkbookView } from "../../core/workbook-view";
import type { ExcelHost } from "../../excel/host";
import { OutlinePicker } from "../shared/OutlinePicker";
import { useReveal } from "../shared/reveal";
import { IndicatorEditor } from "./IndicatorEditor";
import { OutcomeBar } from "./OutcomeBar";
import { RowPicker } from "./RowPicker";
import { SectionTree } from "./SectionTree";
import { usePanelStyles } from "./styles";
import { useAction } from "./useWorkbook";

interface Props {
  host: ExcelHost;
  view: WorkbookView<FormulaGrid>;
  reload: () => Promise<unknown>;
  disabled: boolean;
}

export function MappingPanel({ host, view, reload, disabled }: Props) {
  const styles = usePanelStyles();
  const action = useAction();
  const [outlineId, setOutlineId] = useState(view.mapping.outline ?? view.outline.id);
  const [mapping, setMapping] = useState<Mapping>(view.mapping);
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState<string>();
  // A fresh read replaces the mapping only when the clerk has nothing unsaved.
  useEffect(() => {
    if (!dirty) setMapping(view.mapping);
  }, [view, dirty]);

  const outline = findOutline(outlineId) ?? view.outline;
  // Column corrections are made in "Các biểu tìm thấy" and saved at once: take the workbook's.
  const current: Mapping = useMemo(
    () => ({ ...mapping, outline: outline.id, columns: view.mapping.columns }),
    [mapping, outline.id, view.mapping.columns]
  );
  // The report as it would be built now: where each indicator lands, its sentence.
  const result = useMemo(
    () => buildReport(view.sheets, { kind: outline.id, mapping: current }),
    [view, outline.id, current]
  );
  const year = reportYear(view.metadata);
  const title = (s: OutlineSection) => fillTitle(s.title, year);
  const numbers = useMemo(() => numberSections(outline.sections), [outline]);
  const counts = new Map(
    [...(result.plan?.content ?? [])].map(([id, c]) => [id, c.indicators.length])
  );
  const section = walk(outline.sections).find((w) => w.section.id === selected)?.section;
  // The chosen section's editor sits under a long tree: bring it into view, focus its heading.
  const editorHeading = useReveal<HTMLHeadingElement>(selected);
  const rows = view.tables.flatMap((t) => t.rows);
  const edit = (next: Mapping) => {
    setMapping(next);
    setDirty(true);
  };
  const save = () =>
    action.run(async () => {
      await host.saveMapping(current);
      setDirty(false);
      await reload();
      return {
        intent: "success",
        text: "Đã lưu cách xếp chỉ tiêu vào mục ngay trong sổ Excel này. Báo cáo viết từ sổ này (trong Word, trên trang web hay bằng dòng lệnh) sẽ theo cách xếp đó.",
      };
    });

  return (
    <div className={styles.stack}>
      <Body1 className={styles.text}>
        Chọn một mục trong danh sách để xem các chỉ tiêu sẽ viết vào mục đó, đổi mẫu câu, thêm hoặc
        bỏ chỉ tiêu. Số bên phải mỗi mục là số chỉ tiêu của mục. Bấm “Lưu cách xếp vào sổ” để ghi
        lại trong sổ Excel này.
      </Body1>
      <OutlinePicker
        value={outline.id}
        onChange={(id) => {
          setOutlineId(id);
          setDirty(true);
          setSelected(undefined);
        }}
      />
      {view.metadata.reportKind && view.metadata.reportKind !== outline.id && (
        <MessageBar intent="warning">
          <MessageBarBody>
            Trang Thông tin chung ghi Loại báo cáo “{view.metadata.reportKind}”: báo cáo sẽ theo
            loại đó. Hãy sửa ô Loại báo cáo thành “{outline.id}” nếu muốn dùng loại đã chọn ở đây.
          </MessageBarBody>
        </MessageBar>
      )}
      {!result.plan && <Body1>Chưa có biểu chỉ tiêu nào để xếp vào mục.</Body1>}
      <SectionTree
        sections={outline.sections}
        numbers={numbers}
        counts={counts}
        title={title}
        selected={selected}
        onSelect={setSelected}
      />
      {section && result.plan && (
        <section
          className={styles.stack}
          aria-label={`Mục ${numbers.get(section.id)} ${title(section)}`}
        >
          <h3 className={styles.heading} ref={editorHeading} tabIndex={-1}>
            Mục {numbers.get(section.id)} {title(section)}
          </h3>
          <ul className={styles.list}>
            {(result.plan.content.get(section.id)?.indicators ?? []).map((ind) => (
              <IndicatorEditor
                key={ind.id}
                indicator={ind}
                entry={mapping.indicators.find((e) => e.id === ind.id)}
                options={result.sentenceOptions!}
                onChange={(change) => edit(updateIndicator(mapping, ind, change))}
                onUnassign={() => edit(assignSection(mapping, ind, undefined))}
              />
            ))}
          </ul>
          {(result.plan.content.get(section.id)?.indicators.length ?? 0) === 0 && (
            <Caption1 className={styles.muted}>Mục này chưa có chỉ tiêu nào.</Caption1>
          )}
          <RowPicker
            label="Thêm chỉ tiêu vào mục này"
            rows={rows.filter((r): r is Indicator => r.kind === "indicator")}
            onPick={(row) => edit(assignSection(mapping, row, section))}
          />
          <RowPicker
            label="Thêm nhóm (và các chỉ tiêu của nhóm) vào mục này"
            rows={rows.filter((r): r is GroupRow => r.kind === "group")}
            onPick={(row) => edit(assignSection(mapping, row, section))}
          />
          {mapping.groups
            .filter((g) => g.section === section.id)
            .map((g) => (
              <div key={g.id} className={styles.row}>
                <Caption1 className={styles.text}>Nhóm “{g.name}” được xếp vào mục này.</Caption1>
                <Button
                  size="small"
                  onClick={() => {
                    const row = rows.find((r) => rowId(r) === g.id);
                    if (row) edit(assignSection(mapping, row, undefined));
                  }}
                >
                  Bỏ
                </Button>
              </div>
            ))}
        </section>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabledFocusable={disabled || action.busy}
          onClick={() => void save()}
        >
          Lưu cách xếp vào sổ
        </Button>
        {dirty && <Caption1>Có thay đổi chưa lưu.</Caption1>}
      </div>
      <OutcomeBar outcome={action.outcome} busy={action.busy} busyLabel="Đang lưu vào sổ…" />
    </div>
  );
}
