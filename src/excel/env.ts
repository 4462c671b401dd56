/// <reference types="office-js" />
/**
 * What the Excel adapters need from Office: `Excel.run` and the requirement-set check. The real
 * one wraps the Office.js globals; tests and the bench pass the double of test/doubles/excel.
 */
export interface ExcelEnv {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`: false when unknown. */
  isSetSupported(name: string, version: string): boolean;
}

/** The Office.js globals; call only inside Excel, after Office.onReady. */
export function officeEnv(): ExcelEnv {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => {
      try {
        return Office.context.requirements.isSetSupported(name, version);
      } catch {
        return false;
      }
    },
  };
}
