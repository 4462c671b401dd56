/**
 * The typings as the contract: every Office.js member the adapters (src/word, src/excel) use
 * is looked up in the requirement sets of @types/office-js (test/doubles/api-sets.json, made by
 * scripts/office-api-sets.js), and must be within what the adapter's run-time check guards:
 * the base set of its module, or a feature that names it (src/excel/requirements.ts,
 * src/word/requirements.ts). A static scan with the TypeScript compiler, no Office needed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import SETS from "./doubles/api-sets.json";
import { FEATURES as EXCEL_FEATURES } from "../src/excel/requirements";
import { WORD_FEATURES } from "../src/word/requirements";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generated, OUT } = require("../scripts/office-api-sets.js") as {
  generated(): string;
  OUT: string;
};

const ROOT = path.join(__dirname, "..");
const TABLE = SETS as Record<string, string>;

/** The Word classes behind the structural types of src/word/api.ts. */
const WORD_TYPES: Record<string, string> = {
  WFont: "Font",
  WParagraph: "Paragraph",
  WRangeCollection: "RangeCollection",
  WParagraphCollection: "ParagraphCollection",
  WNoteItem: "NoteItem",
  WRange: "Range",
  WContentControl: "ContentControl",
  WContentControlCollection: "ContentControlCollection",
  WTableBorder: "TableBorder",
  WTableCell: "TableCell",
  WTable: "Table",
  WBody: "Body",
  WDocument: "Document",
  WContext: "RequestContext",
};

interface Use {
  file: string;
  line: number;
  /** "Excel.Worksheet.getRangeByIndexes", "Word.ContentControl.title=" for a property set. */
  member: string;
  set: string;
}

/** The Office class a declaration belongs to: "Excel.Range", "Word.Paragraph" (from api.ts). */
function officeClass(decl: ts.Declaration): string | undefined {
  const parent = decl.parent;
  if (ts.isClassDeclaration(parent) && parent.name) {
    const ns = parent.parent?.parent;
    if (ns && ts.isModuleDeclaration(ns) && ["Word", "Excel"].includes(ns.name.text))
      return `${ns.name.text}.${parent.name.text}`;
  }
  if (ts.isInterfaceDeclaration(parent) && WORD_TYPES[parent.name.text])
    return `Word.${WORD_TYPES[parent.name.text]}`;
  return undefined;
}

function isAssigned(node: ts.PropertyAccessExpression): boolean {
  const p = node.parent;
  return (
    ts.isBinaryExpression(p) &&
    p.left === node &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

/** Every Office member used in src/word and src/excel, with its requirement set. */
function scan(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
  )!;
  const roots = config.fileNames.filter((f) => /src[\\/](word|excel)[\\/][^\\/]+\.ts$/.test(f));
  const program = ts.createProgram(roots, config.options);
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of program.getSourceFiles()) {
    if (!roots.includes(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          const cls = officeClass(decl);
          if (!cls) continue;
          const name = `${cls}.${node.name.text}`;
          const setter = isAssigned(node);
          const set = (setter ? TABLE[`${name}=`] : undefined) ?? TABLE[name];
          if (!set) continue;
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          uses.push({
            file: path.relative(ROOT, file.fileName),
            line: line + 1,
            member: setter ? `${name}=` : name,
            set,
          });
          break;
        }
      }
      // load("values,rowHidden"): each property named is used as well.
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === "load" &&
        node.arguments.length === 1 &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        const type = checker.getTypeAtLocation(node.expression.expression);
        const decl = (type.getSymbol() ?? type.aliasSymbol)?.declarations?.[0];
        const member = decl && ts.isClassDeclaration(decl) ? decl.members[0] : undefined;
        const cls =
          decl && ts.isInterfaceDeclaration(decl) && WORD_TYPES[decl.name.text]
            ? `Word.${WORD_TYPES[decl.name.text]}`
            : member
              ? officeClass(member)
              : undefined;
        for (const loaded of cls ? node.arguments[0].text.split(",") : []) {
          const name = `${cls}.${loaded.trim().replace(/^items\//, "").split("/")[0]}`;
          const itemClass = name.replace(/Collection\.(\w+)$/, ".$1");
          const set = TABLE[name] ?? TABLE[itemClass];
          if (!set) continue;
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          uses.push({ file: path.relative(ROOT, file.fileName), line: line + 1, member: TABLE[name] ? name : itemClass, set });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

function atLeast(version: string, wanted: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = wanted.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/** The requirement set a module's run-time check guards, and the members features guard above it. */
function guardOf(use: Use): { base: string; features: { version: string; members: readonly string[] }[] } {
  if (use.file.includes(`${path.sep}excel${path.sep}`) || use.file.startsWith("src/excel/"))
    return {
      base: `ExcelApi ${EXCEL_FEATURES.find((f) => f.required)!.version}`,
      features: EXCEL_FEATURES.map((f) => ({ version: f.version, members: f.members ?? [] })),
    };
  const module = path.basename(use.file, ".ts");
  const owner = WORD_FEATURES.find((f) => f.modules?.includes(module));
  return {
    base: `WordApi ${owner?.version ?? "1.1"}`,
    features: WORD_FEATURES.map((f) => ({ version: f.version, members: f.members ?? [] })),
  };
}

/** The uses whose set is above what guards them. */
function unguarded(uses: Use[]): string[] {
  return uses
    .filter((u) => {
      const [name, version] = u.set.split(" ");
      const { base, features } = guardOf(u);
      const [baseName, baseVersion] = base.split(" ");
      if (name === baseName && atLeast(baseVersion, version)) return false;
      const member = u.member.replace(/=$/, "");
      return !features.some(
        (f) => (f.members.includes(member) || f.members.includes(u.member)) && atLeast(f.version, version)
      );
    })
    .map((u) => `${u.file}:${u.line} ${u.member} (${u.set})`);
}

let uses: Use[];
beforeAll(() => {
  uses = scan();
}, 120_000);

describe("the adapters against the typings' requirement sets", () => {
  test("api-sets.json is what scripts/office-api-sets.js makes of the installed @types/office-js", () => {
    expect(readFileSync(OUT, "utf8") === generated()).toBe(true);
  });

  test("the scan sees the adapters' members, Word's through src/word/api.ts", () => {
    const members = new Set(uses.map((u) => u.member));
    for (const m of [
      "Excel.Worksheet.getUsedRange",
      "Excel.Range.getMergedAreasOrNullObject",
      "Excel.Application.suspendScreenUpdatingUntilNextSync",
      "Word.Paragraph.insertParagraph",
      "Word.ContentControl.title=",
      "Word.Range.insertFootnote",
      "Word.Body.search",
      // Named in load("…") strings.
      "Excel.Range.rowHidden",
      "Excel.Worksheet.visibility",
      "Word.Paragraph.tableNestingLevel",
    ])
      expect(members).toContain(m);
  });

  test("no adapter uses a member above what its run-time check guards", () => {
    expect(unguarded(uses)).toEqual([]);
  });

  test("the scan would catch getRangeByIndexes (ExcelApi 1.7) under the ExcelApi 1.4 check", () => {
    const use: Use = {
      file: "src/excel/select.ts",
      line: 1,
      member: "Excel.Worksheet.getRangeByIndexes",
      set: TABLE["Excel.Worksheet.getRangeByIndexes"],
    };
    expect(use.set).toBe("ExcelApi 1.7");
    expect(unguarded([use])).toEqual([
      "src/excel/select.ts:1 Excel.Worksheet.getRangeByIndexes (ExcelApi 1.7)",
    ]);
  });
});
