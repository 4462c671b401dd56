/**
 * Test helpers for the panes in real Chromium: bundling a harness with the project's webpack
 * rules, and what a clerk's first hour asks of every state (issue 15): the result in view,
 * focus not on the page body, no serious or critical axe-core violation.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import webpack from "webpack";

const ROOT = path.join(__dirname, "../..");

/** Bundles one harness (a .tsx rendering a pane) into `out`, with index.html loading it. */
export async function bundleHarness(entry: string, out: string): Promise<void> {
  const project = await require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { pane: entry },
    output: { path: out, filename: "[name].js", chunkFilename: "[name].js", publicPath: "/" },
    resolve: project.resolve,
    module: project.module,
    performance: { hints: false },
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) =>
      err || stats?.hasErrors()
        ? reject(err ?? new Error(stats!.toString("errors-only")))
        : resolve()
    )
  );
  writeFileSync(
    path.join(out, "index.html"),
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title></head>' +
      '<body style="margin:0"><div id="root"></div><script src="/pane.js"></script></body></html>'
  );
}

/**
 * axe-core's serious and critical violations on the page as it is: "rule ×count targets".
 * Tabster's focus sentinels (`<i aria-hidden tabindex=0 data-tabster-dummy>`, left by Fluent's
 * dialogs) are not counted under aria-hidden-focus: a documented false positive that hands focus
 * on at once (microsoft/tabster#288; Accessibility Insights suppresses it too, PR #7605).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const found = await page.evaluate(async () => {
    type Node = { target: unknown; html: string };
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: Document
          ) => Promise<{ violations: { id: string; impact: string; nodes: Node[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document);
    return r.violations.map((v) => {
      const nodes = v.nodes.filter(
        (x) => !(v.id === "aria-hidden-focus" && x.html.includes("data-tabster-dummy"))
      );
      return {
        id: v.id,
        impact: v.impact,
        n: nodes.length,
        targets: JSON.stringify(nodes.map((x) => x.target)),
      };
    });
  });
  return found
    .filter((v) => v.n > 0 && (v.impact === "serious" || v.impact === "critical"))
    .map((v) => `${v.id} ×${v.n} ${v.targets}`);
}

/** The element focus is on, as its text: "body" when focus fell to the page. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a === null || a === document.body
      ? "body"
      : (a.textContent ?? a.tagName).trim().slice(0, 60);
  });

/** True when the whole element is inside the viewport within a second (the pane scrolls it in). */
export async function inView(page: Page, selector: Locator): Promise<boolean> {
  const height = page.viewportSize()!.height;
  for (let i = 0; i < 10; i++) {
    const box = await selector.boundingBox();
    // Sub-pixel layout: half a pixel above the top is in view.
    if (box !== null && box.y >= -1 && box.y + box.height <= height + 1) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/** True when the element's top is inside the viewport (for a region taller than the pane). */
export async function topInView(page: Page, selector: Locator): Promise<boolean> {
  const height = page.viewportSize()!.height;
  for (let i = 0; i < 10; i++) {
    const box = await selector.boundingBox();
    if (box !== null && box.y >= -1 && box.y < height - 40) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/**
 * Words a clerk must never read in a pane (issue 15): API set names, Office's English prompts
 * and error text, values a program leaks ("undefined", "NaN", "[object Object]"), the command
 * line's name, and addresses in Excel's syntax ("Biểu 01!E7", "Biểu 01!18") instead of words.
 */
const TECHNICAL =
  /\b(?:\w*Api\b|Enable|undefined|NaN|Infinity|null|Error|Cannot|failed|properties|baocao)\b|\[object|!\$?[A-Z]{0,3}\$?\d+\b/;

/** The technical words the page shows, with some context; [] when it speaks a clerk's words. */
export async function technicalWords(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return [...text.matchAll(new RegExp(TECHNICAL.source, "g"))].map((m) =>
    text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)
  );
}

/** A state a clerk may see: no serious axe-core violation, no technical word. */
export async function expectClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await technicalWords(page)).toEqual([]);
}
