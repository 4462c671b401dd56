// ESLint 9 flat config, picked up by `office-addin-lint check` (it looks for
// ./eslint.config.mjs) and run on src/**/*.{ts,tsx,js,jsx}.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The plugin's recommended config only matches .js/.ts files; widen it to JSX/TSX
// so the task pane components get the same rules.
const files = ["**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"];
const recommended = officeAddins.configs.recommended.map((config) =>
  config.files ? { ...config, files } : config
);

export default [
  { ignores: ["dist/**", "lib/**", "out/**", "coverage/**"] },
  ...recommended,
  {
    files,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // Batch the Excel/Word reads: one context.sync() per loop is a hard error here.
      "office-addins/no-context-sync-in-loop": "error",
      // TypeScript already checks undefined names (Office, Excel, Word, DOM, Node globals).
      "no-undef": "off",
    },
  },
  {
    // Outside the Office adapters there is no request context: ExcelJS's getCell() is not
    // Office.js's, so the load/sync rules would only raise false alarms there.
    files: ["src/core/**", "src/io/**", "src/cli/**", "src/bench/**", "src/scripts/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
