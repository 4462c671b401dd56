// An indicator's sentence exactly as the report will write it (core/sentences.ts), or why not.
import { Caption1 } from "@fluentui/react-components";
import { Diagnostics } from "../../core/diagnostics";
import type { Inline } from "../../core/document";
import { SentenceOptions, indicatorSentence } from "../../core/sentences";
import type { Indicator } from "../../core/tables";
import { usePanelStyles } from "./styles";

function Runs({ runs }: { runs: Inline[] }) {
  return (
    <>
      {runs.map((r, i) =>
        "footnote" in r ? (
          <sup key={i} title={r.footnote.map((f) => f.text).join("")}>
            *
          </sup>
        ) : (
          <span
            key={i}
            style={{
              fontWeight: r.bold ? 600 : undefined,
              fontStyle: r.italic ? "italic" : undefined,
            }}
          >
            {r.text}
          </span>
        )
      )}
    </>
  );
}

export function SentencePreview({
  indicator,
  options,
}: {
  indicator: Indicator;
  options: SentenceOptions;
}) {
  const styles = usePanelStyles();
  const diags = new Diagnostics();
  const runs = indicatorSentence(indicator, options, diags);
  return (
    <div className={styles.stack}>
      <blockquote
        className={styles.text}
        style={{ margin: 0 }}
        aria-label={`Câu của chỉ tiêu ${indicator.name}`}
      >
        {runs ? (
          <>
            - <Runs runs={runs} />
          </>
        ) : (
          <em>Không có câu.</em>
        )}
      </blockquote>
      {diags.items.map((d, i) => (
        <Caption1 key={i} className={styles.muted}>
          {d.message}
        </Caption1>
      ))}
    </div>
  );
}
