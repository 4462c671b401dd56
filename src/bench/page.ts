/**
 * The web page's weight and start-up, measured on dist/ (built by `npm run build`):
 * {"stage": "bundle", "entryKbGzip", "firstRenderKbGzip", "officeJsKbGzip", "files"}: gzip size
 * of the entry scripts, of our scripts loaded until the pane is shown, and of Office.js's
 * (dist/office-js/, Microsoft's files, loaded after the first render);
 * {"stage": "first-render", "ms"}: median time from navigation to the pane's first button, in
 * headless Debian Chromium (skipped with a note on stderr when Chromium is missing).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM, launchChromium } from "../scripts/chromium";
import { serveFolder } from "../scripts/static-server";

const DIST = path.resolve("dist");
const RUNS = 7;

function gzipKb(files: string[]): number {
  const bytes = files.reduce(
    (n, f) => n + gzipSync(readFileSync(path.join(DIST, f)), { level: 9 }).length,
    0
  );
  return Math.round(bytes / 102.4) / 10;
}

/** The local scripts taskpane.html loads itself (legacy.js included). */
function entryScripts(): string[] {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !/^https?:/.test(s));
}

async function firstRender(): Promise<{ ms: number; scripts: string[] }> {
  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  const times: number[] = [];
  const scripts = new Set<string>();
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await (await browser.newContext()).newPage();
      // Paths under dist/ ("office-js/office.js"), so Office.js's folder is counted too.
      page.on(
        "request",
        (r) =>
          r.url().endsWith(".js") &&
          r.url().startsWith(server.url) &&
          scripts.add(decodeURIComponent(new URL(r.url()).pathname).replace(/^\//, ""))
      );
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole("button", { name: "Chọn tệp Excel" }).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(times.length / 2)]), scripts: [...scripts] };
}

async function run(): Promise<void> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    process.stderr.write("bench: chưa có dist/ (npm run build); bỏ qua phần trang web.\n");
    return;
  }
  const entry = entryScripts();
  if (!existsSync(CHROMIUM)) {
    process.stdout.write(
      `${JSON.stringify({ stage: "bundle", entryKbGzip: gzipKb(entry), files: entry.length })}\n`
    );
    process.stderr.write(`bench: không có Chromium ở ${CHROMIUM}; bỏ qua first-render.\n`);
    return;
  }
  const { ms, scripts } = await firstRender();
  const ours = scripts.filter((s) => !s.startsWith("office-js/"));
  const officeJs = scripts.filter((s) => s.startsWith("office-js/"));
  process.stdout.write(
    `${JSON.stringify({ stage: "bundle", entryKbGzip: gzipKb(entry), firstRenderKbGzip: gzipKb(ours), officeJsKbGzip: gzipKb(officeJs), files: scripts.length })}\n`
  );
  process.stdout.write(`${JSON.stringify({ stage: "first-render", ms })}\n`);
}

void run();
