/**
 * The corpus of real .docx reports (test/fixtures/real-docx/, sources in its README) for issue 13
 * (filling a clerk's own .docx): each file is read by our .docx reader, is NFC text, and shows
 * the numbered headings a clerk types ("I. …", "1. …", "2.1. …"), found by the heading parser the
 * Word pane's placement uses. Groundwork: `baocao fill` is not written yet.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseHeading } from "../../src/core/headings";
import { readDocxParagraphs } from "../../src/io/docx-text";

const CORPUS = path.join(__dirname, "../fixtures/real-docx");
const files = readdirSync(CORPUS).filter((f) => f.endsWith(".docx"));

test("the corpus holds at least 10 original .docx reports and the five reference reports", () => {
  const sources = files.map((f) =>
    readFileSync(path.join(CORPUS, f.replace(/\.docx$/, ".source.txt")), "utf8")
  );
  expect(files.filter((f) => !f.startsWith("ref-")).length).toBeGreaterThanOrEqual(10);
  expect(files.filter((f) => f.startsWith("ref-"))).toHaveLength(5);
  expect(sources.every((s) => s.trim().length > 0)).toBe(true);
});

test.each(files)("%s: read as NFC text with the numbered headings a clerk types", async (file) => {
  expect(existsSync(path.join(CORPUS, file.replace(/\.docx$/, ".source.txt")))).toBe(true);
  const paragraphs = await readDocxParagraphs(new Uint8Array(readFileSync(path.join(CORPUS, file))));
  expect(paragraphs.length).toBeGreaterThan(10);
  for (const p of paragraphs) expect(p).toBe(p.normalize("NFC"));
  const numbered = paragraphs
    .map((p) => p.replace(/[#*]/g, "").trim())
    .filter((p) => p.length < 160 && parseHeading(p).punctuated);
  expect(numbered.length).toBeGreaterThanOrEqual(3);
});
