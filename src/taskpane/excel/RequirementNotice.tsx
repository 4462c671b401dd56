// Names what this Excel lacks (requirement sets checked at run time), if anything.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Support, supportMessage } from "../../excel/requirements";

export function RequirementNotice({ support }: { support: Support }) {
  const message = supportMessage(support);
  if (!message) return null;
  const blocking = support.missing.some((f) => f.required);
  return (
    <MessageBar intent={blocking ? "error" : "warning"} role={blocking ? "alert" : "status"}>
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
