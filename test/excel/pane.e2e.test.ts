/**
 * The Excel pane in real Chromium at 320 px, a clerk's first hour (issue 15): the real
 * ExcelPane, the real adapter, the Excel test double as the open workbook (harness/pane.tsx).
 * After each main action its progress and its result are in view, focus is not on the page
 * body, and axe-core finds no serious or critical violation. Writes
 * out/screenshots/excel-pane-320*.png (copied to docs/ for the README).
 */
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { bundleHarness, expectClean, focused, inView, topInView } from "../helpers/pane-page";
import { StaticServer, serveFolder } from "../../src/scripts/static-server";

const ROOT = path.join(__dirname, "../..");
const SHOTS = path.join(ROOT, "out/screenshots");

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const www = path.join(mkdtempSync(path.join(os.tmpdir(), "baocao-excel-pane-")), "www");
  await bundleHarness(path.join(__dirname, "harness/pane.tsx"), www);
  copyFileSync(path.join(ROOT, "examples/binh-thanh-2023.xlsx"), path.join(www, "example.xlsx"));
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(www);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = ""): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 320, height: 640 },
    reducedMotion: "reduce",
  });
  await page.goto(`${server.url}/index.html${query}`);
  await page.getByRole("heading", { name: "Báo cáo" }).waitFor();
  return page;
}

/** Waits until the pane has read the workbook and lists its tables. */
async function tablesRead(page: Page): Promise<void> {
  await page
    .getByText(/tiêu đề ở dòng/)
    .first()
    .waitFor();
}

/** Opens or closes one of the pane's panels by its header. */
async function toggle(page: Page, name: string): Promise<void> {
  await page.locator("button[aria-expanded]", { hasText: name }).click();
}

const status = (page: Page, text: string | RegExp) =>
  page.locator("[role=status], [role=alert]").filter({ hasText: text });

describe("the Excel pane at 320 px, a clerk's first hour (issue 15)", () => {
  test("an empty workbook says what to do and offers “Tạo biểu mẫu” where the clerk looks", async () => {
    const page = await open("?empty");
    const panel = page.getByRole("region", { name: "Các biểu tìm thấy" });
    await panel.getByText("Sổ này chưa có biểu chỉ tiêu").waitFor();
    const offer = panel.getByRole("button", { name: "Tạo biểu mẫu" });
    expect(await inView(page, offer)).toBe(true);
    await expectClean(page);
    await page.screenshot({ path: path.join(SHOTS, "excel-pane-320-first-run.png") });
    // One primary button on the first screen: the offer, not "Tính lại tỷ lệ".
    expect(
      await page.evaluate(
        () =>
          [...document.querySelectorAll("button")].filter(
            (b) => getComputedStyle(b).backgroundColor === "rgb(15, 108, 189)"
          ).length
      )
    ).toBe(1);
    // Checking an empty workbook says there is nothing to check yet, not "no problem".
    await toggle(page, "Kiểm tra số liệu");
    await page.locator("button:not([aria-expanded])", { hasText: "Kiểm tra số liệu" }).click();
    await status(page, /Sổ chưa có biểu chỉ tiêu nào để kiểm tra/).waitFor();
    expect(await page.getByText("Không thấy vấn đề nào").count()).toBe(0);
    await offer.focus();
    await page.keyboard.press("Enter");
    const done = status(page, /Đã thêm trang/);
    await done.waitFor();
    expect(await inView(page, done)).toBe(true);
    expect(await focused(page)).not.toBe("body");
    await tablesRead(page);
    // The new workbook's empty Sheet1 is not reported as a sheet without a table.
    expect(await page.getByText("Trang “Sheet1”").count()).toBe(0);
    await expectClean(page);
    await page.close();
  });

  test("“Tính lại tỷ lệ”: the dialog opens on the safe answer; while writing, progress is in view; then the result has the focus", async () => {
    const page = await open("?slow");
    await tablesRead(page);
    await page.locator("button:not([aria-expanded])", { hasText: "Tính lại tỷ lệ" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    // Replacing what the clerk typed needs a tick: the dialog never opens on "Ghi công thức".
    expect(await focused(page)).not.toBe("Ghi công thức");
    await expectClean(page);
    await dialog.getByRole("button", { name: "Ghi công thức" }).click();
    const progress = page.getByText("Đang ghi công thức…");
    await progress.waitFor();
    expect(await inView(page, progress)).toBe(true);
    expect(await focused(page)).not.toBe("body");
    const done = status(page, /Đã ghi \d+ ô/);
    await done.waitFor();
    expect(await inView(page, done)).toBe(true);
    expect(await focused(page)).not.toBe("body");
    await expectClean(page);
    await page.close();
  });

  test("“Kiểm tra số liệu”: a summary listing errors looks like an error, and each bad cell is listed once", async () => {
    const page = await open();
    await tablesRead(page);
    await toggle(page, "Kiểm tra số liệu");
    // The opened panel is brought into view: its button can be seen without scrolling.
    const run = page.locator("button:not([aria-expanded])", { hasText: "Kiểm tra số liệu" });
    expect(await inView(page, run)).toBe(true);
    await run.click();
    const summary = status(page, /Tìm thấy \d+ vấn đề/);
    await summary.waitFor();
    expect(await inView(page, summary)).toBe(true);
    expect(await focused(page)).not.toBe("body");
    const items = await page
      .getByRole("list", { name: "Vấn đề trong số liệu" })
      .locator("li")
      .allInnerTexts();
    expect(items.some((t) => t.startsWith("Lỗi"))).toBe(true);
    // The summary is an error bar, as its list holds a "Lỗi", not the grey info bar.
    expect(await summary.getAttribute("data-intent")).toBe("error");
    const e10 = items.filter((t) => t.includes("ô E10, trang Biểu 01"));
    expect(e10).toHaveLength(1);
    await expectClean(page);
    await page.close();
  });

  test("“Xếp chỉ tiêu vào mục”: instructions, one name for the report kind, a section's editor opens in view and the tree leaves room for text", async () => {
    const page = await open();
    await tablesRead(page);
    await toggle(page, "Các biểu tìm thấy");
    await toggle(page, "Tính lại tỷ lệ");
    await toggle(page, "Xếp chỉ tiêu vào mục");
    const panel = page.getByRole("region", { name: "Xếp chỉ tiêu vào mục" });
    await panel.getByText("Chọn một mục trong danh sách").waitFor();
    // One name for the same choice in every pane: Loại báo cáo, never "Đề cương".
    await panel.getByRole("combobox", { name: "Loại báo cáo" }).waitFor();
    expect(await panel.getByText("Đề cương", { exact: true }).count()).toBe(0);
    // The kind's whole name is readable at 320 px.
    const kind = panel.getByRole("combobox", { name: "Loại báo cáo" });
    expect(await kind.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    // Deep nesting still leaves most of the pane's width for the sections' titles.
    const widths = await panel
      .getByRole("treeitem")
      .locator("span[data-title]")
      .evaluateAll((els) =>
        els.map(
          (e) =>
            e.closest("[role=treeitem]")!.getBoundingClientRect().right -
            e.getBoundingClientRect().left
        )
      );
    expect(widths.length).toBeGreaterThan(10);
    expect(Math.min(...widths)).toBeGreaterThan(180);
    const item = panel.getByRole("treeitem", { name: /Công tác dân vận của Ủy ban nhân dân/ });
    await item.focus();
    await page.keyboard.press("Enter");
    const editor = panel.getByRole("region", { name: /^Mục 2\.2\./ });
    await editor.waitFor();
    expect(await topInView(page, editor)).toBe(true);
    expect(await focused(page)).toMatch(/^Mục 2\.2\./);
    await expectClean(page);
    await page.screenshot({ path: path.join(SHOTS, "excel-pane-320-mapping.png") });
    const save = panel.getByRole("button", { name: "Lưu cách xếp vào sổ" });
    await save.focus();
    await page.keyboard.press("Enter");
    const saved = status(page, /Đã lưu cách xếp chỉ tiêu/);
    await saved.waitFor();
    expect(await inView(page, saved)).toBe(true);
    expect(await focused(page)).not.toBe("body");
    await page.close();
  });

  test("the pane as it opens on the example: no serious violation, a screenshot for the README", async () => {
    const page = await open();
    await tablesRead(page);
    await expectClean(page);
    await page.screenshot({ path: path.join(SHOTS, "excel-pane-320.png") });
    await page.close();
  });
});
