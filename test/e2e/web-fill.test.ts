/**
 * "Cập nhật văn bản có sẵn" on the web page, in real Chromium at 320 px: the example workbook and
 * the Bình Thành report (.docx) chosen, where each section will go shown, the clerk's wrong
 * percentages listed, the updated file downloaded and recognised by `fill`; nothing leaves the
 * machine. Needs `npm run build` (pretest).
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Browser, Page } from "playwright-core";
import { buildReport } from "../../src/core/report";
import { fillDocx } from "../../src/io/docx-fill";
import { readWorkbook } from "../../src/io/xlsx";
import { StaticServer, serveFolder } from "../../src/scripts/static-server";
import { launchChromium } from "../helpers/browser";
import { focused, topInView } from "../helpers/pane-page";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const EXAMPLE = path.join(ROOT, "examples/binh-thanh-2023.xlsx");
const REPORT = path.join(__dirname, "../fixtures/real-docx/ref-xa-binh-thanh-dan-van-2023.docx");
const SHOTS = path.join(ROOT, "out/screenshots");

let browser: Browser;
let server: StaticServer;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("Chưa có dist/: chạy npm run build trước (npm test tự làm việc này).");
  server = await serveFolder(DIST);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  page.on("request", (r) => requests.push(r.url()));
  page.on("filechooser", () => undefined);
  await page.goto(`${server.url}/taskpane.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks `button` and gives `file` to the file chooser it opens. */
async function choose(p: Page, button: string, file: string) {
  const chooser = p.waitForEvent("filechooser");
  await p.getByRole("button", { name: button }).click();
  await (await chooser).setFiles(file);
}

test("the clerk's report and the workbook in: where each section goes, then the updated file", async () => {
  await choose(page, "Chọn tệp Excel", EXAMPLE);
  await page.getByRole("heading", { name: "Cập nhật văn bản có sẵn" }).waitFor();
  await choose(page, "Chọn văn bản Word (.docx)", REPORT);
  await page.getByText("Sẽ chèn 6 mục:").waitFor();
  const section = page.locator("section", {
    has: page.getByRole("heading", { name: "Cập nhật văn bản có sẵn" }),
  });
  const text = await section.innerText();
  expect(text).toContain("“2.2. Công tác dân vận của Ủy ban nhân dân” (đoạn 65)");
  expect(text).toContain('"9/10 đồng chí có trình độ đại học, chiếm 90,9%" — đúng là 90% (lỗi)');
  // The result is where the eye is: its first line at the top of the view, and the focus in it.
  const summary = page.getByText("Sẽ chèn 6 mục:");
  expect(await topInView(page, summary)).toBe(true);
  expect(await focused(page)).toMatch(/^Sẽ chèn 6 mục:/);
  await section.screenshot({ path: path.join(SHOTS, "web-fill-320.png") });

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải văn bản đã cập nhật (.docx)" }).click();
  const d = await download;
  expect(d.suggestedFilename()).toBe("ref-xa-binh-thanh-dan-van-2023-cap-nhat.docx");
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "baocao-web-fill-")), "kq.docx");
  await d.saveAs(file);
  const report = buildReport(await readWorkbook(readFileSync(EXAMPLE))).document!;
  const again = await fillDocx(new Uint8Array(readFileSync(file)), report);
  expect(again).toMatchObject({
    inserted: [],
    refreshed: [],
    kept: [],
    unchanged: 6,
    changed: false,
  });
}, 120_000);

test("a file that is not a .docx: a Vietnamese message naming it, the page still usable", async () => {
  await choose(page, "Chọn văn bản Word (.docx)", EXAMPLE);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.innerText()).toContain(
    "binh-thanh-2023.xlsx: Tệp này là sổ Excel, không phải văn bản Word (.docx)."
  );
  await choose(page, "Chọn văn bản Word (.docx)", REPORT);
  await page.getByText("Sẽ chèn 6 mục:").waitFor();
}, 60_000);

test("no request leaves the machine", () => {
  const outside = requests.filter(
    (u) => !u.startsWith(server.url) && !u.startsWith("blob:") && !u.startsWith("data:")
  );
  expect(outside).toEqual([]);
});
