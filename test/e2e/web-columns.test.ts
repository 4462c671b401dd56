/**
 * "Các cột của biểu" on the web page, in real Chromium at 320 px: a workbook whose newest column
 * is read as this period, the clerk picks "Kỳ này" for another column from the keyboard, the
 * preview and the .docx follow at once, and the workbook downloaded with the choice gives the
 * same sentence through `baocao build`. Needs `npm run build` (pretest).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Browser, Page } from "playwright-core";
import { StaticServer, serveFolder } from "../../src/scripts/static-server";
import { launchChromium } from "../helpers/browser";
import { readDocx } from "../helpers/docx-reader";
import { Row, runCli, tempDir, writeXlsx } from "../helpers/workbooks";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const DOCS = path.join(ROOT, "docs");
const WIDTH = 320;
const TABLE: Row[] = [
  ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "Năm 2024 dự kiến"],
  ["1", "Số hộ nghèo", "hộ", 120, 99, 90],
  ["2", "Số hộ cận nghèo", "hộ", 85, 80, 78],
];
const E = "Cột F “Năm 2024 dự kiến”";

let browser: Browser;
let server: StaticServer;
let page: Page;
let dir: string;
let input: string;

async function sentences(file: string): Promise<string[]> {
  const out = path.join(dir, `${path.basename(file)}.docx`);
  const r = await runCli(["build", file, "-o", out, "--style", "liet-ke"]);
  expect(r.code).toBe(0);
  return (await readDocx(readFileSync(out))).paragraphs
    .map((p) => p.text)
    .filter((t) => t.startsWith("- Số hộ"));
}

/** Uploads `file` and picks "Liệt kê", as the CLI runs above use --style liet-ke. */
async function upload(file: string) {
  await page.locator('input[aria-label="Chọn tệp Excel"]').setInputFiles(file);
  await page.getByText(`Tệp: ${path.basename(file)}`).waitFor();
  await page.getByRole("radio", { name: "Liệt kê" }).check();
}

/** The column list's header, a button that opens it. */
const sectionHeader = () => page.getByRole("button", { name: "Các cột của biểu" });

async function openColumns() {
  const header = sectionHeader();
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await page.getByRole("combobox", { name: E }).waitFor();
}

let before: string[];

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("Chưa có dist/: chạy npm run build trước (npm test tự làm việc này).");
  mkdirSync(DOCS, { recursive: true });
  dir = tempDir();
  input = await writeXlsx(dir, "so-lieu.xlsx", [{ name: "Biểu", rows: TABLE }]);
  before = await sentences(input);
  server = await serveFolder(DIST);
  browser = await launchChromium();
  page = await browser.newPage({
    viewport: { width: WIDTH, height: 900 },
    deviceScaleFactor: 2,
    acceptDownloads: true,
  });
  await page.goto(`${server.url}/taskpane.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the CLI reads the newest year as this period and the estimate as the plan", () => {
  expect(before[0]).toMatch(/^- Số hộ nghèo: 99\/90 hộ/);
});

test("the web page lists the columns with the reader's choice and its reason", async () => {
  await upload(input);
  await page.getByText(before[0]).waitFor();
  await openColumns();
  const e = page.getByRole("combobox", { name: E });
  expect(await e.innerText()).toBe("Kế hoạch");
  expect(await page.getByRole("combobox", { name: "Cột E “Năm 2024”" }).innerText()).toBe("Kỳ này");
  const hint = await e.getAttribute("aria-describedby");
  expect(await page.locator(`[id="${hint}"]`).innerText()).toBe("Căn cứ: kế hoạch năm 2024.");
  await expect(
    page.getByRole("button", { name: "Tải sổ Excel đã lưu lựa chọn cột" }).isDisabled()
  ).resolves.toBe(true);
});

test("“Kỳ này” picked from the keyboard: the preview follows at once", async () => {
  const e = page.getByRole("combobox", { name: E });
  await e.focus();
  await page.keyboard.press("Enter"); // opens the list on the current choice
  await page.getByRole("option", { name: "Kỳ này" }).waitFor();
  await page.keyboard.press("Home");
  await page.keyboard.press("Enter");
  await page.getByText("- Số hộ nghèo: 90 hộ", { exact: false }).waitFor();
  expect(await e.innerText()).toBe("Kỳ này");
  expect(await page.getByRole("combobox", { name: "Cột E “Năm 2024”" }).innerText()).toBe("Bỏ qua");
  const text = await page.locator("main").innerText();
  expect(text).not.toContain("99/90");
  expect(text).toContain("cán bộ đã chọn");
  // Each hint says what the reader had made of the column.
  const hintOf = async (label: string) => {
    const id = await page.getByRole("combobox", { name: label }).getAttribute("aria-describedby");
    return page.locator(`[id="${id}"]`).innerText();
  };
  expect(await hintOf(E)).toBe("Máy đọc là “Kế hoạch” (kế hoạch năm 2024).");
  expect(await hintOf("Cột E “Năm 2024”")).toBe(
    "Máy đọc là “Kỳ này” (năm 2024: kỳ mới nhất của biểu); cán bộ đã giao vai trò đó cho cột khác."
  );
});

test("at 320 px the pickers stay inside the page, with no sideways scrolling", async () => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(WIDTH);
  for (const c of await page.getByRole("combobox").all()) {
    const box = (await c.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  }
  const section = page.locator(".fui-AccordionItem", { has: sectionHeader() });
  await section.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300); // the panel's open motion
  await section.screenshot({ path: path.join(DOCS, "web-page-cot.png"), animations: "disabled" });
});

test("the downloaded report has the corrected sentence", async () => {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải báo cáo (.docx)" }).click();
  const file = path.join(dir, "web.docx");
  await (await download).saveAs(file);
  const text = (await readDocx(readFileSync(file))).paragraphs.map((p) => p.text);
  expect(text.find((t) => t.startsWith("- Số hộ nghèo"))).toMatch(/^- Số hộ nghèo: 90 hộ/);
});

test("the workbook downloaded with the choice gives the same sentence through baocao build", async () => {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải sổ Excel đã lưu lựa chọn cột" }).click();
  const d = await download;
  expect(d.suggestedFilename()).toBe("so-lieu.xlsx");
  // Saved under another name, so that the page visibly reads the new file below.
  const saved = path.join(dir, "so-lieu-da-chon.xlsx");
  await d.saveAs(saved);
  const after = await sentences(saved);
  expect(after[0]).toMatch(/^- Số hộ nghèo: 90 hộ/);
  expect(after[1]).toMatch(/^- Số hộ cận nghèo: 78 hộ/);
  // Opened again on the page, the choice is there and nothing is left to save.
  await upload(saved);
  await page.getByText(after[0]).waitFor();
  await openColumns();
  expect(await page.getByRole("combobox", { name: E }).innerText()).toBe("Kỳ này");
  await expect(
    page.getByRole("button", { name: "Tải sổ Excel đã lưu lựa chọn cột" }).isDisabled()
  ).resolves.toBe(true);
});
