/**
 * Which front door the pane is: inside Excel, inside Word, or a plain web page (standalone mode:
 * Office.js absent, or Office.onReady reporting no host).
 */
export type PaneHost = "excel" | "word" | "web";

/** How long to wait for Office.onReady before falling back to the web page. */
const READY_TIMEOUT_MS = 3000;

/** Resolves the host once; never rejects. */
export function detectHost(): Promise<PaneHost> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve("web");
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("web"), READY_TIMEOUT_MS);
    void Office.onReady((info) => {
      clearTimeout(timer);
      if (info.host === Office.HostType.Excel) resolve("excel");
      else if (info.host === Office.HostType.Word) resolve("word");
      else resolve("web");
    });
  });
}

/** True when the Office theme has a dark body background (the pane then uses the dark Fluent theme). */
export function officeThemeIsDark(): boolean {
  if (typeof Office === "undefined") return false;
  const bg = Office.context?.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
  const n = parseInt(bg.replace("#", ""), 16);
  const luminance = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
  return luminance < 128;
}
