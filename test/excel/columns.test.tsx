/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// "Các biểu tìm thấy" over the real adapter and the double: the clerk corrects what a column
// holds, the choice is saved in the mapping sheet (a row of Loại "cột"), the pane reads the
// workbook again and shows it, and `baocao build` on the saved workbook follows it.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MAPPING_SHEET } from "../../src/core/mapping";
import { excelDoubleFromXlsx } from "../doubles/excel/from-xlsx";
import { ExcelDouble } from "../doubles/excel/model";
import { ExcelHost, createExcelHost } from "../../src/excel/host";
import { ExcelPane } from "../../src/taskpane/excel/ExcelPane";
import { readDocx } from "../helpers/docx-reader";
import { Row, runCli, tempDir, xlsxBytes } from "../helpers/workbooks";
import { xlsxFromFake } from "./helpers";
import { prepareJsdom } from "../helpers/jsdom-pane";

const TABLE: Row[] = [
  ["Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "Năm 2024 dự kiến"],
  ["Số hộ nghèo", "hộ", 120, 99, 90],
];
const E = "Cột E “Năm 2024 dự kiến”";
/** Saving, then reading the workbook again through the double. */
const READ_AGAIN = { timeout: 5_000 };

beforeAll(() => prepareJsdom({ fastStyles: true }));

async function tableExcel(): Promise<ExcelDouble> {
  return excelDoubleFromXlsx(await xlsxBytes([{ name: "Biểu", rows: TABLE }]));
}

async function renderPane(host: ExcelHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPane host={host} />
    </FluentProvider>
  );
  return screen.findByText(/tiêu đề ở dòng 1:/);
}

/** The rows of the mapping sheet in the double, as text. */
function mappingRows(excel: ExcelDouble): string[][] {
  const sheet = excel.sheet(MAPPING_SHEET);
  const out: string[][] = [];
  for (let r = 0; r < 10; r++) {
    const row = [0, 1, 2, 3].map((c) => String(sheet.cell(r, c)?.value ?? ""));
    if (row.some(Boolean)) out.push(row);
  }
  return out;
}

/** The picker of a column, by its label. */
const combo = (label: string) => screen.getByRole("combobox", { name: label });

async function pick(label: string, option: string) {
  fireEvent.click(combo(label));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}

async function povertyLine(bytes: Uint8Array): Promise<string | undefined> {
  const dir = tempDir();
  const input = path.join(dir, "so.xlsx");
  writeFileSync(input, bytes);
  const out = path.join(dir, "bc.docx");
  const r = await act(() =>
    runCli(["build", input, "-o", out, "--kind", "chung", "--style", "liet-ke"])
  );
  expect(r.code).toBe(0);
  return (await readDocx(readFileSync(out))).paragraphs
    .map((p) => p.text)
    .find((t) => t.startsWith("- Số hộ nghèo"));
}

test("a column's role picked in the pane is saved as a “cột” row and shown after reading again", async () => {
  const excel = await tableExcel();
  const item = (await renderPane(createExcelHost(excel.env()))).closest("li")!;
  expect(within(item).getByLabelText("Cột nhận ra").textContent).toBe(
    "Tên chỉ tiêu (A)Đơn vị tính (B)Kỳ so sánh (C)Kỳ này (D)Kế hoạch (E)"
  );
  // The pickers are one button away; each column says what the reader made of it and why.
  const toggle = within(item).getByRole("button", {
    name: "Chọn lại vai trò các cột",
  });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(toggle);
  const e = combo(E);
  expect(e.textContent).toBe("Kế hoạch");
  expect(combo("Cột D “Năm 2024”").textContent).toBe("Kỳ này");
  const hint = document.getElementById(e.getAttribute("aria-describedby") ?? "");
  expect(hint?.textContent).toBe("Căn cứ: kế hoạch năm 2024.");

  await pick(E, "Kỳ này");
  expect((await screen.findByRole("status")).textContent).toBe("Đã lưu lựa chọn cột.");
  expect(excel.sheet(MAPPING_SHEET).visibility).toBe("VeryHidden");
  expect(mappingRows(excel).slice(3)).toEqual([["cột", "Biểu!E1", "Năm 2024 dự kiến", "Kỳ này"]]);

  // Read again from the workbook: the list shows the clerk's choice.
  await waitFor(
    () => expect(within(item).getByLabelText("Cột nhận ra").textContent).toContain("Kỳ này (E)"),
    READ_AGAIN
  );
  expect(combo(E).textContent).toBe("Kỳ này");
  expect(combo("Cột D “Năm 2024”").textContent).toBe("Bỏ qua");
  expect(within(item).getByText("cán bộ đã chọn")).toBeTruthy();
  const hintOf = (label: string) =>
    document.getElementById(combo(label).getAttribute("aria-describedby") ?? "")?.textContent;
  expect(hintOf(E)).toBe("Máy đọc là “Kế hoạch” (kế hoạch năm 2024).");
  expect(hintOf("Cột D “Năm 2024”")).toBe(
    "Máy đọc là “Kỳ này” (năm 2024: kỳ mới nhất của biểu); cán bộ đã giao vai trò đó cho cột khác."
  );
  expect(within(item).getByText("Cán bộ đã chọn 1 cột.")).toBeTruthy();
  expect(await povertyLine(await xlsxFromFake(excel))).toMatch(/^- Số hộ nghèo: 90 hộ/);

  // "Để máy tự nhận" gives the column back to the reader.
  fireEvent.click(screen.getByRole("button", { name: "Để máy tự nhận cột E" }));
  await waitFor(() => expect(combo(E).textContent).toBe("Kế hoạch"), READ_AGAIN);
  expect(mappingRows(excel).slice(3)).toEqual([]);
  expect(within(item).queryByText("cán bộ đã chọn")).toBeNull();
  expect(await povertyLine(await xlsxFromFake(excel))).toMatch(/^- Số hộ nghèo: 99\/90 hộ/);
});

test("the indicators' mapping saved later keeps the column choices", async () => {
  const excel = await tableExcel();
  const item = (await renderPane(createExcelHost(excel.env()))).closest("li")!;
  fireEvent.click(within(item).getByRole("button", { name: "Chọn lại vai trò các cột" }));
  await pick(E, "Kỳ này");
  await screen.findByText("Đã lưu lựa chọn cột.");
  await waitFor(() => expect(combo(E).textContent).toBe("Kỳ này"), READ_AGAIN);
  const header = screen
    .getAllByRole("button", { name: "Xếp chỉ tiêu vào mục" })
    .find((b) => b.hasAttribute("aria-expanded"))!;
  fireEvent.click(header);
  fireEvent.click(screen.getByRole("button", { name: "Lưu cách xếp vào sổ" }));
  await screen.findByText(/Đã lưu cách xếp chỉ tiêu vào mục ngay trong sổ Excel này/);
  expect(mappingRows(excel).slice(3)).toEqual([["cột", "Biểu!E1", "Năm 2024 dự kiến", "Kỳ này"]]);
});

test("picking again what the reader reads by itself removes the correction", async () => {
  const excel = await tableExcel();
  const item = (await renderPane(createExcelHost(excel.env()))).closest("li")!;
  fireEvent.click(within(item).getByRole("button", { name: "Chọn lại vai trò các cột" }));
  await pick(E, "Kỳ so sánh");
  await waitFor(() => expect(mappingRows(excel)).toHaveLength(4), READ_AGAIN);
  await waitFor(() => expect(combo(E).textContent).toBe("Kỳ so sánh"), READ_AGAIN);
  // The pickers are disabled until the workbook has been read again; then the result takes the
  // focus, and the clerk picks again.
  await screen.findByText("Đã lưu lựa chọn cột.", undefined, READ_AGAIN);
  await waitFor(() => expect(document.activeElement?.textContent).toBe("Đã lưu lựa chọn cột."));
  await pick(E, "Kế hoạch");
  await waitFor(() => expect(mappingRows(excel)).toHaveLength(3), READ_AGAIN);
  await waitFor(() => expect(within(item).queryByText("cán bộ đã chọn")).toBeNull(), READ_AGAIN);
  expect(combo(E).textContent).toBe("Kế hoạch");
});

test("a save Excel refuses is reported in Vietnamese and the choice is not kept", async () => {
  const excel = await tableExcel();
  const host = createExcelHost(excel.env());
  const refusing: ExcelHost = {
    ...host,
    saveMapping: jest
      .fn()
      .mockRejectedValue(Object.assign(new Error("x"), { code: "AccessDenied" })),
  };
  const item = (await renderPane(refusing)).closest("li")!;
  fireEvent.click(within(item).getByRole("button", { name: "Chọn lại vai trò các cột" }));
  await pick(E, "Kỳ này");
  expect((await screen.findByRole("alert")).textContent).toBe(
    "Chưa lưu được lựa chọn cột. Excel không cho ghi: trang tính hoặc sổ làm việc đang được bảo vệ. Hãy bỏ bảo vệ (thẻ Xem lại) rồi làm lại."
  );
  expect(combo(E).textContent).toBe("Kế hoạch");
  expect(excel.sheets.map((s) => s.name)).toEqual(["Biểu"]);
});

test("a choice that makes the table unrecognisable can be taken back", async () => {
  const excel = await tableExcel();
  const item = (await renderPane(createExcelHost(excel.env()))).closest("li")!;
  fireEvent.click(within(item).getByRole("button", { name: "Chọn lại vai trò các cột" }));
  await pick("Cột A “Chỉ tiêu”", "Bỏ qua");
  const lost = await screen.findByRole("region", {
    name: "Lựa chọn cột của biểu không còn nhận ra",
  });
  expect(screen.queryByText(/tiêu đề ở dòng 1:/)).toBeNull();
  fireEvent.click(
    within(lost).getByRole("button", {
      name: "Bỏ lựa chọn: Trang Biểu, cột A “Chỉ tiêu”",
    })
  );
  await screen.findByText(/tiêu đề ở dòng 1:/, {}, READ_AGAIN);
  expect(mappingRows(excel).slice(3)).toEqual([]);
});
