// The task pane shell: picks the pane for the host it runs in. Each pane lives in its own folder
// (excel/, word/, web/) and talks to the adapters in src/excel and src/word, never to Office.js
// directly; shared/ holds what the panes have in common.
import { Spinner } from "@fluentui/react-components";
import { ExcelPane } from "./excel/ExcelPane";
import { PaneHost } from "./host";
import { WebPane } from "./web/WebPane";
import { WordPane } from "./word/WordPane";

export function App({ host }: { host: PaneHost | "loading" }) {
  switch (host) {
    case "loading":
      return <Spinner label="Đang khởi động…" />;
    case "excel":
      return <ExcelPane />;
    case "word":
      return <WordPane />;
    default:
      return <WebPane />;
  }
}
