// The result of a pane action, announced to screen readers.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Outcome } from "./useWorkbook";

export function OutcomeBar({ outcome }: { outcome?: Outcome }) {
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent} role={outcome.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
    </MessageBar>
  );
}
