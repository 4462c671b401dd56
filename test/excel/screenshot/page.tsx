// The Excel pane over the double, in a plain page, for README screenshots (take.js). The
// workbook is the Bình Thành example as a clerk keeps it: ratio cells empty, J28 typed as 41.6
// and H22 typed as text.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { excelDoubleFromXlsx } from "../../doubles/excel/from-xlsx";
import { clearRatioCells } from "../../doubles/excel/workbooks";
import { createExcelHost } from "../../../src/excel/host";
import { ExcelPane } from "../../../src/taskpane/excel/ExcelPane";

async function main(): Promise<void> {
  const b64 = (window as unknown as { EXAMPLE_BASE64: string }).EXAMPLE_BASE64;
  const excel = await excelDoubleFromXlsx(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
  // AS_IS: another workbook, shown as it is (the column choices shot).
  if (!(window as unknown as { AS_IS?: boolean }).AS_IS) {
    clearRatioCells(excel, "Biểu 01", 5);
    excel.sheet("Biểu 01").put(27, 9, { value: 41.6 });
    excel.sheet("Biểu 01").put(21, 7, { value: "81,8%" });
  }
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <ExcelPane host={createExcelHost(excel.env())} />
    </FluentProvider>
  );
}

void main();
