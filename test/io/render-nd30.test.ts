/**
 * The example report as a reader sees it: rendered by LibreOffice to PDF, its page 1 read back
 * (words with their boxes from pdftotext, drawn rules from pdftocairo's SVG) and measured against
 * nd30.md § Header block: the rule under Tiêu ngữ is as long as the text.
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildReport } from "../../src/core/report";
import { readWorkbook } from "../../src/io/xlsx";
import { renderPdf } from "../helpers/render-pdf";

const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");
let dir: string;
let words: { text: string; x0: number; x1: number; y1: number }[];
let rules: { x0: number; x1: number; y: number }[];

beforeAll(async () => {
  const doc = buildReport(await readWorkbook(readFileSync(EXAMPLE))).document!;
  const { dir: folder, run } = await renderPdf(doc, "baocao-nd30-");
  dir = folder;
  run("pdftotext", ["-bbox", "-f", "1", "-l", "1", "bc.pdf", "words.html"]);
  run("pdftocairo", ["-svg", "-f", "1", "-l", "1", "bc.pdf", "page.svg"]);
  words = [
    ...readFileSync(path.join(dir, "words.html"), "utf8").matchAll(
      /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
    ),
  ].map((m) => ({ x0: Number(m[1]), x1: Number(m[2]), y1: Number(m[3]), text: m[4] }));
  // Stroked horizontal lines, in the page's coordinates (the SVG flips y with a matrix).
  rules = [
    ...readFileSync(path.join(dir, "page.svg"), "utf8").matchAll(
      /d="M ([\d.]+) ([\d.]+) L ([\d.]+) ([\d.]+) " transform="matrix\(([\d.]+),0,0,-([\d.]+),0,([\d.]+)\)"/g
    ),
  ]
    .filter((m) => m[2] === m[4])
    .map((m) => {
      const k = Number(m[5]);
      const [a, b] = [Number(m[1]) * k, Number(m[3]) * k];
      return { x0: Math.min(a, b), x1: Math.max(a, b), y: Number(m[7]) - Number(m[2]) * k };
    });
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the rule under Tiêu ngữ is as long as the text, within 5 %", () => {
  const first = words.find((w) => w.text === "Độc")!;
  const last = words.find((w) => w.text === "phúc" && Math.abs(w.y1 - first.y1) < 1)!;
  const text = last.x1 - first.x0;
  const rule = rules.find((r) => r.y > first.y1 && r.y < first.y1 + 15)!;
  expect(rule).toBeDefined();
  expect(Math.abs(rule.x1 - rule.x0 - text) / text).toBeLessThan(0.05);
  // Centred under the text.
  expect(Math.abs((rule.x0 + rule.x1) / 2 - (first.x0 + last.x1) / 2)).toBeLessThan(3);
});
