/**
 * The figure checker on real report text (issue 14): paragraphs of real reports of Vietnamese
 * public bodies, verbatim with their sources in test/fixtures/real-text/, every percentage
 * labelled by hand arithmetic (correct, rounding, error, not-claim). Each paragraph is checked
 * with the paragraphs before it that the labeller kept as context. Recall: the error and
 * rounding claims found with the right expected value; precision: findings that are such
 * claims. The figures are printed and kept in the README.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Finding, checkParagraphs } from "../../src/core/checker";

interface LabelledClaim {
  quote: string;
  stated: number;
  label: "correct" | "rounding" | "error" | "not-claim";
  numerator?: number;
  denominator?: number;
  expected?: number;
  base?: string;
}

interface LabelledParagraph {
  text: string;
  context?: string[];
  claims: LabelledClaim[];
}

interface SourceFile {
  source: { issuer: string; title: string; url: string };
  paragraphs: LabelledParagraph[];
}

const DIR = path.join(__dirname, "../fixtures/real-text");
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
const corpus = files.map((f) => ({
  file: f,
  ...(JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as SourceFile),
}));

/** Where a labelled claim's quote is in its paragraph. */
function span(p: LabelledParagraph, c: LabelledClaim): { start: number; end: number } {
  const start = p.text.indexOf(c.quote);
  return { start, end: start + c.quote.length };
}

/** The finding about claim `c`: its stated value lies in the quote. */
function findingFor(findings: Finding[], p: LabelledParagraph, c: LabelledClaim) {
  const s = span(p, c);
  return findings.find((f) => f.statedStart >= s.start && f.statedStart < s.end);
}

interface Score {
  wanted: number;
  found: number;
  falseAlarms: string[];
  missed: string[];
}

function score(): Score {
  const out: Score = { wanted: 0, found: 0, falseAlarms: [], missed: [] };
  for (const { file, paragraphs } of corpus)
    for (const p of paragraphs) {
      const context = p.context ?? [];
      const findings = checkParagraphs([...context, p.text]).filter(
        (f) => f.paragraph === context.length && f.severity !== "style"
      );
      const explained = new Set<Finding>();
      for (const c of p.claims) {
        const f = findingFor(findings, p, c);
        if (f) explained.add(f);
        if (c.label === "error" || c.label === "rounding") {
          out.wanted++;
          if (f && Math.abs(f.expected - c.expected!) < 1e-9) out.found++;
          else out.missed.push(`${file}: “${c.quote}” → ${c.expected} (${f ? `got ${f.expected}` : "no finding"})`);
        } else if (f) out.falseAlarms.push(`${file}: “${c.quote}” (${c.label}) → ${f.expected}`);
      }
      for (const f of findings)
        if (!explained.has(f)) out.falseAlarms.push(`${file}: “${f.text}” (unlabelled) → ${f.expected}`);
    }
  return out;
}

test("the corpus: at least 150 paragraphs from at least 25 reports, every quote in its paragraph", () => {
  const paragraphs = corpus.flatMap((c) => c.paragraphs);
  expect(paragraphs.length).toBeGreaterThanOrEqual(150);
  expect(new Set(corpus.map((c) => c.source.url)).size).toBeGreaterThanOrEqual(25);
  for (const p of paragraphs) {
    expect(p.text).toBe(p.text.normalize("NFC"));
    for (const c of p.claims) expect(span(p, c).start).toBeGreaterThanOrEqual(0);
  }
});

test("recall ≥ 0,9 on error and rounding claims with the right value, and no false alarm", () => {
  const s = score();
  const recall = s.wanted === 0 ? 1 : s.found / s.wanted;
  const findings = s.found + s.falseAlarms.length;
  const precision = findings === 0 ? 1 : s.found / findings;
  process.stdout.write(
    `real-text corpus: ${s.wanted} error/rounding claims, found ${s.found} (recall ${recall.toFixed(2)}), ` +
      `${s.falseAlarms.length} false alarms (precision ${precision.toFixed(2)})\n` +
      [...s.missed.map((m) => `  missed ${m}`), ...s.falseAlarms.map((m) => `  false alarm ${m}`)].join("\n") +
      "\n"
  );
  expect(s.falseAlarms).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(0.9);
});
