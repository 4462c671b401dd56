// Takes the README screenshots of the Excel pane: `node test/excel/screenshot/take.js`.
// Bundles page.tsx with webpack, opens it in Debian's Chromium (playwright-core) 400 px wide,
// and writes docs/excel-pane.png (tables and the figures check), docs/excel-pane-recalc.png
// (the preview and consent dialog of "Tính lại tỷ lệ"), docs/excel-pane-mapping.png, and
// docs/excel-pane-cot.png (a column's role chosen by the clerk, 320 px wide, another workbook).
const { mkdtempSync, readFileSync, writeFileSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const ExcelJS = require("exceljs");
const { chromium } = require("playwright-core");

const ROOT = path.join(__dirname, "../../..");
const OUT = mkdtempSync(path.join(os.tmpdir(), "excel-pane-"));
// WIDTH=320 SHOTS=/tmp/x node … checks the narrowest pane without touching docs/.
const SHOTS = process.env.SHOTS ?? path.join(ROOT, "docs");

function bundle() {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: path.join(__dirname, "page.tsx"),
    output: { path: OUT, filename: "page.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } },
          },
        },
      ],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) =>
      err || stats.hasErrors() ? reject(err ?? stats.toString("errors-only")) : resolve()
    )
  );
}

async function main() {
  await bundle();
  writeFileSync(
    path.join(OUT, "index.html"),
    '<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="root"></div><script src="page.js"></script>'
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage({
    viewport: { width: Number(process.env.WIDTH ?? 400), height: 900 },
    deviceScaleFactor: 2,
  });
  const example = readFileSync(path.join(ROOT, "examples/binh-thanh-2023.xlsx")).toString("base64");
  await page.addInitScript(`window.EXAMPLE_BASE64 = "${example}";`);
  await page.goto(`file://${path.join(OUT, "index.html")}`);
  await page.getByText("tiêu đề ở dòng 4–5", { exact: false }).waitFor();
  await page.locator("button[aria-expanded]", { hasText: "Kiểm tra số liệu" }).click();
  await page.locator("button:not([aria-expanded])", { hasText: "Kiểm tra số liệu" }).click();
  await page.getByText("Bấm vào địa chỉ để chọn ô", { exact: false }).waitFor();
  await page.waitForTimeout(800); // the panel's open motion
  await page.screenshot({ path: path.join(SHOTS, "excel-pane.png"), fullPage: true });
  await page.locator("button:not([aria-expanded])", { hasText: "Tính lại tỷ lệ" }).click();
  await page.getByRole("dialog").waitFor();
  await page.waitForTimeout(600); // the dialog fades in
  await page.screenshot({
    path: path.join(SHOTS, "excel-pane-recalc.png"),
    animations: "disabled",
  });
  await page.getByRole("button", { name: "Hủy" }).click();
  await page.locator("button[aria-expanded]", { hasText: "Kiểm tra số liệu" }).click();
  await page.locator("button[aria-expanded]", { hasText: "Các biểu tìm thấy" }).click();
  await page.locator("button[aria-expanded]", { hasText: "Tính lại tỷ lệ" }).click();
  await page.locator("button[aria-expanded]", { hasText: "Xếp chỉ tiêu vào mục" }).click();
  await page.getByRole("treeitem", { name: /Công tác dân vận của Hội đồng nhân dân/ }).click();
  await page
    .getByText("Hội nghị tiếp xúc cử tri trước kỳ họp thứ 5: 04/05", { exact: false })
    .waitFor();
  await page.waitForTimeout(800); // the panels' open and close motion
  await page.screenshot({ path: path.join(SHOTS, "excel-pane-mapping.png"), fullPage: true });
  await columnsShot(browser);
  await browser.close();
  process.stdout.write(
    "docs/excel-pane.png, docs/excel-pane-recalc.png, docs/excel-pane-mapping.png, docs/excel-pane-cot.png\n"
  );
}

/** A table whose newest year the reader takes as this period; the clerk picks the estimate. */
async function columnsShot(browser) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Biểu 01").addRows([
    ["KẾT QUẢ GIẢM NGHÈO VÀ VIỆC LÀM"],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "Năm 2024 dự kiến"],
    [1, "Số hộ nghèo", "hộ", 120, 99, 90],
    [2, "Số hộ cận nghèo", "hộ", 85, 80, 78],
    [3, "Lao động có việc làm mới", "người", 410, 452, 460],
  ]);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
  const page = await browser.newPage({
    viewport: { width: 320, height: 900 },
    deviceScaleFactor: 2,
  });
  await page.addInitScript(`window.EXAMPLE_BASE64 = "${bytes}"; window.AS_IS = true;`);
  await page.goto(`file://${path.join(OUT, "index.html")}`);
  await page.getByText("tiêu đề ở dòng 2", { exact: false }).waitFor();
  await page.locator("button[aria-expanded]", { hasText: "Tính lại tỷ lệ" }).click();
  await page.getByRole("button", { name: "Chọn lại vai trò các cột" }).click();
  await page.getByRole("combobox", { name: "Cột F “Năm 2024 dự kiến”" }).click();
  await page.getByRole("option", { name: "Kỳ này" }).click();
  await page.getByText("Đã lưu lựa chọn cột.").waitFor();
  await page.getByText("Kỳ này (F)", { exact: false }).waitFor();
  await page.waitForTimeout(800); // the panels' motion
  await page.screenshot({ path: path.join(SHOTS, "excel-pane-cot.png"), fullPage: true });
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
