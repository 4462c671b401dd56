// The task pane shell: picks the pane for the host it runs in. Each pane lives in its own folder
// (excel/, word/, web/) and its own lazily loaded chunk, so a host downloads only its pane; the
// panes talk to the adapters in src/excel and src/word, never to Office.js directly.
import { Spinner } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { PaneHost } from "./host";

const ExcelPane = lazy(() =>
  import(/* webpackChunkName: "excel-pane" */ "./excel/ExcelPane").then((m) => ({
    default: m.ExcelPane,
  }))
);
const WordPane = lazy(() =>
  import(/* webpackChunkName: "word-pane" */ "./word/WordPane").then((m) => ({
    default: m.WordPane,
  }))
);
const loadWebPane = () =>
  import(/* webpackChunkName: "web-pane" */ "./web/WebPane").then((m) => ({ default: m.WebPane }));
const WebPane = lazy(loadWebPane);

/**
 * Starts fetching the web page's pane while Office.js decides the host, so that a plain browser
 * shows it as soon as Office.onReady answers. Its chunks are small and mostly the ones the Excel
 * and Word panes share; a failed fetch is retried when the pane renders.
 */
export function preloadWebPane(): void {
  loadWebPane().catch(() => undefined);
}

function Pane({ host }: { host: PaneHost }) {
  switch (host) {
    case "excel":
      return <ExcelPane />;
    case "word":
      return <WordPane />;
    default:
      return <WebPane />;
  }
}

export function App({ host }: { host: PaneHost | "loading" }) {
  const loading = <Spinner label="Đang khởi động…" />;
  return host === "loading" ? (
    loading
  ) : (
    <Suspense fallback={loading}>
      <Pane host={host} />
    </Suspense>
  );
}
