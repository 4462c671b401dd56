/**
 * The pane as a plain web page, in real Chromium: dist/ served on localhost, the example workbook
 * uploaded, the preview read, the .docx downloaded and put through the CLI's golden checks, a
 * broken file answered in Vietnamese with the page still usable. Needs `npm run build` (pretest).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { Browser, Page, Route } from "playwright-core";
import { main } from "../../src/cli/baocao";
import { launchChromium } from "../helpers/browser";
import { expectClean, focused, inView } from "../helpers/pane-page";
import { DocxContents, readDocx } from "../helpers/docx-reader";
import { describeGolden } from "../helpers/golden";
import { StaticServer, serveFolder } from "../../src/scripts/static-server";

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const EXAMPLE = path.join(ROOT, "examples/binh-thanh-2023.xlsx");
const SHOTS = path.join(ROOT, "out/screenshots");

let browser: Browser;
let server: StaticServer;
let page: Page;
const requests: string[] = [];
let downloaded: DocxContents;
let cliDocx: DocxContents;

/** Opens the page outside Office: its own Office.js (dist/office-js/) reports no host. */
async function openPage(width = 420): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 900 } });
  p.on("request", (r) => requests.push(r.url()));
  // Intercepting file choosers is switched on asynchronously: do it now, not in the race with a key press.
  p.on("filechooser", () => undefined);
  await p.goto(`${server.url}/taskpane.html`);
  return p;
}

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("Chưa có dist/: chạy npm run build trước (npm test tự làm việc này).");
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(DIST);
  browser = await launchChromium();
  page = await openPage();
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "baocao-e2e-")), "cli.docx");
  expect(
    await main(["build", EXAMPLE, "-o", out], { out: () => undefined, err: () => undefined })
  ).toBe(0);
  cliDocx = await readDocx(readFileSync(out));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("standalone mode", () => {
  test("opens as a web page: title and the file button, no Office needed", async () => {
    await page.getByRole("heading", { name: "Báo cáo" }).waitFor();
    await page.getByRole("button", { name: "Chọn tệp Excel" }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "web-page-empty.png") });
  });

  test("the file button is reachable and operable from the keyboard", async () => {
    const button = page.getByRole("button", { name: "Chọn tệp Excel" });
    await button.focus();
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(EXAMPLE);
    await page.getByText("99 hộ nghèo (chiếm 7,13%)", { exact: false }).waitFor();
  });

  test("the preview shows the sections and the formatted figures", async () => {
    const text = await page.locator("main").innerText();
    expect(text).toContain("Tệp: binh-thanh-2023.xlsx");
    expect(text).toContain("I. ĐẶC ĐIỂM TÌNH HÌNH");
    expect(text).toContain("2.2. Công tác dân vận của Ủy ban nhân dân");
    expect(text).toContain("90/110 lao động được giải quyết việc làm (đạt 81,8% kế hoạch)");
    expect(text).toContain(
      "Vận động trang bị bình chữa cháy xách tay cho 581/1.415 hộ gia đình trên địa bàn xã, đạt 41,1%."
    );
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    await page.screenshot({ path: path.join(SHOTS, "web-page.png"), fullPage: false });
  });

  test("Tải báo cáo (.docx) downloads the report", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tải báo cáo (.docx)" }).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe("binh-thanh-2023.docx");
    const file = path.join(SHOTS, "..", "web-download.docx");
    await d.saveAs(file);
    downloaded = await readDocx(readFileSync(file));
  });

  test("the downloaded file is the one baocao build writes", () => {
    for (const part of [
      "word/document.xml",
      "word/styles.xml",
      "word/footnotes.xml",
      "word/header1.xml",
      "word/header2.xml",
    ]) {
      expect(downloaded.files[part]).toBe(cliDocx.files[part]);
    }
  });

  test("a broken file gets a Vietnamese error and the page stays usable", async () => {
    const broken = path.join(mkdtempSync(path.join(os.tmpdir(), "baocao-e2e-")), "hong.xlsx");
    writeFileSync(broken, "không phải Excel");
    // The clerk is lower on the page, on the download button, when the bad file comes in.
    await page.getByRole("button", { name: "Tải báo cáo (.docx)" }).focus();
    await page.locator('input[aria-label="Chọn tệp Excel"]').setInputFiles(broken);
    await page
      .getByRole("alert")
      .getByText("không phải là sổ làm việc Excel", { exact: false })
      .waitFor();
    // What was below went away with the workbook: the message has the focus, not the page.
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(await focused(page)).toMatch(/không phải là sổ làm việc Excel/);
    await page.screenshot({ path: path.join(SHOTS, "web-page-error.png") });
    await page.locator('input[aria-label="Chọn tệp Excel"]').setInputFiles(EXAMPLE);
    await page.getByText("99 hộ nghèo (chiếm 7,13%)", { exact: false }).waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  test("a zip bomb is refused with a Vietnamese message, and the tab stays alive", async () => {
    const wb = new JSZip();
    const example = await JSZip.loadAsync(readFileSync(EXAMPLE));
    for (const [name, file] of Object.entries(example.files))
      if (!file.dir) wb.file(name, await file.async("uint8array"));
    wb.file("xl/media/image1.bin", new Uint8Array(60 * 1024 * 1024));
    const bomb = path.join(mkdtempSync(path.join(os.tmpdir(), "baocao-e2e-")), "bom.xlsx");
    writeFileSync(bomb, await wb.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    await page.locator('input[aria-label="Chọn tệp Excel"]').setInputFiles(bomb);
    await page.getByRole("alert").getByText("quá giới hạn 50 MB", { exact: false }).waitFor();
    await page.locator('input[aria-label="Chọn tệp Excel"]').setInputFiles(EXAMPLE);
    await page.getByText("99 hộ nghèo (chiếm 7,13%)", { exact: false }).waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  test("a different outline can be chosen and the preview follows it", async () => {
    await page.getByRole("combobox", { name: "Loại báo cáo" }).click();
    await page.getByRole("option", { name: "Báo cáo chung (đề cương cơ bản)" }).click();
    await page.getByText("III. ĐÁNH GIÁ CHUNG", { exact: false }).first().waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toContain("Tổng số 1.389 hộ, trong đó 99 hộ nghèo (chiếm 7,13%)");
    expect(text).not.toContain("A. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2023");
    // The workbook's "2.x" groups become khoản of KẾT QUẢ THỰC HIỆN in this outline.
    const results = text.indexOf("II. KẾT QUẢ THỰC HIỆN");
    expect(results).toBeGreaterThan(text.indexOf("I. ĐẶC ĐIỂM TÌNH HÌNH"));
    expect(text.indexOf("1. Công tác dân vận của Hội đồng nhân dân")).toBeGreaterThan(results);
    expect(text.indexOf("III. ĐÁNH GIÁ CHUNG")).toBeGreaterThan(
      text.indexOf("- Số hộ nghèo: 99 hộ")
    );
  });

  test("with Office.js present but no host, it is still the web page", async () => {
    const p = await browser.newPage();
    await p.route("**/office-js/office.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "window.Office={HostType:{Excel:'Excel',Word:'Word'},onReady:function(cb){cb({host:null});return Promise.resolve({host:null});}};",
      })
    );
    await p.goto(`${server.url}/taskpane.html`);
    await p.getByRole("button", { name: "Chọn tệp Excel" }).waitFor();
    await p.close();
  });

  test("a legacy webview gets a plain Vietnamese message instead of a blank pane", async () => {
    const ctx = await browser.newContext({
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    const p = await ctx.newPage();
    // As Office opens it: with its host information in the query.
    await p.goto(`${server.url}/taskpane.html?_host_Info=Word$Win32$16.01$vi-VN$$$$0`);
    await p.getByText("trình duyệt cũ", { exact: false }).waitFor();
    expect(await p.getByRole("button", { name: "Chọn tệp Excel" }).count()).toBe(0);
    // It gives the address to open in Edge or Chrome: this page, without Office's query.
    expect(await p.locator("b").innerText()).toBe(`${server.url}/taskpane.html`);
    await ctx.close();
  });

  test("no request leaves the machine, not even for Office.js", () => {
    const outside = requests.filter(
      (u) => !u.startsWith(server.url) && !u.startsWith("blob:") && !u.startsWith("data:")
    );
    expect(outside).toEqual([]);
    expect(requests).toContain(`${server.url}/office-js/office.js`);
  });
});

describe("the web page at 320 px, a clerk's first hour (issue 15)", () => {
  test("reading and downloading show their progress, keep the focus, and the result is in view", async () => {
    const p = await browser.newPage({
      viewport: { width: 320, height: 640 },
      reducedMotion: "reduce",
      // The page's CSP forbids inline scripts, axe-core's included: let the test add it.
      bypassCSP: true,
    });
    p.on("request", (r) => requests.push(r.url()));
    // A slow office PC: the reader and the .docx writer arrive a second late.
    const late = async (route: Route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    };
    await p.route(/\/(engine|docx)\.[0-9a-f]+\.js$/, late);
    await p.goto(`${server.url}/taskpane.html`);
    await p.getByRole("button", { name: "Chọn tệp Excel" }).waitFor();
    await expectClean(p);

    const chooser = p.waitForEvent("filechooser");
    await p.getByRole("button", { name: "Chọn tệp Excel" }).focus();
    await p.keyboard.press("Enter");
    await (await chooser).setFiles(EXAMPLE);
    const reading = p.getByRole("status").filter({ hasText: "Đang đọc tệp…" });
    await reading.waitFor();
    expect(await inView(p, reading)).toBe(true);
    expect(await focused(p)).toBe("Chọn tệp Excel");
    await p.getByText("Tệp: binh-thanh-2023.xlsx").waitFor();
    expect(await focused(p)).not.toBe("body");
    await expectClean(p);

    const button = p.getByRole("button", { name: "Tải báo cáo (.docx)" });
    await button.scrollIntoViewIfNeeded();
    await button.focus();
    const download = p.waitForEvent("download");
    await p.keyboard.press("Enter");
    const making = p.getByRole("status").filter({ hasText: "Đang tạo tệp báo cáo…" });
    await making.waitFor();
    expect(await inView(p, making)).toBe(true);
    expect(await focused(p)).toBe("Tải báo cáo (.docx)");
    expect((await download).suggestedFilename()).toBe("binh-thanh-2023.docx");
    const done = p.getByRole("status").filter({ hasText: "Đã tạo tệp binh-thanh-2023.docx" });
    await done.waitFor();
    expect(await inView(p, done)).toBe(true);
    expect(await focused(p)).toBe("Tải báo cáo (.docx)");
    await expectClean(p);
    await p.screenshot({ path: path.join(SHOTS, "web-page-320.png") });
    await p.close();
  });
});

describe("the downloaded report passes the CLI's golden checks", () => {
  describeGolden(() => downloaded);
});
