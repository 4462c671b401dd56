// The progress and the result of a pane action, where the eye is: while the action runs, a
// spinner scrolled into view (focus stays on the button, which is disabledFocusable); then its
// result, scrolled into view, focused and announced to screen readers.
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useReveal } from "../shared/reveal";
import type { Outcome } from "./useWorkbook";

interface Props {
  outcome?: Outcome;
  /** True while the action runs. */
  busy?: boolean;
  /** What the spinner says while the action runs: "Đang ghi công thức…". */
  busyLabel?: string;
}

export function OutcomeBar({ outcome, busy = false, busyLabel }: Props) {
  const shown = useReveal<HTMLDivElement>(outcome);
  const spinner = useReveal<HTMLDivElement>(busy && busyLabel !== undefined, "if-lost");
  if (busy && busyLabel)
    return (
      <div ref={spinner} tabIndex={-1}>
        <Spinner size="tiny" label={busyLabel} />
      </div>
    );
  if (!outcome) return null;
  return (
    <div ref={shown} tabIndex={-1}>
      <MessageBar
        intent={outcome.intent}
        role={outcome.intent === "error" ? "alert" : "status"}
        data-intent={outcome.intent}
      >
        <MessageBarBody>{outcome.text}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
