// The chosen outline's sections as a tree; Enter or a click picks the section to fill.
import { CounterBadge, Tree, TreeItem, TreeItemLayout } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { OutlineSection } from "../../core/outlines";
import { walk } from "../../core/outlines";

interface Props {
  sections: OutlineSection[];
  /** Number text per section id ("II.", "2.1."). */
  numbers: Map<string, string>;
  /** Indicators landing in each section. */
  counts: Map<string, number>;
  title: (s: OutlineSection) => string;
  selected?: string;
  onSelect: (id: string) => void;
}

function Items(props: Props & { list: OutlineSection[] }) {
  const { list, numbers, counts, title, selected, onSelect } = props;
  return (
    <>
      {list.map((s) => {
        const count = counts.get(s.id) ?? 0;
        const pick = () => onSelect(s.id);
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key === "Enter" && e.target === e.currentTarget) pick();
        };
        return (
          <TreeItem
            key={s.id}
            value={s.id}
            itemType={s.children.length > 0 ? "branch" : "leaf"}
            aria-selected={selected === s.id}
            aria-label={`${numbers.get(s.id) ?? ""} ${title(s)}, ${count} chỉ tiêu`}
            onClick={(e) => {
              e.stopPropagation();
              pick();
            }}
            onKeyDown={onKeyDown}
          >
            <TreeItemLayout
              aside={count > 0 ? <CounterBadge count={count} size="small" /> : undefined}
            >
              <span
                style={{ fontWeight: selected === s.id ? 600 : undefined, whiteSpace: "normal" }}
              >
                {numbers.get(s.id)} {title(s)}
              </span>
            </TreeItemLayout>
            {s.children.length > 0 && (
              <Tree>
                <Items {...props} list={s.children} />
              </Tree>
            )}
          </TreeItem>
        );
      })}
    </>
  );
}

export function SectionTree(props: Props) {
  const branches = walk(props.sections)
    .filter((w) => w.section.children.length > 0)
    .map((w) => w.section.id);
  return (
    <Tree aria-label="Các mục của đề cương" defaultOpenItems={branches}>
      <Items {...props} list={props.sections} />
    </Tree>
  );
}
