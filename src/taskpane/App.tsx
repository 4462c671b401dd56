// Placeholder task pane: shows the title and which host the pane runs in.
// The real panes (Excel and Word) come later; nothing here touches the document.
import { useEffect, useState } from "react";
import { Body1, Title2, makeStyles, tokens } from "@fluentui/react-components";

const WEB_MODE = "Chế độ trang web (không có Office)";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** Vietnamese name of the Office host, or the web-mode label when there is none. */
function hostLabel(host: Office.HostType | null): string {
  switch (host) {
    case Office.HostType.Excel:
      return "Excel";
    case Office.HostType.Word:
      return "Word";
    case null:
      return WEB_MODE;
    default:
      return String(host);
  }
}

export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<string>("…");

  useEffect(() => {
    // Office.js may be missing (e.g. page opened in a plain browser without network).
    if (typeof Office === "undefined") {
      setHost(WEB_MODE);
      return;
    }
    Office.onReady((info) => setHost(hostLabel(info.host)));
  }, []);

  return (
    <main className={styles.root}>
      <Title2 as="h1">Báo cáo</Title2>
      <Body1>Ngăn tác vụ đang được xây dựng. Đang chạy trong: {host}.</Body1>
    </main>
  );
}
