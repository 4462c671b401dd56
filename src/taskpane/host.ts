/**
 * Which front door the pane is: inside Excel, inside Word, or a plain web page (standalone mode:
 * Office.js absent, or Office.onReady reporting no host).
 *
 * Office.js is not in taskpane.html: it is added here, after the first render, from office-js/
 * beside the page (the @microsoft/office-js package, copied by webpack.config.js), so nothing
 * slow or unreachable can keep the page blank. Office.onReady is called only once it has run.
 */
export type PaneHost = "excel" | "word" | "web";

/** office.js, relative to taskpane.html; it loads its host's script from the same folder. */
export const OFFICE_JS = "office-js/office.js";

export interface HostDetection {
  /** Adds `src` as a script: resolves once it has run, rejects when it cannot be loaded. */
  loadScript(src: string): Promise<void>;
  /** The Office.js global, once office.js has run. */
  office(): typeof Office | undefined;
  /** How long office.js itself (60 KB, from the add-in's own server) may take to arrive. */
  scriptTimeoutMs: number;
  /**
   * How long Office.onReady may take once office.js has run: outside Office it answers at once,
   * inside it answers after loading the host's script (about 1 MB).
   */
  readyTimeoutMs: number;
}

/** The browser's: a script element in <head>; the Office global. */
export const browserDetection: HostDetection = {
  loadScript: (src) =>
    new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`Không tải được ${src}.`));
      document.head.appendChild(script);
    }),
  office: () => (typeof Office === "undefined" ? undefined : Office),
  scriptTimeoutMs: 4000,
  readyTimeoutMs: 10000,
};

function paneOf(host: Office.HostType | null | undefined, office: typeof Office): PaneHost {
  if (host === office.HostType?.Excel) return "excel";
  if (host === office.HostType?.Word) return "word";
  return "web";
}

/**
 * Loads Office.js and calls `show` with the pane to show: the web page when Office.js cannot be
 * loaded, is too slow, or reports no Excel or Word; the host's pane when it reports one. `show`
 * is called at most twice: Office reporting Excel or Word after a timeout already showed the web
 * page still brings the host's pane (a slow network inside Office ends in the right pane).
 */
export function detectHost(
  show: (host: PaneHost) => void,
  env: HostDetection = browserDetection
): void {
  let shown: PaneHost | undefined;
  const answer = (host: PaneHost) => {
    if (shown === undefined || (shown === "web" && host !== "web")) {
      shown = host;
      show(host);
    }
  };
  const web = () => answer("web");

  const scriptTimer = setTimeout(web, env.scriptTimeoutMs);
  env.loadScript(OFFICE_JS).then(
    () => {
      clearTimeout(scriptTimer);
      const office = env.office();
      if (!office || typeof office.onReady !== "function") return web();
      const readyTimer = setTimeout(web, env.readyTimeoutMs);
      try {
        void office.onReady((info) => {
          clearTimeout(readyTimer);
          answer(paneOf(info?.host, office));
        });
      } catch {
        clearTimeout(readyTimer);
        web();
      }
    },
    () => {
      clearTimeout(scriptTimer);
      web();
    }
  );
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
