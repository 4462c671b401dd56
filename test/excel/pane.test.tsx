/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Excel pane rendered over the real adapter and the double: what the clerk sees and does,
// from the keyboard too, and the mapping made here driving `baocao build`.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MAPPING_SHEET } from "../../src/core/mapping";
import { ExcelDouble } from "../doubles/excel/model";
import { createExcelHost } from "../../src/excel/host";
import { ExcelPane } from "../../src/taskpane/excel/ExcelPane";
import { readDocx } from "../helpers/docx-reader";
import { runCli, tempDir } from "../helpers/workbooks";
import { BIEU, handTypedExample, xlsxFromFake } from "./helpers";
import { prepareJsdom } from "../helpers/jsdom-pane";

async function renderPane(excel: ExcelDouble) {
  const host = createExcelHost(excel.env());
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPane host={host} />
    </FluentProvider>
  );
  if (!host.support.missing.some((f) => f.required)) await screen.findByText(/tiêu đề ở dòng 4–5/);
  return host;
}

/** The panel headers share their names with the buttons inside: headers have aria-expanded. */
function openPanel(name: string) {
  const header = screen
    .getAllByRole("button", { name })
    .find((b) => b.hasAttribute("aria-expanded"))!;
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

function action(name: string): HTMLElement {
  return screen.getAllByRole("button", { name }).find((b) => !b.hasAttribute("aria-expanded"))!;
}

beforeAll(() => prepareJsdom());

test("the tables found, with recognised and unrecognised columns", async () => {
  const excel = await handTypedExample();
  excel.sheet(BIEU).put(3, 13, { value: "Người phụ trách" }); // N4, a column nobody knows
  await renderPane(excel);
  const item = screen.getByText(/tiêu đề ở dòng 4–5/).closest("li")!;
  expect(within(item).getByLabelText("Cột nhận ra").textContent).toBe(
    "STT (A)Tên chỉ tiêu (B)Đơn vị tính (C)Kế hoạch (D)Kỳ này (E)Kỳ so sánh (F)Tổng số (G)Tỷ lệ so với kế hoạch (H)Tỷ lệ so với kỳ so sánh (I)Tỷ lệ chiếm (J)Số chữ số thập phân (K)Mẫu câu (L)Ghi chú (M)"
  );
  expect(within(item).getByText(/Không nhận ra/).textContent).toBe(
    "Không nhận ra: “Người phụ trách” (N)"
  );
  expect(item.textContent).toContain("26 chỉ tiêu, 6 nhóm");
});

test("Tính lại tỷ lệ: preview, consent to replace typed values, formulas written", async () => {
  const excel = await handTypedExample();
  await renderPane(excel);
  fireEvent.click(action("Tính lại tỷ lệ"));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText(/ô sẽ được ghi công thức/).textContent).toBe(
    "76 ô sẽ được ghi công thức, 1 ô đang có số nhập tay được giữ nguyên, 1 ô đang có chữ được giữ nguyên."
  );
  const consent = within(dialog).getByRole("checkbox", {
    name: /Thay cả 2 ô đang có số nhập tay hoặc chữ \(ô H22, trang Biểu 01, ô J28, trang Biểu 01\)/,
  });
  fireEvent.click(consent);
  expect(within(dialog).getByText(/ô sẽ được ghi công thức/).textContent).toBe(
    "78 ô sẽ được ghi công thức, 1 ô đang có số nhập tay sẽ bị thay, 1 ô đang có chữ sẽ bị thay."
  );
  fireEvent.click(within(dialog).getByRole("button", { name: "Ghi công thức" }));
  await screen.findByText("Đã ghi 78 ô.");
  expect(excel.sheet(BIEU).at("J28")).toMatchObject({
    formula: '=IF(OR(G28="",G28=0),"",ROUND(E28/G28*100,1))',
    value: 41.1,
  });
  expect(screen.queryByRole("dialog")).toBeNull();
});

test("Tính lại tỷ lệ: Hủy writes nothing", async () => {
  const excel = await handTypedExample();
  await renderPane(excel);
  const before = excel.state();
  fireEvent.click(action("Tính lại tỷ lệ"));
  fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Hủy" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(excel.state()).toEqual(before);
});

test("Tính lại tỷ lệ on a protected sheet: the dialog says how to unprotect it; nothing to write", async () => {
  const excel = await handTypedExample();
  excel.sheet(BIEU).protected = true;
  await renderPane(excel);
  const before = excel.state();
  fireEvent.click(action("Tính lại tỷ lệ"));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText(/đang được bảo vệ/).textContent).toBe(
    "Trang “Biểu 01” đang được bảo vệ nên không ghi được công thức. Hãy bỏ bảo vệ trang (thẻ Xem lại › Bỏ bảo vệ trang tính) rồi làm lại."
  );
  expect(within(dialog).getByText(/công thức\.$/).textContent).toBe(
    "Không có ô nào cần ghi công thức."
  );
  expect(within(dialog).getByRole("button", { name: "Ghi công thức" })).toHaveProperty(
    "disabled",
    true
  );
  expect(excel.state()).toEqual(before);
});

test("Kiểm tra số liệu: each address selects its cell", async () => {
  const excel = await handTypedExample();
  await renderPane(excel);
  openPanel("Kiểm tra số liệu");
  fireEvent.click(action("Kiểm tra số liệu"));
  await screen.findByText("Tìm thấy 2 vấn đề. Bấm vào địa chỉ để chọn ô.");
  const list = screen.getByRole("list", { name: "Vấn đề trong số liệu" });
  const items = within(list)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(items).toHaveLength(2);
  expect(items[0]).toMatch(/^Cảnh báo ô H22, trang Biểu 01: Số “81,8%” đang lưu dạng chữ/);
  expect(items[1]).toMatch(/^Lỗi ô J28, trang Biểu 01: Tỷ lệ ghi tay 41,6 không khớp số liệu/);
  const link = within(list).getByRole("button", { name: "Chọn ô J28, trang Biểu 01" });
  expect(link.tagName).toBe("BUTTON"); // reachable with Tab, activated with Enter
  fireEvent.click(link);
  await waitFor(() => expect(excel.selection).toEqual({ sheet: BIEU, address: "J28" }));
  expect(excel.activeSheet).toBe(BIEU);
});

test("the mapping made in the pane drives baocao build", async () => {
  const excel = await handTypedExample();
  await renderPane(excel);
  openPanel("Xếp chỉ tiêu vào mục");
  const tree = screen.getByRole("tree", { name: "Các mục của báo cáo" });
  const item = within(tree).getByRole("treeitem", {
    // The name read is the text seen, then the count (no aria-label that would differ from it).
    name: /^3\. Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số ?, 0 chỉ tiêu$/,
  });
  expect(item.getAttribute("aria-label")).toBeNull();
  item.focus();
  // Space chooses, as Enter does.
  fireEvent.keyDown(item, { key: " " });
  const region = await screen.findByRole("region", {
    name: /Mục 3\. Kết quả công tác dân vận vùng đồng bào/,
  });
  fireEvent.change(within(region).getByRole("combobox", { name: "Thêm chỉ tiêu vào mục này" }), {
    target: { value: `${BIEU}!18` },
  });
  fireEvent.click(within(region).getByRole("button", { name: "Thêm chỉ tiêu vào mục này: thêm" }));
  const sentence = await within(region).findByLabelText("Câu của chỉ tiêu Số hộ nghèo");
  expect(sentence.textContent).toBe("- Số hộ nghèo: 99 hộ, chiếm 7,13%.");
  fireEvent.change(within(region).getByRole("textbox", { name: /Mẫu câu/ }), {
    target: { value: "Toàn xã còn {th} hộ nghèo trên tổng số {tong} hộ, chiếm **{tyle}**." },
  });
  fireEvent.change(
    within(region).getByRole("combobox", { name: "Số chữ số thập phân của tỷ lệ" }),
    { target: { value: "1" } }
  );
  expect(within(region).getByLabelText("Câu của chỉ tiêu Số hộ nghèo").textContent).toBe(
    "- Toàn xã còn 99 hộ nghèo trên tổng số 1.389 hộ, chiếm 7,1%."
  );
  expect(
    within(tree).getByRole("treeitem", { name: /vùng đồng bào dân tộc thiểu số ?, 1 chỉ tiêu$/ })
  ).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Lưu cách xếp vào sổ" }));
  await screen.findByText(/Đã lưu cách xếp chỉ tiêu vào mục ngay trong sổ Excel này/);
  expect(excel.sheet(MAPPING_SHEET).visibility).toBe("VeryHidden");

  const dir = tempDir();
  const input = path.join(dir, "so.xlsx");
  writeFileSync(input, await xlsxFromFake(excel));
  const out = path.join(dir, "bc.docx");
  const r = await act(() => runCli(["build", input, "-o", out]));
  expect(r.code).toBe(0);
  const text = (await readDocx(readFileSync(out))).paragraphs.map((p) => p.text);
  const at = text.findIndex((p) =>
    p.endsWith("Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số")
  );
  expect(text[at + 1]).toBe("Toàn xã còn 99 hộ nghèo trên tổng số 1.389 hộ, chiếm 7,1%.");
  expect(text.filter((p) => p.includes("99 hộ"))).toHaveLength(1);
});

test("Tạo biểu mẫu adds a Biểu under a free name and keeps Thông tin chung", async () => {
  const excel = await handTypedExample();
  await renderPane(excel);
  openPanel("Tạo biểu mẫu");
  fireEvent.click(action("Tạo biểu mẫu"));
  await screen.findByText(
    "Đã thêm trang “Biểu 02”. Sổ đã có trang “Thông tin chung” nên giữ nguyên trang đó."
  );
  expect(excel.sheets.map((s) => s.name)).toEqual(["Thông tin chung", BIEU, "Biểu 02"]);
});

test("requirement sets: an Excel of ExcelApi 1.8 names the missing features; a too old Excel says so and stops", async () => {
  const excel = await handTypedExample();
  excel.apiVersion = "1.8";
  await renderPane(excel);
  expect(screen.getByRole("status").textContent).toBe(
    "Phiên bản Excel này chưa làm được: tạm dừng cập nhật màn hình khi ghi; đọc vùng ô gộp (cần Excel 2021 trở lên hoặc Microsoft 365). Các chức năng khác vẫn dùng được."
  );
  document.body.innerHTML = "";
  const old = await handTypedExample();
  old.apiVersion = "1.3";
  await renderPane(old);
  expect(screen.getByRole("alert").textContent).toMatch(
    /^Phiên bản Excel này quá cũ để .*: cần Excel 2021 trở lên/
  );
  expect(screen.queryAllByRole("button", { name: "Tính lại tỷ lệ" })).toEqual([]);
  expect(old.syncs).toBe(0);
});

test("a workbook Excel cannot read gets a Vietnamese message, and Đọc lại sổ tries again", async () => {
  const excel = await handTypedExample();
  const host = createExcelHost(excel.env());
  const failing = {
    ...host,
    read: jest.fn().mockRejectedValueOnce(new Error("x")).mockImplementation(host.read),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPane host={failing} />
    </FluentProvider>
  );
  expect((await screen.findByRole("alert")).textContent).toBe(
    "Excel không làm được việc này. Hãy lưu sổ, bấm lại; nếu vẫn lỗi, đóng và mở lại sổ rồi thử lần nữa."
  );
  fireEvent.click(screen.getByRole("button", { name: "Đọc lại sổ" }));
  await screen.findByText(/tiêu đề ở dòng 4–5/);
  expect(screen.queryByRole("alert")).toBeNull();
});

test("while the workbook is being read, the panels say so, not that it could not be read", async () => {
  const excel = await handTypedExample();
  const host = createExcelHost(excel.env());
  let finish: () => void = () => undefined;
  const slow = {
    ...host,
    read: jest.fn(
      () =>
        new Promise<Awaited<ReturnType<typeof host.read>>>((resolve) => {
          finish = () => void host.read().then(resolve);
        })
    ),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPane host={slow} />
    </FluentProvider>
  );
  expect(screen.queryByText(/Chưa đọc được sổ/)).toBeNull();
  expect(screen.getAllByText("Đang đọc sổ…").length).toBeGreaterThan(1);
  finish();
  await screen.findByText(/tiêu đề ở dòng 4–5/);
  expect(screen.queryByText("Đang đọc sổ…")).toBeNull();
});
