// Browser harness: the real Excel pane over the real adapter, with the Excel test double as the
// open workbook. "?empty": a new, empty workbook (the clerk's first run); otherwise the Bình
// Thành example as a clerk keeps it: ratio cells empty, J28 typed as 41.6, H22 typed as text,
// E10 an unreadable figure. "?slow": each Excel.run takes 400 ms, as on a busy office PC, so
// the progress of an action can be seen. window.__excel lets the test read the workbook.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../../../src/excel/host";
import { ExcelPane } from "../../../src/taskpane/excel/ExcelPane";
import { excelDoubleFromXlsx } from "../../doubles/excel/from-xlsx";
import { ExcelDouble } from "../../doubles/excel/model";
import { clearRatioCells } from "../../doubles/excel/workbooks";

declare global {
  interface Window {
    __excel: { excel: ExcelDouble; value: (sheet: string, row: number, col: number) => unknown };
  }
}

const query = new URLSearchParams(location.search);

async function workbook(): Promise<ExcelDouble> {
  if (query.has("empty")) {
    const excel = new ExcelDouble();
    excel.addSheet("Sheet1");
    excel.activeSheet = "Sheet1";
    return excel;
  }
  const bytes = new Uint8Array(await (await fetch("/example.xlsx")).arrayBuffer());
  const excel = await excelDoubleFromXlsx(bytes);
  clearRatioCells(excel, "Biểu 01", 5);
  const sheet = excel.sheet("Biểu 01");
  sheet.put(27, 9, { value: 41.6 });
  sheet.put(21, 7, { value: "81,8%" });
  sheet.put(9, 4, { value: "1.2OO" });
  return excel;
}

async function main(): Promise<void> {
  const excel = await workbook();
  window.__excel = {
    excel,
    value: (sheet, row, col) => excel.sheet(sheet).cells.get(`${row},${col}`),
  };
  const env = excel.env();
  const wait = query.has("slow") ? 400 : 0;
  const slow = {
    ...env,
    run: async <T,>(batch: (context: Excel.RequestContext) => Promise<T>) => {
      await new Promise((r) => setTimeout(r, wait));
      return env.run(batch);
    },
  };
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPane host={createExcelHost(slow)} />
    </FluentProvider>
  );
}

void main();
