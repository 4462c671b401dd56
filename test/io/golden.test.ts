/**
 * Golden test: the Bình Thành example through `baocao build`, unzipped and checked against
 * ../shared/reference/nd30.md § "Checks a test can make on a .docx" and against the figures of
 * 000_4dee813a491d79c5.txt.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/baocao";
import { DocxContents, readDocx } from "../helpers/docx-reader";
import { describeGolden } from "../helpers/golden";

const EXAMPLE = path.join(__dirname, "../../examples/binh-thanh-2023.xlsx");
let docx: DocxContents;

beforeAll(async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "baocao-")), "bao-cao.docx");
  const lines: string[] = [];
  const code = await main(["build", EXAMPLE, "-o", out], {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
  });
  expect(code).toBe(0);
  docx = await readDocx(readFileSync(out));
});

describeGolden(() => docx);
