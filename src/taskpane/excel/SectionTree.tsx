// The chosen outline's sections as a tree; Enter or a click picks the section to fill.
import { CounterBadge, Tree, TreeItem, TreeItemLayout } from "@fluentui/react-components";
import type { CSSProperties, KeyboardEvent } from "react";
import type { OutlineSection } from "../../core/outlines";
import { walk } from "../../core/outlines";
import { NARROW_INDENT } from "../shared/tree";

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
        // Enter and Space choose the section; arrows open and close it (Enter must not also
        // collapse a parent).
        const onKeyDown = (e: KeyboardEvent) => {
          if ((e.key === "Enter" || e.key === " ") && e.target === e.currentTarget) {
            e.preventDefault();
            pick();
          }
        };
        return (
          <TreeItem
            key={s.id}
            value={s.id}
            itemType={s.children.length > 0 ? "branch" : "leaf"}
            aria-selected={selected === s.id}
            onClick={(e) => {
              e.stopPropagation();
              pick();
            }}
            onKeyDown={onKeyDown}
          >
            <TreeItemLayout
              style={NARROW_INDENT}
              aside={
                count > 0 ? <CounterBadge count={count} size="small" aria-hidden /> : undefined
              }
            >
              <span
                data-title
                style={{ fontWeight: selected === s.id ? 600 : undefined, whiteSpace: "normal" }}
              >
                {numbers.get(s.id)} {title(s)}
              </span>
              {/* The name read aloud is the text seen, then how many indicators. */}
              <span style={VISUALLY_HIDDEN}>, {count} chỉ tiêu</span>
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

/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};

export function SectionTree(props: Props) {
  const branches = walk(props.sections)
    .filter((w) => w.section.children.length > 0)
    .map((w) => w.section.id);
  return (
    <Tree aria-label="Các mục của báo cáo" defaultOpenItems={branches}>
      <Items {...props} list={props.sections} />
    </Tree>
  );
}
