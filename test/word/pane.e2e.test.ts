/**
 * The Word pane in real Chromium at task-pane widths: the real WordPane, the real adapter, the
 * Word test double as the open document (harness/pane.tsx, bundled here with the project's
 * webpack settings). Driven from the keyboard like a clerk without a mouse; the screenshot for
 * the README is taken here (out/screenshots/word-pane.png).
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/browser";
import { bundleHarness, expectClean, focused, inView } from "../helpers/pane-page";
import { StaticServer, serveFolder } from "../../src/scripts/static-server";
import { xlsxBytes } from "../helpers/workbooks";

const ROOT = path.join(__dirname, "../..");
const EXAMPLE = path.join(ROOT, "examples/binh-thanh-2023.xlsx");
const SHOTS = path.join(ROOT, "out/screenshots");

let browser: Browser;
let server: StaticServer;
let dir: string;

/** The example workbook with one figure changed (Số hộ nghèo: 95), as a file to choose. */
async function changedExample(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(EXAMPLE).buffer as ArrayBuffer);
  const ws = wb.getWorksheet("Biểu 01")!;
  ws.eachRow((row) => {
    if (row.getCell(2).value === "Số hộ nghèo") row.getCell(5).value = 95;
  });
  const file = path.join(dir, "binh-thanh-2023.xlsx");
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

/** The file each page's next file chooser gets. */
const nextFile = new WeakMap<Page, string>();

async function open(width: number, query = "", height = 1000): Promise<Page> {
  // Reduced motion: axe measures colours as they are, not halfway through a fade-in.
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: "reduce" });
  // Listening before the page loads: Playwright then intercepts every file chooser, with no race.
  page.on("filechooser", (chooser) => void chooser.setFiles(nextFile.get(page)!));
  await page.goto(`${server.url}/index.html${query}`);
  await page.getByRole("heading", { name: "Báo cáo" }).waitFor();
  return page;
}

/** Chooses a workbook with the keyboard: focus "Chọn tệp Excel", press Enter, pick the file. */
async function chooseWorkbook(page: Page, file: string): Promise<void> {
  nextFile.set(page, file);
  const chosen = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Chọn tệp Excel" }).focus();
  await page.keyboard.press("Enter");
  await chosen;
}

/** Chooses the example workbook and waits for its sentences in the preview. */
async function chooseExample(page: Page): Promise<void> {
  await chooseWorkbook(page, EXAMPLE);
  await page
    .getByText(/Tổng số 1\.389 hộ/)
    .first()
    .waitFor();
}

const texts = (page: Page) => page.evaluate(() => window.__word.texts());

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "baocao-word-pane-"));
  mkdirSync(SHOTS, { recursive: true });
  await bundleHarness(path.join(__dirname, "harness/pane.tsx"), path.join(dir, "www"));
  server = await serveFolder(path.join(dir, "www"));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the Word pane", () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(400);
  });

  test("opens with the file button and the paste box, in Vietnamese", async () => {
    await page.getByRole("button", { name: "Chọn tệp Excel" }).waitFor();
    await page.getByText("Hoặc dán vùng số liệu đã sao chép từ Excel").waitFor();
  });

  test("a chosen workbook shows the sections, their status in the document and the sentences", async () => {
    await chooseWorkbook(page, EXAMPLE);
    await page.getByText(/Tổng số 1\.389 hộ, trong đó 99 hộ nghèo \(chiếm 7,13%\)/).waitFor();
    const text = await page.locator("main").innerText();
    expect(text).toContain("Số liệu: binh-thanh-2023.xlsx");
    await page.getByRole("combobox", { name: "Mục có số liệu" }).click();
    const options = await page.getByRole("option").allInnerTexts();
    expect(options).toContain("2.2. Công tác dân vận của Ủy ban nhân dân — có tiêu đề");
    await page.keyboard.press("Escape");
  });

  test("“Chèn tất cả các mục”, from the keyboard, puts each section under its heading", async () => {
    await page.getByRole("button", { name: "Chèn tất cả các mục" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Đã chèn 6 mục vào văn bản.").waitFor();
    const t = await texts(page);
    expect(t[t.indexOf("2.2. Công tác dân vận của Ủy ban nhân dân") + 1]).toMatch(
      /^Tổng số 1\.389 hộ, trong đó 99 hộ nghèo \(chiếm 7,13%\)/
    );
    expect(t).toContain("Ủy ban nhân dân xã bám sát chương trình công tác.");
    await page.screenshot({ path: path.join(SHOTS, "word-pane.png") });
  });

  test("“Cập nhật số liệu” asks before overwriting an edited sentence; keeping it keeps it", async () => {
    // The clerk adds a note inside the generated paragraph of section 2.2.
    await page.evaluate(() => {
      const p = window.__word.world.paragraphs.find((x) => x.text.startsWith("Tổng số 1.389 hộ"))!;
      const run = p.runs.find((r) => r.text.includes("99 hộ nghèo"))!;
      run.text = run.text.replace("99 hộ nghèo", "99 hộ nghèo (rà soát tháng 11)");
    });
    const edited = /99 hộ nghèo \(rà soát tháng 11\) \(chiếm 7,13%\)/;
    await chooseWorkbook(page, await changedExample());
    await page.getByText(/95 hộ nghèo \(chiếm 6,84%\)/).waitFor();
    await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText(/rà soát tháng 11/).waitFor();
    await dialog.getByRole("button", { name: "Giữ phần đã sửa" }).click();
    await page
      .getByText("Giữ nguyên 1 phần đã được sửa tay; phần đó chưa theo số liệu mới.")
      .waitFor();
    expect((await texts(page)).some((t) => edited.test(t))).toBe(true);

    await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
    await dialog.getByRole("button", { name: "Ghi đè bằng số liệu mới" }).click();
    await page.getByText("Đã cập nhật 1 phần số liệu.").waitFor();
    expect((await texts(page)).some((t) => /95 hộ nghèo \(chiếm 6,84%\)/.test(t))).toBe(true);
    expect((await texts(page)).some((t) => edited.test(t))).toBe(false);
  });

  test("“Tạo khung báo cáo” refuses a document that has text, in Vietnamese", async () => {
    await page.getByRole("button", { name: "Tạo khung báo cáo" }).click();
    await page.getByText("chỉ dùng cho văn bản trống", { exact: false }).first().waitFor();
  });
});

describe("“Kiểm tra số liệu trong văn bản”", () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(400);
  });
  afterAll(async () => {
    await page.close();
  });

  const findings = () =>
    page.getByRole("list", { name: "Các chỗ cần xem lại" }).getByRole("listitem");

  test("lists the wrong percentages of the draft, with the correct value, without a workbook", async () => {
    await page.getByRole("button", { name: "Kiểm tra số liệu", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Đã kiểm tra 2 tỷ lệ trong văn bản: 2 chỗ cần xem lại.").waitFor();
    const items = await findings().allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain("Lỗi");
    expect(items[0]).toContain("“9/10 đồng chí có trình độ đại học, chiếm 90,9%”");
    expect(items[0]).toContain("đúng là 90%");
    expect(items[1]).toContain("“581/1415 hộ gia đình trên địa bàn xã đạt 41,6%”");
    expect(items[1]).toContain("Sửa thành 41,1%");
    expect(await page.evaluate(() => window.__word.selected())).toBeUndefined();
  });

  test("Enter on a finding selects its value in the document; nothing is changed", async () => {
    const before = await texts(page);
    await findings()
      .nth(1)
      .getByRole("button", { name: /581\/1415/ })
      .focus();
    await page.keyboard.press("Enter");
    await page.getByText("Đã chọn “41,6%” ở đoạn 5.").waitFor();
    expect(await page.evaluate(() => window.__word.selected())).toBe("41,6%");
    await findings().nth(0).getByRole("button", { name: /9\/10/ }).click();
    await page.getByText("Đã chọn “90,9%” ở đoạn 4.").waitFor();
    expect(await page.evaluate(() => window.__word.selected())).toBe("90,9%");
    expect(await texts(page)).toEqual(before);
  });

  test("“Sửa thành 41,1%” replaces that value only, when pressed", async () => {
    const before = await texts(page);
    await page.getByRole("button", { name: "Sửa thành 41,1%" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Đã sửa “41,6%” thành “41,1%” ở đoạn 5.").waitFor();
    const after = await texts(page);
    expect(after).toEqual(before.map((t) => t.replace("xã đạt 41,6%.", "xã đạt 41,1%.")));
    expect(after).toContain(
      "Vận động trang bị bình PCCC xách tay cho 581/1415 hộ gia đình trên địa bàn xã đạt 41,1%."
    );
    expect(await findings().nth(1).innerText()).toContain("Đã sửa");
    // The summary counts what is left.
    await page.getByText("Còn 1 chỗ cần xem lại; đã sửa 1 chỗ.").waitFor();
    expect(await page.getByRole("button", { name: "Sửa thành 90%" }).isVisible()).toBe(true);
    expect(after.join("\n")).toContain("chiếm 90,9%");
    await page.screenshot({ path: path.join(SHOTS, "word-pane-check.png"), fullPage: true });
  });
});

describe("bad input and narrow panes", () => {
  test("a workbook with errors inserts nothing and lists the errors", async () => {
    const page = await open(360);
    const file = path.join(dir, "khong-co-bieu.xlsx");
    writeFileSync(
      file,
      await xlsxBytes([{ name: "Trang 1", rows: [["Ghi chép"], ["không có biểu nào"]] }])
    );
    await chooseWorkbook(page, file);
    await page
      .getByText("Số liệu có lỗi nên chưa chèn được gì vào văn bản", { exact: false })
      .waitFor();
    await page.getByText("Không tìm thấy biểu chỉ tiêu nào", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Chèn tất cả các mục" }).isDisabled()).toBe(true);
    expect(await page.evaluate(() => window.__word.tags())).toEqual([]);
    await page.close();
  });

  test.each([320, 450])(
    "at %i px nothing overflows sideways and every action is reachable with Tab",
    async (width) => {
      const page = await open(width);
      await chooseWorkbook(page, EXAMPLE);
      await page
        .getByText(/99 hộ nghèo \(chiếm 7,13%\)/)
        .first()
        .waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const reached = new Set<string>();
      await page.locator("body").focus();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        reached.add(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
      }
      for (const name of [
        "Chọn tệp Excel",
        "Chèn tất cả các mục",
        "Cập nhật số liệu",
        "Chèn mục này",
        "Chèn tại con trỏ",
        "Tạo khung báo cáo",
        "Kiểm tra số liệu",
      ])
        expect(reached).toContain(name);
      await page.close();
    }
  );
});

describe("a clerk's first hour, at 320 px (issue 15)", () => {
  test("the preview's deepest sentences keep most of the pane's width", async () => {
    const page = await open(320, "", 640);
    await chooseWorkbook(page, EXAMPLE);
    const tree = page.getByRole("tree", { name: "Các mục của báo cáo" });
    await tree.getByText(/Tổng số 1\.389 hộ/).waitFor();
    const widths = await tree
      .locator(".fui-TreeItemLayout__main")
      .evaluateAll((els) =>
        els.map(
          (e) =>
            e.closest("[role=tree]")!.getBoundingClientRect().right - e.getBoundingClientRect().left
        )
      );
    expect(widths.length).toBeGreaterThan(20);
    expect(Math.min(...widths)).toBeGreaterThan(180);
    await page.close();
  });

  test("an empty document: “Chèn tất cả các mục” gives one message, which offers “Tạo khung báo cáo”", async () => {
    const page = await open(320, "?empty&slow", 640);
    await chooseExample(page);
    // Word has been read (slowly): the buttons are usable.
    await page.waitForFunction(
      () => !document.querySelector('section[aria-label="Chèn vào văn bản"] [aria-disabled="true"]')
    );
    await expectClean(page);
    // The buttons are explained before they are pressed, the empty document's one included.
    await page
      .getByRole("region", { name: "Chèn vào văn bản" })
      .getByText(/Văn bản còn trống: “Tạo khung báo cáo” viết cả báo cáo/)
      .waitFor();
    await page.getByRole("button", { name: "Chèn tất cả các mục" }).focus();
    await page.keyboard.press("Enter");
    const status = page.getByRole("status").filter({ hasText: "chưa có tiêu đề mục nào" });
    await status.waitFor();
    // One message: no list of one red bar per section.
    expect(await page.getByText(/Không tìm thấy tiêu đề/).count()).toBe(0);
    expect(await inView(page, status)).toBe(true);
    expect(await focused(page)).not.toBe("body");
    await page.screenshot({ path: path.join(SHOTS, "word-pane-320-first-run.png") });
    await expectClean(page);
    // The offer goes away with its message while Word writes: the progress line is in view and
    // takes the focus, then the result does.
    await status.getByRole("button", { name: "Tạo khung báo cáo" }).focus();
    await page.keyboard.press("Enter");
    const progress = page.getByText("Đang ghi vào văn bản…");
    await progress.waitFor();
    expect(await inView(page, progress)).toBe(true);
    await page.waitForTimeout(100);
    expect(await focused(page)).not.toBe("body");
    await page.getByText(/Đã tạo khung báo cáo/).waitFor();
    expect(await focused(page)).not.toBe("body");
    // "Cập nhật số liệu" right after: nothing of the report's is in the new skeleton's controls?
    // It is: the skeleton's sections are ours, so the figures are already current.
    await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
    await page.getByText("Số liệu trong văn bản đã khớp với dữ liệu mới.").waitFor();
    expect((await texts(page)).join("\n")).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    await page.close();
  });

  test("after “Chèn tất cả các mục” the result is in view and has the focus; the overwrite dialog opens on the safe answer", async () => {
    const page = await open(320, "", 640);
    await chooseExample(page);
    expect(await focused(page)).not.toBe("body");
    await page.getByRole("button", { name: "Chèn tất cả các mục" }).focus();
    await page.keyboard.press("Enter");
    const status = page.getByRole("status").filter({ hasText: "Đã chèn 6 mục vào văn bản." });
    await status.waitFor();
    expect(await inView(page, status)).toBe(true);
    expect(await focused(page)).not.toBe("body");
    await page.screenshot({ path: path.join(SHOTS, "word-pane-320.png") });
    await expectClean(page);

    await page.evaluate(() => {
      const p = window.__word.world.paragraphs.find((x) => x.text.startsWith("Tổng số 1.389 hộ"))!;
      const run = p.runs.find((r) => r.text.includes("99 hộ nghèo"))!;
      run.text = run.text.replace("99 hộ nghèo", "99 hộ nghèo (rà soát)");
    });
    await chooseWorkbook(page, await changedExample());
    await page
      .getByText(/95 hộ nghèo \(chiếm 6,84%\)/)
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await focused(page)).toBe("Giữ phần đã sửa");
    await expectClean(page);
    await page.keyboard.press("Enter");
    await page
      .getByText("Giữ nguyên 1 phần đã được sửa tay; phần đó chưa theo số liệu mới.")
      .waitFor();
    expect((await texts(page)).some((t) => t.includes("99 hộ nghèo (rà soát)"))).toBe(true);
    expect(await focused(page)).not.toBe("body");
    await page.close();
  });
});
