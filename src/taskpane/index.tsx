// Entry point of the task pane: shows "Đang khởi động…" at once, loads Office.js (host.ts), then
// mounts the host's pane, or the web page, in the Fluent theme that matches Office's (light or dark).
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App, preloadWebPane } from "./App";
import { detectHost, officeThemeIsDark } from "./host";

const container = document.getElementById("root");
// legacy.js has already shown a plain message where React cannot run.
const legacy = (window as { __baocaoLegacy?: boolean }).__baocaoLegacy === true;
if (container && !legacy) {
  const root = createRoot(container);
  const render = (host: Parameters<typeof App>[0]["host"]) =>
    root.render(
      <FluentProvider theme={officeThemeIsDark() ? webDarkTheme : webLightTheme}>
        <App host={host} />
      </FluentProvider>
    );
  render("loading");
  detectHost(render);
  preloadWebPane();
}
