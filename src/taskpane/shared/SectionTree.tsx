// The report's sections as a tree, with a preview of what each holds: the sentences exactly as
// the document will have them (the preview renderer of core/document.ts).
import {
  Tree,
  TreeItem,
  TreeItemLayout,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Block, ReportDocument } from "../../core/document";
import { plainText } from "../../core/document";
import { NARROW_INDENT } from "./tree";

interface Node {
  label: string;
  key: string;
  lines: string[];
  children: Node[];
}

const useStyles = makeStyles({
  line: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "normal",
  },
  placeholder: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

/** Nests the body's headings by level; paragraphs and tables go under the heading before them. */
export function sectionNodes(body: Block[]): Node[] {
  const roots: Node[] = [];
  const stack: { level: number; node: Node }[] = [];
  for (const b of body) {
    if (b.type === "heading") {
      const node: Node = {
        label: `${b.number} ${b.title}`.trim(),
        key: b.sectionId,
        lines: [],
        children: [],
      };
      while (stack.length > 0 && stack[stack.length - 1].level >= b.level) stack.pop();
      (stack.length > 0 ? stack[stack.length - 1].node.children : roots).push(node);
      stack.push({ level: b.level, node });
    } else if (stack.length > 0 && b.source) {
      // Only generated content belongs to a section; the closing sentence has no source.
      const text =
        b.type === "paragraph"
          ? `${b.bullet ? `${b.bullet} ` : ""}${plainText(b.runs)}`
          : `Bảng: ${b.rows.length} dòng`;
      stack[stack.length - 1].node.lines.push(text);
    }
  }
  return roots;
}

function Item({ node }: { node: Node }) {
  const styles = useStyles();
  return (
    <TreeItem itemType="branch" value={node.key}>
      <TreeItemLayout style={NARROW_INDENT}>{node.label}</TreeItemLayout>
      <Tree>
        {node.lines.map((line, i) => (
          <TreeItem key={i} itemType="leaf">
            <TreeItemLayout
              style={NARROW_INDENT}
              className={mergeClasses(styles.line, line.startsWith("[") && styles.placeholder)}
            >
              {line}
            </TreeItemLayout>
          </TreeItem>
        ))}
        {node.children.map((c) => (
          <Item key={c.key} node={c} />
        ))}
      </Tree>
    </TreeItem>
  );
}

export function SectionTree({ document }: { document: ReportDocument }) {
  const nodes = sectionNodes(document.body);
  const keys = allKeys(nodes);
  return (
    // Keyed by its sections, so that another outline remounts the tree with every section open.
    <Tree key={keys.join("|")} aria-label="Các mục của báo cáo" defaultOpenItems={keys}>
      {nodes.map((n) => (
        <Item key={n.key} node={n} />
      ))}
    </Tree>
  );
}

function allKeys(nodes: Node[]): string[] {
  return nodes.flatMap((n) => [n.key, ...allKeys(n.children)]);
}
