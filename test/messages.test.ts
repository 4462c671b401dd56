/**
 * What the clerk reads has no technical words (issue 15, point 3): every string in src/ that is
 * Vietnamese (has a Vietnamese letter) is free of API set names, "Enable", "undefined" and
 * Office's English error words. A static scan with the TypeScript compiler: comments and code
 * are not messages, string and template literals are.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SRC = path.join(__dirname, "../src");
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;
const TECHNICAL =
  /\b(?:\w*Api|Enable\w*|undefined|null|NaN|Error|Exception|Office\.js|context\.sync)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** The Vietnamese string literals of a file, with their line. */
function messages(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      const text = node.text;
      if (VIETNAMESE.test(text))
        out.push({ text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

test("no Vietnamese message names an API set, says Enable, undefined or an English error word", () => {
  const all = files(SRC).flatMap((f) =>
    messages(f).map((m) => ({ ...m, file: path.relative(SRC, f) }))
  );
  expect(all.length).toBeGreaterThan(300);
  const technical = all
    .filter((m) => TECHNICAL.test(m.text))
    .map((m) => `${m.file}:${m.line} ${m.text}`);
  expect(technical).toEqual([]);
});
