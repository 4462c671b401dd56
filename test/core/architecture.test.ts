// The core is pure: it runs in Node, in the browser pane and in Office, so it may not touch
// files, the DOM, Office.js or the rendering libraries.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";

const CORE = join(__dirname, "..", "..", "src", "core");
const files = readdirSync(CORE).filter((f) => /\.tsx?$/.test(f));

const FORBIDDEN_IMPORTS =
  /^(node:.*|fs|fs\/.*|path|exceljs|docx|react|react-dom|react\/.*|react-dom\/.*|@fluentui\/.*|office-js)$/;

/** Module names a file imports or requires, dynamic imports included. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bfrom\s+["']([^"']+)["']/g,
    /\bimport\s+["']([^"']+)["']/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (let m = re.exec(source); m; m = re.exec(source)) out.push(m[1]);
  return out;
}

/** The source with comments removed, so documentation may mention Word or the DOM. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const FORBIDDEN_USES: [string, RegExp][] = [
  ["Office.", /\bOffice\./],
  ["Excel.run", /\bExcel\.run\b/],
  ["Word.run", /\bWord\.run\b/],
  ["window.", /\bwindow\./],
  [
    "DOM document.",
    /(?<![.\w])document\.(getElement\w*|querySelector\w*|createElement\w*|body|head|documentElement|write)\b/,
  ],
  ["globalThis.document", /\bglobalThis\.(document|window)\b/],
  ["process.", /(?<![.\w])process\.(env|argv|cwd|exit)\b/],
];

describe("architecture: src/core is pure", () => {
  it("has the modules this suite covers", () => {
    for (const f of [
      "grid.ts",
      "text.ts",
      "numbers.ts",
      "dates.ts",
      "metrics.ts",
      "headers.ts",
      "tables.ts",
      "metadata.ts",
      "sentences.ts",
      "numbering.ts",
      "outlines.ts",
      "sections.ts",
      "report.ts",
      "document.ts",
      "layout.ts",
      "diagnostics.ts",
    ]) {
      expect(files).toContain(f);
    }
  });

  it.each(files)("%s imports nothing outside the core but zod", (file) => {
    const source = readFileSync(join(CORE, file), "utf8");
    for (const name of importsOf(source)) {
      expect(name).not.toMatch(FORBIDDEN_IMPORTS);
      expect(name.startsWith("./") || name === "zod").toBe(true);
    }
  });

  it.each(files)("%s uses no Office, DOM or process globals", (file) => {
    const source = code(readFileSync(join(CORE, file), "utf8"));
    for (const [what, re] of FORBIDDEN_USES) {
      expect({ what, found: re.test(source) }).toEqual({ what, found: false });
    }
  });

  it("the checks catch what they are meant to catch", () => {
    expect(
      importsOf(
        `import { readFileSync } from "node:fs";\nconst p = require("path");\nawait import("docx");`
      )
    ).toEqual(["node:fs", "path", "docx"]);
    expect("node:fs").toMatch(FORBIDDEN_IMPORTS);
    expect("exceljs").toMatch(FORBIDDEN_IMPORTS);
    const dom = code(
      `const el = document.getElementById("x"); await Excel.run(async () => {}); window.alert(1);`
    );
    expect(FORBIDDEN_USES.filter(([, re]) => re.test(dom)).map(([w]) => w)).toEqual([
      "Excel.run",
      "window.",
      "DOM document.",
    ]);
    // The core's own ReportDocument and document.ts are fine.
    const own = code(
      `import { ReportDocument } from "./document";\nconst document: ReportDocument = build();\nreturn { document, x: result.document.body };`
    );
    expect(FORBIDDEN_USES.some(([, re]) => re.test(own))).toBe(false);
    expect(code(`// Word.run is not used here\nconst a = 1;`)).not.toMatch(/Word\.run/);
  });
});
