// "Kiểm tra số liệu trong văn bản": the percentages already written in the document that do not
// match their figures (core/checker.ts). Each finding takes the clerk to its text in the
// document; "Sửa thành …" replaces that one value when clicked, never more.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, FindingSeverity } from "../../core/checker";
import type { WordHost } from "../../word/host";
import { FindingItem, useFigureCheck } from "./useFigureCheck";

const SEVERITY: Record<
  FindingSeverity,
  { label: string; color: "danger" | "warning" | "informative" }
> = {
  error: { label: "Lỗi", color: "danger" },
  rounding: { label: "Làm tròn sai", color: "warning" },
  style: { label: "Sai cách viết", color: "informative" },
};

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  claim: { textAlign: "left" },
  failed: { color: tokens.colorStatusDangerForeground1 },
});

/** "đúng là 41,1%", or for a value right but mis-written "nên viết 27,1%". */
function correction(f: Finding): string {
  return f.severity === "style" ? `nên viết ${f.replacement}` : `đúng là ${f.replacement}`;
}

function FindingRow({
  item,
  busy,
  onSelect,
  onFix,
}: {
  item: FindingItem;
  busy: boolean;
  onSelect: () => void;
  onFix: () => void;
}) {
  const styles = useStyles();
  const f = item.finding;
  const s = SEVERITY[f.severity];
  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Badge appearance="tint" color={s.color}>
          {s.label}
        </Badge>
        {item.fixed && (
          <Badge appearance="tint" color="success">
            Đã sửa
          </Badge>
        )}
        <Caption1>Đoạn {f.paragraph + 1}</Caption1>
      </div>
      {/* Focusable while disabled: pressing Enter keeps the keyboard where it was. */}
      <Link
        as="button"
        className={styles.claim}
        disabledFocusable={busy}
        onClick={onSelect}
        title="Chọn chỗ này trong văn bản"
      >
        “{f.text}”
      </Link>
      <Body1>
        {correction(f)}
        {f.total && ` (tính trên tổng số “${f.total.text}” ở đoạn ${f.total.paragraph + 1})`}
      </Body1>
      <Button size="small" disabledFocusable={busy || item.fixed} onClick={onFix}>
        {item.fixed ? `Đã sửa thành ${f.replacement}` : `Sửa thành ${f.replacement}`}
      </Button>
      {item.note && (
        <Caption1 role="status" className={item.note.ok ? undefined : styles.failed}>
          {item.note.message}
        </Caption1>
      )}
    </li>
  );
}

export function FigureCheck({ host }: { host: WordHost }) {
  const styles = useStyles();
  const state = useFigureCheck(host);
  const { result, items, busy } = state;
  // The summary follows the fixes: "2 chỗ cần xem lại" becomes "Còn 1 chỗ…" once one is fixed.
  const fixed = items.filter((i) => i.fixed).length;
  const remaining = items.length - fixed;
  const summary =
    result && result.ok && fixed > 0
      ? remaining > 0
        ? `Còn ${remaining} chỗ cần xem lại; đã sửa ${fixed} chỗ.`
        : `Đã sửa cả ${fixed} chỗ.`
      : result?.summary;
  return (
    <section className={styles.group} aria-labelledby="figure-check-title">
      <Subtitle2 as="h2" id="figure-check-title">
        Kiểm tra số liệu trong văn bản
      </Subtitle2>
      <Body1>
        Tìm các tỷ lệ đã viết trong văn bản (như “581/1415 hộ … đạt 41,6%”) không khớp với số liệu
        đi kèm. Bấm vào một chỗ để chọn nó trong văn bản; chỉ sửa khi bạn bấm “Sửa thành …”.
      </Body1>
      <div>
        <Button disabledFocusable={busy} onClick={state.check}>
          Kiểm tra số liệu
        </Button>
      </div>
      {busy && <Spinner size="tiny" label="Đang làm việc với văn bản…" />}
      {result && (
        <MessageBar
          intent={!result.ok ? "error" : remaining > 0 ? "warning" : "success"}
          role="status"
        >
          <MessageBarBody>{summary}</MessageBarBody>
        </MessageBar>
      )}
      {items.length > 0 && (
        <ul className={styles.list} aria-label="Các chỗ cần xem lại">
          {items.map((item, i) => (
            <FindingRow
              key={i}
              item={item}
              busy={busy}
              onSelect={() => state.select(i)}
              onFix={() => state.fix(i)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
