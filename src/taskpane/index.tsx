// Entry point of the task pane: waits for the host, then mounts the pane in the Fluent theme
// that matches Office's (light or dark).
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
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
  void detectHost().then(render);
}
